package catalogue

// rows returns the stretches of c, one by one: what a reader of the index
// does first.
func rows(c Columns) []Stretch {
	out := make([]Stretch, len(c.Slug))
	for i := range out {
		out[i] = Stretch{
			Slug: c.Slug[i], Title: c.Title[i], Summary: c.Summary[i], URL: c.URL[i],
			Type: c.Type[i], Hold: c.Hold[i], Reps: c.Reps[i], Sets: c.Sets[i], Sides: c.Sides[i],
			Regions: c.Regions[i], Position: c.Position[i], Equipment: c.Equipment[i],
			Difficulty: c.Difficulty[i], Muscles: c.Muscles[i], Contraindications: c.Contraindications[i],
			Easier: c.Easier[i], Harder: c.Harder[i], Shard: c.Shard[i],
		}
	}
	return out
}
