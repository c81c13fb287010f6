package content

// date reads an optional YYYY-MM-DD date, reporting one that is not a real
// date. It returns "" when the field is absent or empty.
func (f fields) date(key string) string {
	v := f.get(key)
	s, ok := v.text()
	if !ok || s == "" {
		return ""
	}
	if !isDate(s) {
		v.errorf("%q is not a real date: write it as YYYY-MM-DD, like 2024-03-15", s)
		return ""
	}
	return s
}
