package content

import (
	"testing"
)

// TestHiddenCharacters checks that a control character, DEL, a C1 control
// or a byte order mark inside text is reported at the field or body place
// it is in, whether written raw or as a YAML escape, in every kind of page
// and in limber.yaml; tabs, line breaks and a leading byte order mark are
// fine.
func TestHiddenCharacters(t *testing.T) {
	const esc = "contains the control character ESC (U+001B), which does not show in an editor but would reach the page: delete it"
	tests := []struct {
		name, path, src string
		want            []string
	}{
		{"raw ESC in title", cc, md("title: Cat \x1b[8mcow", "summary: S", "type: static", "hold: 30s", "reps: 3", "regions: [neck]"),
			[]string{cc + ":2:8: title: " + esc}},
		{"escaped ESC in summary", cc, md("title: T", `summary: "Bend \e[31m"`, "type: static", "hold: 30s", "reps: 3", "regions: [neck]"),
			[]string{cc + ":3:10: summary: " + esc}},
		{"raw BEL in a list item", cc, baseStretch("muscles: [calves, \"ok\", \"a\x07b\"]"),
			[]string{cc + ":8:25: muscles[2]: contains the control character BEL (U+0007), which does not show in an editor but would reach the page: delete it"}},
		{"BOM in a routine's notes", rt, md("title: R", "summary: S", "stretches:", "  - {ref: cat-cow, notes: \"a\uFEFFb\"}"),
			[]string{rt + ":5:27: stretches[0].notes: contains a byte order mark (U+FEFF), which does not show in an editor but would reach the page: delete it"}},
		{"C1 and DEL in an article", ar, md("title: \"A\u0085\"", "summary: \"S\x7f\"", "author: Ann"),
			[]string{
				ar + ":2:8: title: contains the control character U+0085, which does not show in an editor but would reach the page: delete it",
				ar + ":3:10: summary: contains the control character DEL (U+007F), which does not show in an editor but would reach the page: delete it"}},
		{"body", cc, baseStretch() + "Line two.\nSay \x1b[2J and \x07 and \uFEFF.\n",
			[]string{cc + ":12:5: the text contains the control character ESC (U+001B) here (and 2 more in this file), which does not show in an editor but would reach the page: delete it"}},
		{"character references", cc, baseStretch() + "Fine: &#x41; &#65; &amp; &#0; &#x1b &#12345678;.\nNot: &#X1B; &#7; &#x85; &ZeroWidthNoBreakSpace;\n",
			[]string{cc + ":12:6: the character reference &#X1B; stands for the control character ESC (U+001B) (and 3 more in this file), which does not show in an editor but would reach the page: delete it"}},
		{"tabs, line breaks and a leading BOM", cc, "\uFEFF" + baseStretch("muscles: [\"a\\tb\"]") + "A\ttab.\r\n",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, errs := ParseMarkdownFile(tt.path, []byte(tt.src))
			checkMessages(t, errs, tt.want)
		})
	}
	_, errs := ParseConfig("limber.yaml", []byte("title: \"Clinic\\a\"\nclinic: {name: \"N\u009b\"}\n"))
	checkMessages(t, errs, []string{
		"limber.yaml:1:8: title: contains the control character BEL (U+0007), which does not show in an editor but would reach the page: delete it",
		"limber.yaml:2:16: clinic.name: contains the control character U+009B, which does not show in an editor but would reach the page: delete it",
	})
}
