package devserver

import (
	"net/url"
	"slices"
	"strings"

	"github.com/limber/limber/internal/check"
)

// findingsData is the data of a "findings" event: the warnings and notes
// of limber check's rules for the page the tab shows, as the terminal
// would print them; empty when the page has none.
type findingsData struct {
	Findings []string `json:"findings"`
}

// findingLines turns a build's findings by page URL into lines by the
// page's unescaped path, as the tabs' pages are looked up.
func findingLines(by map[string][]check.Finding) map[string][]string {
	out := make(map[string][]string, len(by))
	for u, fs := range by {
		lines := make([]string, len(fs))
		for i, f := range fs {
			lines[i] = f.String()
		}
		out[pagePath(u)] = lines
	}
	return out
}

// pagePath normalizes a page's URL path, escaped or not, for lookups:
// unescaped, without a final index.html.
func pagePath(p string) string {
	if u, err := url.PathUnescape(p); err == nil {
		p = u
	}
	return strings.TrimSuffix(p, "index.html")
}

// setFindings records the findings of the last good build, by page: of
// every page, or with some set, of those pages alone (the others keep
// theirs).
func (s *state) setFindings(by map[string][]string, some bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if !some || s.findings == nil {
		s.findings = by
	} else {
		for page, lines := range by {
			if len(lines) == 0 {
				delete(s.findings, page)
			} else {
				s.findings[page] = lines
			}
		}
	}
	s.kickAll()
}

// watch says which page c's tab shows, so it hears that page's findings.
func (s *state) watch(c *client, page string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	c.page = pagePath(page)
}

// pendingFindings returns a "findings" event when the findings of c's
// page differ from what it was last told. The caller holds mu.
func (s *state) pendingFindings(c *client, id string) []event {
	if c.page == "" {
		return nil
	}
	lines := s.findings[c.page]
	if lines == nil {
		lines = []string{}
	}
	if c.findings != nil && slices.Equal(lines, c.findings) {
		return nil
	}
	c.findings = lines
	return []event{{"findings", id, findingsData{lines}}}
}
