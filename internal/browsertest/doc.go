// Package browsertest proves limber's printed pages in a real browser. Its
// tests build the sample site, serve it on 127.0.0.1 and drive the system
// Chromium through playwright-core (print.mjs, a Node script) to print every
// routine sheet to PDF on US Letter and A4. poppler-utils count the pages
// and render them to PNG; zbarimg reads the QR code back. TestLiveReload
// runs limber serve's server and drives a tab through edits with live.mjs:
// the tab reloads by itself, keeps its scroll position, and shows and
// clears the problem overlay. TestPagesAreValidHTML runs the Nu HTML
// Checker (npm's vnu-jar, on the system Java) over every HTML and CSS file
// of the sample site, built for "/" and for an absolute base URL with a
// path. TestPagesAreAccessible runs axe-core (axe.mjs) in Chromium for WCAG
// 2.1 A and AA on a page of each kind, on a wide and a narrow screen, and
// the sheets in print too.
//
// The package has no code of its own, only tests. They skip when a tool is
// missing, except under CI=true, where a missing tool fails them. Install
// the tools with:
//
//	apt-get install -y chromium poppler-utils zbar-tools fonts-liberation default-jre-headless
//	npm ci --prefix internal/browsertest --ignore-scripts
//
// Set LIMBER_ARTIFACTS to a folder to keep the PDFs and PNGs; without it
// they are kept only when a test fails.
package browsertest
