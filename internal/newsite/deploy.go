package newsite

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/limber/limber/internal/devserver"
)

// HeaderRule is one [[headers]] table of netlify.toml: a path pattern and
// the headers Netlify sends with the files it matches.
type HeaderRule struct {
	For    string
	Values map[string]string
}

// assetsCache is the Cache-Control of the templates' stylesheets and
// script, whose names do not change when their contents do: ten minutes.
const assetsCache = "public, max-age=600"

// HeaderRules returns the headers a published site sends: the security
// headers limber serve sends too (devserver.SecurityHeaders) on every file,
// and a short cache for /assets/*. This repository's netlify.toml must have
// the same rules (a test in internal/deploytest keeps them equal).
func HeaderRules() []HeaderRule {
	return []HeaderRule{
		{For: "/*", Values: devserver.SecurityHeaders()},
		{For: "/assets/*", Values: map[string]string{"Cache-Control": assetsCache}},
	}
}

// pin is how a deploy file names the limber to install: a version, with a
// comment when it is not a release.
func (o Options) pin() (version, comment string) {
	if o.Pinned {
		return o.Version, ""
	}
	return "latest", "This site was made by a development build of limber (" + o.Version +
		"): pin a release here, such as v1.2.3, so that every deploy builds with the same limber"
}

// netlifyText returns netlify.toml: build with the pinned limber for the
// deploy's own address, publish public/, and send HeaderRules.
func netlifyText(o Options) string {
	v, comment := o.pin()
	var b strings.Builder
	b.WriteString(`# Netlify: connect this site's repository in Netlify and deploy; nothing
# needs to be set by hand. Each build installs limber LIMBER_VERSION with Go
# GO_VERSION and builds the site for the deploy's address: Netlify sets $URL
# to the site's main address and $DEPLOY_PRIME_URL to a preview's.
# To upgrade limber, change LIMBER_VERSION here and in
# .github/workflows/pages.yml.

[build]
  command = '` + netlifyCommand("$URL") + `'
  publish = "public"

[build.environment]
`)
	if comment != "" {
		b.WriteString("  # " + comment + "\n")
	}
	fmt.Fprintf(&b, "  LIMBER_VERSION = %s\n  GO_VERSION = %s\n", tomlString(v), tomlString(o.GoVersion))
	b.WriteString(`
[context.production]
  command = '` + netlifyCommand("$URL") + `'

# A deploy preview and a branch deploy are built for their own address.
[context.deploy-preview]
  command = '` + netlifyCommand("$DEPLOY_PRIME_URL") + `'

[context.branch-deploy]
  command = '` + netlifyCommand("$DEPLOY_PRIME_URL") + `'

# The headers of every file, the same as limber serve sends: pages load
# scripts, styles and pictures from this site only ("limber help serve").
`)
	writeHeaders(&b)
	return b.String()
}

// netlifyCommand is the build command for the base URL in the variable.
func netlifyCommand(baseVar string) string {
	return `go install ` + Module + `@"$LIMBER_VERSION" && "$(go env GOPATH)/bin/limber" build --base-url "` + baseVar + `"`
}

// writeHeaders writes HeaderRules as [[headers]] tables, keys sorted.
func writeHeaders(b *strings.Builder) {
	for i, r := range HeaderRules() {
		if i > 0 {
			b.WriteString("\n")
		}
		fmt.Fprintf(b, "[[headers]]\n  for = %s\n  [headers.values]\n", tomlString(r.For))
		for _, k := range slices.Sorted(maps.Keys(r.Values)) {
			fmt.Fprintf(b, "    %s = %s\n", k, tomlString(r.Values[k]))
		}
	}
}

// tomlString writes s as a TOML basic string.
func tomlString(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(s) + `"`
}

// workflowText returns .github/workflows/pages.yml: check and build the site
// with the pinned limber for the address GitHub gives it, and publish it.
func workflowText(o Options) string {
	v, comment := o.pin()
	if comment != "" {
		comment = "  # " + comment + "\n"
	}
	return fmt.Sprintf(workflowTemplate, comment, v, o.GoVersion, Module)
}

// workflowTemplate is pages.yml with %[1]s for a comment on the version,
// %[2]s the version, %[3]s the Go version and %[4]s the package to install.
const workflowTemplate = `# GitHub Pages: check and build the site with limber and publish it, on
# every push to main (and by hand from the Actions tab). Once only, in the
# repository's Settings > Pages, set "Source" to "GitHub Actions".
# To upgrade limber, change LIMBER_VERSION here and in netlify.toml.
name: Deploy to GitHub Pages

on:
  push:
    branches: [main]
  workflow_dispatch:

permissions:
  contents: read
  pages: write
  id-token: write

concurrency:
  group: pages
  cancel-in-progress: false

env:
%[1]s  LIMBER_VERSION: %[2]s
  GO_VERSION: "%[3]s"

jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - name: Check out
        uses: actions/checkout@v6
        with:
          persist-credentials: false
      - name: Set up Go
        uses: actions/setup-go@v6
        with:
          go-version: ${{ env.GO_VERSION }}
          # The cache is keyed on this file, which names the limber version.
          cache-dependency-path: .github/workflows/pages.yml
      - name: Install limber
        run: go install %[4]s@"$LIMBER_VERSION"
      - name: Check the site
        run: limber check
      - name: Find the site's address
        id: pages
        uses: actions/configure-pages@v5
      - name: Build the site into public/
        env:
          BASE_URL: ${{ steps.pages.outputs.base_url }}
        run: limber build --base-url "$BASE_URL"
      - name: Upload public/
        uses: actions/upload-pages-artifact@v4
        with:
          path: public

  deploy:
    needs: build
    runs-on: ubuntu-latest
    environment:
      name: github-pages
      url: ${{ steps.deployment.outputs.page_url }}
    steps:
      - name: Publish to GitHub Pages
        id: deployment
        uses: actions/deploy-pages@v4
`
