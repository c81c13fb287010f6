//go:build !linux

package output

import (
	"errors"
	"os"
)

// beneath is Linux's fast way to write inside the build folder; elsewhere
// openBeneath always fails and the Tx uses os.Root.
type beneath struct{}

// openBeneath reports that there is no fast way here.
func openBeneath(string) (*beneath, error) { return nil, errors.New("openat2 is Linux only") }

func (*beneath) close()                                 {}
func (*beneath) mkdir(string) error                     { return errors.ErrUnsupported }
func (*beneath) writeFile(string, []byte) error         { return errors.ErrUnsupported }
func (*beneath) copyFile(string, *os.File, int64) error { return errors.ErrUnsupported }
