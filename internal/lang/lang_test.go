package lang

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/limber/limber/internal/diag"
)

// TestBuiltinTables holds the built-in tables to English: they load without
// a problem, and each has every key of English, and no other, with the same
// arguments and the same plural forms.
func TestBuiltinTables(t *testing.T) {
	s, errs := parseBuiltins()
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	en := s.Table("en")
	if len(en.Keys()) < 50 {
		t.Fatalf("the English table has %d keys", len(en.Keys()))
	}
	args := regexp.MustCompile(`\{\d+\}`)
	for _, code := range s.Codes() {
		tb := s.Table(code)
		if !slices.Equal(tb.Keys(), en.Keys()) {
			t.Errorf("%s: keys differ from English", code)
		}
		for _, k := range en.Keys() {
			want, got := en.msgs[k], tb.msgs[k]
			if (want.One == "") != (got.One == "") {
				t.Errorf("%s: %s: plural forms differ from English", code, k)
			}
			if a, b := slices.Sorted(slices.Values(args.FindAllString(want.Other, -1))), slices.Sorted(slices.Values(args.FindAllString(got.Other, -1))); !slices.Equal(slices.Compact(a), slices.Compact(b)) {
				t.Errorf("%s: %s: arguments %v, English has %v", code, k, b, a)
			}
		}
	}
}

func TestT(t *testing.T) {
	s := Builtin()
	for _, c := range []struct {
		code, key string
		args      []any
		want      string
	}{
		{"en", "nav.home", nil, "Home"},
		{"es", "nav.home", nil, "Inicio"},
		{"es-MX", "nav.home", nil, "Inicio"},
		{"fr", "nav.home", nil, "Home"},
		{"en", "count.stretches", []any{1}, "1 stretch"},
		{"en", "count.stretches", []any{0}, "0 stretches"},
		{"es", "count.stretches", []any{1}, "1 estiramiento"},
		{"es", "count.stretches", []any{12}, "12 estiramientos"},
		{"es", "term.all", []any{"Tipos"}, "Ver todo: Tipos"},
		{"en", "term.all", nil, "See all: {0}"},
	} {
		got, err := s.Table(c.code).T(c.key, c.args...)
		if err != nil || got != c.want {
			t.Errorf("%s %s %v: got %q, %v; want %q", c.code, c.key, c.args, got, err, c.want)
		}
	}
	if _, err := s.Table("en").T("no.such"); err == nil {
		t.Error("an unknown key gave no error")
	}
}

func TestFill(t *testing.T) {
	for _, c := range []struct {
		s    string
		args []any
		want string
	}{
		{"{0} de {1}", []any{5, "marzo"}, "5 de marzo"},
		{"{1}{0}", []any{"a", "b"}, "ba"},
		{"{2} {x} { {", []any{1}, "{2} {x} { {"},
		{"}{0}{", []any{1}, "}1{"},
	} {
		if got := fill(c.s, c.args); got != c.want {
			t.Errorf("fill(%q, %v) = %q, want %q", c.s, c.args, got, c.want)
		}
	}
}

func TestDate(t *testing.T) {
	d := time.Date(2026, 3, 5, 0, 0, 0, 0, time.UTC)
	s := Builtin()
	if got := s.Table("es").Date(d); got != "5 de marzo de 2026" {
		t.Errorf("es: %q", got)
	}
	if got := s.Table("en").Date(d); got != "5 March 2026" {
		t.Errorf("en: %q", got)
	}
	if got := s.Table("es").DateText("2024-13-01"); got != "2024-13-01" {
		t.Errorf("not a date: %q", got)
	}
}

// TestSiteTables checks a site's tables: an override, an added language
// with a missing key, an unknown key and a bad plural, each reported.
func TestSiteTables(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		p := filepath.Join(dir, "templates", "lang", name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("es.yaml", "nav.home: Portada\n")
	s, errs := Load(dir)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	if got := s.Table("es").MustT("nav.home"); got != "Portada" {
		t.Errorf("override: %q", got)
	}
	if got := s.Table("es").MustT("nav.label"); got != "Principal" {
		t.Errorf("kept: %q", got)
	}
	en := Builtin().Table("en")
	var fr strings.Builder
	for _, k := range en.Keys() {
		if k != "nav.home" && k != "count.stretches" {
			fr.WriteString(k + ": x\n")
		}
	}
	write("fr.yaml", fr.String()+"count.stretches:\n  one: un\n  many: x\nnav.hoem: Accueil\n")
	_, errs = Load(dir)
	got := errs.Error()
	for _, want := range []string{
		`templates/lang/fr.yaml: missing "nav.home" (English: "Home")`,
		`templates/lang/fr.yaml:` + line(fr.String(), 3) + `:3: count.stretches: "many" is not a plural form`,
		`templates/lang/fr.yaml:` + line(fr.String(), 4) + `:1: "nav.hoem" is not a string limber shows`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in\n%s", want, got)
		}
	}
}

// line returns the line number, as text, of the n-th line after text.
func line(text string, n int) string {
	return strconv.Itoa(strings.Count(text, "\n") + n)
}

func FuzzParseTable(f *testing.F) {
	src, _ := builtinFiles.ReadFile("es.yaml")
	f.Add(string(src))
	f.Add("a:\n  one: x\n  other: y\n")
	f.Add("- x\n")
	f.Add("a: [1, 2]\n")
	f.Fuzz(func(t *testing.T, s string) {
		var errs diag.List
		for _, e := range parseTable("x.yaml", []byte(s), &errs) {
			if e.key == "" && e.msg.Other == "" && len(errs) == 0 {
				t.Errorf("empty entry from %q", s)
			}
		}
	})
}

func TestIsTag(t *testing.T) {
	for s, want := range map[string]bool{"es": true, "es-MX": true, "pt-BR": true, "zh-Hant": true, "ast": true,
		"": false, "Es": false, "english": false, "es_MX": false, "es-": false, "x": false} {
		if isTag(s) != want {
			t.Errorf("isTag(%q) = %v", s, !want)
		}
	}
}
