package content

// articleFields is the field table of an article, after the fields every
// page shares (commonFields), in the order the decoder reads them. A
// Shown field reaches templates through site.Article, which embeds the
// Article it was made from.
func articleFields() []field[Article] {
	return []field[Article]{
		{Field: Field{Key: "author", Type: "text", Example: `""`, Role: Shown,
			Doc: "who wrote it, with credentials"},
			decode: func(f fields, a *Article, _ *Page) { a.Author = f.text("author") }},
		{Field: Field{Key: "reviewed_by", Type: "text", Example: `""`, Role: Shown,
			Doc: "who checked it, with credentials (not the author)"},
			decode: func(f fields, a *Article, _ *Page) { a.ReviewedBy = f.text("reviewed_by") }},
		{Field: Field{Key: "updated", Type: "date", Example: `""`, Role: Shape, // the sitemap shows it
			Doc: "the date of the last review, as YYYY-MM-DD"},
			decode: func(f fields, a *Article, _ *Page) { a.Updated = f.date("updated") },
			shape:  func(a *Article) any { return a.Updated }},
		{Field: Field{Key: "references", Type: "list of {title, url}", Example: "[]", Role: Shown,
			Doc: `- {title: "Source title", url: "https://..."}`},
			decode: func(f fields, a *Article, _ *Page) { a.References = references(f) }},
	}
}
