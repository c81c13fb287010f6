// Package check is limber check: rules that read a built site graph for
// what a clinician's handout should be, beyond what the build itself
// requires. It checks readability and plain language, the dosage against
// ACSM's advice, safety guidance, structure, clinical review and web
// addresses, and reports each finding at the field or Markdown line it is
// about, with a severity, a rule id and a one-line reason.
//
// It is the fourth stage of the pipeline (load, index, render Markdown,
// check, render templates, write): it runs on the site graph once the
// Markdown is rendered. Rules never touch the disk and take the date to
// judge review ages by as an argument, so findings are the same for the
// same site and date.
package check

import (
	"cmp"
	"regexp"
	"slices"
	"sync"
	"time"

	"github.com/limber/limber/internal/content"
	"github.com/limber/limber/internal/diag"
	"github.com/limber/limber/internal/parallel"
	"github.com/limber/limber/internal/site"
)

// Severity says how serious a finding is.
type Severity string

// The severities. An error fails a build; warnings and notes are printed.
// limber check --strict fails on warnings too, never on notes.
const (
	Error   Severity = "error"
	Warning Severity = "warning"
	Note    Severity = "note"
)

// rank orders severities, the most serious first.
func (s Severity) rank() int {
	switch s {
	case Error:
		return 0
	case Warning:
		return 1
	}
	return 2
}

// Finding is one thing a rule found, at one position.
type Finding struct {
	Pos      diag.Pos
	Severity Severity
	Rule     RuleID // the rule's id, such as "plain-language"
	Msg      string // what is wrong and how to fix it, starting in lower case
	Why      string // the rule's reason, in one line
	Word     string // the clinical word a plain-language finding is about, in lower case, for Tally
}

// Run checks every page of s made from a content file, and the check
// settings of cfg, and returns the findings sorted by position, without
// duplicates, leaving out rules that cfg or a file's check_off switched
// off. now is the date review ages are judged by. Pages are checked in
// parallel; the result does not depend on their order.
func Run(s *site.Site, cfg Config, now time.Time) []Finding {
	c := New(s, cfg, now)
	var pages []*site.Page
	for _, p := range s.Pages {
		if p.Src != nil {
			pages = append(pages, p)
		}
	}
	found := make([][]Finding, len(pages))
	parallel.For(len(pages), func(i int) { found[i] = c.Page(pages[i]) })
	n := len(c.cfgFound)
	for _, f := range found {
		n += len(f)
	}
	all := append(make([]Finding, 0, n), c.cfgFound...)
	for _, f := range found {
		all = append(all, f...)
	}
	Sort(all)
	return all
}

// Checker runs the rules on the pages of one site. It is safe for
// concurrent use.
type Checker struct {
	s     *site.Site
	cfg   Config
	now   time.Time
	terms map[string]*plainTerms // by language tag (see termsFor)
	// sidesRe finds words that name a side; compiled once.
	sidesRe *regexp.Regexp
	// cfgFound are the findings about cfg itself, made once.
	cfgFound []Finding
	// rules are the rules by id.
	rules map[RuleID]Rule
	// sheets holds what each stretch adds to the printed sheets that
	// show it (*site.Stretch to *stretchSheet), worked out once.
	sheets sync.Map
}

// New prepares to check the pages of s: the jargon list is made once.
func New(s *site.Site, cfg Config, now time.Time) *Checker {
	c := &Checker{s: s, cfg: cfg.withDefaults(), now: now, sidesRe: sidesWords(), rules: map[RuleID]Rule{}}
	for _, r := range Rules() {
		c.rules[r.ID] = r
	}
	k := c.newRun()
	c.terms = map[string]*plainTerms{}
	for _, tag := range []string{c.language(nil), "en", "es"} { // the site's, and every built-in list's
		if c.terms[tag] == nil {
			c.terms[tag] = k.newPlainTerms(tag)
		}
	}
	k.checkOff(c.cfg.Off)
	c.cfgFound = k.result()
	return c
}

// Config returns the findings about the settings themselves: rules
// switched off in limber.yaml that do not exist, and a jargon list that
// cannot be used.
func (c *Checker) Config() []Finding { return slices.Clone(c.cfgFound) }

// Page checks one page made from a content file (other pages have no
// findings) and returns its findings, sorted, each in the page's own file
// (a routine's include its printed sheets').
func (c *Checker) Page(p *site.Page) []Finding {
	if p.Src == nil {
		return nil
	}
	k := c.newRun()
	k.out = make([]Finding, 0, 8) // most pages have a few findings
	k.page(p)
	return k.result()
}

// checker collects the findings of one page, or of the settings.
type checker struct {
	*Checker
	out  []Finding
	path string            // the page's file
	offs []content.RuleOff // its check_off
}

// newRun starts collecting findings.
func (c *Checker) newRun() *checker { return &checker{Checker: c} }

// add records a finding of rule at pos.
func (c *checker) add(pos diag.Pos, sev Severity, rule RuleID, msg string) {
	c.out = append(c.out, Finding{Pos: pos, Severity: sev, Rule: rule, Msg: msg, Why: c.rules[rule].Why})
}

// page runs the rules for one page made from a content file.
func (c *checker) page(p *site.Page) {
	c.checkOff(p.Src.CheckOff)
	c.path, c.offs = p.Src.Path, p.Src.CheckOff
	switch d := p.Data.(type) {
	case *site.Stretch:
		c.stretch(d)
	case *site.Routine:
		c.routine(d)
	case *site.Condition:
		c.common(&d.Page, nil)
	case *site.Article:
		c.article(d)
	}
}

// stretch runs the rules for a stretch page.
func (c *checker) stretch(s *site.Stretch) {
	c.common(&s.Page, nil)
	if !c.translation(&s.Page) {
		c.dosage(s)
	}
	c.stretchSafety(s)
	c.steps(s)
	c.images(s)
	c.references(&s.Page, s.References)
	if s.Video != "" {
		c.urlHost(s.Src.At("video"), s.Video)
	}
}

// translation reports whether p is a translation (cat-cow.es.md), whose
// dose and list of stretches are its original's: the rules about them
// speak once, at the original, where they are written and fixed.
func (c *checker) translation(p *site.Page) bool {
	return p.Lang != "" && p.Lang != c.s.Lang
}

// routine runs the rules for a routine page and its printed sheets.
func (c *checker) routine(r *site.Routine) {
	c.common(&r.Page, routinePieces(r))
	if !c.translation(&r.Page) {
		c.routineDosage(r)
		c.routineLength(r)
	}
	c.sheet(r)
	c.sheetPages(r)
	c.translationAge(&r.Page)
}

// article runs the rules for an article page.
func (c *checker) article(a *site.Article) {
	c.common(&a.Page, nil)
	c.review(a)
	c.translationAge(&a.Page)
	c.references(&a.Page, a.References)
}

// common runs the rules every content page shares: readability and plain
// language of its text (its summary and body, and extra pieces such as a
// routine's notes), the summary's length, links and images in the body.
func (c *checker) common(p *site.Page, extra []piece) {
	pieces := append(pagePieces(p, len(extra)+1), extra...)
	c.readability(p, pieces)
	c.plainLanguage(p, append(pieces, titlePiece(p)))
	c.summaryLength(p)
	c.bodyLinks(p)
}

// result filters out switched-off rules, sorts and removes duplicates.
func (c *checker) result() []Finding {
	out := c.out[:0]
	for _, f := range c.out {
		if !c.switchedOff(f) {
			out = append(out, f)
		}
	}
	Sort(out)
	return slices.CompactFunc(out, func(a, b Finding) bool { return a == b })
}

// Sort sorts findings by path, line, column, severity (the most serious
// first), rule and message.
func Sort(fs []Finding) {
	slices.SortStableFunc(fs, func(a, b Finding) int {
		return cmp.Or(
			cmp.Compare(a.Pos.Path, b.Pos.Path),
			cmp.Compare(a.Pos.Line, b.Pos.Line),
			cmp.Compare(a.Pos.Col, b.Pos.Col),
			cmp.Compare(a.Severity.rank(), b.Severity.rank()),
			cmp.Compare(a.Rule, b.Rule),
			cmp.Compare(a.Msg, b.Msg),
		)
	})
}
