package site

import (
	"path"
	"strings"
)

// Dependents returns the pages that show data from the content file rel
// (a path relative to content/, such as "stretches/cat-cow.md") under
// limber's built-in templates: the file's own page and every page that
// lists, links, counts or summarises it. For a picture of a stretch, whose
// shape decides how long a sheet is, they are the sheets of the routines
// that include the stretch. It returns nil when no page was made from rel
// and no stretch shows it. Each kind says which pages show its data besides its own,
// the home page and its section list (Owner.addDependents, in kinds.go).
// limber serve re-renders these pages, from both the graph
// before an edit and the graph after it, instead of the whole site.
//
// On a site of several languages, a page and its translations are one
// family: a translation shows its original's typed fields, so an edit of
// either gives the dependents of every page of the family, each in its
// own language's graph.
func (s *Site) Dependents(rel string) []*Page {
	langs := s.Languages()
	if len(langs) == 1 {
		return s.dependentsIn(rel, func(src string) bool { return src == rel })
	}
	fam := s.family(rel)
	var out []*Page
	for _, l := range langs {
		out = append(out, l.dependentsIn(rel, func(src string) bool { return s.family(src) == fam })...)
	}
	return out
}

// dependentsIn returns the dependents, in this language's graph, of the
// page whose file the test picks, or of the picture rel.
func (s *Site) dependentsIn(rel string, pick func(src string) bool) []*Page {
	var own *Page
	for _, p := range s.own() {
		if p.Src != nil && pick(p.Src.Rel) {
			own = p
			break
		}
	}
	if own == nil {
		return s.pictureDependents(rel)
	}
	d := dependents{site: s, seen: map[*Page]bool{}}
	d.add(own, s.Home, s.sectionPage(own.SectionName()))
	own.Data.addDependents(&d)
	return d.pages
}

// family returns the path of the original of the file rel, relative to
// content/: rel itself, or for a translation in one of the site's
// languages ("stretches/cat-cow.es.md"), the file it translates.
func (s *Site) family(rel string) string {
	stem, ext := strings.TrimSuffix(rel, path.Ext(rel)), path.Ext(rel)
	for _, l := range s.Config.Languages {
		if base, ok := strings.CutSuffix(stem, "."+l); ok {
			return base + ext
		}
	}
	return rel
}

// pictureDependents returns the routines and sheets that show the picture
// file rel on one of their stretches' cards.
func (s *Site) pictureDependents(rel string) []*Page {
	d := dependents{site: s, seen: map[*Page]bool{}}
	url := s.FileURL(rel)
	for _, st := range s.Stretches {
		for _, img := range st.Images {
			if img.URL == url {
				for _, r := range st.Routines {
					d.addRoutine(r)
				}
			}
		}
	}
	return d.pages
}

// dependents collects pages once each, in the order found.
type dependents struct {
	site  *Site
	seen  map[*Page]bool
	pages []*Page
}

func (d *dependents) add(pages ...*Page) {
	for _, p := range pages {
		if p != nil && !d.seen[p] {
			d.seen[p] = true
			d.pages = append(d.pages, p)
		}
	}
}

func (d *dependents) addRoutine(r *Routine) {
	d.add(&r.Page, &r.Sheet.Page, &r.LargeSheet.Page)
}

// stretch: its routines and sheets, conditions, browse pages, and the
// stretches that show it as related, easier or harder.
func (d *dependents) stretch(st *Stretch) {
	for _, r := range st.Routines {
		d.addRoutine(r)
	}
	for _, c := range st.Contraindications {
		d.add(&c.Page)
	}
	for _, other := range append(append([]*Stretch(nil), st.Easier...), st.Harder...) {
		d.add(&other.Page) // it offers st as its next step up or down
	}
	terms := append(append([]*Term{st.Type, st.Position}, st.Regions...), st.Equipment...)
	for _, t := range terms {
		if t != nil {
			d.add(&t.Page, &t.Taxonomy.Page)
		}
	}
	for _, region := range st.Regions {
		for _, other := range region.Stretches {
			for _, rel := range other.Related {
				if rel == st {
					d.add(&other.Page)
				}
			}
		}
	}
}

// routine: its sheets, the stretches that list it, and the conditions that
// list it.
func (d *dependents) routine(r *Routine) {
	d.addRoutine(r)
	for _, it := range r.Items {
		d.add(&it.Stretch.Page)
	}
	for _, c := range r.Conditions {
		d.add(&c.Page)
	}
}

// condition: the stretches that name it, and the routines and sheets that
// show it as a caution.
func (d *dependents) condition(c *Condition) {
	for _, st := range c.Stretches {
		d.add(&st.Page)
	}
	for _, r := range c.Routines {
		d.addRoutine(r)
	}
}

// sectionPage returns the list page of the section called name, or nil.
func (s *Site) sectionPage(name string) *Page {
	for _, sec := range s.Sections {
		if sec.Name == name {
			return &sec.Page
		}
	}
	return nil
}
