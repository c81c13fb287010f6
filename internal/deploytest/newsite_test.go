package deploytest

import (
	"reflect"
	"testing"

	"github.com/BurntSushi/toml"

	"github.com/limber/limber/internal/newsite"
)

// TestNewSiteHeaders checks that the netlify.toml limber init writes sends
// the same headers, for the same paths, as this repository's netlify.toml:
// the headers are declared once in Go (newsite.HeaderRules, which takes the
// security headers from limber serve's), and this file must follow them.
func TestNewSiteHeaders(t *testing.T) {
	repo := readNetlify(t).Headers
	files, err := newsite.Files(newsite.Options{Version: "v1.2.3", Pinned: true, GoVersion: "1.26.8", Date: "2026-12-06"})
	if err != nil {
		t.Fatal(err)
	}
	var made netlifyConfig
	for _, f := range files {
		if f.Path == "netlify.toml" {
			if _, err := toml.Decode(string(f.Data), &made); err != nil {
				t.Fatalf("limber init's netlify.toml: %v", err)
			}
		}
	}
	if !reflect.DeepEqual(made.Headers, repo) {
		t.Errorf("limber init's netlify.toml has the headers\n%v\nthis repository's has\n%v\nchange them together (newsite.HeaderRules)", made.Headers, repo)
	}
	var rules []headerRule
	for _, r := range newsite.HeaderRules() {
		rules = append(rules, headerRule(r))
	}
	if !reflect.DeepEqual(rules, repo) {
		t.Errorf("newsite.HeaderRules() = %v, netlify.toml has %v", rules, repo)
	}
}
