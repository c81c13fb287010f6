package content

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/limber/limber/internal/diag"
	"github.com/limber/limber/internal/dosage"
)

// md builds a Markdown file from front matter lines and a body.
func md(lines ...string) string {
	return "---\n" + strings.Join(lines, "\n") + "\n---\n\nBody text.\n"
}

// messages returns the sorted problems as "path:line:col: message" lines.
func messages(errs diag.List) []string {
	errs.Sort()
	var out []string
	for _, e := range errs {
		out = append(out, e.Error())
	}
	return out
}

// checkMessages fails the test unless got is exactly want.
func checkMessages(t *testing.T, errs diag.List, want []string) {
	t.Helper()
	got := messages(errs)
	if !slices.Equal(got, want) {
		t.Errorf("problems:\n  got  %q\n  want %q", got, want)
	}
}

// baseStretch is a good stretch (front matter lines 2-7) with extra lines
// from line 8.
func baseStretch(extra ...string) string {
	return md(append([]string{
		"title: Cat cow",
		"summary: Round and hollow your back.",
		"type: static",
		"hold: 30s",
		"reps: 3",
		"regions: [lower-back]",
	}, extra...)...)
}

const cc = "content/stretches/cat-cow.md"

func TestStretchErrors(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []string
	}{
		{"sides no", baseStretch("sides: no"), []string{
			cc + `:8:8: sides: "no" is not one of both, left, right, none`}},
		{"sides bool", baseStretch("sides: true"), []string{
			cc + `:8:8: sides: "true" is not one of both, left, right, none`}},
		{"draft yes", baseStretch("draft: yes"), []string{
			cc + `:8:8: draft: want true or false, got "yes"`}},
		{"reps word", md("title: T", "summary: S", "type: dynamic", "reps: three", "regions: [neck]"), []string{
			cc + `:5:7: reps: want a whole number, got "three"`}},
		{"reps float", md("title: T", "summary: S", "type: dynamic", "reps: 1.5", "regions: [neck]"), []string{
			cc + `:5:7: reps: want a whole number, got "1.5"`}},
		{"reps zero", md("title: T", "summary: S", "type: dynamic", "reps: 0", "regions: [neck]"), []string{
			cc + `:5:7: reps: must be at least 1, got 0`}},
		{"sets list", baseStretch("sets: [1]"), []string{
			cc + `:8:7: sets: want a whole number, got a list`}},
		{"typo key", md("title: T", "summary: S", "type: static", "hlod: 30s", "reps: 3", "regions: [neck]"), []string{
			cc + `:1:1: missing required field "hold" (a static stretch needs a hold time, like 30s)`,
			cc + `:5:1: unknown key "hlod" (did you mean "hold"?)`}},
		{"unknown key far", baseStretch("colour: red"), []string{
			cc + `:8:1: unknown key "colour" (allowed here: title, summary, draft, check_off, type, hold, reps, sets, sides, ` +
				`position, difficulty, regions, muscles, equipment, contraindications, easier, harder, images, video, references)`}},
		{"duplicate", baseStretch("reps: 4"), []string{
			cc + `:8:1: duplicate key "reps" (first on line 6)`}},
		{"missing summary", md("title: T", "type: dynamic", "reps: 3", "regions: [neck]"), []string{
			cc + `:1:1: missing required field "summary"`}},
		{"empty title", md("title:", "summary: S", "type: dynamic", "reps: 3", "regions: [neck]"), []string{
			cc + `:2:1: title: must not be empty`}},
		{"quoted empty title", md(`title: " "`, "summary: S", "type: dynamic", "reps: 3", "regions: [neck]"), []string{
			cc + `:2:8: title: must not be empty`}},
		{"title list", md(`title: [a]`, "summary: S", "type: dynamic", "reps: 3", "regions: [neck]"), []string{
			cc + `:2:8: title: want text, got a list`}},
		{"hold no unit", md("title: T", "summary: S", "type: static", "hold: 30", "reps: 3", "regions: [neck]"), []string{
			cc + `:5:7: hold: "30" is not a duration: missing unit after 30 (add s for seconds or m for minutes) ` +
				`(write it like 30s, 1m or 1m30s)`}},
		{"hold empty", md("title: T", "summary: S", "type: pnf", "hold:", "reps: 3", "regions: [neck]"), []string{
			cc + `:5:1: hold: must not be empty`}},
		{"missing everything", md("draft: false"), []string{
			cc + `:1:1: missing required field "regions"`,
			cc + `:1:1: missing required field "reps"`,
			cc + `:1:1: missing required field "summary"`,
			cc + `:1:1: missing required field "title"`,
			cc + `:1:1: missing required field "type"`}},
		{"type case", md("title: T", "summary: S", "type: Dynamic", "reps: 3", "regions: [neck]"), []string{
			cc + `:4:7: type: "Dynamic" is not one of static, dynamic, pnf, ballistic (did you mean "dynamic"?)`}},
		{"position", baseStretch("position: upside-down", "difficulty: extreme"), []string{
			cc + `:8:11: position: "upside-down" is not one of supine, prone, seated, standing, kneeling, side-lying, quadruped`,
			cc + `:9:13: difficulty: "extreme" is not one of easy, moderate, hard`}},
		{"regions scalar", md("title: T", "summary: S", "type: dynamic", "reps: 3", "regions: neck"), []string{
			cc + `:6:10: regions: want a list (a line starting with "- " for each item, or [a, b]), got "neck"`}},
		{"regions empty list", md("title: T", "summary: S", "type: dynamic", "reps: 3", "regions: []"), []string{
			cc + `:6:10: regions: list at least one body region, like [neck]`}},
		{"regions bad slug", md("title: T", "summary: S", "type: dynamic", "reps: 3", "regions:", "  - Lower Back"), []string{
			cc + `:7:5: regions[0]: "Lower Back" is not a valid slug: use only lowercase letters, digits and hyphens, like "lower-back"`}},
		{"muscles", baseStretch(`muscles: ["", [a], calf]`), []string{
			cc + `:8:11: muscles[0]: must not be empty`,
			cc + `:8:15: muscles[1]: want text, got a list`}},
		{"contraindications", baseStretch("contraindications: [Osteoporosis, -x]"), []string{
			cc + `:8:21: contraindications[0]: "Osteoporosis" is not a valid slug: use only lowercase letters, digits and hyphens, like "osteoporosis"`,
			cc + `:8:35: contraindications[1]: "-x" is not a valid slug: use only lowercase letters, digits and hyphens, like "x"`}},
		{"image alt", baseStretch("images:", "  - src: cat-cow.svg", "  - {src: b.svg, alt: ''}", "  - cat.svg"), []string{
			cc + `:9:5: images[0]: missing required field "alt"`,
			cc + `:10:23: images[1].alt: must not be empty`,
			cc + `:11:5: images[2]: want a group of key: value fields, got "cat.svg"`}},
		{"image srcs", baseStretch("images:",
			"  - {alt: a, src: /img/a.svg}",
			"  - {alt: a, src: 'https://example.org/a.png'}",
			"  - {alt: a, src: 'javascript:alert(1)'}",
			"  - {alt: a, src: ../../../etc/passwd}",
			`  - {alt: a, src: 'img\a.svg'}`,
			"  - {alt: a, src: ../}"), []string{
			cc + `:9:19: images[0].src: "/img/a.svg" starts with /: give a relative path, like picture.svg or ../images/picture.svg`,
			cc + `:10:19: images[1].src: "https://example.org/a.png" is a web address: save the file in the site and give its path, like picture.svg`,
			cc + `:11:19: images[2].src: "javascript:alert(1)" is an unsafe URL: give the path of a file in the site instead`,
			cc + `:12:19: images[3].src: "../../../etc/passwd" points outside the content folder`,
			cc + `:13:19: images[4].src: "img\\a.svg" uses \ between folders: use / instead`,
			cc + `:14:19: images[5].src: "../" is a folder: give the path of a file`}},
		{"video", baseStretch("video: javascript:alert(1)"), []string{
			cc + `:8:8: video: "javascript:alert(1)" is an unsafe URL: only http:// and https:// links are allowed`}},
		{"video data", baseStretch("video: 'DATA:text/html,hi'"), []string{
			cc + `:8:8: video: "DATA:text/html,hi" is an unsafe URL: only http:// and https:// links are allowed`}},
		{"video no scheme", baseStretch("video: www.example.org/v"), []string{
			cc + `:8:8: video: "www.example.org/v" is not a full web address: start it with https://`}},
		{"references", baseStretch("references:", "  - url: https://example.org", "  - {title: X, url: 'ftp://x'}", "  - {title: Y, url: 'vbscript:x'}"), []string{
			cc + `:9:5: references[0]: missing required field "title"`,
			cc + `:10:21: references[1].url: "ftp://x" is an unsafe URL: only http:// and https:// links are allowed`,
			cc + `:11:21: references[2].url: "vbscript:x" is an unsafe URL: only http:// and https:// links are allowed`}},
		{"nested unknown", baseStretch("images:", "  - {src: a.svg, alt: A, titel: x}"), []string{
			cc + `:9:26: images[0]: unknown key "titel" (allowed here: src, alt)`}},
		{"alias", baseStretch("muscles: &m [a]", "equipment: *m"), []string{
			cc + `:8:10: YAML anchors, aliases, merge keys and tags (&, *, <<, !) are not supported here: write the value out in full`,
			cc + `:9:12: YAML anchors, aliases, merge keys and tags (&, *, <<, !) are not supported here: write the value out in full`}},
		{"syntax", md("title: T", "summary: Stretch: hamstrings"), []string{
			cc + `:3:10: YAML syntax error: mapping value is not allowed in this context (check the indentation, and put text that contains ": " or " #" in quotes)`}},
		{"not a mapping", md("- a", "- b"), []string{
			cc + `:2:1: want lines of key: value fields here, got a list`}},
		{"unclosed", "---\ntitle: T\nsummary: S\n", []string{
			cc + `:1:1: front matter is not closed: add a line of --- after its last field`}},
		{"no front matter", "# Cat cow\n\nText.\n", []string{
			cc + `:1:1: missing front matter: start the file with a line of ---, then the title: and summary: lines, then another line of ---`}},
		{"empty", "", []string{cc + `:1:1: file is empty`}},
		{"blank", " \n\t\n", []string{cc + `:1:1: file is empty`}},
		{"not utf8", "---\ntitle: caf\xe9\n---\n", []string{
			cc + `:2:11: file is not UTF-8 text (byte 0xe9 here): save it as UTF-8 in your editor`}},
		{"tab indent", md("title: T", "\tsummary: S"), []string{
			cc + `:3:1: YAML syntax error: a tab is used to indent this line: indent with spaces instead`}},
		{"tab in key", md("title: T", "summary: S", "images:", "  - src: a.svg", "  \talt: A"), []string{
			cc + `:6:3: YAML syntax error: a tab is used to indent this line: indent with spaces instead`}},
		{"document end", md("title: T", "...", "summary: S"), []string{
			cc + `:3:1: only one YAML document is allowed here: remove this ... line`}},
		{"too deep", md("title: " + strings.Repeat("[", 40)), []string{
			cc + `:2:40: values are nested more than 32 levels deep here`}},
		{"too long", md("title: T", "summary: "+strings.Repeat("long ", 4000)), []string{
			cc + `:2:1: too long: keep front matter and limber.yaml under 16 KiB, and put long text in the page body`}},
		{"odd keys", baseStretch("~: c", "1: x"), []string{
			cc + `:8:1: keys must be plain words like title, got nothing`,
			cc + `:9:1: unknown key "1" (allowed here: title, summary, draft, check_off, type, hold, reps, sets, sides, ` +
				`position, difficulty, regions, muscles, equipment, contraindications, easier, harder, images, video, references)`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, errs := ParseMarkdownFile(cc, []byte(tt.src))
			checkMessages(t, errs, tt.want)
		})
	}
}

func TestStretchGood(t *testing.T) {
	src := "\uFEFF---\r\n" +
		"title: Cat cow\r\n" +
		"summary: \"Round and hollow your back.\"\r\n" +
		"type: pnf\r\n" +
		"hold: 1 min 30 sec\r\n" +
		"reps: 3\r\n" +
		"sets: 2\r\n" +
		"sides: both\r\n" +
		"position: quadruped\r\n" +
		"difficulty: easy\r\n" +
		"regions: [lower-back, épaule]\r\n" +
		"muscles:\r\n  - spine muscles\r\n" +
		"equipment: [yoga mat]\r\n" +
		"contraindications: [osteoporosis]\r\n" +
		"images:\r\n  - src: ../images/cat.svg\r\n    alt: On hands and knees.\r\n" +
		"video: https://example.org/v\r\n" +
		"references:\r\n  - title: A book\r\n  - {title: A page, url: 'https://example.org/p'}\r\n" +
		"draft: true\r\n" +
		"---\r\n" +
		"\r\n# Cat cow\r\n"
	p, errs := ParseMarkdownFile("content/stretches/spine/cat-cow.md", []byte(src))
	checkMessages(t, errs, nil)
	st := p.Stretch
	if st == nil || p.Routine != nil || p.Source() != &st.Source {
		t.Fatalf("want only a stretch, got %+v", p)
	}
	want := dosage.Dose{Kind: dosage.PNF, Hold: 90 * time.Second, Reps: 3, Sets: 2, Sides: dosage.Both}
	if st.Dose != want {
		t.Errorf("dose = %+v, want %+v", st.Dose, want)
	}
	checks := []struct{ got, want any }{
		{st.Path, "content/stretches/spine/cat-cow.md"},
		{st.Rel, "stretches/spine/cat-cow.md"},
		{st.Slug, "cat-cow"},
		{st.Title, "Cat cow"},
		{st.Summary, "Round and hollow your back."},
		{st.Draft, true},
		{string(st.Body), "\n# Cat cow\n"},
		{st.BodyLine, 25},
		{st.Position, "quadruped"},
		{st.Difficulty, "easy"},
		{strings.Join(st.Regions, "|"), "lower-back|épaule"},
		{strings.Join(st.Muscles, "|"), "spine muscles"},
		{strings.Join(st.Equipment, "|"), "yoga mat"},
		{st.Contraindications[0].Slug, "osteoporosis"},
		{st.Contraindications[0].Pos.String(), "content/stretches/spine/cat-cow.md:15:21"},
		{st.Images[0].Src, "stretches/images/cat.svg"},
		{st.Images[0].Alt, "On hands and knees."},
		{st.Images[0].Pos.String(), "content/stretches/spine/cat-cow.md:17:10"},
		{st.Video, "https://example.org/v"},
		{st.References[0], Reference{Title: "A book", Pos: st.Pos(21, 5)}},
		{st.References[1], Reference{Title: "A page", URL: "https://example.org/p", Pos: st.Pos(22, 26)}},
		{st.At("hold").String(), "content/stretches/spine/cat-cow.md:5:7"},
		{st.At("video").String(), "content/stretches/spine/cat-cow.md:19:8"},
		{st.At("check_off").String(), "content/stretches/spine/cat-cow.md"},
	}
	for i, c := range checks {
		if c.got != c.want {
			t.Errorf("check %d: got %#v, want %#v", i, c.got, c.want)
		}
	}
	missing := p.CheckFiles(func(string) bool { return false })
	checkMessages(t, missing, []string{
		`content/stretches/spine/cat-cow.md:17:10: images[0].src: "../images/cat.svg" does not exist`})
}

func TestStretchDefaults(t *testing.T) {
	p, errs := ParseMarkdownFile(cc, []byte(md("title: T", "summary: S", "type: dynamic", "reps: 10", "regions: [neck]")))
	checkMessages(t, errs, nil)
	want := dosage.Dose{Kind: dosage.Dynamic, Reps: 10, Sets: 1, Sides: dosage.None}
	if p.Stretch.Dose != want || p.Stretch.Draft || p.Stretch.BodyLine != 8 || p.Stretch.Position != "" {
		t.Errorf("got %+v", p.Stretch)
	}
}

const rt = "content/routines/morning.md"

func TestRoutineGood(t *testing.T) {
	src := md("title: Morning", "summary: Wake up.", "frequency: daily", "duration: 10 minutes",
		"warmup: Walk for 5 minutes.",
		"stretches:",
		"  - cat-cow",
		"  - {ref: lunge, hold: \"45s\", sides: left}",
		"  - ref: quad-stretch",
		"    reps: 2",
		"    sets: 3",
		"    notes: Hold a chair.")
	src = strings.Replace(src, "    notes: Hold a chair.\n", "    notes: Hold a chair.\nupdated: 2026-10-01\nreviewed_by: P. Raman, PT, DPT\n", 1)
	p, errs := ParseMarkdownFile(rt, []byte(src))
	checkMessages(t, errs, nil)
	r := p.Routine
	if r == nil || r.Frequency != "daily" || r.Duration != "10 minutes" || r.Warmup != "Walk for 5 minutes." ||
		r.Updated != "2026-10-01" || r.ReviewedBy != "P. Raman, PT, DPT" {
		t.Fatalf("got %+v", r)
	}
	want := []RoutineItem{
		{Ref: Ref{"cat-cow", diag.Pos{Path: rt, Line: 8, Col: 5}}},
		{Ref: Ref{"lunge", diag.Pos{Path: rt, Line: 9, Col: 11}},
			Dose: dosage.Dose{Hold: 45 * time.Second, Sides: dosage.Left}},
		{Ref: Ref{"quad-stretch", diag.Pos{Path: rt, Line: 10, Col: 10}},
			Dose: dosage.Dose{Reps: 2, Sets: 3}, Notes: "Hold a chair."},
	}
	if !slices.Equal(r.Stretches, want) {
		t.Errorf("stretches:\n  got  %+v\n  want %+v", r.Stretches, want)
	}
}

func TestRoutineErrors(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []string
	}{
		{"missing", md("title: T", "summary: S"), []string{rt + `:1:1: missing required field "stretches"`}},
		{"bad date", md("title: T", "summary: S", "stretches: [a]", "updated: 2026-02-30"), []string{
			rt + `:5:10: updated: "2026-02-30" is not a real date: write it as YYYY-MM-DD, like 2024-03-15`}},
		{"empty list", md("title: T", "summary: S", "stretches: []"), []string{
			rt + `:4:12: stretches: list at least one stretch, like [cat-cow]`}},
		{"items", md("title: T", "summary: S", "stretches:",
			"  -",
			"  - Cat Cow",
			"  - {hold: 30s}",
			"  - {ref: lunge, hlod: 30s, reps: 0, sides: no}",
			"  - [a]"), []string{
			rt + `:5:4: stretches[0]: empty item: write a stretch's slug, like - cat-cow`,
			rt + `:6:5: stretches[1]: "Cat Cow" is not a valid slug: use only lowercase letters, digits and hyphens, like "cat-cow"`,
			rt + `:7:5: stretches[2]: missing required field "ref"`,
			rt + `:8:18: stretches[3]: unknown key "hlod" (did you mean "hold"?)`,
			rt + `:8:35: stretches[3].reps: must be at least 1, got 0`,
			rt + `:8:45: stretches[3].sides: "no" is not one of both, left, right, none`,
			rt + `:9:5: stretches[4]: want a stretch's slug or ref: and dose fields, got a list`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, errs := ParseMarkdownFile(rt, []byte(tt.src))
			checkMessages(t, errs, tt.want)
		})
	}
}

const ar = "content/articles/why.md"

func TestArticle(t *testing.T) {
	p, errs := ParseMarkdownFile(ar, []byte(md("title: Why", "summary: S", "author: A. Smith, PT",
		"reviewed_by: B. Jones", "updated: 2024-02-29", "references: [{title: R}]")))
	checkMessages(t, errs, nil)
	a := p.Article
	if a.Author != "A. Smith, PT" || a.ReviewedBy != "B. Jones" || a.Updated != "2024-02-29" || len(a.References) != 1 {
		t.Errorf("got %+v", a)
	}
	tests := []struct{ updated, want string }{
		{`"2024-01-05"`, ""},
		{"2023-02-29", `:6:10: updated: "2023-02-29" is not a real date: write it as YYYY-MM-DD, like 2024-03-15`},
		{"2024-01-05T10:00:00Z", `:6:10: updated: "2024-01-05T10:00:00Z" is not a real date: write it as YYYY-MM-DD, like 2024-03-15`},
		{"5 Jan 2024", `:6:10: updated: "5 Jan 2024" is not a real date: write it as YYYY-MM-DD, like 2024-03-15`},
		{"2024-1-5", `:6:10: updated: "2024-1-5" is not a real date: write it as YYYY-MM-DD, like 2024-03-15`},
	}
	for _, tt := range tests {
		_, errs := ParseMarkdownFile(ar, []byte(md("title: Why", "summary: S", "author: A", "reviewed_by: B",
			"updated: "+tt.updated)))
		var want []string
		if tt.want != "" {
			want = []string{ar + tt.want}
		}
		checkMessages(t, errs, want)
	}
}

func TestCondition(t *testing.T) {
	p, errs := ParseMarkdownFile("content/conditions/osteoporosis.md", []byte(md("title: Osteoporosis", "summary: S", "type: static")))
	checkMessages(t, errs, []string{`content/conditions/osteoporosis.md:4:1: unknown key "type" (allowed here: title, summary, draft, check_off)`})
	if p.Condition == nil || p.Condition.Title != "Osteoporosis" {
		t.Errorf("got %+v", p)
	}
}

func TestPaths(t *testing.T) {
	good := []byte(md("title: T", "summary: S"))
	tests := []struct {
		path string
		ok   bool
		want string
	}{
		{"content/index.md", false, "content/index.md: Markdown files belong in content/stretches, content/routines, content/conditions or content/articles: move this file into one of them"},
		{"content/other/a.md", false, "content/other/a.md: Markdown files belong in content/stretches, content/routines, content/conditions or content/articles: move this file into one of them"},
		{"README.md", false, "README.md: Markdown files belong in content/stretches, content/routines, content/conditions or content/articles: move this file into one of them"},
		{"content/conditions/Bad Knee.md", true, `content/conditions/Bad Knee.md: file name "Bad Knee.md" must be lowercase letters, digits and hyphens: rename it to "bad-knee.md"`},
		{"content/conditions/_.md", true, `content/conditions/_.md: file name "_.md" must be lowercase letters, digits and hyphens`},
		{"content/conditions/genou-opéré.md", true, ""},
		{"content/conditions/a/b/c.md", true, ""},
	}
	for _, tt := range tests {
		p, errs := ParseMarkdownFile(tt.path, good)
		var want []string
		if tt.want != "" {
			want = []string{tt.want}
		}
		checkMessages(t, errs, want)
		if (p.Source() != nil) != tt.ok {
			t.Errorf("%s: page = %+v", tt.path, p)
		}
	}
}
