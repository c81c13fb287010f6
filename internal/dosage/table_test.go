package dosage

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite testdata/sentences.json from the current Sentence and Words")

// row is one dose of testdata/sentences.json, keyed as front matter and
// the builder's catalogue key it, with its sentence in each language.
type row struct {
	Dose struct {
		Type  Kind  `json:"type"`
		Hold  int   `json:"hold"` // whole seconds, 0 for none
		Reps  int   `json:"reps"`
		Sets  int   `json:"sets"`
		Sides Sides `json:"sides"`
	} `json:"dose"`
	Sentence map[string]string `json:"sentence"` // by language tag
}

// Values of each field that take every branch of Sentence: no hold, one
// second, seconds, a minute, a minute and seconds; once and more; one set
// and more (sets is 1 when front matter leaves it out). The table of
// words takes every branch of Words.
var (
	tableHolds = []int{0, 1, 30, 60, 90}
	tableReps  = []int{1, 3}
	tableSets  = []int{1, 2}
)

// TestSentenceTable writes, or compares with, testdata/sentences.json:
// the sentence of every combination of type, hold, reps, sets and sides
// that valid fields give (a static or PNF stretch always has a hold), and
// the words of every hold up to 3 minutes (in each language) and a few longer, which
// templates/assets/dosage.js must give word for word (internal/jstest).
func TestSentenceTable(t *testing.T) {
	var rows []string
	for _, k := range Kinds() {
		for _, h := range tableHolds {
			if h == 0 && k.NeedsHold() {
				continue
			}
			for _, r := range tableReps {
				for _, s := range tableSets {
					for _, sd := range AllSides() {
						rows = append(rows, sentenceRow(t, Dose{Kind: k, Hold: time.Duration(h) * time.Second, Reps: r, Sets: s, Sides: sd}))
					}
				}
			}
		}
	}
	var words []string
	for s := 0; s <= 3600; s++ {
		if s <= 180 || s%600 == 0 || s%600 == 1 || s == 3599 {
			row := []any{s}
			for _, l := range Languages() {
				row = append(row, WordsIn(time.Duration(s)*time.Second, l))
			}
			words = append(words, jsonOf(t, row))
		}
	}
	got := "{\n\"note\": \"written by go test ./internal/dosage -update; read by internal/jstest/dosage.test.mjs\",\n" +
		"\"languages\": " + jsonOf(t, Languages()) + ",\n" +
		"\"words\": [\n" + strings.Join(words, ",\n") + "\n],\n\"sentences\": [\n" + strings.Join(rows, ",\n") + "\n]\n}\n"
	path := filepath.Join("testdata", "sentences.json")
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if want, err := os.ReadFile(path); err != nil || !bytes.Equal([]byte(got), want) {
		t.Errorf("%s is out of date (%v): run go test ./internal/dosage -update", path, err)
	}
}

// sentenceRow writes one dose and its sentence as a line of JSON.
func sentenceRow(t *testing.T, d Dose) string {
	var r row
	r.Dose.Type, r.Dose.Hold, r.Dose.Reps, r.Dose.Sets, r.Dose.Sides = d.Kind, int(d.Hold/time.Second), d.Reps, d.Sets, d.Sides
	r.Sentence = map[string]string{}
	for _, l := range Languages() {
		r.Sentence[l] = d.SentenceIn(l)
	}
	return jsonOf(t, r)
}

func jsonOf(t *testing.T, v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
