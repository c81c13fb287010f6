package catalogue

// columns returns stretches by column.
func columns(list []Stretch) Columns {
	n := len(list)
	c := Columns{
		Slug: make([]string, n), Title: make([]string, n), Summary: make([]string, n), URL: make([]string, n),
		Type: make([]string, n), Hold: make([]int, n), Reps: make([]int, n), Sets: make([]int, n),
		Sides: make([]string, n), Regions: make([][]string, n), Position: make([]string, n),
		Equipment: make([][]string, n), Difficulty: make([]string, n), Muscles: make([][]string, n),
		Contraindications: make([][]string, n), Easier: make([][]string, n), Harder: make([][]string, n),
		Shard: make([]int, n),
	}
	for i, s := range list {
		c.Slug[i], c.Title[i], c.Summary[i], c.URL[i] = s.Slug, s.Title, s.Summary, s.URL
		c.Type[i], c.Hold[i], c.Reps[i], c.Sets[i], c.Sides[i] = s.Type, s.Hold, s.Reps, s.Sets, s.Sides
		c.Regions[i], c.Position[i], c.Equipment[i] = list0(s.Regions), s.Position, list0(s.Equipment)
		c.Difficulty[i], c.Muscles[i] = s.Difficulty, list0(s.Muscles)
		c.Contraindications[i], c.Easier[i], c.Harder[i] = list0(s.Contraindications), list0(s.Easier), list0(s.Harder)
		c.Shard[i] = s.Shard
	}
	return c
}

// list0 returns list, or an empty list for nil, so that JSON never holds
// null where a reader expects a list.
func list0(list []string) []string {
	if list == nil {
		return []string{}
	}
	return list
}
