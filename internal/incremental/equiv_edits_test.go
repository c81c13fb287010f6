package incremental

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"github.com/limber/limber/internal/content"
)

// This file decodes FuzzServeEquivalence's input into edits of a copy of
// the sample site. Each step is one header byte (the edit kind, and the
// high bit to save the next edit in the same batch) and up to four bytes of
// choices; a missing byte reads as 0. The choices pick from fixed tables of
// files and of realistic (and sometimes broken) values, so that a seed can
// be written by names (see the step helpers at the end).

// editor applies decoded edits to the site folder dir.
type editor struct {
	dir  string
	data []byte
	at   int
}

// next returns the next input byte, or 0 past the end.
func (e *editor) next() byte {
	if e.at >= len(e.data) {
		return 0
	}
	e.at++
	return e.data[e.at-1]
}

// pick returns the next choice among n.
func (e *editor) pick(n int) int { return int(e.next()) % n }

// one returns the next choice from list.
func one[T any](e *editor, list []T) T { return list[e.pick(len(list))] }

// editKind is one kind of edit: it changes files under e.dir and returns the
// site-relative paths it created, wrote, removed or renamed.
type editKind struct {
	name string
	run  func(e *editor) []string
}

// editKinds lists every kind of edit, by the header byte's value (mod len).
func editKinds() []editKind {
	return []editKind{
		{"body", (*editor).editBody},
		{"stretch-field", (*editor).editStretchField},
		{"routine-field", (*editor).editRoutineField},
		{"routine-item", (*editor).editRoutineItem},
		{"page-field", (*editor).editPageField},
		{"add-page", (*editor).addPage},
		{"delete", (*editor).deleteFile},
		{"rename", (*editor).renameFile},
		{"break-yaml", (*editor).breakYAML},
		{"fix-yaml", (*editor).fixYAML},
		{"picture", (*editor).editPicture},
		{"template", (*editor).editTemplate},
		{"config", (*editor).editConfig},
		{"restore", (*editor).restore},
	}
}

// The files edits choose from, by section; "zz-new" is made by addPage.
var (
	stretchSlugs   = []string{"cat-cow", "childs-pose", "knee-to-chest", "lumbar-twist", "lunge", "open-book", "quad-stretch", "supine-hamstring", "zz-new"}
	routineSlugs   = []string{"desk-break", "gentle-older-adults", "morning-back", "zz-new"}
	conditionSlugs = []string{"herniated-disc", "hip-replacement", "hypermobility", "knee-replacement", "osteoporosis", "pregnancy", "zz-new"}
	articleSlugs   = []string{"stretching-basics", "zz-new"}
	sections       = []string{"stretches", "routines", "conditions", "articles"}
)

// slugsOf returns the slugs edits choose from in a section.
func slugsOf(section string) []string {
	switch section {
	case "stretches":
		return stretchSlugs
	case "routines":
		return routineSlugs
	case "conditions":
		return conditionSlugs
	}
	return articleSlugs
}

// pictures are the pictures edits choose from.
var pictures = []string{
	"content/stretches/cat-cow.svg", "content/stretches/knee-to-chest.svg", "content/stretches/lunge.svg",
	"content/stretches/zz-new.svg", "content/images/logo.svg", "content/articles/zz-new.svg",
}

// pickPage returns the path of a Markdown file of any section.
func (e *editor) pickPage() string {
	sec := one(e, sections)
	return "content/" + sec + "/" + one(e, slugsOf(sec)) + ".md"
}

// read returns a site file's text, or false when it does not exist.
func (e *editor) read(rel string) (string, bool) {
	data, err := os.ReadFile(filepath.Join(e.dir, filepath.FromSlash(rel)))
	return string(data), err == nil
}

// write writes a site file, making its folder, and returns its path as the
// watcher reports it (nothing when the text is unchanged).
func (e *editor) write(rel, text string) []string {
	if old, ok := e.read(rel); ok && old == text {
		return nil
	}
	p := filepath.Join(e.dir, filepath.FromSlash(rel))
	os.MkdirAll(filepath.Dir(p), 0o755)
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		panic(err)
	}
	return []string{rel}
}

// remove deletes a site file, returning its path if it was there.
func (e *editor) remove(rel string) []string {
	if os.Remove(filepath.Join(e.dir, filepath.FromSlash(rel))) != nil {
		return nil
	}
	return []string{rel}
}

// splitFront splits a Markdown file into its front matter (without the
// "---" lines) and its body; ok is false when it has none.
func splitFront(text string) (front, body string, ok bool) {
	rest, ok := strings.CutPrefix(text, "---\n")
	if !ok {
		return "", "", false
	}
	i := strings.Index(rest, "\n---\n")
	if i < 0 {
		return "", "", false
	}
	return rest[:i+1], rest[i+5:], true
}

// removeKey is the value that makes setKey delete a key.
const removeKey = "<remove>"

// setKey sets a top-level key of a YAML mapping to val (the text after
// "key:", which may span lines), replacing its whole block, or removes it.
// A key not there is added at the end.
func setKey(yaml, key, val string) string {
	lines := strings.SplitAfter(yaml, "\n")
	start := slices.IndexFunc(lines, func(l string) bool { return strings.HasPrefix(l, key+":") })
	if start < 0 {
		if val == removeKey {
			return yaml
		}
		if yaml != "" && !strings.HasSuffix(yaml, "\n") {
			yaml += "\n"
		}
		return yaml + key + ":" + val + "\n"
	}
	end := start + 1
	for end < len(lines) && (strings.HasPrefix(lines[end], " ") || strings.HasPrefix(lines[end], "\t") || strings.HasPrefix(lines[end], "-")) {
		end++
	}
	var repl []string
	if val != removeKey {
		repl = []string{key + ":" + val + "\n"}
	}
	return strings.Join(slices.Concat(lines[:start], repl, lines[end:]), "")
}

// editFront applies f to the front matter of the Markdown file rel.
func (e *editor) editFront(rel string, f func(front string) string) []string {
	text, ok := e.read(rel)
	front, body, split := splitFront(text)
	if !ok || !split {
		return nil
	}
	return e.write(rel, "---\n"+f(front)+"---\n"+body)
}

// setField sets key of the page rel to a value chosen from values[key].
func (e *editor) setField(rel string, keys []string, values map[string][]string) []string {
	key := one(e, keys)
	val := one(e, values[key])
	return e.editFront(rel, func(front string) string { return setKey(front, key, val) })
}

// editStretchField sets one front matter field of a stretch.
func (e *editor) editStretchField() []string {
	rel := "content/stretches/" + one(e, stretchSlugs) + ".md"
	return e.setField(rel, content.Keys("stretches"), stretchValues)
}

// editRoutineField sets one front matter field of a routine other than its
// stretches (see editRoutineItem).
func (e *editor) editRoutineField() []string {
	rel := "content/routines/" + one(e, routineSlugs) + ".md"
	return e.setField(rel, content.Keys("routines"), routineValues)
}

// editPageField sets one front matter field of a condition or article.
func (e *editor) editPageField() []string {
	sec := one(e, []string{"conditions", "articles"})
	rel := "content/" + sec + "/" + one(e, slugsOf(sec)) + ".md"
	return e.setField(rel, content.Keys(sec), pageValues)
}

// durations are hold times, good, short, too long and not durations.
var durations = []string{" 30s", " 45s", " 5s", " 1m", " 10m", " soon", " 0s", ""}

// stretchValues are the values editStretchField sets, by key.
var stretchValues = map[string][]string{
	"title":             {" Knee hug", " Zebra stretch", " Aardvark reach", ` ""`, " Cat-cow"},
	"summary":           {" A soft stretch.", " A gentle stretch for your low back.", ` ""`, removeKey, " " + strings.Repeat("Very long words here. ", 12)},
	"draft":             {" true", " false", removeKey, " maybe"},
	"check_off":         {"\n  hold-time: a test", "\n  stop-if: our readers are clinicians", "\n  nope-rule: why not", "\n  hold-time:", removeKey},
	"type":              {" static", " dynamic", " pnf", " ballistic", " bouncy", removeKey},
	"hold":              append(slices.Clone(durations), removeKey),
	"reps":              {" 3", " 1", " 10", " 0", " many", removeKey},
	"sets":              {" 2", " 1", " 0", " lots", removeKey},
	"sides":             {" both", " left", " right", " none", " middle", removeKey},
	"position":          {" supine", " standing", " seated", " quadruped", " upside-down", removeKey},
	"difficulty":        {" easy", " moderate", " hard", " extreme", removeKey},
	"regions":           {" [lower-back, hips]", " [calves]", " [neck, shoulders]", " []", " [Not A Slug]", removeKey},
	"muscles":           {" [hamstrings]", " [gluteus maximus, lower back muscles (erector spinae)]", " []", ` [""]`, removeKey},
	"equipment":         {" [yoga mat]", " [strap]", " [chair, yoga mat]", " []", removeKey},
	"contraindications": {" [osteoporosis]", " [pregnancy, hip-replacement]", " [no-such-condition]", " []", removeKey},
	"easier":            {" [cat-cow]", " [lumbar-twist, open-book]", " [childs-pose]", " [knee-to-chest]", " [no-such-stretch]", " []", removeKey},
	"harder":            {" [childs-pose]", " [lunge, open-book]", " [cat-cow]", " [no-such-stretch]", removeKey},
	"images": {"\n  - src: knee-to-chest.svg\n    alt: A person lies on their back and hugs one knee.",
		"\n  - src: cat-cow.svg\n    alt: A person on hands and knees.\n  - src: lunge.svg\n    alt: A person in a lunge.",
		"\n  - src: zz-new.svg\n    alt: A new drawing.", "\n  - src: missing.svg\n    alt: Gone.", "\n  - src: lunge.svg\n    alt: \"\"",
		"\n  - src: ../images/logo.svg\n    alt: The logo.", removeKey},
	"video": {" https://www.youtube.com/watch?v=abc123", " https://example.org/video.mp4", " not a url", removeKey},
	"references": {"\n  - title: Back Pain (MedlinePlus)\n    url: https://medlineplus.gov/backpain.html",
		"\n  - title: A paper\n    url: http://example.org/x", "\n  - title: No address", removeKey},
}

// routineValues are the values editRoutineField sets, by key.
var routineValues = map[string][]string{
	"title":       stretchValues["title"],
	"summary":     stretchValues["summary"],
	"draft":       stretchValues["draft"],
	"check_off":   {"\n  routine-length: a long one on purpose", "\n  total-time: a test", "\n  nope-rule: why not", removeKey},
	"frequency":   {" daily", " 3 times a week", ` ""`, removeKey},
	"duration":    {" 10 minutes", " 1 hour", removeKey},
	"warmup":      {" Walk for 5 minutes.", removeKey},
	"stretches":   {" [knee-to-chest, cat-cow]", " [no-such-stretch]", " []", "\n  - ref: lunge\n    hold: 40s", "\n  - ref: zz-new", removeKey},
	"updated":     {" 2026-01-02", " 2020-01-01", " 2026-13-45", " yesterday", removeKey},
	"reviewed_by": {" Priya Raman, PT", ` ""`, removeKey},
}

// pageValues are the values editPageField sets on conditions and articles.
var pageValues = map[string][]string{
	"title":       stretchValues["title"],
	"summary":     stretchValues["summary"],
	"draft":       stretchValues["draft"],
	"check_off":   {"\n  reading-grade: written for clinicians", "\n  nope-rule: why not", removeKey},
	"author":      {" Jordan Ellery, PT", " Priya Raman, PT, DPT, OCS", ` ""`, removeKey},
	"reviewed_by": routineValues["reviewed_by"],
	"updated":     routineValues["updated"],
	"references":  stretchValues["references"],
}

// itemRef matches the first line of a routine item.
var itemRef = regexp.MustCompile(`(?m)^  - ref: .*\n(?:    .*\n)*`)

// editRoutineItem adds, removes, moves or overrides an item of a routine's
// stretches.
func (e *editor) editRoutineItem() []string {
	rel := "content/routines/" + one(e, routineSlugs) + ".md"
	op, k, key, val := e.pick(4), int(e.next()), one(e, content.Keys("routines.stretches")), e.next()
	return e.editFront(rel, func(front string) string {
		items := itemRef.FindAllString(front, -1)
		loc := itemRef.FindAllStringIndex(front, -1)
		if len(items) == 0 {
			return setKey(front, "stretches", "\n  - ref: "+stretchSlugs[k%len(stretchSlugs)])
		}
		head, tail := front[:loc[0][0]], front[loc[len(loc)-1][1]:]
		i := k % len(items)
		switch op {
		case 0: // add an item, maybe of a stretch listed already or unknown
			ref := append(slices.Clone(stretchSlugs), "no-such-stretch")[int(val)%(len(stretchSlugs)+1)]
			items = slices.Insert(items, i, "  - ref: "+ref+"\n")
		case 1:
			items = slices.Delete(items, i, i+1)
		case 2:
			j := (i + 1) % len(items)
			items[i], items[j] = items[j], items[i]
		case 3:
			items[i] = setItemKey(items[i], key, one(&editor{data: []byte{val}}, itemValues[key]))
		}
		return head + strings.Join(items, "") + tail
	})
}

// itemValues are the values an item of a routine's stretches takes, by key.
var itemValues = map[string][]string{
	"ref":   {" lunge", " cat-cow", " no-such-stretch", " zz-new", ` ""`},
	"hold":  durations,
	"reps":  {" 2", " 5", " 0", " many", removeKey},
	"sets":  {" 2", " 0", removeKey},
	"sides": {" left", " both", " middle", removeKey},
	"notes": {" Go slowly.", " Start with small moves.", ` ""`, removeKey},
}

// setItemKey sets or removes a key of one routine item ("  - ref: x\n"
// and its "    key: value" lines).
func setItemKey(item, key, val string) string {
	first, rest, _ := strings.Cut(item, "\n")
	if key == "ref" {
		if val == removeKey {
			val = " knee-to-chest"
		}
		return "  - ref:" + val + "\n" + rest
	}
	var inner strings.Builder
	for _, l := range strings.SplitAfter(rest, "\n") {
		inner.WriteString(strings.TrimPrefix(l, "    "))
	}
	var b strings.Builder
	b.WriteString(first + "\n")
	for _, l := range strings.SplitAfter(setKey(inner.String(), key, val), "\n") {
		if l != "" {
			b.WriteString("    " + l)
		}
	}
	return b.String()
}
