package browsertest

import (
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// variedStretch is a generated stretch as drawn, before it is written in
// a language: the same drawing gives a stretch and its translation.
type variedStretch struct {
	slug    string
	title   int    // which of a language's stretchTitles
	sides   bool   // done on both sides
	picture string // one of pictures, or ""
	steps   [][]variedSentence
	stopIf  int // how many of a language's stopIf points
}

// variedSentence is a sentence of a step: which of a language's
// sentences, and where its words in bold start (bold < 0 for none) in the
// English sentence of that many words, which a translation scales to its
// own.
type variedSentence struct {
	n, bold, words int
}

// variedRoutine is a generated routine as drawn.
type variedRoutine struct {
	slug      string
	n         int // its number, from 1
	long      bool
	stretches []string
}

// drawVaried draws routines of 1 to 8 stretches with rng.
func drawVaried(rng *rand.Rand, routines int) ([]variedRoutine, []variedStretch) {
	var rs []variedRoutine
	var sts []variedStretch
	for i := range routines {
		r := variedRoutine{slug: fmt.Sprintf("gen-%02d", i+1), n: i + 1}
		for range 1 + rng.IntN(8) {
			st := drawStretch(rng, len(sts)+1)
			sts = append(sts, st)
			r.stretches = append(r.stretches, st.slug)
		}
		r.long = rng.IntN(3) == 0
		rs = append(rs, r)
	}
	return rs, sts
}

// drawStretch draws stretch number n with one to six steps of one to four
// sentences, a few of them with words in bold, zero to three stop-if
// points, and at random a picture and both sides.
func drawStretch(rng *rand.Rand, n int) variedStretch {
	st := variedStretch{slug: fmt.Sprintf("gen-stretch-%03d", n), title: rng.IntN(3)}
	st.sides = rng.IntN(3) == 0
	if rng.IntN(2) == 0 {
		st.picture = pictures[rng.IntN(len(pictures))]
	}
	for range 1 + rng.IntN(6) {
		var step []variedSentence
		for range 1 + rng.IntN(4) {
			s := variedSentence{n: rng.IntN(len(sentences)), bold: -1}
			if rng.IntN(4) == 0 { // a few words in bold, as handouts stress them
				s.words = len(strings.Fields(sentences[s.n]))
				s.bold = rng.IntN(s.words)
			}
			step = append(step, s)
		}
		st.steps = append(st.steps, step)
	}
	st.stopIf = rng.IntN(4)
	return st
}

// tongue is the words generated pages are written in, in one language.
type tongue struct {
	lang          string // "" for the site's default language, English
	stretchTitles []string
	sentences     []string // without their full stop
	stopIf        []string
	// stretchHead is a stretch's front matter after its title: its
	// summary, and in English its facts.
	stretchHead string
	stepsHead   string // the heading of the steps, "## How to do it"
	stopHead    string
	routine     string // a routine's title, %d its number
	longer      string // what a long title adds
	// routineHead is a routine's front matter after its title, up to its
	// stretches.
	routineHead string
	body        string // the body of every generated page
}

// english is the words of the generated pages in English.
var english = tongue{
	stretchTitles: []string{"Stretch", "Seated stretch", "Standing stretch for the back of the thigh"},
	sentences:     sentences,
	stopIf:        []string{"You feel sharp pain.", "Your arm or leg goes numb or tingles.", "You feel dizzy or short of breath."},
	stretchHead:   "summary: A generated stretch.\ntype: static\nhold: 30s\nreps: 3\nregions: [hips]\n",
	stepsHead:     "## How to do it", stopHead: "## Stop if",
	routine: "Generated routine %d", longer: " for the neck, the shoulders and the upper back after a long day at a desk",
	routineHead: "summary: Stretches with as much to say as most handouts written before limber.\n" +
		"frequency: daily\nduration: 20 minutes\nwarmup: Walk or march in place for 5 minutes.\n" +
		"updated: 2026-01-15\nreviewed_by: Sam Okafor, PT\n",
	body: "A page made by the browser test.",
}

// spanish is the words of the generated pages in Spanish: the same
// sentences as english's, in the order of theirs, with Spanish's longer
// words, accents, ñ and inverted marks.
var spanish = tongue{
	lang:          "es",
	stretchTitles: []string{"Estiramiento", "Estiramiento sentado", "Estiramiento de pie para la parte de atrás del muslo"},
	sentences: []string{
		"Siéntese derecho en una silla firme, con los pies bien apoyados en el suelo",
		"Suelte el aire lentamente mientras se mueve",
		"Mantenga los hombros bajos y relajados, lejos de las orejas, durante todo el tiempo que aguante el estiramiento",
		"Muévase únicamente hasta notar una tensión suave",
		"Si siente dolor, vuelva un poco atrás hasta que la tensión sea suave otra vez",
		"Apóyese con una mano en el respaldo de una silla o en la encimera si no se siente estable",
		"Descanse la cabeza sobre una almohada o una toalla doblada",
		"Acerque despacio la rodilla al pecho y sujétela con las dos manos por detrás del muslo",
		"¡No rebote!",
		"¿Le cuesta respirar? Cuente en voz alta para no aguantar el aire",
		"Gire la cabeza para mirar por encima del hombro y después vuelva despacio al centro",
		"Mantenga la espalda recta y los músculos de la barriga ligeramente apretados, como si esperara un pequeño empujón",
	},
	stopIf:      []string{"Siente un dolor agudo o punzante.", "Se le duerme o le hormiguea el brazo o la pierna.", "Se marea o le falta el aire."},
	stretchHead: "summary: Un estiramiento generado.\n",
	stepsHead:   "## Cómo hacerlo", stopHead: "## Pare si",
	routine: "Rutina generada %d", longer: " para el cuello, los hombros y la parte alta de la espalda después de un día largo en el escritorio",
	routineHead: "summary: Estiramientos con tanto que decir como la mayoría de las hojas escritas antes de limber.\n" +
		"frequency: a diario, por la mañana y por la tarde\nduration: 20 minutos\n" +
		"warmup: Camine o marche en el sitio durante 5 minutos.\nupdated: 2026-01-15\nreviewed_by: Sam Okafor, PT\n",
	body: "Una página hecha por la prueba del navegador, con su año, su señal y su mañana.",
}

// file returns the path of a page of section with slug in the tongue's
// language under dir.
func (tg *tongue) file(dir, section, slug string) string {
	if tg.lang != "" {
		slug += "." + tg.lang
	}
	return filepath.Join(dir, "content", section, slug+".md")
}

// writeStretch writes a drawn stretch in the tongue's words; a
// translation takes the original's facts and pictures.
func (tg *tongue) writeStretch(t *testing.T, dir string, st variedStretch) {
	t.Helper()
	var b strings.Builder
	fmt.Fprintf(&b, "---\ntitle: %s %s\n%s", tg.stretchTitles[st.title], strings.TrimPrefix(st.slug, "gen-stretch-"), tg.stretchHead)
	if tg.lang == "" && st.sides {
		b.WriteString("sides: both\n")
	}
	if tg.lang == "" && st.picture != "" {
		fmt.Fprintf(&b, "images:\n  - src: %s\n    alt: A person kneeling on one knee.\n", st.picture)
	}
	fmt.Fprintf(&b, "---\n\n%s\n\n%s\n\n", tg.body, tg.stepsHead)
	for k, step := range st.steps {
		var parts []string
		for _, s := range step {
			parts = append(parts, tg.sentence(s))
		}
		fmt.Fprintf(&b, "%d. %s\n", k+1, strings.Join(parts, " "))
	}
	if st.stopIf > 0 {
		fmt.Fprintf(&b, "\n%s\n\n", tg.stopHead)
		for _, p := range tg.stopIf[:st.stopIf] {
			fmt.Fprintf(&b, "- %s\n", p)
		}
	}
	writeFile(t, tg.file(dir, "stretches", st.slug), b.String())
}

// sentence returns a drawn sentence in the tongue's words, up to three of
// them in bold, with a full stop unless it ends in a mark of its own.
func (tg *tongue) sentence(s variedSentence) string {
	text, stop := tg.sentences[s.n], "."
	if strings.HasSuffix(text, "!") || strings.HasSuffix(text, "?") {
		stop = ""
	}
	if s.bold >= 0 {
		words := strings.Fields(text)
		k := s.bold * len(words) / s.words
		end := min(k+3, len(words))
		bold := "**" + strings.Join(words[k:end], " ") + "**"
		text = strings.Join(slices.Concat(words[:k], []string{bold}, words[end:]), " ")
	}
	return text + stop
}

// writeRoutine writes a drawn routine in the tongue's words; a
// translation takes the original's stretches.
func (tg *tongue) writeRoutine(t *testing.T, dir string, r variedRoutine) {
	t.Helper()
	var b strings.Builder
	title := fmt.Sprintf(tg.routine, r.n)
	if r.long {
		title += tg.longer
	}
	fmt.Fprintf(&b, "---\ntitle: %s\n%s", title, tg.routineHead)
	if tg.lang == "" {
		b.WriteString("stretches:\n")
		for _, s := range r.stretches {
			fmt.Fprintf(&b, "  - ref: %s\n", s)
		}
	}
	fmt.Fprintf(&b, "---\n\n%s\n", tg.body)
	writeFile(t, tg.file(dir, "routines", r.slug), b.String())
}
