package output

import (
	"path/filepath"
	"strings"
	"testing"
)

func TestIsMountPoint(t *testing.T) {
	if !isMountPoint("/proc") {
		t.Error("isMountPoint(/proc) = false")
	}
	_, site := newSite(t)
	if isMountPoint(site) || isMountPoint(filepath.Join(site, "content")) {
		t.Error("a test's own folder counts as a mount point")
	}
	if err := Check(site, "/proc"); err == nil {
		t.Error("Check(/proc) = nil, want a refusal")
	}
}

func TestMountedAt(t *testing.T) {
	table := "22 1 0:21 / /proc rw,nosuid - proc proc rw\n" +
		"36 25 8:1 /srv/www /home/a\\040b/site/public rw,relatime shared:1 - ext4 /dev/sda1 rw\n"
	for p, want := range map[string]bool{
		"/proc": true, "/home/a b/site/public": true, "/home/a\\040b/site/public": false, "/home/a b/site": false, "/srv/www": false,
	} {
		if got := mountedAt(strings.NewReader(table), p); got != want {
			t.Errorf("mountedAt(%q) = %v, want %v", p, got, want)
		}
	}
	if got := unescapeMount(`a\134b\011c\04`); got != "a\\b\tc\\04" {
		t.Errorf("unescapeMount = %q", got)
	}
}
