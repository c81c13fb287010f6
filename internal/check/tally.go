package check

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/limber/limber/internal/diag"
)

// RuleTally is how many findings one rule has, in how many files, and for
// plain-language which words most often: where an author with many
// findings might start.
type RuleTally struct {
	Rule     RuleID
	Findings int
	Files    int
	Words    []WordCount // the most frequent words, at most tallyWords of them
}

// WordCount is how many findings are about one word.
type WordCount struct {
	Word  string
	Count int
}

// tallyWords is how many of a rule's words a tally names.
const tallyWords = 5

// Tally counts findings by rule, the rule with the most first (then by
// id), so that the order is the same for the same findings.
func Tally(fs []Finding) []RuleTally {
	files := map[RuleID]map[string]bool{}
	words := map[RuleID]map[string]int{}
	count := map[RuleID]int{}
	for _, f := range fs {
		if files[f.Rule] == nil {
			files[f.Rule], words[f.Rule] = map[string]bool{}, map[string]int{}
		}
		count[f.Rule]++
		files[f.Rule][f.Pos.Path] = true
		if f.Word != "" {
			words[f.Rule][f.Word]++
		}
	}
	out := make([]RuleTally, 0, len(count))
	for r, n := range count {
		out = append(out, RuleTally{Rule: r, Findings: n, Files: len(files[r]), Words: topWords(words[r])})
	}
	slices.SortFunc(out, func(a, b RuleTally) int {
		return cmp.Or(cmp.Compare(b.Findings, a.Findings), cmp.Compare(a.Rule, b.Rule))
	})
	return out
}

// topWords returns the tallyWords most frequent words, the most frequent
// first, then in alphabetical order.
func topWords(m map[string]int) []WordCount {
	out := make([]WordCount, 0, len(m))
	for w, n := range m {
		out = append(out, WordCount{w, n})
	}
	slices.SortFunc(out, func(a, b WordCount) int { return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(a.Word, b.Word)) })
	return out[:min(len(out), tallyWords)]
}

// WriteTally writes Tally's lines, indented, one per rule:
// `plain-language: 2100 in 840 files; most often "supine" (400), ...`.
func WriteTally(w io.Writer, fs []Finding) error {
	var b strings.Builder
	for _, t := range Tally(fs) {
		fmt.Fprintf(&b, "    %s: %d in %s", diag.Printable(string(t.Rule)), t.Findings, count(t.Files, "file"))
		for i, wc := range t.Words {
			sep := ", "
			if i == 0 {
				sep = "; most often "
			}
			fmt.Fprintf(&b, "%s%s (%d)", sep, diag.Printable(strconv.Quote(wc.Word)), wc.Count)
		}
		b.WriteByte('\n')
	}
	_, err := io.WriteString(w, b.String())
	return err
}
