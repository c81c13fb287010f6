package catalogue

import (
	"encoding/json"
	"slices"
)

// column is one column of the index's stretches: its key, and the field
// of a Stretch it holds (one of str, num and list is set). Columns, the
// type a reader decodes, has a field of the same key for each.
type column struct {
	key  string
	str  func(*Stretch) string
	num  func(*Stretch) int
	list func(*Stretch) []string
}

// columnTable returns the index's columns, in the order they are written.
func columnTable() []column {
	return []column{
		{key: "slug", str: func(s *Stretch) string { return s.Slug }},
		{key: "title", str: func(s *Stretch) string { return s.Title }},
		{key: "summary", str: func(s *Stretch) string { return s.Summary }},
		{key: "url", str: func(s *Stretch) string { return s.URL }},
		{key: "type", str: func(s *Stretch) string { return s.Type }},
		{key: "hold", num: func(s *Stretch) int { return s.Hold }},
		{key: "reps", num: func(s *Stretch) int { return s.Reps }},
		{key: "sets", num: func(s *Stretch) int { return s.Sets }},
		{key: "sides", str: func(s *Stretch) string { return s.Sides }},
		{key: "regions", list: func(s *Stretch) []string { return s.Regions }},
		{key: "position", str: func(s *Stretch) string { return s.Position }},
		{key: "equipment", list: func(s *Stretch) []string { return s.Equipment }},
		{key: "difficulty", str: func(s *Stretch) string { return s.Difficulty }},
		{key: "muscles", list: func(s *Stretch) []string { return s.Muscles }},
		{key: "contraindications", list: func(s *Stretch) []string { return s.Contraindications }},
		{key: "easier", list: func(s *Stretch) []string { return s.Easier }},
		{key: "harder", list: func(s *Stretch) []string { return s.Harder }},
		{key: "shard", num: func(s *Stretch) int { return s.Shard }},
	}
}

// encode returns the column of list as a JSON array.
func (col column) encode(list []Stretch) []byte {
	var v any
	switch {
	case col.str != nil:
		v = each(list, col.str)
	case col.num != nil:
		v = each(list, col.num)
	default:
		v = each(list, func(s *Stretch) []string { return list0(col.list(s)) })
	}
	b, _ := json.Marshal(v) // strings, numbers and lists of strings always encode
	return b
}

// same reports whether a and b hold the same value in the column.
func (col column) same(a, b *Stretch) bool {
	switch {
	case col.str != nil:
		return col.str(a) == col.str(b)
	case col.num != nil:
		return col.num(a) == col.num(b)
	}
	return slices.Equal(col.list(a), col.list(b))
}

// each returns f of every stretch of list.
func each[T any](list []Stretch, f func(*Stretch) T) []T {
	out := make([]T, len(list))
	for i := range list {
		out[i] = f(&list[i])
	}
	return out
}

// list0 returns list, or an empty list for nil, so that JSON never holds
// null where a reader expects a list.
func list0(list []string) []string {
	if list == nil {
		return []string{}
	}
	return list
}
