package catalogue

import "github.com/limber/limber/internal/inline"

// Version is the version of the catalogue's format, written in every file;
// a reader that finds another one should not guess.
const Version = 1

// Catalogue is the whole catalogue of a site, as Make finds it; Files
// writes it as an index, a file of routines and shards.
//
// A Catalogue keeps its files' bytes once encoded: Patch and
// PatchRoutines make a new one that encodes again only what they changed,
// for limber serve's fast paths.
type Catalogue struct {
	Root       string // the site's root URL path: "/" or, say, "/handouts/"
	Vocab      Vocab
	Conditions []Condition // by slug
	Stretches  []Stretch   // by slug
	Routines   []Routine   // by slug
	Shards     []Shard     // by number

	indexData []byte          // the index as encoded, or nil
	cols      [][]byte        // each column of the index (see columnTable) as encoded, or nil
	shards    [][]byte        // each shard's file as encoded, or nil
	routines  []byte          // routines.json as encoded, or nil
	own       map[string]bool // the paths of the site's own files under Dir, which are not written
}

// Index is catalogue/index.json: what a browser loads first, to search
// and filter. Its stretches are written by column (see Columns): at 10,000
// stretches that is a quarter smaller compressed than an object each.
type Index struct {
	Version    int         `json:"version"`
	Root       string      `json:"root"`     // the site's root URL path: "/" or, say, "/handouts/"
	Routines   string      `json:"routines"` // the URL of catalogue/routines.json
	Shards     []string    `json:"shards"`   // the URL of each shard, by number
	Vocab      Vocab       `json:"vocab"`
	Conditions []Condition `json:"conditions"` // by slug
	Count      int         `json:"count"`      // how many stretches: the length of every column
	Stretches  Columns     `json:"stretches"`  // by slug
}

// Routines is catalogue/routines.json: the routines a program may start
// from, fetched when the builder offers them.
type Routines struct {
	Version  int       `json:"version"`
	Routines []Routine `json:"routines"` // by slug
}

// Vocab is every value the builder's filters offer, with its display name.
// Types, positions and difficulties list every value limber allows, in the
// order of its content tables; regions and equipment list those that a
// published stretch names, by slug.
type Vocab struct {
	Regions      []Term `json:"regions"`
	Types        []Term `json:"types"`
	Positions    []Term `json:"positions"`
	Equipment    []Term `json:"equipment"`
	Difficulties []Term `json:"difficulties"`
}

// Term is one value of a vocabulary. URL is its browse page, when it has a
// published one.
type Term struct {
	Slug string `json:"slug"`
	Name string `json:"name"`
	URL  string `json:"url,omitempty"`
}

// Condition is a condition that a published stretch names as a
// contraindication.
type Condition struct {
	Slug  string `json:"slug"`
	Title string `json:"title"`
	URL   string `json:"url,omitempty"` // its page, unless it is a draft
}

// Stretch is one published stretch, as the index holds it. The dose fields are the
// stretch's default dose as its page shows it, keyed as in front matter:
// type, hold (whole seconds, 0 when it has none), reps, sets and sides.
type Stretch struct {
	Slug              string   `json:"slug"`
	Title             string   `json:"title"`
	Summary           string   `json:"summary"`
	URL               string   `json:"url"`
	Type              string   `json:"type"`
	Hold              int      `json:"hold"`
	Reps              int      `json:"reps"`
	Sets              int      `json:"sets"`
	Sides             string   `json:"sides"`
	Regions           []string `json:"regions"`    // region slugs
	Position          string   `json:"position"`   // a position, or ""
	Equipment         []string `json:"equipment"`  // equipment slugs
	Difficulty        string   `json:"difficulty"` // a difficulty, or ""
	Muscles           []string `json:"muscles"`
	Contraindications []string `json:"contraindications"` // condition slugs: see Index.Conditions
	Easier            []string `json:"easier"`            // published stretch slugs
	Harder            []string `json:"harder"`
	Shard             int      `json:"shard"` // where its Detail is: Index.Shards[Shard]
}

// Columns is the index's stretches by column, as a reader decodes them:
// the value of field k of stretch i (keyed as in Stretch) is
// Columns[k][i]. Lists are never null. (columnTable writes them.)
type Columns struct {
	Slug              []string   `json:"slug"`
	Title             []string   `json:"title"`
	Summary           []string   `json:"summary"`
	URL               []string   `json:"url"`
	Type              []string   `json:"type"`
	Hold              []int      `json:"hold"`
	Reps              []int      `json:"reps"`
	Sets              []int      `json:"sets"`
	Sides             []string   `json:"sides"`
	Regions           [][]string `json:"regions"`
	Position          []string   `json:"position"`
	Equipment         [][]string `json:"equipment"`
	Difficulty        []string   `json:"difficulty"`
	Muscles           [][]string `json:"muscles"`
	Contraindications [][]string `json:"contraindications"`
	Easier            [][]string `json:"easier"`
	Harder            [][]string `json:"harder"`
	Shard             []int      `json:"shard"`
}

// Routine is a published routine a program may start from: its stretches
// in order, each with the routine's overrides of the stretch's dose.
type Routine struct {
	Slug      string `json:"slug"`
	Title     string `json:"title"`
	URL       string `json:"url"`
	Frequency string `json:"frequency,omitempty"`
	Duration  string `json:"duration,omitempty"`
	Warmup    string `json:"warmup,omitempty"`
	Items     []Item `json:"items"`
}

// Item is one stretch of a routine. The dose fields hold only what the
// routine overrides, keyed as in front matter; absent ones keep the
// stretch's own.
type Item struct {
	Slug  string `json:"slug"`
	Hold  int    `json:"hold,omitempty"`
	Reps  int    `json:"reps,omitempty"`
	Sets  int    `json:"sets,omitempty"`
	Sides string `json:"sides,omitempty"`
	Notes string `json:"notes,omitempty"`
}

// Shard is catalogue/<n>.json: the details of some stretches, fetched when
// one of them is added to a program.
type Shard struct {
	Version   int      `json:"version"`
	Stretches []Detail `json:"stretches"` // by slug
}

// Detail is what a program shows of a stretch beyond the index.
type Detail struct {
	Slug    string         `json:"slug"`
	Steps   [][]inline.Run `json:"steps"`
	StopIf  [][]inline.Run `json:"stop_if"`
	Picture *Picture       `json:"picture,omitempty"` // the first picture, if any
}

// Picture is a stretch's picture.
type Picture struct {
	URL string `json:"url"`
	Alt string `json:"alt"`
}
