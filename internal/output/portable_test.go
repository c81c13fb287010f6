package output

import "testing"

func TestCheckPortable(t *testing.T) {
	tests := []struct {
		rel string
		ok  bool
	}{
		{"stretches/cat-cow/index.html", true},
		{"images/console.svg", true},
		{"images/com10.svg", true},
		{"images/a b.svg", true},
		{"stretches/con/index.html", false},
		{"images/aux.svg", false},
		{"images/Nul.tar.gz", false},
		{"images/LPT1", false},
		{"images/com¹.png", false},
		{"images/a:b.svg", false},
		{"images/what?.png", false},
		{"images/star*.png", false},
		{"images/dot./x.png", false},
		{"images/space .png", true},
		{"images/trailing ", false},
	}
	for _, tt := range tests {
		if err := CheckPortable(tt.rel); (err == nil) != tt.ok {
			t.Errorf("CheckPortable(%q) = %v, want ok %v", tt.rel, err, tt.ok)
		}
	}
}
