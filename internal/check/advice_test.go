package check

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/limber/limber/internal/dosage"
)

// jsDose is a dose as the browser has it: keyed as front matter, the hold
// in whole seconds, a field left out when it is not set.
type jsDose struct {
	Type  dosage.Kind  `json:"type,omitempty"`
	Hold  int          `json:"hold,omitempty"`
	Reps  int          `json:"reps,omitempty"`
	Sets  int          `json:"sets,omitempty"`
	Sides dosage.Sides `json:"sides,omitempty"`
}

func toDose(d jsDose) dosage.Dose {
	return dosage.Dose{Kind: d.Type, Hold: time.Duration(d.Hold) * time.Second, Reps: d.Reps, Sets: d.Sets, Sides: d.Sides}
}

// adviceWhy is what each rule of the dosage advice is for, as limber check
// says it; the browser has it in its words tables (js.why.*), which
// internal/jstest/advice.test.mjs holds to this.
func adviceWhy() map[RuleID]string {
	why := map[RuleID]string{}
	for _, id := range []RuleID{RuleHoldTime, RuleReps, RuleTotalTime, RuleDynamicHold, RuleBallistic, RuleRoutineLength} {
		r, _ := rule(id)
		why[id] = r.Why
	}
	return why
}

// adviceLimits are the thresholds of the dosage advice, in whole seconds
// and counts, as templates/assets/dosage-limits.js gives them to the
// browser.
func adviceLimits() map[string]any {
	s := func(d time.Duration) int { return int(d / time.Second) }
	return map[string]any{
		"minHold": s(MinHold), "maxHold": s(MaxHold), "maxSaneHold": s(MaxSaneHold),
		"minReps": MinReps, "maxReps": MaxReps,
		"targetTotal": s(TargetTotal), "minTotalNote": s(MinTotalNote), "maxTotalNote": s(MaxTotalNote),
		"maxRoutineStretches": DefaultMaxRoutineStretches,
	}
}

// adviceRow is one case of testdata/advice.json: a stretch's own dose,
// what a program changes, and the advice the builder must show.
type adviceRow struct {
	Own     jsDose   `json:"own"`
	Changes jsDose   `json:"changes"`
	Advice  []Advice `json:"advice"`
}

// lengthRow is one program length and its advice.
type lengthRow struct {
	N      int      `json:"n"`
	Max    int      `json:"max"`
	Advice []Advice `json:"advice"`
}

// TestAdviceTable writes, or compares with, testdata/advice.json (the
// limits, and the advice on doses a program changes and on its length,
// which internal/jstest/advice.test.mjs holds advice.js to) and
// templates/assets/dosage-limits.js, the limits as a module for the
// browser: the thresholds are declared once, in this package.
func TestAdviceTable(t *testing.T) {
	owns := []jsDose{{"static", 30, 3, 1, "both"}, {"pnf", 20, 3, 1, "none"}, {"dynamic", 0, 10, 1, "both"},
		{"dynamic", 2, 10, 1, "none"}, {"ballistic", 0, 5, 1, "none"}}
	var rows []string
	for _, own := range owns {
		for _, h := range []int{0, 5, 30, 45, 61, 121} {
			for _, r := range []int{0, 1, 6} {
				for _, s := range []int{0, 3} {
					ch := jsDose{Hold: h, Reps: r, Sets: s}
					a := ProgramAdvice(toDose(own), toDose(own).With(toDose(ch)))
					rows = append(rows, jsonLine(t, adviceRow{own, ch, append([]Advice{}, a...)}))
				}
			}
		}
	}
	var lengths []string
	for _, c := range [][2]int{{0, 5}, {5, 5}, {6, 5}, {8, 7}, {20, 5}} {
		lengths = append(lengths, jsonLine(t, lengthRow{c[0], c[1], append([]Advice{}, LengthAdvice(c[0], c[1], "program")...)}))
	}
	limits := jsonLine(t, adviceLimits())
	table := "{\n\"note\": \"written by go test ./internal/check -update; read by internal/jstest/advice.test.mjs\",\n" +
		"\"limits\": " + limits + ",\n\"why\": " + jsonLine(t, adviceWhy()) + ",\n\"items\": [\n" + strings.Join(rows, ",\n") + "\n],\n\"lengths\": [\n" + strings.Join(lengths, ",\n") + "\n]\n}\n"
	writeOrCompare(t, filepath.Join("testdata", "advice.json"), table)
	module := "// dosage-limits.js: the thresholds of limber check's dosage advice, for\n" +
		"// advice.js. Written by go test ./internal/check -update from the\n" +
		"// constants of internal/check (dosage.go, config.go): do not edit.\n" +
		fmt.Sprintf("export const limits = Object.freeze(%s);\n", limits)
	writeOrCompare(t, filepath.Join("..", "..", "templates", "assets", "dosage-limits.js"), module)
}

func jsonLine(t *testing.T, v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// writeOrCompare writes got to path under -update, or compares them.
func writeOrCompare(t *testing.T, path, got string) {
	t.Helper()
	if f := flag.Lookup("update"); f != nil && f.Value.String() == "true" { // declared by format_test.go
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if want, err := os.ReadFile(path); err != nil || !bytes.Equal([]byte(got), want) {
		t.Errorf("%s is out of date (%v): run go test ./internal/check -update", path, err)
	}
}
