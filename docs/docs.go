// Package docs holds limber's reference pages, the Markdown files in this
// folder, embedded in the limber binary so that "limber help TOPIC" prints
// the same text as the repository has: they cannot drift apart.
package docs

import (
	"embed"
	"strings"
)

//go:embed *.md
var files embed.FS

// Topic is one help topic: the name "limber help NAME" takes, its page in
// this folder and a line that says what it covers.
type Topic struct {
	Name, File, Summary string
}

// Topics lists the help topics in the order "limber help" shows them.
func Topics() []Topic {
	return []Topic{
		{"content", "content.md", "how to write stretches, routines, conditions and articles, and limber.yaml"},
		{"check", "check.md", "what limber check looks for, and how to silence a finding"},
		{"serve", "serve.md", "previewing the site while you write"},
		{"programs", "programs.md", "programs for each patient, made with the builder page"},
		{"catalogue", "catalogue.md", "the catalogue of stretches the build writes in JSON"},
		{"windows", "windows.md", "what differs on Windows and macOS"},
	}
}

// Text returns the Markdown of the topic name, or false if there is no such
// topic.
func Text(name string) (string, bool) {
	for _, t := range Topics() {
		if t.Name == name {
			data, err := files.ReadFile(t.File)
			return strings.TrimRight(string(data), "\n") + "\n", err == nil
		}
	}
	return "", false
}
