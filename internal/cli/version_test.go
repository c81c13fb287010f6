package cli

import "testing"

func TestVersionLine(t *testing.T) {
	const rev = "0123456789abcdef0123456789abcdef01234567"
	tests := []struct {
		name     string
		b        buildInfo
		want     string
		pinnable bool
	}{
		{"release from the linker", buildInfo{release: "v1.2.3", mainVersion: devel}, "limber v1.2.3 (go1.26.8 linux/amd64)", true},
		{"go install @v1.2.4", buildInfo{mainVersion: "v1.2.4"}, "limber v1.2.4 (go1.26.8 linux/amd64)", true},
		{"linker wins over module", buildInfo{release: "v1.3.0", mainVersion: "v1.2.4"}, "limber v1.3.0 (go1.26.8 linux/amd64)", true},
		{"commit and date", buildInfo{mainVersion: devel, settings: map[string]string{"vcs.revision": rev, "vcs.time": "2026-12-01T10:00:00Z"}},
			"limber devel 0123456789ab 2026-12-01T10:00:00Z (go1.26.8 linux/amd64)", false},
		{"dirty work tree", buildInfo{mainVersion: devel, settings: map[string]string{"vcs.revision": rev, "vcs.modified": "true"}},
			"limber devel 0123456789ab dirty (go1.26.8 linux/amd64)", false},
		{"nothing recorded", buildInfo{mainVersion: devel}, "limber (devel) (go1.26.8 linux/amd64)", false},
		{"no build info", buildInfo{}, "limber (devel) (go1.26.8 linux/amd64)", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.b.goVersion, tt.b.platform = "go1.26.8", "linux/amd64"
			if got := tt.b.versionLine(); got != tt.want {
				t.Errorf("versionLine() = %q, want %q", got, tt.want)
			}
			if _, p := tt.b.buildVersion(); p != tt.pinnable {
				t.Errorf("pinnable = %v, want %v", p, tt.pinnable)
			}
		})
	}
}
