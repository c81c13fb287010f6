package check

import "slices"

// Rule describes one rule: its id, what it checks, how serious its
// findings are and why it matters.
type Rule struct {
	ID       string
	Family   string // readability, plain language, dosage, safety, structure, review, links, build
	Severity string // the severities its findings can have, such as "warning" or "warning, error"
	Why      string // one line: why the rule exists, with its source
	Off      bool   // it can be switched off in limber.yaml or front matter
}

// Rules lists every rule, by family, in the order docs/check.md lists them.
func Rules() []Rule {
	return []Rule{
		{"reading-grade", "readability", "warning, error, note",
			"patient handouts should read at grade 6 or below, and never above grade 8 (AMA, NIH, CDC)", true},
		{"long-sentence", "readability", "warning",
			"sentences over 20 words are hard to follow; plain-language guides ask for shorter ones (CDC, NIH)", true},
		{"complex-words", "readability", "warning",
			"many words of three or more syllables make a text hard to read (SMOG, Gunning fog)", true},
		{"plain-language", "plain language", "warning",
			"patients may not know clinical words; everyday words are understood by more people (CDC Clear Communication Index, PEMAT)", true},
		{"hold-time", "dosage", "warning, error",
			"ACSM advises holding a stretch 10 to 30 seconds, or 30 to 60 for older adults; a hold over 2 minutes is likely a mistake", true},
		{"reps", "dosage", "warning", "ACSM advises 2 to 4 repetitions of each static stretch", true},
		{"total-time", "dosage", "note", "ACSM advises about 60 seconds of stretching in all for each muscle group", true},
		{"dynamic-hold", "dosage", "note", "a dynamic stretch moves without holding still; its hold is shown as a pause at the end of each move", true},
		{"ballistic", "dosage", "warning", "bouncing stretches are not advised for patients: they raise the risk of injury (ACSM, AAOS)", true},
		{"sides", "dosage", "warning", "a stretch done on the left and right needs sides: both, so the dosage and the sheet's log say each side", true},
		{"stop-if", "safety", "warning", "patients need to know when to stop: name the conditions that need care, or say when to stop", true},
		{"routine-length", "safety", "warning",
			"people keep up a few exercises better than many (Henry et al., Phys Ther 1999), and a sheet fits six stretches", true},
		{"steps", "structure", "warning", "numbered steps are easier to follow, and they are what the printed sheet shows (PEMAT-P)", true},
		{"summary-length", "structure", "warning",
			"the summary is shown on every card and in search results, which show about 160 characters", true},
		{"alt-text", "structure", "warning", "screen readers read alt text aloud: it should describe the picture (WCAG 1.1.1)", true},
		{"empty-link", "structure", "warning", "a link with no text cannot be seen or read aloud (WCAG 2.4.4)", true},
		{"reviewer", "review", "warning",
			"a second clinician's review catches mistakes the author cannot see (CDC Clear Communication Index)", true},
		{"self-review", "review", "warning", "authors should not review their own material (CDC Clear Communication Index)", true},
		{"review-age", "review", "warning", "clinical advice changes: health information needs a review every few years", true},
		{"url-host", "links", "warning", "a web address whose site name is malformed leads nowhere", true},
		{"outside-image", "links", "warning",
			"a picture from another site can change or vanish, and the security policy of limber's netlify.toml blocks it", true},
		{"broken-link", "build", "error", "a link or picture that leads nowhere: the build stops until it is fixed", false},
		{"unknown-ref", "build", "error", "a routine or stretch names a page that does not exist: the build stops until it is fixed", false},
		{"content", "build", "error", "the file breaks a rule of the content model (docs/content.md): the build stops until it is fixed", false},
		{"check-off", "build", "error", "a rule can be switched off only by its id, with a reason", false},
	}
}

// Why returns the reason of the rule with this id, or "".
func Why(id string) string {
	if r, ok := rule(id); ok {
		return r.Why
	}
	return ""
}

// rule returns the rule with this id.
func rule(id string) (Rule, bool) {
	rules := Rules()
	i := slices.IndexFunc(rules, func(r Rule) bool { return r.ID == id })
	if i < 0 {
		return Rule{}, false
	}
	return rules[i], true
}
