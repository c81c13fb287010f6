package site

import (
	"strings"
	"unicode"

	"github.com/limber/limber/internal/dosage"
)

// taxonomyDef describes one browse dimension.
type taxonomyDef struct {
	name, title, singular, summary string
}

func taxonomyDefs() []taxonomyDef {
	return []taxonomyDef{
		{"regions", "Body regions", "Body region", "Find stretches for the part of the body you want to work on."},
		{"types", "Types of stretching", "Type", "Stretches grouped by how they are done: held still, moving, or contract-and-relax."},
		{"positions", "Positions", "Position", "Stretches grouped by how you start: lying down, sitting, kneeling or standing."},
		{"equipment", "Equipment", "Equipment", "Stretches grouped by what you need, such as a chair, a towel or a strap."},
	}
}

func (ix *indexer) addTaxonomies() {
	for _, d := range taxonomyDefs() {
		t := &Taxonomy{
			Page: Page{Title: d.title, Summary: d.summary},
			Name: d.name, Singular: d.singular,
		}
		ix.place(t, &t.Page)
		ix.taxonomies[d.name] = t
		ix.s.Taxonomies = append(ix.s.Taxonomies, t)
	}
}

// term returns the term of taxonomy tax for value, creating it on first use,
// and lists s under it.
func (ix *indexer) term(tax, value string, s *Stretch) *Term {
	slug := Slugify(value)
	key := tax + "/" + slug
	t, ok := ix.terms[key]
	if !ok {
		parent := ix.taxonomies[tax]
		t = &Term{
			Page: Page{Title: termTitle(tax, value)},
			Slug: slug, Taxonomy: parent,
		}
		t.Summary = termSummary(parent, t.Title)
		ix.place(t, &t.Page)
		ix.terms[key] = t
		parent.Terms = append(parent.Terms, t)
	}
	if n := len(t.Stretches); n == 0 || t.Stretches[n-1] != s {
		t.Stretches = append(t.Stretches, s)
	}
	return t
}

// termTitle names a term in plain words for patients.
func termTitle(tax, value string) string {
	switch tax {
	case "types":
		return TypeLabel(dosage.Kind(value))
	case "positions":
		return PositionLabel(value)
	}
	return Humanize(value)
}

func termSummary(t *Taxonomy, title string) string {
	switch t.Name {
	case "regions":
		return "Stretches for the " + strings.ToLower(title) + "."
	case "equipment":
		return "Stretches that use: " + strings.ToLower(title) + "."
	}
	return t.Singular + ": " + title + "."
}

// TypeLabel names a stretch type in plain words.
func TypeLabel(k dosage.Kind) string {
	switch k {
	case dosage.Static:
		return "Static (hold still)"
	case dosage.Dynamic:
		return "Dynamic (slow movement)"
	case dosage.PNF:
		return "PNF (tighten, relax, stretch)"
	case dosage.Ballistic:
		return "Ballistic (bouncing)"
	}
	return Humanize(string(k))
}

// PositionLabel names a starting position in everyday words.
func PositionLabel(p string) string {
	switch p {
	case "supine":
		return "Lying on your back"
	case "prone":
		return "Lying on your front"
	case "side-lying":
		return "Lying on your side"
	case "seated":
		return "Sitting"
	case "quadruped":
		return "On hands and knees"
	}
	return Humanize(p)
}

// Humanize turns a slug such as "lower-back" into "Lower back".
func Humanize(s string) string {
	s = strings.TrimSpace(strings.ReplaceAll(s, "-", " "))
	if s == "" {
		return s
	}
	r := []rune(s)
	r[0] = unicode.ToUpper(r[0])
	return string(r)
}

// Slugify makes a URL segment: lowercase letters and digits of any script,
// with apostrophes dropped and every other run of characters turned into one
// hyphen ("Child's pose" becomes "childs-pose").
func Slugify(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if r == '\'' || r == '’' {
			continue
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
			continue
		}
		dash = true
	}
	if b.Len() == 0 {
		return "-"
	}
	return b.String()
}
