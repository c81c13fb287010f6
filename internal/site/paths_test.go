package site

import (
	"strings"
	"testing"

	"github.com/limber/limber/internal/content"
)

// TestIndexReportsUnwritableNames checks that a page or copied file whose
// output path output.CheckPath refuses is reported at its content file,
// once, by Index: before anything is written.
func TestIndexReportsUnwritableNames(t *testing.T) {
	cs := fixture()
	long := strings.Repeat("é", 130) // 260 bytes: longer than a file system allows
	cs.Routines = append(cs.Routines, &content.Routine{Source: src("routines", long, "Long")})
	deep := strings.Repeat(strings.Repeat("d", 200)+"/", 6) + "x.svg"
	cs.Files = append(cs.Files,
		content.File{Rel: "a\\b.svg"}, content.File{Rel: "a\nb.svg"}, content.File{Rel: "a\x1bb.svg"},
		content.File{Rel: "a\u0085b.svg"}, content.File{Rel: deep}, content.File{Rel: "ok é.svg"})
	_, errs := Index(cs, Options{})
	want := []string{
		`content/a\b.svg: this file cannot be copied under its name`,
		`content/a\nb.svg: this file cannot be copied under its name`,
		`content/a\x1bb.svg: this file cannot be copied under its name`,
		`content/a\u0085b.svg: this file cannot be copied under its name`,
		`content/` + deep + `: this file cannot be copied under its name (cannot write "dddd`,
		`content/routines/` + long + `.md: this file's name cannot give its page's address (cannot write a file or folder named`,
	}
	if len(errs) != len(want) {
		t.Fatalf("got %d problems, want %d:\n%v", len(errs), len(want), errs)
	}
	for _, w := range want {
		if !strings.Contains(errs.Error(), w) {
			t.Errorf("no problem starting %q in:\n%v", w, errs)
		}
	}
}

// TestIndexReportsLinksTooLongForQR checks that a routine whose address
// would not fit the QR code of its sheet is reported at its file, and that
// one that just fits is not.
func TestIndexReportsLinksTooLongForQR(t *testing.T) {
	cs := fixture()
	// The base URL fits CheckBaseURL's limit, but "^" is percent-encoded
	// to three bytes in the address.
	cs.Config.BaseURL = "https://example.org/" + strings.Repeat("^", 700) + "/"
	long := strings.Repeat("é", 125)
	cs.Routines = append(cs.Routines, &content.Routine{Source: src("routines", long, "Long")})
	_, errs := Index(cs, Options{})
	want := "content/routines/" + long + ".md: this routine's address is 2881 bytes long with the base URL, " +
		"too long for the QR code on its printed sheet: shorten base_url or this file's name"
	if len(errs) != 1 || errs[0].Error() != want {
		t.Errorf("got %v\nwant %s", errs, want)
	}
}
