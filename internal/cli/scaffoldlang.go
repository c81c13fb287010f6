package cli

// The text of a new translation (limber new --lang): the fields a
// translation writes in its own words, each explained in its language
// where limber has words for it (newWordsOf), and a comment naming the
// fields it takes from its original.

import (
	"strings"

	"github.com/limber/limber/internal/content"
)

// newWords are the words limber new writes into a translation, in one
// language: the fields' doc lines and example values, the summary prompt
// and body of each kind, and the comments about the original's fields.
type newWords struct {
	docs     map[string]string // a field's doc line by "section.key" ("common.title"); else the table's English one
	examples map[string]string // an example value in the language by "section.key"; else the table's
	summary  map[string]string // the summary prompt by kind
	body     map[string]string // the body by kind
	inherit  string            // heads the list of the original's fields; {0} is the original's file name
	own      string            // ends the doc of a field the original gives unless the translation writes its own
	notes    map[string]string // a comment on one of the original's fields by "section.key", such as a routine's stretches
}

// newWordsOf returns limber new's words in lang, or in English when limber
// has none in lang.
func newWordsOf(lang string) newWords {
	if lang == "es" {
		return spanishNewWords()
	}
	return englishNewWords()
}

// englishNewWords are limber new's words in English: the field tables' own
// docs and examples, and the prompts and bodies of a new original.
func englishNewWords() newWords {
	return newWords{
		summary: map[string]string{"stretch": stretchSummary, "routine": routineSummary,
			"condition": conditionSummary, "article": articleSummary},
		body: map[string]string{"stretch": stretchBody, "routine": routineBody,
			"condition": conditionBody, "article": articleBody},
		inherit: "These come from the original ({0}); leave them out:",
		own:     "left out, the original's is used",
		notes: map[string]string{"routines.stretches": "You may write stretches again only to give each " +
			"its notes in this language: the same stretches, in the same order."},
	}
}

// translationScaffold returns the text of a new translation into lang of a
// page of kind titled title, in the file origName: its title to translate,
// the fields it writes in its own words, the list of the fields it takes
// from the original, and the kind's body in lang.
func translationScaffold(kind, lang, title, origName string) string {
	w := newWordsOf(lang)
	section, _ := sectionOf(kind)
	var b strings.Builder
	b.WriteString("---\n")
	common := content.Fields("common")
	writeWord(&b, w, "common", common[0], yamlQuote(title))
	writeWord(&b, w, "common", common[1], yamlQuote(w.summary[kind]))
	var inherited []string
	for _, f := range content.Fields(section)[len(common):] {
		if f.Shared && !f.OwnIfWritten {
			inherited = append(inherited, f.Key)
			continue
		}
		writeWord(&b, w, section, f, "")
	}
	writeInherited(&b, w, section, inherited, origName)
	for _, f := range common[2:] {
		writeWord(&b, w, "common", f, "")
	}
	return b.String() + "---\n\n" + w.body[kind]
}

// writeWord writes one field of a translation with its doc line in the
// words' language, as writeField does. value replaces the example when it
// is not "". A field the original gives unless the translation writes its
// own is commented out, with a doc line saying so.
func writeWord(b *strings.Builder, w newWords, section string, f content.Field, value string) {
	key := section + "." + f.Key
	if d, ok := w.docs[key]; ok {
		f.Doc = d
	}
	if ex, ok := w.examples[key]; ok {
		f.Example = ex
	}
	if value != "" {
		f.Example = value
	}
	if f.OwnIfWritten {
		f.Optional = true
		f.Doc += "; " + w.own
	}
	writeField(b, section, f)
}

// writeInherited writes the comment naming the fields a translation takes
// from its original, wrapped, and the words' notes on any of them.
func writeInherited(b *strings.Builder, w newWords, section string, keys []string, origName string) {
	if len(keys) == 0 {
		return
	}
	b.WriteString("# " + strings.ReplaceAll(w.inherit, "{0}", origName) + "\n")
	line := "#  "
	for i, k := range keys {
		part := " " + k
		if i < len(keys)-1 {
			part += ","
		}
		if len(line)+len(part) > 78 {
			b.WriteString(line + "\n")
			line = "#  "
		}
		line += part
	}
	b.WriteString(line + "\n")
	for _, k := range keys {
		if n, ok := w.notes[section+"."+k]; ok {
			b.WriteString("# " + n + "\n")
		}
	}
}
