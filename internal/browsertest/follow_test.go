package browsertest

import (
	"cmp"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/limber/limber/internal/dosage"
	"github.com/limber/limber/internal/lang"
	"github.com/limber/limber/internal/site"
)

// The fixed times of the follow-along mode (follow-plan.js's TIMES), in
// seconds, as the issue describes the mode: time to get ready, a short
// rest between holds, time to switch sides, and an unhurried move.
const (
	followReady  = 15
	followRest   = 10
	followSwitch = 10
	followMove   = 4
)

// followJob is the input of follow.mjs.
type followJob struct {
	Walks []followWalk `json:"walks"`
	Keys  *followKeys  `json:"keys"`
	Axe   bool         `json:"axe"`
	Shot  *followShot  `json:"screenshot,omitempty"`
}

type followWalk struct {
	Name  string `json:"name"`
	URL   string `json:"url"`
	Start string `json:"start"`
}

type followShot struct {
	URL   string `json:"url"`
	Start string `json:"start"`
	Path  string `json:"path"`
}

type followKeys struct {
	URL     string `json:"url"`
	Start   string `json:"start"`
	Sound   string `json:"sound"`
	Vibrate string `json:"vibrate"`
}

// followCues counts what the fakes of follow.mjs saw: wake lock requests
// and releases in order, beeps and buzzes.
type followCues struct {
	Lock        []string
	Beeps, Buzz int
}

// followPhase is one phase as the mode showed it (or as the test wants it).
type followPhase struct {
	Progress, Title, Doing, Where, First string
	Moves                                []string
}

type followState struct {
	Open                                     bool
	Progress, Title, Doing, Where, Num, Unit string
	Ticks                                    []string
}

// followReport is follow.mjs's output.
type followReport struct {
	Errors []string           `json:"errors"`
	Walks  []followWalkReport `json:"walks"`
	Keys   *struct {
		Focus, PauseButton, FocusAfter, Motion, ReducedMotion string
		Hold, Paused, Resumed, Skipped, Back, AfterEscape     followState
		StopIf                                                []string
		Overflow320                                           int
		CuesOff, CuesOn                                       followCues
	} `json:"keys"`
	Throttled followState `json:"throttled"`
	Axe       []struct {
		View       string
		Violations []struct {
			ID, Impact, Help string
			Nodes            []string
		}
	} `json:"axe"`
}

// followWalkReport is what follow.mjs saw on one walk.
type followWalkReport struct {
	Name     string
	Phases   []followPhase
	Done     *followState
	Said     []string
	Closed   bool
	Text     string
	Requests []string
}

// followItem is a stretch of a walk: its title and dose in the walk's language.
type followItem struct {
	Title string
	Dose  dosage.Dose
}

// TestFollowAlong builds the sample site under /handouts/ with a routine
// of a both-sided static stretch (the standing thigh stretch, 2 reps) and
// a dynamic one (cat-cow, 3 reps), serves it with limber serve's strict
// CSP, and walks its follow-along mode in Chromium with Playwright's clock
// from Start to Done on a 375-pixel screen: every phase (the stretch, what
// to do, the side and rep, the countdown, the moves counted), every
// announcement of the live region (one per phase, none per second) and
// the boxes to tick. It then walks the same program on the Spanish program
// page in Spanish, drives the mode by keyboard alone (Enter, Space, the
// arrows, Tab to "When to stop", Escape), and runs axe-core on the open
// mode and its Done view (and on the page with its Start button).
// LIMBER_FOLLOW_SCREENSHOT=path saves a phone
// screenshot of the sample's desk-break routine 10 seconds into its first
// hold (docs/images/follow.png, the README's).
func TestFollowAlong(t *testing.T) {
	require(t, missingBrowser("playwright-core", "axe-core"))
	s, out := buildWith(t, func(dir string) {
		writeFile(t, filepath.Join(dir, "content", "routines", "follow-test.md"), "---\ntitle: Follow test\n"+
			"summary: A static stretch on both sides, then a dynamic one.\nstretches:\n"+
			"  - ref: quad-stretch\n    reps: 2\n  - ref: cat-cow\n    reps: 3\n---\n\nA routine made by the browser test.\n")
	})
	origin, _ := serveLogged(t, out, "/handouts/")
	en, es := lang.Builtin().Table("en"), lang.Builtin().Table("es")
	r := routineBySlug(t, s, "follow-test")
	var enItems, esItems []followItem
	for _, it := range r.Items {
		enItems = append(enItems, followItem{it.Stretch.Title, it.Dose})
		esItems = append(esItems, followItem{spanishTitle(t, it.Stretch), it.Dose})
	}
	var rep followReport
	runJSON(t, "follow.mjs", followJobFor(t, s, origin, r), &rep)
	if len(rep.Errors) > 0 {
		t.Fatalf("errors in the pages or the script: %q", rep.Errors)
	}
	if len(rep.Walks) != 2 || rep.Keys == nil {
		t.Fatalf("follow.mjs walked %d of 2 and keys %v", len(rep.Walks), rep.Keys != nil)
	}
	checkWalk(t, en, enItems, rep.Walks[0])
	checkWalk(t, es, esItems, rep.Walks[1])
	checkNoEnglish(t, "Spanish follow-along", strings.Join(rep.Walks[1].Said, "\n")+"\n"+rep.Walks[1].Text)
	checkKeys(t, en, rep)
	checkFollowAxe(t, rep)
}

// followJobFor is follow.mjs's job: walk the routine r and the same
// program on the Spanish program page, the keyboard run on r, axe, and
// the screenshot when LIMBER_FOLLOW_SCREENSHOT names a file.
func followJobFor(t *testing.T, s *site.Site, origin string, r *site.Routine) followJob {
	t.Helper()
	en, es := lang.Builtin().Table("en"), lang.Builtin().Table("es")
	job := followJob{Axe: true,
		Walks: []followWalk{
			{Name: "routine", URL: origin + r.URL, Start: en.MustT("js.follow.start")},
			{Name: "es-program", URL: origin + "/handouts/es/program/#1,,,*quad-stretch,x2*cat-cow,x3", Start: es.MustT("js.follow.start")},
		},
		Keys: &followKeys{URL: origin + r.URL, Start: en.MustT("js.follow.start"),
			Sound: en.MustT("js.follow.sound"), Vibrate: en.MustT("js.follow.vibrate")},
	}
	if path := os.Getenv("LIMBER_FOLLOW_SCREENSHOT"); path != "" {
		job.Shot = &followShot{URL: origin + routineBySlug(t, s, "desk-break").URL, Start: en.MustT("js.follow.start"), Path: path}
	}
	return job
}

// checkFollowAxe fails on each violation axe found at 375 px.
func checkFollowAxe(t *testing.T, rep followReport) {
	t.Helper()
	for _, a := range rep.Axe {
		for _, v := range a.Violations {
			t.Errorf("axe, %s at 375 px: %s (%s): %s on %q", a.View, v.ID, v.Impact, v.Help, v.Nodes)
		}
	}
	if len(rep.Axe) != 6 {
		t.Errorf("axe checked %d views, want the page, a hold and Done of both walks", len(rep.Axe))
	}
}

// routineBySlug is the sample site's routine with this slug.
func routineBySlug(t *testing.T, s *site.Site, slug string) *site.Routine {
	t.Helper()
	for _, r := range s.Routines {
		if r.Slug == slug {
			return r
		}
	}
	t.Fatalf("the site has no routine %q", slug)
	return nil
}

// spanishTitle is the title of the Spanish version of a stretch.
func spanishTitle(t *testing.T, st *site.Stretch) string {
	t.Helper()
	for _, p := range st.Alternates {
		if p.Lang == "es" {
			return p.Title
		}
	}
	t.Fatalf("%s has no Spanish version", st.Slug)
	return ""
}

// wantWalk is what the mode should show and say for items, in tb's words:
// for each stretch "get ready", then a static stretch's holds with a rest
// between and a switch of sides, or a dynamic one's count of moves; the
// last thing said is Done.
func wantWalk(tb *lang.Table, items []followItem) (phases []followPhase, said []string) {
	for n, it := range items {
		progress := tb.MustT("js.follow.progress", n+1, len(items))
		add := func(doing, where string, first int, moves []string, say string) {
			phases = append(phases, followPhase{progress, it.Title, doing, where, strconv.Itoa(first), moves})
			said = append(said, say)
		}
		add(tb.MustT("js.follow.ready"), "", followReady, nil, tb.MustT("js.follow.sayready", it.Title, it.Dose.SentenceIn(tb.Code())))
		sides := []string{""}
		if it.Dose.Sides == dosage.Both {
			sides = []string{tb.MustT("js.follow.left"), tb.MustT("js.follow.right")}
		}
		for i, side := range sides {
			if i > 0 {
				add(tb.MustT("js.follow.switch"), tb.MustT("js.follow.next", side), followSwitch, nil, tb.MustT("js.follow.sayswitch", side))
			}
			if it.Dose.Kind == dosage.Dynamic {
				wantMoves(tb, it, side, add)
			} else {
				wantHolds(tb, it, side, add)
			}
		}
	}
	said = append(said, tb.MustT("js.follow.done")+". "+tb.MustT("js.follow.tick"))
	return phases, said
}

// wantAdd notes a phase and what is said when it starts.
type wantAdd func(doing, where string, first int, moves []string, say string)

// wantMoves is a dynamic stretch's count of moves on one side ("" for none).
func wantMoves(tb *lang.Table, it followItem, side string, add wantAdd) {
	var moves []string
	for m := 1; m <= it.Dose.Reps; m++ {
		moves = append(moves, tb.MustT("js.follow.moves", m, it.Dose.Reps))
	}
	add(tb.MustT("js.follow.move"), side, 1, moves, tb.MustT("js.follow.saymoves", it.Dose.Reps, cmp.Or(side, it.Title)))
}

// wantHolds are a static stretch's holds on one side ("" for none), with a rest between.
func wantHolds(tb *lang.Table, it followItem, side string, add wantAdd) {
	for rep := 1; rep <= it.Dose.Reps; rep++ {
		where := side // "Left side, 2 of 3", "2 of 3", or the side alone for one rep
		if of := tb.MustT("js.follow.of", rep, it.Dose.Reps); it.Dose.Reps > 1 && side != "" {
			where = tb.MustT("js.follow.sidecount", side, of)
		} else if it.Dose.Reps > 1 {
			where = of
		}
		if rep > 1 {
			add(tb.MustT("js.follow.rest"), tb.MustT("js.follow.next", where), followRest, nil,
				tb.MustT("js.follow.sayrest", dosage.WordsIn(followRest*time.Second, tb.Code())))
		}
		add(tb.MustT("js.follow.hold"), where, int(it.Dose.Hold/time.Second), nil,
			tb.MustT("js.follow.sayhold", where, dosage.WordsIn(it.Dose.Hold, tb.Code())))
	}
}

// checkWalk holds a walk to wantWalk: the phases in order, one
// announcement per phase, Done with each stretch's box to tick, Close,
// and no request after Start.
func checkWalk(t *testing.T, tb *lang.Table, items []followItem, w followWalkReport) {
	t.Helper()
	name, got, said, done := w.Name, w.Phases, w.Said, w.Done
	phases, wantSaid := wantWalk(tb, items)
	t.Logf("%s: %d phases, %d announcements; Done shows %+v", name, len(got), len(said), done)
	for i := range max(len(got), len(phases)) {
		var g, w followPhase
		if i < len(got) {
			g = got[i]
		}
		if i < len(phases) {
			w = phases[i]
		}
		if fmt.Sprint(g) != fmt.Sprint(w) {
			t.Errorf("%s: phase %d is %+v, want %+v", name, i+1, g, w)
		}
	}
	if !slices.Equal(said, wantSaid) {
		t.Errorf("%s: the live region said\n%q\nwant\n%q", name, said, wantSaid)
	}
	var ticks []string
	for n, it := range items {
		tick := fmt.Sprintf("%d. %s", n+1, it.Title)
		if it.Dose.Sides == dosage.Both {
			tick += " (" + tb.MustT("js.follow.ticksides", tb.MustT("sheet.left"), tb.MustT("sheet.right")) + ")"
		}
		ticks = append(ticks, tick)
	}
	if done == nil || done.Title != tb.MustT("js.follow.done") || !slices.Equal(done.Ticks, ticks) {
		t.Errorf("%s: the end shows %+v, want %q with %q", name, done, tb.MustT("js.follow.done"), ticks)
	}
	if !w.Closed {
		t.Errorf("%s: Enter on Close left the mode open", name)
	}
	if len(w.Requests) > 0 {
		t.Errorf("%s: the mode made requests after Start: %q", name, w.Requests)
	}
}

// checkKeys checks the keyboard run: the focus on Pause when the mode
// opens, Space pausing (the countdown stands still for 10 s) and resuming,
// the right arrow skipping to the rest and the left one going back to the
// hold, "When to stop" opened from the keyboard, and Escape closing the
// mode with the focus back on Start; and, in a tab whose clock jumped a
// minute at once, the phase that a minute reaches.
func checkKeys(t *testing.T, tb *lang.Table, rep followReport) {
	t.Helper()
	k := rep.Keys
	t.Logf("keys: %+v", k)
	hold := tb.MustT("js.follow.hold")
	if k.Focus != tb.MustT("js.follow.pause") {
		t.Errorf("the mode opened with the focus on %q, want Pause", k.Focus)
	}
	if k.Hold.Doing != hold || k.Hold.Num != "25" {
		t.Errorf("20 s after Start the mode shows %q %q, want %q with 25 seconds left", k.Hold.Doing, k.Hold.Num, hold)
	}
	if k.Paused.Num != k.Hold.Num || k.PauseButton != tb.MustT("js.follow.resume") {
		t.Errorf("paused for 10 s, the countdown went from %q to %q and the button says %q", k.Hold.Num, k.Paused.Num, k.PauseButton)
	}
	if k.Resumed.Num != "23" {
		t.Errorf("2 s after resuming the countdown shows %q, want 23", k.Resumed.Num)
	}
	if k.Skipped.Doing != tb.MustT("js.follow.rest") || k.Back.Doing != hold || k.Back.Num != "30" {
		t.Errorf("the right arrow showed %q and the left one %q %q, want the rest, then the hold from 30", k.Skipped.Doing, k.Back.Doing, k.Back.Num)
	}
	if len(k.StopIf) == 0 {
		t.Error("Tab and Enter did not open \"When to stop\" with its points")
	}
	if k.AfterEscape.Open || k.FocusAfter != tb.MustT("js.follow.start") {
		t.Errorf("after Escape the mode is open %v and the focus is on %q, want closed and on Start", k.AfterEscape.Open, k.FocusAfter)
	}
	if k.Motion != "follow-fade" || k.ReducedMotion != "none" {
		t.Errorf("the backdrop's animation is %q, and %q for a reader who wants less motion; want follow-fade and none", k.Motion, k.ReducedMotion)
	}
	if k.Overflow320 > 0 {
		t.Errorf("at 320 px the mode is %d px wider than the screen", k.Overflow320)
	}
	checkCues(t, k.CuesOff, k.CuesOn)
	// A minute and a quarter second after Start: get ready (15 s), the first
	// hold (30 s) and a rest (10 s) are over, and the second hold has
	// 25 s left, however few of the timer's ticks ran.
	th := rep.Throttled
	if where := tb.MustT("js.follow.sidecount", tb.MustT("js.follow.left"), tb.MustT("js.follow.of", 2, 2)); th.Doing != hold || th.Where != where || th.Num != "25" {
		t.Errorf("a minute on at once, the mode shows %q %q %q, want %q %q with 25 seconds left", th.Doing, th.Where, th.Num, hold, where)
	}
}

// checkCues checks the screen is kept awake only while the timer runs
// (asked at Start and on resuming, let go on pausing and on Escape), and
// that there is no sound or vibration until the patient ticks them.
func checkCues(t *testing.T, off, on followCues) {
	t.Helper()
	t.Logf("cues off: %+v; on: %+v", off, on)
	if want := []string{"request", "release", "request", "release"}; !slices.Equal(off.Lock, want) {
		t.Errorf("start, pause, resume, Escape: the wake lock saw %q, want %q", off.Lock, want)
	}
	if off.Beeps != 0 || off.Buzz != 0 {
		t.Errorf("with Sound and Vibrate off, %d beeps and %d buzzes", off.Beeps, off.Buzz)
	}
	if on.Beeps < 2 || on.Buzz < 1 {
		t.Errorf("with Sound and Vibrate ticked and a phase skipped, %d beeps and %d buzzes, want a beep on ticking and a cue of each on the new phase", on.Beeps, on.Buzz)
	}
}
