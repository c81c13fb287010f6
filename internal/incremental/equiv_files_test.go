package incremental

import (
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/limber/limber/internal/sample"
)

// This file holds FuzzServeEquivalence's edits of bodies, whole files,
// pictures, templates and limber.yaml (see equiv_edits_test.go).

// phrases are the words body edits write.
var phrases = []string{
	"Lie on your back, knees bent.", "Breathe out slowly as you stretch.", "Hold the chair with one hand.",
	"Your knee hurts.", "You feel dizzy.", "This stretch helps a stiff back.", "Go slowly.",
}

// linkTargets are the links and pictures body edits add, from a file one
// folder below content/: pages, pictures, missing ones and outside ones.
var linkTargets = []string{
	"[cat-cow](../stretches/cat-cow.md)", "[the basics](../articles/stretching-basics.md)",
	"[new page](../stretches/zz-new.md)", "[nothing](../conditions/nope.md)", "[morning](../routines/morning-back.md#take-care)",
	"[MedlinePlus](https://medlineplus.gov/backpain.html)", "[]()", "![A person on hands and knees.](../stretches/cat-cow.svg)",
	"![](../stretches/lunge.svg)", "![A new drawing.](../stretches/zz-new.svg)", "![Gone.](../stretches/gone.svg)",
	"[renamed](../stretches/zz-renamed.md)",
}

var (
	stepLine = regexp.MustCompile(`(?m)^(\d+)\. .*$`)
	textLine = regexp.MustCompile(`(?m)^[A-Z][^\n]*$`)
)

// editBody changes the body of a Markdown file: a step (or a step made
// long enough that a routine's sheet may need two pages), the "Stop if"
// list, a paragraph, a link or picture, or text too hard to read.
func (e *editor) editBody() []string {
	rel := e.pickPage()
	op, k, w := e.pick(9), int(e.next()), one(e, phrases)
	text, ok := e.read(rel)
	front, body, split := splitFront(text)
	if !ok || !split {
		return nil
	}
	switch op {
	case 0:
		body = replaceNth(stepLine, body, k, func(m string) string { return strings.SplitN(m, ".", 2)[0] + ". " + w })
	case 1:
		body = addStopIf(body, "- "+w+"\n")
	case 2:
		body = removeStopIf(body)
	case 3:
		body = replaceNth(textLine, body, k, func(string) string { return w })
	case 4:
		body += "\nSee " + linkTargets[k%len(linkTargets)] + ".\n"
	case 5:
		body += "\n" + linkTargets[k%len(linkTargets)] + "\n"
	case 6:
		if strings.Contains(body, hardText) {
			body = strings.Replace(body, hardText+"\n\n", "", 1)
		} else {
			body = "\n" + hardText + "\n\n" + strings.TrimPrefix(body, "\n")
		}
	case 8: // a long step, as text not written for limber's sheets often has
		long := strings.Repeat(w+" "+strings.Join(phrases, " ")+" ", 3)
		body = replaceNth(stepLine, body, k, func(m string) string { return strings.SplitN(m, ".", 2)[0] + ". " + long })
	case 7: // drop the last paragraph
		trimmed := strings.TrimRight(body, "\n")
		if i := strings.LastIndex(trimmed, "\n\n"); i >= 0 {
			body = trimmed[:i+1]
		}
	}
	return e.write(rel, "---\n"+front+"---\n"+body)
}

// replaceNth replaces the k-th match of re in s (mod the count) by f of it.
func replaceNth(re *regexp.Regexp, s string, k int, f func(string) string) string {
	loc := re.FindAllStringIndex(s, -1)
	if len(loc) == 0 {
		return s
	}
	l := loc[k%len(loc)]
	return s[:l[0]] + f(s[l[0]:l[1]]) + s[l[1]:]
}

// addStopIf adds item to the "Stop if" list, making the list if needed.
func addStopIf(body, item string) string {
	if i := strings.Index(body, "## Stop if\n\n"); i >= 0 {
		i += len("## Stop if\n\n")
		return body[:i] + item + body[i:]
	}
	return body + "\n## Stop if\n\n" + item
}

// removeStopIf removes the first point of the "Stop if" list.
func removeStopIf(body string) string {
	i := strings.Index(body, "## Stop if\n\n- ")
	if i < 0 {
		return body
	}
	i += len("## Stop if\n\n")
	j := strings.IndexByte(body[i:], '\n')
	if j < 0 {
		return body[:i]
	}
	return body[:i] + body[i+j+1:]
}

// newPages are the files addPage writes, by section.
var newPages = map[string][]string{
	"stretches": {
		"---\ntitle: A new one\nsummary: A new stretch for the calves.\ntype: static\nhold: 30s\nreps: 2\nsides: both\nregions: [calves]\nimages:\n  - src: zz-new.svg\n    alt: A new drawing.\n---\n\nSee [cat-cow](cat-cow.md).\n\n## How to do it\n\n1. Stand tall.\n2. Step back.\n\n## Stop if\n\n- Your calf cramps.\n",
		"---\ntitle: Neck roll\nsummary: Roll your neck.\ntype: dynamic\nreps: 5\nregions: [neck]\ncontraindications: [osteoporosis]\n---\n\nRoll slowly.\n",
		"---\ntitle: Broken\ntype: static\n---\n",
	},
	"routines": {
		"---\ntitle: Evening routine\nsummary: Three stretches before bed.\nstretches:\n  - ref: cat-cow\n  - ref: zz-new\n    reps: 2\n  - ref: childs-pose\n    notes: Rest here.\n---\n\nDo these before bed.\n",
		"---\ntitle: Tiny\nsummary: One stretch.\nstretches: [lunge]\n---\n",
	},
	"conditions": {
		"---\ntitle: Sciatica\nsummary: Pain down the leg.\n---\n\nAvoid [lunge](../stretches/lunge.md).\n",
		"---\ntitle: Sciatica\n---\n",
	},
	"articles": {
		"---\ntitle: Warming up\nsummary: Why and how to warm up.\nauthor: Jordan Ellery, PT\nupdated: 2026-09-01\n---\n\nWarm muscles stretch better. See [the basics](stretching-basics.md).\n",
	},
}

// addPage writes a new Markdown file, zz-new.md in a section (over the
// last one), or an empty one.
func (e *editor) addPage() []string {
	sec := one(e, sections)
	text := one(e, append(newPages[sec], ""))
	return e.write("content/"+sec+"/zz-new.md", text)
}

// siteFile returns a picture or Markdown file for deleteFile and renameFile.
func (e *editor) siteFile() string {
	if e.pick(3) == 0 {
		return one(e, pictures)
	}
	return e.pickPage()
}

// deleteFile removes a Markdown file or a picture.
func (e *editor) deleteFile() []string { return e.remove(e.siteFile()) }

// renameFile renames a Markdown file or picture within its folder, or into
// another section, as an editor or file manager would.
func (e *editor) renameFile() []string {
	from := e.siteFile()
	to := path.Join(path.Dir(from), "zz-renamed"+path.Ext(from))
	if e.pick(2) == 1 {
		to = "content/" + one(e, sections) + "/zz-renamed" + path.Ext(from)
	}
	if _, ok := e.read(from); !ok || from == to {
		return nil
	}
	if _, taken := e.read(to); taken {
		return nil
	}
	if err := os.MkdirAll(filepath.Dir(filepath.Join(e.dir, to)), 0o755); err != nil {
		panic(err)
	}
	if err := os.Rename(filepath.Join(e.dir, from), filepath.Join(e.dir, to)); err != nil {
		panic(err)
	}
	return []string{from, to}
}

// brokenMark is in every line breakYAML adds, and in the front matter's end
// line it spoils; fixYAML removes it.
const brokenMark = "zzbroken"

// breakYAML spoils the front matter of a Markdown file, or limber.yaml.
func (e *editor) breakYAML() []string {
	rel := e.pickPage()
	if e.pick(4) == 0 {
		rel = "limber.yaml"
	}
	text, ok := e.read(rel)
	if !ok {
		return nil
	}
	bad := []string{brokenMark + ": [unclosed\n", "\t" + brokenMark + ": tab\n", "title: Again " + brokenMark + ": x\n", brokenMark + ": \"open\n"}
	switch op := e.pick(len(bad) + 1); {
	case op < len(bad) && rel == "limber.yaml":
		text = bad[op] + text
	case op < len(bad):
		text = strings.Replace(text, "---\n", "---\n"+bad[op], 1)
	default: // the front matter never ends
		if i := strings.Index(text[min(len(text), 4):], "\n---\n"); i >= 0 {
			i += 4
			text = text[:i] + "\n---" + brokenMark + "\n" + text[i+5:]
		}
	}
	return e.write(rel, text)
}

// fixYAML undoes every breakYAML, saving the files it touched together.
func (e *editor) fixYAML() []string {
	var changed []string
	filepath.WalkDir(e.dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".md") && !strings.HasSuffix(p, ".yaml") {
			return nil
		}
		rel, _ := filepath.Rel(e.dir, p)
		text, _ := e.read(filepath.ToSlash(rel))
		var b strings.Builder
		for _, l := range strings.SplitAfter(text, "\n") {
			if l == "---"+brokenMark+"\n" {
				b.WriteString("---\n")
			} else if !strings.Contains(l, brokenMark) {
				b.WriteString(l)
			}
		}
		changed = append(changed, e.write(filepath.ToSlash(rel), b.String())...)
		return nil
	})
	return changed
}

// sampleFiles are the files restore puts back as the sample site has them.
var sampleFiles = []string{
	"limber.yaml", "content/stretches/knee-to-chest.md", "content/stretches/cat-cow.md", "content/stretches/lunge.md",
	"content/stretches/lumbar-twist.md", "content/stretches/quad-stretch.md", "content/routines/morning-back.md",
	"content/routines/desk-break.md", "content/conditions/osteoporosis.md", "content/articles/stretching-basics.md",
	"content/stretches/cat-cow.svg", "content/stretches/knee-to-chest.svg", "content/stretches/lunge.svg", "content/images/logo.svg",
}

// restore puts back a file of the sample site, or the whole site as the
// sample has it (every file rewritten, made or removed as needed, as a
// checkout would), so that a sequence that broke the site can mend it.
func (e *editor) restore() []string {
	if k := e.pick(len(sampleFiles) + 1); k < len(sampleFiles) {
		return e.restoreFile(sampleFiles[k])
	}
	var changed []string
	orig := sampleSite()
	for rel := range e.files() {
		if !orig[rel] {
			changed = append(changed, e.remove(rel)...)
		}
	}
	for rel := range orig {
		changed = append(changed, e.restoreFile(rel)...)
	}
	return changed
}

// sampleSite lists the files of the sample site: limber.yaml and content/.
func sampleSite() map[string]bool {
	out := map[string]bool{"limber.yaml": true}
	root := filepath.Join(sample.Dir(), "content")
	filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			rel, _ := filepath.Rel(root, p)
			out["content/"+filepath.ToSlash(rel)] = true
		}
		return nil
	})
	return out
}

// restoreFile puts back one file of the sample site.
func (e *editor) restoreFile(rel string) []string {
	data, err := os.ReadFile(filepath.Join(sample.Dir(), filepath.FromSlash(rel)))
	if err != nil {
		panic(err)
	}
	return e.write(rel, string(data))
}

// svgs are the drawings editPicture writes.
var svgs = []string{
	`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><path d="M1 1H9"/></svg>` + "\n",
	`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="4"/></svg>` + "\n",
	`<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>` + "\n",
	"<svg not closed\n",
}

// editPicture writes, rewrites or removes a picture.
func (e *editor) editPicture() []string {
	rel := one(e, pictures)
	if k := e.pick(len(svgs) + 1); k < len(svgs) {
		return e.write(rel, svgs[k])
	}
	return e.remove(rel)
}

// templateFiles are the files under templates/ that editTemplate writes:
// built-in ones (copied as they are, changed or broken) and a shared partial.
var templateFiles = []string{"stretch.html", "routine.html", "base.html", "_partials.html", "extra.html", "assets/style.css"}

// editTemplate adds, changes, breaks or removes a file under templates/.
func (e *editor) editTemplate() []string {
	name := one(e, templateFiles)
	rel := "templates/" + name
	builtin, _ := os.ReadFile(filepath.Join(sample.Dir(), "templates", filepath.FromSlash(name)))
	text := string(builtin)
	if name == "extra.html" {
		text = `{{define "extra"}}<p>extra</p>{{end}}` + "\n"
	}
	switch e.pick(5) {
	case 0:
		return e.write(rel, text)
	case 1:
		return e.write(rel, strings.Replace(text, "\n", "\n<!-- a site's own -->\n", 1))
	case 2: // a field no page has: an error when a page is rendered
		for _, at := range []string{"{{define \"main\" -}}", "<main id=\"main\" tabindex=\"-1\">"} {
			if strings.Contains(text, at) {
				return e.write(rel, strings.Replace(text, at, at+"{{.Page.NoSuchField}}", 1))
			}
		}
		return e.write(rel, text+"{{.Page.NoSuchField}}\n")
	case 3:
		return e.write(rel, text+"{{if}}\n")
	}
	return e.remove(rel)
}

// configValues are the values editConfig sets in limber.yaml, by key.
var configValues = map[string][]string{
	"title":    {" Renamed Clinic", ` ""`, " Back Care Stretches"},
	"base_url": {" /", " https://clinic.example.org/handouts/", " /sub/dir/", " ftp://x", removeKey},
	"paper":    {" letter", " a4", " tabloid", removeKey},
	"language": {" en", " fr", " not a language!", removeKey},
	"check": {"\n  max_routine_stretches: 3", "\n  review_max_age_months: 1", "\n  jargon: [stretch, supine]",
		"\n  off:\n    hold-time: our readers are clinicians", "\n  off:\n    nope-rule: why", "\n  max_routine_stretches: lots", removeKey},
	"disclaimer": {" Ask your therapist first.", removeKey},
}

// equivConfigKeys are the keys of limber.yaml that editConfig sets.
var equivConfigKeys = []string{"title", "base_url", "paper", "language", "check", "disclaimer"}

// editConfig sets a key of limber.yaml.
func (e *editor) editConfig() []string {
	key := one(e, equivConfigKeys)
	val := one(e, configValues[key])
	text, ok := e.read("limber.yaml")
	if !ok {
		return nil
	}
	return e.write("limber.yaml", setKey(text, key, val))
}
