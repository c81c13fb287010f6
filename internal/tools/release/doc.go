// Package release pins the tools that make and check limber's releases,
// GoReleaser and actionlint, in a module of its own, so that limber's own
// go.mod stays small and `go install` of limber never fetches them. Run them
// from the top of the repository with
//
//	go tool -modfile=internal/tools/release/go.mod goreleaser check
//	go tool -modfile=internal/tools/release/go.mod actionlint
//
// Its tests hold .goreleaser.yaml to what a release needs, read with
// GoReleaser's own strict configuration loader, without building GoReleaser.
package release
