// Package deploytest checks limber's deploy settings against the site they
// publish. Its tests read netlify.toml and .github/workflows/pages.yml at the
// top of the repository, build the bundled sample site, and check that:
//
//   - every page gets the security headers (Content-Security-Policy,
//     X-Content-Type-Options, Referrer-Policy, X-Frame-Options) and that no
//     page has an inline script, a <style> element, a style="" or on...=""
//     attribute, or a resource from elsewhere that the policy would block;
//   - limber serve sends the same security headers, so that a preview
//     breaks where the published site would;
//   - no file gets the same header from two rules, and the templates'
//     assets, which are not fingerprinted, are not cached for long;
//   - each Netlify deploy context builds for its own address ($URL or
//     $DEPLOY_PRIME_URL), with a Go at least as new as go.mod's;
//   - the GitHub Pages workflow is valid YAML with the official Pages
//     actions, pinned to a major version, building for configure-pages'
//     base_url.
//
// The package has no code of its own, only tests: it tests files of the
// repository, not a package, and it is kept apart from internal/pipeline so
// that its TOML and YAML reading stays out of the build's tests.
package deploytest
