package dosage

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// ParseDuration reads a hold time written by an author: a whole number of
// seconds or minutes with a unit, or minutes and seconds together, such as
// "30s", "45 s", "1m", "1m30s", "1 min 30 sec", "90 seconds". Spaces and case
// do not matter. The result is at least one second and at most one hour.
func ParseDuration(s string) (time.Duration, error) {
	in := strings.ToLower(strings.Join(strings.Fields(s), ""))
	if in == "" {
		return 0, fmt.Errorf("empty duration: write it like 30s, 1m or 1m30s")
	}
	var total, last time.Duration
	for in != "" {
		n, unit, rest, err := nextPart(in)
		if err == nil {
			err = checkOrder(n, unit, last)
		}
		if err != nil {
			return 0, fmt.Errorf("%q is not a duration: %v (write it like 30s, 1m or 1m30s)", s, err)
		}
		total += time.Duration(n) * unit
		in, last = rest, unit
	}
	if total > time.Hour {
		return 0, fmt.Errorf("%q is longer than an hour", s)
	}
	if total < time.Second {
		return 0, fmt.Errorf("%q is shorter than a second", s)
	}
	return total, nil
}

// checkOrder allows each unit once, minutes before seconds, and seconds
// under 60 when minutes came first, so that "30s 30s" or "1m 90s" is never
// read as a dose the author did not mean.
func checkOrder(n int, unit, last time.Duration) error {
	switch {
	case last == 0:
		return nil
	case unit >= last:
		return fmt.Errorf("write minutes once, then seconds once")
	case n >= 60:
		return fmt.Errorf("after minutes, seconds must be under 60")
	}
	return nil
}

// unitNames lists the spellings of each unit, longest first.
type unitNames struct {
	names []string
	unit  time.Duration
}

func units() [2]unitNames {
	return [2]unitNames{
		{[]string{"minutes", "minute", "mins", "min", "m"}, time.Minute},
		{[]string{"seconds", "second", "secs", "sec", "s"}, time.Second},
	}
}

// nextPart reads one "<digits><unit>" from the front of s.
func nextPart(s string) (int, time.Duration, string, error) {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == 0 {
		return 0, 0, "", fmt.Errorf("expected a whole number at %q", s)
	}
	if i > 4 {
		return 0, 0, "", fmt.Errorf("number %s is too large", s[:i])
	}
	n, _ := strconv.Atoi(s[:i])
	rest := s[i:]
	for _, u := range units() {
		for _, name := range u.names {
			if strings.HasPrefix(rest, name) {
				return n, u.unit, rest[len(name):], nil
			}
		}
	}
	if rest == "" {
		return 0, 0, "", fmt.Errorf("missing unit after %d (add s for seconds or m for minutes)", n)
	}
	return 0, 0, "", fmt.Errorf("unknown unit %q", rest)
}
