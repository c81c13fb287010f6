//go:build !linux

package content

import "os"

// openBeneath opens rel beneath the folder dir for reading; see openInRoot.
func openBeneath(dir, rel string) (*os.File, error) { return openInRoot(dir, rel) }
