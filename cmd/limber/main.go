// Command limber builds a static website of stretching guides from Markdown.
// Run "limber help" for its commands.
package main

import (
	"os"

	"github.com/limber/limber/internal/cli"
)

func main() {
	os.Exit(cli.Main(os.Args[1:], os.Stdout, os.Stderr))
}
