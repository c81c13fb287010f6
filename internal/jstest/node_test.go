package jstest

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestNode runs every *.test.mjs file of this folder with node --test.
func TestNode(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("node is missing (apt-get install nodejs); under CI=true the JavaScript tests must run, not skip")
		}
		t.Skip("node is missing (apt-get install nodejs): the JavaScript tests are skipped")
	}
	files, err := filepath.Glob("*.test.mjs")
	if err != nil || len(files) == 0 {
		t.Fatalf("no *.test.mjs files found (%v)", err)
	}
	cmd := exec.Command(node, append([]string{"--test", "--test-reporter=spec"}, files...)...)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("node --test failed (%v):\n%s", err, out)
	}
	if testing.Verbose() {
		t.Logf("%s", out)
	}
}
