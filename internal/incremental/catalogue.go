package incremental

import (
	"strings"

	"github.com/limber/limber/internal/catalogue"
	"github.com/limber/limber/internal/pipeline"
)

// remakeCatalogue replaces the catalogue's files in snap with those made
// from the last site, and returns the paths of both the old and the new
// ones (a shard may have gone), for changedAt to tell which changed.
func (s *Session) remakeCatalogue(snap *pipeline.Snapshot) []string {
	var paths []string
	for path, o := range snap.Files {
		if o.Src == "" && strings.HasPrefix(path, catalogue.Dir) {
			delete(snap.Files, path)
			paths = append(paths, path)
		}
	}
	for _, a := range pipeline.Catalogue(s.last) {
		snap.Files[a.Path] = pipeline.Output{Data: a.Data}
		paths = append(paths, a.Path)
	}
	return paths
}
