package build

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"

	"github.com/limber/limber/internal/content"
)

// Output is one file of a built site held in memory: the bytes of a page or
// asset, or the path on disk of a copied file with the file itself, which
// limber serve opens beneath content/ when asked for it (content.File.OpenNow).
type Output struct {
	Data []byte
	Src  string
	File content.File
}

// Snapshot is a whole built site, by output path ("stretches/x/index.html").
type Snapshot struct {
	Root  string
	Files map[string]Output
}

// changedAt lists the paths whose output in snap is new or differs from
// the last snapshot's.
func (s *Session) changedAt(snap *Snapshot, paths []string) []string {
	var out []string
	for _, p := range paths {
		now, ok := snap.Files[p]
		old, had := Output{}, false
		if s.snap != nil {
			old, had = s.snap.Files[p]
		}
		if ok != had || !same(now, old) {
			out = append(out, p)
		}
	}
	return out
}

// same reports whether two outputs are the same file.
func same(a, b Output) bool { return a.Src == b.Src && bytes.Equal(a.Data, b.Data) }

// removedOrChanged lists outputs that are gone, or whose bytes changed,
// between two full snapshots (assets and copied files included).
func removedOrChanged(old, now *Snapshot) []string {
	var out []string
	for k, v := range old.Files {
		if n, ok := now.Files[k]; !ok || !same(v, n) {
			out = append(out, k)
		}
	}
	return out
}

// changedFiles lists copied files named in the change, which are served
// from disk and so change without being rendered.
func (s *Session) changedFiles(rels []string) []string {
	var out []string
	for _, rel := range rels {
		if _, err := os.Stat(filepath.Join(s.opts.Site, "content", filepath.FromSlash(rel))); err == nil && !strings.HasSuffix(rel, ".md") {
			out = append(out, rel)
		}
	}
	return out
}
