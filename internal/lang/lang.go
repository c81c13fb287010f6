// Package lang holds the words of limber's pages in each language: a table
// per language of every string the templates and the page-writing Go code
// show, looked up by key ("nav.home"), with arguments and plural forms.
//
// English and Spanish are built in (en.yaml and es.yaml, embedded). A site
// overrides strings of a built-in language, or adds a language, with a
// table of its own in templates/lang/<code>.yaml (see Load). English is
// the reference: every other table has every key English has, and no other.
package lang

import (
	"fmt"
	"strconv"
	"strings"
)

// Message is one string of a table. A message with a One form has plural
// forms: One is used when its count (the first argument) is 1, Other for
// every other count. A message without plurals has only Other.
type Message struct {
	One   string
	Other string
}

// Table is the strings of one language. It never changes after it is made,
// so it is safe for concurrent use.
type Table struct {
	code string
	msgs map[string]Message
}

// Code returns the table's language tag, such as "es".
func (t *Table) Code() string { return t.code }

// Has reports whether the table has a string for key.
func (t *Table) Has(key string) bool {
	_, ok := t.msgs[key]
	return ok
}

// T returns the string for key with args in place of {0}, {1} and so on.
// When the string has plural forms, the first argument is the count that
// picks one (English and Spanish: "one" for 1, "other" for any other
// number). An unknown key is an error naming it.
func (t *Table) T(key string, args ...any) (string, error) {
	m, ok := t.msgs[key]
	if !ok {
		return "", fmt.Errorf("no string %q in the %s table", key, t.code)
	}
	s := m.Other
	if m.One != "" && len(args) > 0 && isOne(args[0]) {
		s = m.One
	}
	return fill(s, args), nil
}

// isOne reports whether a count is 1, the plural rule of English and
// Spanish: 1 is "one", every other number (0 too) is "other".
func isOne(v any) bool {
	switch n := v.(type) {
	case int:
		return n == 1
	case int64:
		return n == 1
	case string:
		return n == "1"
	}
	return false
}

// fill puts args in place of {0}, {1}, ... in s. A placeholder with no
// argument is left as it is.
func fill(s string, args []any) string {
	if len(args) == 0 || !strings.Contains(s, "{") {
		return s
	}
	var b strings.Builder
	for {
		i := strings.IndexByte(s, '{')
		j := -1
		if i >= 0 {
			j = strings.IndexByte(s[i:], '}') + i
		}
		if j <= i {
			b.WriteString(s)
			return b.String()
		}
		n, err := strconv.Atoi(s[i+1 : j])
		if err != nil || n < 0 || n >= len(args) {
			b.WriteString(s[:j+1])
		} else {
			b.WriteString(s[:i])
			fmt.Fprint(&b, args[n])
		}
		s = s[j+1:]
	}
}
