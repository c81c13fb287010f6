package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestExitCodes(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		args []string
		want int
	}{
		{nil, exitUsage},
		{[]string{"nope"}, exitUsage},
		{[]string{"help"}, exitOK},
		{[]string{"--help"}, exitOK},
		{[]string{"version"}, exitOK},
		{[]string{"version", "extra"}, exitUsage},
		{[]string{"build", "-h"}, exitOK},
		{[]string{"build", "--bogus"}, exitUsage},
		{[]string{"build", "stray"}, exitUsage},
		{[]string{"new"}, exitUsage},
		{[]string{"new", "stretch"}, exitUsage},
		{[]string{"new", "exercise", "X", "--site", dir}, exitUsage},
		{[]string{"new", "stretch", "!!!", "--site", dir}, exitUsage},
		{[]string{"build", "--site", filepath.Join(dir, "missing")}, exitFailed},
		{[]string{"serve", "--port", "x"}, exitUsage},
		{[]string{"check", "-h"}, exitOK},
		{[]string{"check", "--format", "xml"}, exitUsage},
		{[]string{"check", "stray"}, exitUsage},
		{[]string{"check", "--site", filepath.Join(dir, "missing")}, exitFailed},
	}
	for _, tt := range tests {
		var out, errb bytes.Buffer
		if got := Main(tt.args, &out, &errb); got != tt.want {
			t.Errorf("limber %s: exit %d, want %d\nstderr: %s", strings.Join(tt.args, " "), got, tt.want, errb.String())
		}
	}
}

func TestNewWritesValidDraft(t *testing.T) {
	dir := t.TempDir()
	var out, errb bytes.Buffer
	for _, kind := range []string{"stretch", "condition", "article"} {
		if code := Main([]string{"new", kind, "Hip flexor stretch", "--site", dir}, &out, &errb); code != exitOK {
			t.Fatalf("new %s: exit %d: %s", kind, code, errb.String())
		}
	}
	if code := Main([]string{"build", "--site", dir, "--drafts"}, &out, &errb); code != exitOK {
		t.Fatalf("build of new drafts: exit %d: %s", code, errb.String())
	}
	if _, err := os.Stat(filepath.Join(dir, "public", "stretches", "hip-flexor-stretch", "index.html")); err != nil {
		t.Error(err)
	}
}
