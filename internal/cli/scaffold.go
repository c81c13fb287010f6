package cli

// The text of new content files. Every field of the kind's field table
// (content.Fields) is present, with its doc line as a comment; optional ones
// are commented out. New files are drafts so that they are not published
// before they are finished.

import (
	"slices"
	"strings"

	"github.com/limber/limber/internal/content"
)

// commentColumn is where a field's comment starts, when its line is short
// enough.
const commentColumn = 22

// frontFields returns the front matter of a new file of section after its
// title: summary (a prompt to replace), the kind's own fields in the
// decoder's order, then the other fields every page shares.
func frontFields(section, summary string) string {
	var b strings.Builder
	b.WriteString("summary: " + yamlQuote(summary) + "\n")
	shared := content.Keys("common")
	for _, f := range content.Fields(section) {
		if !slices.Contains(shared, f.Key) {
			writeField(&b, section, f)
		}
	}
	for _, f := range content.Fields("common") {
		if f.Key != "title" && f.Key != "summary" {
			writeField(&b, section, f)
		}
	}
	return b.String()
}

// writeField writes one field with its example value and its doc line as a
// comment, commented out when it is optional. A list of groups of fields
// (a routine's stretches) gets one item with every key of its group.
func writeField(b *strings.Builder, section string, f content.Field) {
	first, rest, _ := strings.Cut(f.Example, "\n")
	line := f.Key + ":"
	if first != "" {
		line += " " + first
	}
	lead := ""
	if f.Optional {
		lead = "# "
	}
	line = lead + line
	if f.Doc != "" {
		line += strings.Repeat(" ", max(1, commentColumn-len(line))) + "# " + f.Doc
	}
	b.WriteString(line + "\n")
	if rest != "" {
		for l := range strings.SplitSeq(rest, "\n") {
			b.WriteString(lead + l + "\n")
		}
	}
	writeGroup(b, content.Fields(section+"."+f.Key))
}

// writeGroup writes one item of a list of groups of fields: the first
// field as the item, the others below it, commented out when optional.
func writeGroup(b *strings.Builder, group []content.Field) {
	for i, g := range group {
		lead := "    "
		switch {
		case i == 0:
			lead = "  - "
		case g.Optional:
			lead = "    # "
		}
		b.WriteString(lead + g.Key + ": " + g.Example + "\n")
	}
}

// The summary prompts of new originals, by kind.
const (
	stretchSummary   = "One short sentence: what this stretch helps with."
	routineSummary   = "One short sentence: who this routine is for."
	conditionSummary = "One short sentence: how this condition changes stretching."
	articleSummary   = "One short sentence: what the reader will learn."
)

const stretchBody = `Say in one or two short sentences what this stretch does and who it is for.

## How to do it

1. Start position.
2. The movement.
3. What you should feel.

## Stop if

- You feel sharp pain, numbness or tingling.
`

const routineBody = `Say what this routine is for and when to do it.

## How to use it

- Warm up first.
- Move slowly and stay in a range that does not hurt.
`

const conditionBody = `Say what the condition is in plain words.

## What to avoid

- Movements to avoid.

## When to call your clinician

- Signs that need advice.
`

const articleBody = `Write the article here.
`
