package check

import (
	"slices"

	"github.com/limber/limber/internal/diag"
)

// RuleID names a rule, as findings, docs/check.md and check_off write it.
// Every rule's id is declared once, below, and every finding names its
// rule with one of these constants (a test reads the package's source to
// make sure), so that an id is never misspelt.
type RuleID string

// The rules' ids, in the order of Rules.
const (
	RuleReadingGrade   RuleID = "reading-grade"
	RuleReadingEase    RuleID = "reading-ease"
	RuleLongSentence   RuleID = "long-sentence"
	RuleComplexWords   RuleID = "complex-words"
	RulePlainLanguage  RuleID = "plain-language"
	RuleHoldTime       RuleID = "hold-time"
	RuleReps           RuleID = "reps"
	RuleTotalTime      RuleID = "total-time"
	RuleDynamicHold    RuleID = "dynamic-hold"
	RuleBallistic      RuleID = "ballistic"
	RuleSides          RuleID = "sides"
	RuleStopIf         RuleID = "stop-if"
	RuleRoutineLength  RuleID = "routine-length"
	RuleSteps          RuleID = "steps"
	RuleSheetPages     RuleID = "sheet-pages"
	RuleSummaryLength  RuleID = "summary-length"
	RuleAltText        RuleID = "alt-text"
	RuleEmptyLink      RuleID = "empty-link"
	RuleReviewer       RuleID = "reviewer"
	RuleSelfReview     RuleID = "self-review"
	RuleReviewAge      RuleID = "review-age"
	RuleTranslationAge RuleID = "translation-age"
	RuleURLHost        RuleID = "url-host"
	RuleOutsideImage   RuleID = "outside-image"
	RuleBrokenLink     RuleID = "broken-link"
	RuleUnknownRef     RuleID = "unknown-ref"
	RuleContent        RuleID = "content"
	RuleCheckOff       RuleID = "check-off"
)

// Rule describes one rule: its id, what it checks, how serious its
// findings can be and why it matters.
type Rule struct {
	ID         RuleID
	Family     string     // readability, plain language, dosage, safety, structure, review, links, build
	Severities []Severity // the severities its findings can have, the usual one first
	Why        string     // one line: why the rule exists, with its source
	Off        bool       // it can be switched off in limber.yaml or front matter
}

// Rules lists every rule, by family, in the order docs/check.md lists them.
func Rules() []Rule {
	return []Rule{
		{RuleReadingGrade, "readability", []Severity{Warning, Error, Note},
			"patient handouts should read at grade 6 or below, and never above grade 8 (AMA, NIH, CDC)", true},
		{RuleReadingEase, "readability", []Severity{Warning, Error, Note},
			"Spanish patient handouts should score 65 or more on the INFLESZ scale, and never under 40 (Szigriszt-Pazos 1993; Barrio-Cantalejo et al. 2008)", true},
		{RuleLongSentence, "readability", []Severity{Warning},
			"sentences over 20 words are hard to follow; plain-language guides ask for shorter ones (CDC, NIH)", true},
		{RuleComplexWords, "readability", []Severity{Warning},
			"many words of three or more syllables make a text hard to read (SMOG, Gunning fog)", true},
		{RulePlainLanguage, "plain language", []Severity{Warning},
			"patients may not know clinical words; everyday words are understood by more people (CDC Clear Communication Index, PEMAT)", true},
		{RuleHoldTime, "dosage", []Severity{Warning, Error}, english("js.why.holdtime"), true},
		{RuleReps, "dosage", []Severity{Warning}, english("js.why.reps"), true},
		{RuleTotalTime, "dosage", []Severity{Note}, english("js.why.total"), true},
		{RuleDynamicHold, "dosage", []Severity{Note}, english("js.why.dynamichold"), true},
		{RuleBallistic, "dosage", []Severity{Warning}, english("js.why.ballistic"), true},
		{RuleSides, "dosage", []Severity{Warning}, "a stretch done on the left and right needs sides: both, so the dosage and the sheet's log say each side", true},
		{RuleStopIf, "safety", []Severity{Warning}, "patients need to know when to stop: name the conditions that need care, or say when to stop", true},
		{RuleRoutineLength, "safety", []Severity{Warning}, english("js.why.length"), true},
		{RuleSteps, "structure", []Severity{Warning}, "numbered steps are easier to follow, and they are what the printed sheet shows (PEMAT-P)", true},
		{RuleSheetPages, "structure", []Severity{Warning},
			"short handouts are read and kept (Doak, Doak & Root 1996), and a second sheet of paper gets lost, with the warnings and the way back online on it", true},
		{RuleSummaryLength, "structure", []Severity{Warning},
			"the summary is shown on every card and in search results, which show about 160 characters", true},
		{RuleAltText, "structure", []Severity{Warning}, "screen readers read alt text aloud: it should describe the picture (WCAG 1.1.1)", true},
		{RuleEmptyLink, "structure", []Severity{Warning}, "a link with no text cannot be seen or read aloud (WCAG 2.4.4)", true},
		{RuleReviewer, "review", []Severity{Warning},
			"a second clinician's review catches mistakes the author cannot see (CDC Clear Communication Index)", true},
		{RuleSelfReview, "review", []Severity{Warning}, "authors should not review their own material (CDC Clear Communication Index)", true},
		{RuleReviewAge, "review", []Severity{Warning}, "clinical advice changes: health information needs a review every few years", true},
		{RuleTranslationAge, "review", []Severity{Warning},
			"a translation not updated since its original changed may give patients old advice in their language", true},
		{RuleURLHost, "links", []Severity{Warning}, "a web address whose site name is malformed leads nowhere", true},
		{RuleOutsideImage, "links", []Severity{Warning},
			"a picture from another site can change or vanish, and the security policy of limber's netlify.toml blocks it", true},
		{RuleBrokenLink, "build", []Severity{Error}, "a link or picture that leads nowhere: the build stops until it is fixed", false},
		{RuleUnknownRef, "build", []Severity{Error}, "a routine or stretch names a page that does not exist: the build stops until it is fixed", false},
		{RuleContent, "build", []Severity{Error}, "the file breaks a rule of the content model (docs/content.md): the build stops until it is fixed", false},
		{RuleCheckOff, "build", []Severity{Error}, "a rule can be switched off only by its id, with a reason", false},
	}
}

// Why returns the reason of the rule with this id, or "".
func Why(id RuleID) string {
	if r, ok := rule(id); ok {
		return r.Why
	}
	return ""
}

// rule returns the rule with this id.
func rule(id RuleID) (Rule, bool) {
	rules := Rules()
	i := slices.IndexFunc(rules, func(r Rule) bool { return r.ID == id })
	if i < 0 {
		return Rule{}, false
	}
	return rules[i], true
}

// buildRule returns the id of the build rule that a problem of the build
// of kind c breaks. The build's stages cannot import check, so they name
// the kind of a problem with a diag.Code, and this is the one place that
// maps a Code to its rule: every Code has a rule of its own (a test makes
// sure), and a Code without one is filed under content.
func buildRule(c diag.Code) RuleID {
	switch c {
	case diag.BrokenLink:
		return RuleBrokenLink
	case diag.UnknownRef:
		return RuleUnknownRef
	}
	return RuleContent
}
