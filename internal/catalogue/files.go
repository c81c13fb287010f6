package catalogue

import (
	"encoding/json"
	"strconv"
	"strings"

	"github.com/limber/limber/internal/site"
)

// Dir is the folder of the catalogue's files, under the site's root.
const Dir = "catalogue/"

// IndexPath is the index's path relative to the output folder.
const IndexPath = Dir + "index.json"

// RoutinesPath is the routines' path relative to the output folder.
const RoutinesPath = Dir + "routines.json"

// ShardPath returns shard n's path relative to the output folder.
func ShardPath(n int) string { return Dir + strconv.Itoa(n) + ".json" }

// File is one file of the catalogue.
type File struct {
	Path string // slash path relative to the output folder: "catalogue/index.json"
	Data []byte
}

// Files returns the catalogue's files: the index, the routines, then the
// shards in order. A file of the same path under content/ is copied as it
// is and replaces the generated one, so it is left out here.
func Files(s *site.Site) []File {
	c := Make(s)
	own := map[string]bool{}
	for _, f := range s.Files {
		if strings.HasPrefix(f.Rel, Dir) {
			own[f.Rel] = true
		}
	}
	out := make([]File, 0, len(c.Shards)+2)
	add := func(path string, v any) {
		if !own[path] {
			out = append(out, File{Path: path, Data: encode(v)})
		}
	}
	add(IndexPath, index(c))
	add(RoutinesPath, Routines{Version: Version, Routines: c.Routines})
	for i, sh := range c.Shards {
		add(ShardPath(i), sh)
	}
	return out
}

// encode returns v as JSON with a final newline. The catalogue's types
// hold only strings, numbers, booleans, slices and structs, which always
// encode (invalid UTF-8 in a string is replaced, not an error).
func encode(v any) []byte {
	b, _ := json.Marshal(v)
	return append(b, '\n')
}

// index returns the index of c.
func index(c Catalogue) Index {
	ix := Index{Version: Version, Root: c.Root, Routines: c.Root + RoutinesPath,
		Shards: make([]string, len(c.Shards)), Vocab: c.Vocab, Conditions: c.Conditions,
		Count: len(c.Stretches), Stretches: columns(c.Stretches)}
	for i := range c.Shards {
		ix.Shards[i] = c.Root + ShardPath(i)
	}
	return ix
}
