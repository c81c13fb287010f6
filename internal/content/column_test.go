package content

import (
	"strings"
	"testing"
)

// TestColumnsCountCharacters holds front matter positions to characters,
// not bytes: an em dash and a CJK character (three bytes each) before the
// problem on its line are one column each, on the fast path and goccy's,
// in a flow list and a block list, and where nesting is too deep.
func TestColumnsCountCharacters(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string
	}{
		{"flow list", baseStretch(`muscles: ["a—", 伸, [x]]`), []string{
			cc + `:8:20: muscles[2]: want text, got a list`}},
		{"block list", baseStretch("muscles:", `  - "— 伸"`, "  - [x]"), []string{
			cc + `:10:5: muscles[1]: want text, got a list`}},
		{"after a value", baseStretch(`sides: "— 伸 x"`), []string{
			cc + `:8:8: sides: "— 伸 x" is not one of both, left, right, none`}},
		{"too deep", md(`title: "— 伸" ` + "\n" + `summary: [— 伸, ` + strings.Repeat("[", 40)), []string{
			cc + `:3:47: values are nested more than 32 levels deep here`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, fast := range []bool{true, false} {
				_, errs := parseMarkdownFile(cc, []byte(tt.src), fast)
				checkMessages(t, errs, tt.want)
			}
		})
	}
}
