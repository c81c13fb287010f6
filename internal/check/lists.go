package check

import "strings"

// withLists returns pieces with each body paragraph that ends in a colon
// joined to the bulleted list items right after it, one "- item" a line,
// so that the reading grade counts items that go on the paragraph's last
// sentence as part of it ("Ask first if you have:", then "osteoporosis"
// and "a herniated disc"), as readability.Analyze does for such text.
// Numbered items stay pieces of their own: each step is its own sentence.
func withLists(pieces []piece) []piece {
	out := make([]piece, 0, len(pieces))
	for i := 0; i < len(pieces); i++ {
		p := pieces[i]
		if leadsIn(p) && i+1 < len(pieces) && pieces[i+1].bullet {
			var b strings.Builder
			b.WriteString(p.text)
			for ; i+1 < len(pieces) && pieces[i+1].bullet; i++ {
				b.WriteString("\n- ")
				b.WriteString(pieces[i+1].text)
			}
			p.text = b.String()
		}
		out = append(out, p)
	}
	return out
}

// leadsIn reports whether p is a paragraph of the body that ends in a
// colon, and so may lead into the list after it.
func leadsIn(p piece) bool {
	return p.body && p.graded && !p.bullet && strings.HasSuffix(p.text, ":")
}
