package dosage

import (
	"fmt"
	"strings"
	"time"
)

// words is how one language says a dose: the sentences of Sentence with
// %s for a duration and %d for a number, and the units of a duration.
// templates/assets/dosage.js holds the same words (internal/jstest checks
// them against testdata/sentences.json).
type words struct {
	hold, pnf, pause string // each with %s for the duration
	once, repeat     string // repeat has %d for the reps
	sides            map[Sides]string
	slowly           string
	sets             string    // %d sets, said only for 2 or more
	minute, second   [2]string // the unit for 1, and for any other number
	and              string    // between the minutes and the seconds
}

// Languages lists the language tags the dosage sentence is written in,
// English first.
func Languages() []string { return []string{"en", "es"} }

// wordsFor returns the words of tag's language ("es" for "es-MX"), or
// English for a language it has none for.
func wordsFor(tag string) words {
	base, _, _ := strings.Cut(tag, "-")
	if base == "es" {
		return words{
			hold:   "Quédese así %s.",
			pnf:    "Empuje suave contra el estiramiento unos segundos, relájese y luego quédese así %s.",
			pause:  "Pare %s al final de cada movimiento.",
			once:   "Hágalo una vez",
			repeat: "Repita %d veces",
			sides:  map[Sides]string{Both: " de cada lado", Left: " del lado izquierdo", Right: " del lado derecho"},
			slowly: ", despacio",
			sets:   "Haga %d series.",
			minute: [2]string{"minuto", "minutos"}, second: [2]string{"segundo", "segundos"},
			and: " y ",
		}
	}
	return words{
		hold:   "Hold %s.",
		pnf:    "Push gently against the stretch for a few seconds, relax, then hold %s.",
		pause:  "Pause %s at the end of each move.",
		once:   "Do this once",
		repeat: "Repeat %d times",
		sides:  map[Sides]string{Both: " on each side", Left: " on your left side", Right: " on your right side"},
		slowly: ", slowly",
		sets:   "Do %d sets.",
		minute: [2]string{"minute", "minutes"}, second: [2]string{"second", "seconds"},
		and: " ",
	}
}

// duration writes t in whole minutes and seconds: "1 minute 30 seconds".
func (w words) duration(t time.Duration) string {
	secs := int(t / time.Second)
	m, s := secs/60, secs%60
	var parts []string
	if m > 0 {
		parts = append(parts, count(m, w.minute))
	}
	if s > 0 || m == 0 {
		parts = append(parts, count(s, w.second))
	}
	return strings.Join(parts, w.and)
}

// count writes n with its unit: forms[0] for 1, forms[1] for any other n.
func count(n int, forms [2]string) string {
	if n == 1 {
		return "1 " + forms[0]
	}
	return fmt.Sprintf("%d %s", n, forms[1])
}
