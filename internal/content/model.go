// Package content loads a limber site folder: limber.yaml, the Markdown files
// under content/ with their front matter, and the other files to be copied.
// It checks every field against the content model and reports each problem
// at its file line and column. Cross-file facts (does a referenced stretch
// exist?) are checked later, by package site, using the positions kept here.
package content

import (
	"github.com/limber/limber/internal/diag"
	"github.com/limber/limber/internal/dosage"
)

// Site is everything loaded from one site folder.
type Site struct {
	Root       string // the site folder, absolute
	Config     Config
	Stretches  []*Stretch   // sorted by slug
	Routines   []*Routine   // sorted by slug
	Conditions []*Condition // sorted by slug
	Articles   []*Article   // sorted by slug
	Files      []File       // files to copy unchanged, sorted by Rel
	// Lang is the language of the pages: the default language, or for a
	// site of Translations, the translations' language.
	Lang string
	// Translations holds, for each language after the first in
	// Config.Languages, in that order, a Site of the pages translated into
	// it, each with the typed fields of its original. It shares Root,
	// Config and Files; its own Translations is nil.
	Translations []*Site
}

// Config is limber.yaml. Every field has a default when the file or the
// field is absent.
type Config struct {
	Title    string // default "Stretching guides"
	BaseURL  string // absolute http(s) URL, or a path such as /handouts/; default "/"
	Language string // BCP 47 tag of the default language, for <html lang>; default "en"
	// Languages lists the site's languages, the default (Language) first:
	// limber.yaml's languages, or just Language when it is not given.
	Languages []string
	// TranslationFallback lets a page in one language link to a page that
	// has no version in it: the link goes to the original, with a notice.
	TranslationFallback bool
	Clinic              Clinic
	Paper               string // "letter", "a4", or "" for a size that fits both
	Disclaimer          string // shown on every page; a sensible default
	Check               CheckConfig
	AllowFiles          []AllowFile // allow_files: files that can run script, published anyway
}

// CheckConfig is limber.yaml's check block, which tunes the rules of
// limber check for the whole site. Zero numbers mean "not given": the
// rules then use their own defaults.
type CheckConfig struct {
	MaxRoutineStretches int       // max_routine_stretches
	ReviewMaxAgeMonths  int       // review_max_age_months
	Jargon              []Jargon  // jargon: terms added to the built-in plain-language list
	Off                 []RuleOff // off: rules switched off for the whole site
}

// Jargon is a word that patients may not know, with plain words to use
// instead, as written in limber.yaml's check.jargon.
type Jargon struct {
	Jargon string
	Plain  string
	Pos    diag.Pos // where the item starts
}

// RuleOff switches one rule of limber check off, with the reason the
// author gave. Pos is where the rule's id was written, so that an unknown
// id can be reported there.
type RuleOff struct {
	Rule   string
	Reason string
	Pos    diag.Pos
}

// Clinic is who publishes the site, shown on pages and printed sheets.
type Clinic struct {
	Name    string
	Phone   string
	Address string
	Logo    string // path relative to content/, like an image src
}

// Source is one Markdown file as read from disk.
type Source struct {
	Path     string // slash path relative to the site root: "content/stretches/cat-cow.md"
	Rel      string // slash path relative to content/: "stretches/cat-cow.md"
	Slug     string // file name without .md, and without the language of a translation
	Lang     string // the language of a translation ("es" for cat-cow.es.md), or "" for an original
	Body     []byte // the Markdown after the front matter, CRLF turned into LF
	BodyLine int    // the file line on which Body starts
	Title    string
	Summary  string
	Draft    bool
	CheckOff []RuleOff // check_off: rules of limber check switched off for this file

	keys []keyPos // where each top-level front matter field was written, by line
}

// keyPos is where one front matter field's value was written.
type keyPos struct {
	key string
	pos diag.Pos
}

// Pos returns a position in this file.
func (s *Source) Pos(line, col int) diag.Pos { return diag.Pos{Path: s.Path, Line: line, Col: col} }

// At returns where the top-level front matter field key was written (its
// value, or the key when the value is empty), or the file itself, with no
// line, when the field was not written.
func (s *Source) At(key string) diag.Pos {
	for _, k := range s.keys {
		if k.key == key {
			return k.pos
		}
	}
	return diag.Pos{Path: s.Path}
}

// Ref is a slug written in front matter, with where it was written, so that
// a reference to a page that does not exist can be reported there.
type Ref struct {
	Slug string
	Pos  diag.Pos
}

// Image is a picture of a stretch. Src is relative to content/ after loading
// (the loader resolves it from the Markdown file's folder and checks that
// the file exists inside content/).
type Image struct {
	Src string
	Alt string
	Pos diag.Pos
}

// Reference is a source the content cites.
type Reference struct {
	Title string
	URL   string   // empty, or an http(s) URL
	Pos   diag.Pos // where the url (or, without one, the item) was written
}

// Stretch is content/stretches/<slug>.md.
type Stretch struct {
	Source
	Dose              dosage.Dose // Kind, Hold, Reps, Sets (default 1) and Sides (default none)
	Position          string      // one of Positions(), or ""
	Difficulty        string      // easy, moderate, hard, or ""
	Regions           []string    // body region slugs
	Muscles           []string
	Equipment         []string // free text such as "yoga mat"; pages use its slug
	Contraindications []Ref    // condition slugs
	Easier            []Ref    // stretch slugs: what to try when this one is too hard
	Harder            []Ref    // stretch slugs: what to try when this one gets easy
	Images            []Image
	Video             string // empty, or an http(s) URL
	References        []Reference
}

// Routine is content/routines/<slug>.md: stretches in order.
type Routine struct {
	Source
	Frequency  string // free text, such as "daily"
	Duration   string // free text, such as "10 minutes"
	Warmup     string
	Stretches  []RoutineItem
	Updated    string // YYYY-MM-DD of the last clinical review, or ""
	ReviewedBy string
}

// RoutineItem is one stretch in a routine. Dose holds only the fields the
// routine overrides; zero fields keep the stretch's own values.
type RoutineItem struct {
	Ref   Ref
	Dose  dosage.Dose
	Notes string
}

// Condition is content/conditions/<slug>.md.
type Condition struct {
	Source
}

// Article is content/articles/<slug>.md.
type Article struct {
	Source
	Author     string
	ReviewedBy string
	Updated    string // YYYY-MM-DD, or ""
	References []Reference
}

// File is a file under content/ that is copied to the same path in the output.
// Open reads it beneath content/, as Load checked it.
type File struct {
	Rel  string // slash path relative to content/: "stretches/cat-cow-1.svg"
	Abs  string // path on disk (a symlink's own path, when it is one)
	Size int64
	// Aspect is a picture's height over its width as a browser shows it
	// (PNG, JPEG, GIF, WebP and SVG files), or 0 when it is not known.
	Aspect float64
	src    origin // where Open reads it: the file, or the symlink's target
}

// Positions lists the allowed values of a stretch's position.
func Positions() []string {
	return []string{"supine", "prone", "seated", "standing", "kneeling", "side-lying", "quadruped"}
}

// Difficulties lists the allowed values of a stretch's difficulty.
func Difficulties() []string { return []string{"easy", "moderate", "hard"} }
