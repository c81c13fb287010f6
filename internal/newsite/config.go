package newsite

// configText is the commented limber.yaml of a new site. Every key has one
// line that says what it is; the full reference is "limber help content".
const configText = `# Settings of this site. Every key is optional; "limber help content" (the
# section "limber.yaml") explains each one in full.

# The site's name, shown in the header, on the home page and in browser tabs.
title: Stretching guides
# Where the site lives: "/" or a full address such as https://stretch.example.org/.
# The deploy files pass the real address with --base-url, so "/" is fine here.
base_url: /
# The language of the pages, as a tag such as en, en-US, es or fr-CA.
language: en
# Who publishes the site, shown in the footer and on printed sheets.
clinic:
  name: Your Clinic             # the clinic's name
  phone: 555-0100               # shown as a link that phones the number
  address: 1 Example Street     # shown in the footer
  # logo: images/logo.svg       # a picture under content/ (content/images/logo.svg)
# The paper printed sheets are laid out for: letter or a4. Leave it out for both.
# paper: letter
# Shown at the bottom of every page; leave it out for limber's own wording.
disclaimer: >-
  This is general advice, not a plan made for you. Ask your physical
  therapist or doctor before you start. Stop any stretch that hurts.
`

// gitignoreText keeps the built site out of the site's repository.
const gitignoreText = `# limber build writes the site here (the deploy builds it again), and
# keeps a lock file beside it while it builds.
/public/
/.public.limber-lock
`

// readmeText is the README of a new site, for the clinic. %[1]s is the
// pinned limber version and %[2]s the module path of the command.
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
