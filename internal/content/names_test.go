package content

import (
	"slices"
	"strings"
	"testing"
)

func TestNamesAndImageSources(t *testing.T) {
	long, just := strings.Repeat("b", 61), strings.Repeat("é", 60)
	tests := []struct {
		name      string
		src       string
		want      []string
		equipment []string
	}{
		{"image src empty", baseStretch("images:", `  - {src: "", alt: A}`, "  - {src: ' ', alt: B}", "  - {src:, alt: C}"), []string{
			cc + `:9:11: images[0].src: must not be empty`,
			cc + `:10:11: images[1].src: must not be empty`,
			cc + `:11:6: images[2].src: must not be empty`}, nil},
		{"equipment", baseStretch(`equipment: ["???", "..", yoga mat, "", ` + long + `, ` + just + `, Theraband®]`), []string{
			cc + `:8:13: equipment[0]: "???" needs at least one letter or digit`,
			cc + `:8:20: equipment[1]: ".." needs at least one letter or digit`,
			cc + `:8:36: equipment[3]: must not be empty`,
			cc + `:8:40: equipment[4]: "` + long + `" is too long (over 60 characters)`}, []string{"yoga mat", just, "Theraband®"}},
		{"muscles", baseStretch(`muscles: ["???", "½", calves, ` + long + `]`), []string{
			cc + `:8:11: muscles[0]: "???" needs at least one letter or digit`,
			cc + `:8:18: muscles[1]: "½" needs at least one letter or digit`}, nil},
		{"regions", md("title: T", "summary: S", "type: dynamic", "reps: 3",
			`regions: ["???", "..", neck, `+long+`, `+strings.Repeat("a", 60)+`]`), []string{
			cc + `:6:11: regions[0]: "???" needs at least one letter or digit`,
			cc + `:6:18: regions[1]: ".." needs at least one letter or digit`,
			cc + `:6:30: regions[3]: "` + long + `" is too long (over 60 characters)`}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page, errs := ParseMarkdownFile(cc, []byte(tt.src))
			checkMessages(t, errs, tt.want)
			if tt.equipment != nil && !slices.Equal(page.Stretch.Equipment, tt.equipment) {
				t.Errorf("equipment = %q, want %q", page.Stretch.Equipment, tt.equipment)
			}
		})
	}
}
