package incremental

import (
	"strings"

	"github.com/limber/limber/internal/catalogue"
	"github.com/limber/limber/internal/pipeline"
	"github.com/limber/limber/internal/site"
)

// patchedCatalogue returns the catalogue of stretches after the edit of
// page p patched into the last site: the stretch or the routines made
// again, the rest as it was (see catalogue.Catalogue.Patch).
func (s *Session) patchedCatalogue(p *site.Page) *catalogue.Catalogue {
	if s.cat == nil {
		return catalogue.Make(s.last)
	}
	switch d := p.Data.(type) {
	case *site.Stretch:
		return s.cat.Patch(d)
	case *site.Routine:
		return s.cat.PatchRoutines(s.last)
	}
	return catalogue.Make(s.last)
}

// putCatalogue replaces the catalogue's files in snap with cat's, and
// returns the paths of both the old and the new ones (a shard may have
// gone), for changedAt to tell which changed.
func putCatalogue(snap *pipeline.Snapshot, cat *catalogue.Catalogue) []string {
	var paths []string
	for path, o := range snap.Files {
		if o.Src == "" && strings.HasPrefix(path, catalogue.Dir) {
			delete(snap.Files, path)
			paths = append(paths, path)
		}
	}
	for _, a := range pipeline.CatalogueFiles(cat) {
		snap.Files[a.Path] = pipeline.Output{Data: a.Data}
		paths = append(paths, a.Path)
	}
	return paths
}
