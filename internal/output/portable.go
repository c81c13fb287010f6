package output

import (
	"fmt"
	"strings"
)

// CheckPortable reports whether Windows can hold every part of the slash
// path rel, which CheckPath has accepted: no part may contain < > : " | ? *,
// end in a dot or a space, or be a device name (CON, PRN, AUX, NUL, COM0
// to COM9, LPT0 to LPT9, in any case, with or without an extension, such as
// "aux.svg"). limber builds on every system, but a site's files travel: a
// clinic's repository is cloned on Windows, and a host may store files on
// it, so such a name is refused everywhere.
func CheckPortable(rel string) error {
	for part := range strings.SplitSeq(rel, "/") {
		switch {
		case strings.ContainsAny(part, `<>:"|?*`):
			return fmt.Errorf("%q has one of < > : \" | ? *, which Windows does not allow in a name", part)
		case strings.HasSuffix(part, ".") || strings.HasSuffix(part, " "):
			return fmt.Errorf("%q ends in a dot or a space, which Windows drops", part)
		case isDeviceName(part):
			return fmt.Errorf("%q is a device name on Windows, which no file may have", part)
		}
	}
	return nil
}

// isDeviceName reports whether Windows reads the name part, up to its first
// dot and without trailing spaces, as a device.
func isDeviceName(part string) bool {
	base, _, _ := strings.Cut(part, ".")
	base = strings.ToUpper(strings.TrimRight(base, " "))
	switch base {
	case "CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$":
		return true
	}
	if len(base) == 4 && (strings.HasPrefix(base, "COM") || strings.HasPrefix(base, "LPT")) {
		return base[3] >= '0' && base[3] <= '9'
	}
	for _, sup := range []string{"¹", "²", "³"} {
		if base == "COM"+sup || base == "LPT"+sup {
			return true
		}
	}
	return false
}
