package readability

// Thresholds for Spanish patient text, on the INFLESZ scale.
const (
	// WarnEase is the Szigriszt-Pazos perspicuity below which Spanish
	// patient text should be simplified: the bottom of INFLESZ's "bastante
	// fácil" (fairly easy) band (Barrio-Cantalejo et al. 2008).
	WarnEase = 65

	// ErrorEase is the perspicuity below which Spanish patient text is too
	// hard: the top of INFLESZ's "muy difícil" (very difficult) band.
	ErrorEase = 40
)

// Perspicuity returns the Szigriszt-Pazos perspicuity (Szigriszt Pazos,
// Sistemas predictivos de legibilidad del mensaje escrito: fórmula de
// perspicuidad, doctoral thesis, Universidad Complutense, 1993), Flesch's
// reading ease refitted to Spanish:
//
//	206.835 − 62.3 × syllables/words − words/sentences
//
// Higher is easier; read it on the INFLESZ scale (see Inflesz). A text with
// no words scores 0.
func (s Stats) Perspicuity() float64 {
	if s.Words == 0 {
		return 0
	}
	return 206.835 - 62.3*s.syllablesPerWord() - s.wordsPerSentence()
}

// FernandezHuerta returns Fernández Huerta's reading ease ("Medidas
// sencillas de lecturabilidad", Consigna 214, 1959), the first Spanish
// version of Flesch's formula:
//
//	206.84 − 0.60 × P − 1.02 × F
//
// with P the syllables per 100 words and F the words per sentence. The
// formula is often printed with F as the sentences per 100 words, which
// makes shorter sentences score harder; Gwillim Law (LINGUIST List 22.2332,
// 2011) showed that this is an error of transcription and that F is the
// average sentence length, as in Flesch's formula that Fernández Huerta
// adapted. limber uses the corrected form. A text with no words scores 0.
func (s Stats) FernandezHuerta() float64 {
	if s.Words == 0 {
		return 0
	}
	return 206.84 - 0.60*100*s.syllablesPerWord() - 1.02*s.wordsPerSentence()
}

// Band is a band of the INFLESZ scale.
type Band struct {
	Min  float64 // the lowest perspicuity in the band
	Name string  // in English, for messages: "fairly easy"
	Es   string  // as Barrio-Cantalejo names it: "bastante fácil"
}

// InfleszBands are the bands of the INFLESZ scale (Barrio-Cantalejo IM,
// Simón-Lorda P, Melguizo M, Escalona I, Marijuán MI, Hernando P.
// Validación de la Escala INFLESZ para evaluar la legibilidad de los textos
// dirigidos a pacientes. An Sist Sanit Navar 2008;31(2):135-152), easiest
// first. A score on a boundary falls in the band above it.
func InfleszBands() []Band {
	return []Band{
		{80, "very easy", "muy fácil"},
		{65, "fairly easy", "bastante fácil"},
		{55, "normal", "normal"},
		{40, "somewhat difficult", "algo difícil"},
		{-1e308, "very difficult", "muy difícil"},
	}
}

// Inflesz returns the band of the INFLESZ scale that a perspicuity falls in.
func Inflesz(perspicuity float64) Band {
	bands := InfleszBands()
	for _, b := range bands {
		if perspicuity >= b.Min {
			return b
		}
	}
	return bands[len(bands)-1] // NaN
}
