package diag

// Code says what kind of problem of the build an Error is, so that
// limber check can list the build's problems as findings of its build
// rules: check's rule registry (rules.go, buildRule) maps each Code to the id
// of one rule, and a test there makes sure that every Code has a rule of
// its own, listed and documented. The stage that finds a problem sets its
// Code; a problem no other Code names keeps the zero Code, Content.
//
// A Code is not printed: the message says what is wrong.
type Code uint8

// The kinds of problems of a build, in the order of check's build rules.
const (
	// Content is a file that breaks a rule of the content model
	// (docs/content.md), and any other problem of the site's files that no
	// other Code names, such as a template's.
	Content Code = iota
	// BrokenLink is a link or picture that leads to no file of the site,
	// or outside content/.
	BrokenLink
	// UnknownRef is front matter that names a stretch or a condition that
	// does not exist.
	UnknownRef
)
