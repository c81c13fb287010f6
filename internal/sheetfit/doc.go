// Package sheetfit estimates, without a browser, how many pages a routine's
// printed sheet takes on US Letter and on A4. It measures text with the
// metrics of Liberation Sans (the Arial-metric font the sheets ask for,
// bundled here under the SIL Open Font License, see fonts/OFL.txt), wraps
// paragraphs the way a browser does, and lays the sheet out with the box
// model of templates/assets/sheet.css. Every guess it makes errs towards
// more pages: it must never say one page when Chromium prints two.
package sheetfit
