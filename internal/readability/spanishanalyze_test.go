package readability

import "testing"

// TestSpanishAnalyze checks Spanish punctuation, abbreviations and ranges.
func TestSpanishAnalyze(t *testing.T) {
	tests := []struct {
		text                        string
		words, sentences, syllables int
	}{
		{"¿Le duele la rodilla? ¡Pare ya!", 6, 2, 10},
		{"Mantenga aprox. 30 segundos. Repita 3 veces.", 7, 2, 15},
		{"Use algo firme, p. ej. una silla. Siéntese.", 8, 2, 15},
		{"Mantenga de 10-30 segundos.", 4, 1, 9},
		{"La Dra. Pérez dice: «No rebote».", 6, 2, 10}, // a colon ends a sentence, as in English,
		{"Estire la pierna\ny cuente hasta 10.", 7, 1, 12},
		{"Estire la pierna\nRepita", 4, 2, 9},
	}
	for _, tt := range tests {
		st := Spanish.Analyze(tt.text)
		if st.Words != tt.words || st.Sentences != tt.sentences || st.Syllables != tt.syllables {
			t.Errorf("Spanish.Analyze(%q) = %d words, %d sentences, %d syllables; want %d, %d, %d",
				tt.text, st.Words, st.Sentences, st.Syllables, tt.words, tt.sentences, tt.syllables)
		}
		if st.ComplexWords != 0 {
			t.Errorf("Spanish.Analyze(%q) counts %d complex words, want none in Spanish", tt.text, st.ComplexWords)
		}
	}
}

// TestSpanishPassages holds a plain patient passage and a clinical one to
// their INFLESZ bands.
func TestSpanishPassages(t *testing.T) {
	plain := `Siéntese en el borde de una silla. Ponga los pies en el suelo.
Estire una pierna hacia delante. Apoye el talón en el suelo.
Incline el pecho hacia la pierna. Mantenga la espalda recta.
Debe sentir un tirón suave detrás del muslo. No debe doler.
Cuente hasta 30. Vuelva despacio. Haga lo mismo con la otra pierna.
Repita 3 veces con cada pierna. Hágalo todos los días.`
	clinical := `En sedestación, con extremidades inferiores en extensión, el paciente realizará una flexión anterior del tronco manteniendo la columna lumbar en posición neutra, evitando compensaciones en rotación, hasta percibir tensión en la musculatura isquiotibial, sin provocar sintomatología dolorosa irradiada.
Se recomienda mantener la elongación aproximadamente treinta segundos, realizando tres repeticiones bilaterales con periodicidad diaria.`
	if st := Spanish.Analyze(plain); st.Perspicuity() < WarnEase || st.FernandezHuerta() < WarnEase {
		t.Errorf("plain passage: perspicuity %.1f, Fernández Huerta %.1f; want both %d or more", st.Perspicuity(), st.FernandezHuerta(), WarnEase)
	}
	if st := Spanish.Analyze(clinical); st.Perspicuity() >= ErrorEase {
		t.Errorf("clinical passage: perspicuity %.1f, want under %d", st.Perspicuity(), ErrorEase)
	}
}
