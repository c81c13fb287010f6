package catalogue

import (
	"encoding/json"
	"strconv"
	"strings"
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
// is and replaces the generated one, so it is left out here. What c
// encoded before is not encoded again.
func (c *Catalogue) Files() []File {
	out := make([]File, 0, len(c.Shards)+2)
	add := func(path string, data []byte) {
		if !c.own[path] {
			out = append(out, File{Path: path, Data: data})
		}
	}
	add(IndexPath, c.index())
	if c.routines == nil {
		c.routines = encode(Routines{Version: Version, Routines: c.Routines})
	}
	add(RoutinesPath, c.routines)
	for i, sh := range c.Shards {
		if c.shards[i] == nil {
			c.shards[i] = encode(sh)
		}
		add(ShardPath(i), c.shards[i])
	}
	return out
}

// indexHead is the index but its stretches, in the order of Index.
type indexHead struct {
	Version    int         `json:"version"`
	Root       string      `json:"root"`
	Routines   string      `json:"routines"`
	Shards     []string    `json:"shards"`
	Vocab      Vocab       `json:"vocab"`
	Conditions []Condition `json:"conditions"`
	Count      int         `json:"count"`
}

// index returns catalogue/index.json: the same bytes as Index encoded by
// encoding/json, made of its head and its columns, each column encoded
// only when c has not encoded it yet (nor the whole index).
func (c *Catalogue) index() []byte {
	head := indexHead{Version: Version, Root: c.Root, Routines: c.Root + RoutinesPath,
		Shards: make([]string, len(c.Shards)), Vocab: c.Vocab, Conditions: c.Conditions, Count: len(c.Stretches)}
	for i := range c.Shards {
		head.Shards[i] = c.Root + ShardPath(i)
	}
	if c.indexData != nil {
		return c.indexData
	}
	table := columnTable()
	size := 0
	for i, col := range table {
		if c.cols[i] == nil {
			c.cols[i] = col.encode(c.Stretches)
		}
		size += len(col.key) + len(c.cols[i]) + 4
	}
	h := encode(head)
	b := make([]byte, 0, len(h)+size+16)
	b = append(append(b, h[:len(h)-2]...), `,"stretches":{`...) // drop "}\n"
	for i, col := range table {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(append(append(b, '"'), col.key...), `":`...)
		b = append(b, c.cols[i]...)
	}
	c.indexData = append(b, "}}\n"...)
	return c.indexData
}

// encode returns v as JSON with a final newline. The catalogue's types
// hold only strings, numbers, booleans, slices and structs, which always
// encode (invalid UTF-8 in a string is replaced, not an error).
func encode(v any) []byte {
	b, _ := json.Marshal(v)
	return append(b, '\n')
}

// ownFiles returns the paths under Dir of the site's own files.
func ownFiles(rels []string) map[string]bool {
	own := map[string]bool{}
	for _, rel := range rels {
		if strings.HasPrefix(rel, Dir) {
			own[rel] = true
		}
	}
	return own
}
