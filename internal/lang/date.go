package lang

import (
	"strconv"
	"time"
)

// Date writes a day in the table's long format: "5 March 2026" in
// English, "5 de marzo de 2026" in Spanish (keys date.long and
// month.1 to month.12).
func (t *Table) Date(d time.Time) string {
	month := t.MustT("month." + strconv.Itoa(int(d.Month())))
	return t.MustT("date.long", d.Day(), month, d.Year())
}

// DateText writes a YYYY-MM-DD date as Date does; any other text is
// returned as it is.
func (t *Table) DateText(s string) string {
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return s
	}
	return t.Date(d)
}
