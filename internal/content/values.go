package content

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/goccy/go-yaml/ast"

	"github.com/limber/limber/internal/dosage"
)

// scalar returns the literal text of a single value as written (so that
// `sides: no` reads "no" and `reps: 1.5` reads "1.5"), reporting lists,
// mappings and text with a hidden character in it. want names what was expected, for the message.
func (v value) scalar(want string) (string, bool) {
	switch n := v.n.(type) {
	case *ast.SequenceNode, *ast.MappingNode, *ast.MappingValueNode:
		v.errorf("want %s, got %s", want, describe(n))
		return "", false
	case *ast.LiteralNode:
		if n.Value == nil {
			return "", true
		}
		return v.visible(n.Value.Value)
	}
	tk := v.n.GetToken()
	if tk == nil {
		return "", true
	}
	return v.visible(tk.Value)
}

// visible returns s, reporting it instead if it holds a character that
// would reach the page unseen (see hiddenRune), whether written as it is or
// as an escape such as "\e" in double quotes.
func (v value) visible(s string) (string, bool) {
	if msg := hiddenError(s); msg != "" {
		v.errorf("%s", msg)
		return "", false
	}
	return s, true
}

// text returns the value as text with outer spaces trimmed; an absent value
// gives "".
func (v value) text() (string, bool) {
	if v.bad {
		return "", false
	}
	if v.absent() {
		return "", true
	}
	s, ok := v.scalar("text")
	return strings.TrimSpace(s), ok
}

// integer returns the value as a whole number of at least lo.
func (v value) integer(lo int) (int, bool) {
	if v.bad || v.absent() {
		return 0, false
	}
	s, ok := v.scalar("a whole number")
	if !ok {
		return 0, false
	}
	_, isFloat := v.n.(*ast.FloatNode)
	n, err := strconv.Atoi(strings.TrimSpace(s))
	switch {
	case err != nil || isFloat:
		v.errorf("want a whole number, got %s", describe(v.n))
	case n < lo:
		v.errorf("must be at least %d, got %d", lo, n)
	case n > 1000:
		v.errorf("must be at most 1000, got %d", n)
	default:
		return n, true
	}
	return 0, false
}

// boolean returns the value as true or false; only those two words count,
// so that `draft: yes` is reported rather than guessed.
func (v value) boolean() (bool, bool) {
	if v.bad || v.absent() {
		return false, false
	}
	s, ok := v.scalar("true or false")
	if !ok {
		return false, false
	}
	if s != "true" && s != "false" {
		v.errorf("want true or false, got %s", describe(v.n))
		return false, false
	}
	return s == "true", true
}

// enum returns the value if it is one of allowed, compared as written.
func (v value) enum(allowed []string) (string, bool) {
	if v.bad || v.absent() {
		return "", false
	}
	s, ok := v.scalar("one of " + quoteList(allowed))
	if !ok {
		return "", false
	}
	if slices.Contains(allowed, s) {
		return s, true
	}
	msg := fmt.Sprintf("%q is not one of %s", s, quoteList(allowed))
	if near := closest(s, allowed); near != "" {
		msg += fmt.Sprintf(" (did you mean %q?)", near)
	}
	v.errorf("%s", msg)
	return "", false
}

// list returns the items of a list value; an absent value gives none.
func (v value) list() ([]value, bool) {
	if v.bad {
		return nil, false
	}
	if v.absent() {
		return nil, true
	}
	seq, ok := v.n.(*ast.SequenceNode)
	if !ok {
		v.errorf("want a list (a line starting with \"- \" for each item, or [a, b]), got %s", describe(v.n))
		return nil, false
	}
	items := make([]value, 0, len(seq.Values))
	for i, n := range seq.Values {
		items = append(items, newValue(v.d, fmt.Sprintf("%s[%d]", v.name, i), nil, n))
	}
	return items, true
}

// requiredText returns the text of a required field, reporting it if it is
// missing or empty.
func (f fields) requiredText(key string) string {
	v, ok := f.required(key)
	if !ok {
		return ""
	}
	s, ok := v.text()
	if ok && s == "" {
		v.errorf("must not be empty")
	}
	return s
}

// text returns the text of an optional field, or "".
func (f fields) text(key string) string {
	s, _ := f.get(key).text()
	return s
}

// integer returns an optional whole number field of at least lo, or 0.
func (f fields) integer(key string, lo int) int {
	n, _ := f.get(key).integer(lo)
	return n
}

// boolean returns an optional true/false field, or false.
func (f fields) boolean(key string) bool {
	b, _ := f.get(key).boolean()
	return b
}

// enum returns an optional field that must be one of allowed, or "".
func (f fields) enum(key string, allowed []string) string {
	s, _ := f.get(key).enum(allowed)
	return s
}

// duration returns an optional hold time field, or 0.
func (f fields) duration(key string) time.Duration {
	v := f.get(key)
	s, ok := v.text()
	if !ok || s == "" {
		return 0
	}
	d, err := dosage.ParseDuration(s)
	if err != nil {
		v.errorf("%v", err)
		return 0
	}
	return d
}

// url returns an optional web address field, reporting one that is not an
// http(s) URL.
func (f fields) url(key string) string {
	v := f.get(key)
	s, ok := v.text()
	if !ok || s == "" {
		return ""
	}
	if msg := webURLError(s); msg != "" {
		v.errorf("%s", msg)
		return ""
	}
	return s
}

// slugs returns an optional list of slugs, each with its position.
func (f fields) slugs(key string) []Ref {
	items, _ := f.get(key).list()
	var out []Ref
	for _, it := range items {
		if s, ok := it.slug(); ok {
			out = append(out, Ref{Slug: s, Pos: it.pos()})
		}
	}
	return out
}

// slug returns the value as a slug, reporting one that is empty or badly
// formed.
func (v value) slug() (string, bool) {
	s, ok := v.text()
	switch {
	case !ok:
		return "", false
	case s == "":
		v.errorf("must not be empty")
		return "", false
	case !hasLetterOrDigit(s):
		v.errorf("%q needs at least one letter or digit", s)
		return "", false
	case !isSlug(s):
		v.errorf("%s", slugError(s))
		return "", false
	}
	return s, true
}
