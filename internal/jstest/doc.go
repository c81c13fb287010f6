// Package jstest runs the unit tests of limber's browser modules
// (templates/assets/*.js) with Node's built-in test runner, from go test.
//
// The *.test.mjs files here check each module against a table that a Go
// package writes into its testdata (go test -update): program.js against
// internal/program's addresses, dosage.js against internal/dosage's
// sentences, advice.js against internal/check's dosage advice. So the
// browser and limber say the same things because a test holds them to it.
//
// The tests need Node 20 or later; without it they skip, except under
// CI=true, where they fail.
package jstest
