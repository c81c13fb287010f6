package site

// sectionNames lists the content sections, in the order of the
// navigation. A section's title and summary are the strings
// section.<name>.title and section.<name>.summary of package lang.
func sectionNames() []string { return []string{"stretches", "routines", "conditions", "articles"} }

// addSections makes the list page of each section and sorts every term list.
func (ix *indexer) addSections() {
	for _, name := range sectionNames() {
		items := ix.sectionItems(name)
		if len(items) == 0 && name != "stretches" {
			continue
		}
		w := ix.s.words
		sec := &Section{
			Page: Page{Title: w.MustT("section." + name + ".title"), Summary: w.MustT("section." + name + ".summary")},
			Name: name, Items: items,
		}
		ix.place(sec, &sec.Page)
		ix.s.Sections = append(ix.s.Sections, sec)
	}
	for _, t := range ix.s.Taxonomies {
		sortByTitle(t.Terms, func(t *Term) *Page { return &t.Page })
	}
}

func (ix *indexer) sectionItems(name string) []*Page {
	var items []*Page
	switch name {
	case "stretches":
		for _, x := range ix.s.Stretches {
			items = append(items, &x.Page)
		}
	case "routines":
		for _, x := range ix.s.Routines {
			items = append(items, &x.Page)
		}
	case "conditions":
		for _, x := range ix.s.Conditions {
			items = append(items, &x.Page)
		}
	case "articles":
		for _, x := range ix.s.Articles {
			items = append(items, &x.Page)
		}
	}
	return items
}

// collectPages lists every page in a fixed order: home, content pages by
// section, section lists, browse pages, the builder and program pages, then
// the page for a missing path.
func (ix *indexer) collectPages() {
	s := ix.s
	pages := []*Page{s.Home}
	for _, sec := range s.Sections {
		pages = append(pages, sec.Items...)
	}
	for _, r := range s.Routines {
		pages = append(pages, &r.Sheet.Page, &r.LargeSheet.Page)
	}
	for _, sec := range s.Sections {
		pages = append(pages, &sec.Page)
	}
	for _, t := range s.Taxonomies {
		pages = append(pages, &t.Page)
		for _, term := range t.Terms {
			pages = append(pages, &term.Page)
		}
	}
	s.Pages = append(pages, s.Builder, s.Program, s.NotFound)
}

// Region returns the term page of a body region, or nil.
func (s *Site) Region(slug string) *Term {
	for _, t := range s.Taxonomies {
		if t.Name != "regions" {
			continue
		}
		for _, term := range t.Terms {
			if term.Slug == slug {
				return term
			}
		}
	}
	return nil
}
