package newsite

import (
	"fmt"
	"strings"

	"github.com/limber/limber/internal/site"
)

// configText returns the commented limber.yaml of a new site in langs,
// the default first: its title and disclaimer are in the default language.
// Every key has a comment that says what it is; the full reference is
// "limber help content".
func configText(langs []string) string {
	def := languageOf(langs[0])
	return fmt.Sprintf(configTemplate, def.title, languageLines(langs), folded(def.disclaimer, 76))
}

// languageLines is limber.yaml's language or languages, with a comment
// that says how to add the other language, or where the translations go.
func languageLines(langs []string) string {
	if len(langs) == 1 {
		other := otherLanguage(langs)
		return fmt.Sprintf(`# The language of the pages, as a tag such as en, en-US, es or fr-CA. To add
# %[1]s, write languages: [%[2]s, %[3]s] in its place (the default first), and
# put a translation beside each page, such as name.%[3]s.md ("limber new
# stretch NAME --lang %[3]s" starts one; "limber help content", the section
# "Translating a site", says how).
language: %[2]s
`, site.LanguageName(other), langs[0], other)
	}
	var others []string
	for _, c := range langs[1:] {
		others = append(others, fmt.Sprintf("%s under /%s/", site.LanguageName(c), c))
	}
	return fmt.Sprintf(`# The languages of the pages, the default first. Each page is a file in
# content/ (name.md), with its translations beside it (name.%[2]s.md), which
# are published apart: %[3]s. templates/lang/ holds the site's
# title, disclaimer and body regions in each language ("limber help content",
# the section "Translating a site", says how).
languages: [%[1]s]
`, strings.Join(langs, ", "), langs[1], strings.Join(others, ", "))
}

// folded writes s as the lines of a YAML folded block (after ">-"), each
// indented two spaces and at most width long where the words allow.
func folded(s string, width int) string {
	var b strings.Builder
	line := 0
	for _, w := range strings.Fields(s) {
		if line > 0 && line+1+len(w) > width {
			b.WriteString("\n")
			line = 0
		}
		if line == 0 {
			b.WriteString("  " + w)
			line = 2 + len(w)
			continue
		}
		b.WriteString(" " + w)
		line += 1 + len(w)
	}
	return b.String() + "\n"
}

// configTemplate is limber.yaml with %[1]s for the title, %[2]s the
// language lines and %[3]s the disclaimer's lines.
const configTemplate = `# Settings of this site. Every key is optional; "limber help content" (the
# section "limber.yaml") explains each one in full.

# The site's name, shown in the header, on the home page and in browser tabs.
title: %[1]s
# Where the site lives: "/" or a full address such as https://stretch.example.org/.
# The deploy files pass the real address with --base-url, so "/" is fine here.
base_url: /
%[2]s# Who publishes the site, shown in the footer and on printed sheets.
clinic:
  name: Your Clinic             # the clinic's name
  phone: 555-0100               # shown as a link that phones the number
  address: 1 Example Street     # shown in the footer
  # logo: images/logo.svg       # a picture under content/ (content/images/logo.svg)
# The paper printed sheets are laid out for: letter or a4. Leave it out for both.
# paper: letter
# Shown at the bottom of every page; leave it out for limber's own wording.
disclaimer: >-
%[3]s`

// gitignoreText keeps the built site out of the site's repository.
const gitignoreText = `# limber build writes the site here (the deploy builds it again), and
# keeps a lock file beside it while it builds.
/public/
/.public.limber-lock
`

// readmeText is the README of a new site, for the clinic. %[1]s is the
// pinned limber version, %[2]s the module path of the command and %[3]s
// the section "Translate" (translateText).
const readmeText = `# Our stretching guides

This site is built with [limber](https://github.com/limber/limber) %[1]s. The
handouts are Markdown files under content/; the settings are in limber.yaml.

## Write

- content/stretches/, content/routines/, content/conditions/ and
  content/articles/ hold one file per page. Start a new one with
  ` + "`limber new stretch \"Cat-cow\"`" + ` (it starts as a draft).
- ` + "`limber help content`" + ` explains every field; ` + "`limber help`" + ` lists the other topics.

## Preview

    limber serve

opens a preview at http://localhost:1313/ that reloads whenever you save a file.

## Check

    limber check --strict

lists every problem and every advice limber has, with the file and line.

%[3]s
## Print

Every routine gets a sheet a patient takes home: open the routine's page in
the preview or on the published site, follow Print sheet, then print it (with
a QR code back to the page). ` + "`limber help content`" + ` says how a sheet
is laid out; ` + "`limber help programs`" + ` how to print one for a patient.

## Publish

- **Netlify**: push this folder to a Git repository and connect it in
  Netlify. netlify.toml has everything: the build command, the Go version and
  the security headers.
- **GitHub Pages**: push this folder to a GitHub repository, then under
  Settings, Pages, choose "GitHub Actions" as the source.
  .github/workflows/pages.yml checks and builds the site on every push to main.

Both install limber itself with
` + "`go install %[2]s@%[1]s`" + `.

## Upgrade

The limber version is named on one line in each deploy file: LIMBER_VERSION
in netlify.toml and in .github/workflows/pages.yml. To upgrade, change both to
the new version (such as v1.4.0), install the same version on your own
computer, run ` + "`limber check --strict`" + `, and push.
`

// translateText returns the README's section "Translate" for a site in
// langs, the default first: how to translate a page into the second
// language, or how to add one when there is no second.
func translateText(langs []string) string {
	def, other := langs[0], otherLanguage(langs)
	name := site.LanguageName(other)
	var b strings.Builder
	b.WriteString("## Translate\n\n")
	if len(langs) == 1 {
		fmt.Fprintf(&b, "To add %[1]s pages, change `language: %[2]s` in limber.yaml to\n"+
			"`languages: [%[2]s, %[3]s]` (the default first), and start each page's\n"+
			"translation beside it:\n\n"+
			"    limber new stretch knee-to-chest --lang %[3]s\n\n"+
			"writes content/stretches/knee-to-chest.%[3]s.md, for the page's own words\n"+
			"(title, summary and text); the dose and the other facts come from\n"+
			"knee-to-chest.md. Name the body regions and equipment in %[1]s in\n"+
			"templates/lang/%[3]s.yaml.\n", name, def, other)
	} else {
		fmt.Fprintf(&b, "This site is in %[1]s (limber.yaml's languages, the\n"+
			"default first). Each page in content/ has its %[2]s translation beside it,\n"+
			"such as content/stretches/knee-to-chest.%[3]s.md: its own words (title,\n"+
			"summary and text), with the dose and the other facts from knee-to-chest.md.\n"+
			"After `limber new stretch \"Cat-cow\"`, start its translation with\n\n"+
			"    limber new stretch cat-cow --lang %[3]s\n\n"+
			"templates/lang/%[3]s.yaml names the site's title, disclaimer, body regions and\n"+
			"equipment in %[2]s: add each new region or piece of equipment there.\n",
			languageList(langs), name, other)
	}
	b.WriteString("`limber check --strict` checks each page in its own language; `limber help\n" +
		"content` (the section \"Translating a site\") says more.\n")
	return b.String()
}

// otherLanguage is the language a README's example translates into: the
// site's second, else the first one init offers that the site lacks.
func otherLanguage(langs []string) string {
	if len(langs) > 1 {
		return langs[1]
	}
	for _, c := range Known() {
		if c != langs[0] {
			return c
		}
	}
	return langs[0]
}

// languageList names langs in English: "English and Spanish".
func languageList(langs []string) string {
	var names []string
	for _, c := range langs {
		names = append(names, site.LanguageName(c))
	}
	last := len(names) - 1
	if last == 0 {
		return names[0]
	}
	return strings.Join(names[:last], ", ") + " and " + names[last]
}
