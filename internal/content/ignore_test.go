package content

import "testing"

func TestIgnored(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{".DS_Store", true}, {".git", true}, {".hidden.html", true}, {".#home.html", true},
		{".style.css.swp", true}, {"style.css~", true}, {"x.swo", true}, {"x.swx", true},
		{"#x#", true}, {"#home.html#", true}, {"4913", true}, {"a.tmp", true}, {"A.TMP", true},
		{"style.css___jb_tmp___", true}, {"style.css___jb_old___", true},
		{"style.css", false}, {"home.html", false}, {"_partials.html", false}, {"#", false},
		{"#notes", false}, {"49134", false}, {"tmp", false}, {"swp.css", false}, {"a~b.css", false},
	}
	for _, tt := range tests {
		if got := Ignored(tt.name); got != tt.want {
			t.Errorf("Ignored(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}
