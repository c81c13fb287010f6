package content

import (
	"fmt"
	"net/url"
	"strings"
	"time"
	"unicode"
)

// isSlug reports whether s is a slug: lowercase letters (any script),
// digits and hyphens, not starting or ending with a hyphen.
func isSlug(s string) bool {
	if s == "" || strings.HasPrefix(s, "-") || strings.HasSuffix(s, "-") {
		return false
	}
	for _, r := range s {
		if !slugRune(r) && r != '-' {
			return false
		}
	}
	return true
}

// slugRune reports whether r may appear in a slug as a letter or digit.
func slugRune(r rune) bool {
	if unicode.IsDigit(r) {
		return true
	}
	return unicode.IsLetter(r) && !unicode.IsUpper(r) && !unicode.IsTitle(r)
}

// hasLetterOrDigit reports whether s has a letter or digit of any script,
// which every name that becomes part of an address needs.
func hasLetterOrDigit(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}

// suggestSlug turns s into a slug: lowercase, with every run of other
// characters turned into one hyphen. It returns "" when nothing is left.
func suggestSlug(s string) string {
	var b strings.Builder
	hyphen := false
	for _, r := range strings.ToLower(s) {
		if slugRune(r) {
			if hyphen && b.Len() > 0 {
				b.WriteByte('-')
			}
			hyphen = false
			b.WriteRune(r)
			continue
		}
		hyphen = true
	}
	return b.String()
}

// slugError words why s is not a slug, suggesting a fixed one.
func slugError(s string) string {
	msg := fmt.Sprintf("%q is not a valid slug: use only lowercase letters, digits and hyphens", s)
	if fix := suggestSlug(s); fix != "" {
		msg += fmt.Sprintf(", like %q", fix)
	}
	return msg
}

// webURLError returns "" if s is an http or https URL with a host, and
// otherwise a message (without the field name) saying what is wrong.
func webURLError(s string) string {
	u, err := url.Parse(s)
	if err != nil || strings.ContainsAny(s, " \t\n") {
		return fmt.Sprintf("%q is not a valid web address", s)
	}
	scheme := strings.ToLower(u.Scheme)
	switch {
	case scheme == "http" || scheme == "https":
		if u.Host == "" {
			return fmt.Sprintf("%q has no site name after %s://", s, scheme)
		}
		return ""
	case scheme == "":
		return fmt.Sprintf("%q is not a full web address: start it with https://", s)
	default:
		return fmt.Sprintf("%q is an unsafe URL: only http:// and https:// links are allowed", s)
	}
}

// hasScheme reports whether s starts with a URL scheme such as "https:" or
// "javascript:" (one letter before the colon is a Windows drive, not a scheme).
func hasScheme(s string) bool {
	i := strings.IndexByte(s, ':')
	if i < 2 {
		return false
	}
	for j, r := range s[:i] {
		ok := r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' ||
			j > 0 && (r >= '0' && r <= '9' || r == '+' || r == '-' || r == '.')
		if !ok {
			return false
		}
	}
	return true
}

// isWebScheme reports whether s starts with http: or https:, in any case.
func isWebScheme(s string) bool {
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "http:") || strings.HasPrefix(l, "https:")
}

// isDate reports whether s is a real calendar date written YYYY-MM-DD.
func isDate(s string) bool {
	if len(s) != len("2006-01-02") {
		return false
	}
	_, err := time.Parse("2006-01-02", s)
	return err == nil
}

// isLanguageTag makes a simple check of a BCP 47 tag: a language of two or
// three letters, then optional subtags of one to eight letters or digits,
// joined by hyphens, such as "en", "en-US", "zh-Hant-TW" or "es-419".
func isLanguageTag(s string) bool {
	parts := strings.Split(s, "-")
	if len(parts[0]) < 2 || len(parts[0]) > 3 || !allASCII(parts[0], false) {
		return false
	}
	for _, p := range parts[1:] {
		if len(p) < 1 || len(p) > 8 || !allASCII(p, true) {
			return false
		}
	}
	return true
}

// allASCII reports whether s is ASCII letters only, or letters and digits.
func allASCII(s string, digits bool) bool {
	for _, r := range s {
		letter := r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
		if !letter && !(digits && r >= '0' && r <= '9') {
			return false
		}
	}
	return true
}

// closest returns the known word nearest to w, or "" if none is near enough
// to be a likely typo. Case is ignored, and a swap of two neighbouring
// letters counts as one edit.
func closest(w string, known []string) string {
	best, bestD := "", 3
	lw := strings.ToLower(w)
	for _, k := range known {
		d := distance(lw, k)
		limit := max(1, min(2, len([]rune(k))/3))
		if d <= limit && d < bestD {
			best, bestD = k, d
		}
	}
	return best
}

// distance is the optimal string alignment distance between a and b:
// insertions, deletions, substitutions and swaps of neighbours.
func distance(a, b string) int {
	x, y := []rune(a), []rune(b)
	d := make([][]int, len(x)+1)
	for i := range d {
		d[i] = make([]int, len(y)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(x); i++ {
		for j := 1; j <= len(y); j++ {
			cost := 1
			if x[i-1] == y[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && x[i-1] == y[j-2] && x[i-2] == y[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(x)][len(y)]
}

// quoteList writes words as "a, b, c" for messages.
func quoteList(words []string) string { return strings.Join(words, ", ") }
