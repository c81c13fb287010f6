package plain

import (
	"slices"
	"testing"
)

// TestBuiltinSpanish checks the size and order of the Spanish list.
func TestBuiltinSpanish(t *testing.T) {
	terms := BuiltinSpanish()
	if len(terms) < 60 {
		t.Errorf("BuiltinSpanish has %d terms, want at least 60", len(terms))
	}
	if _, err := NewFinderIn(terms, "es"); err != nil {
		t.Error(err)
	}
	for _, term := range terms {
		if term.Plain == "" {
			t.Errorf("%q has no plain words", term.Jargon)
		}
	}
}

// TestFindSpanish checks Spanish gender, number, verb forms, phrases and
// words typed without accents.
func TestFindSpanish(t *testing.T) {
	f, err := NewFinderIn(BuiltinSpanish(), "es")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		want []string
	}{
		{"Túmbese en decúbito supino.", []string{"decúbito supino=decúbito supino"}},
		{"Póngase en decubito prono.", []string{"decubito prono=decúbito prono"}},
		{"Haga 3 flexiones y 2 repeticiones bilaterales.", []string{"flexiones=flexión", "repeticiones=repetición", "bilaterales=bilateral"}},
		{"Estire bilateralmente.", []string{"bilateralmente=bilateral"}},
		{"Flexione la rodilla. Realice el ejercicio flexionando la cadera.", []string{"Flexione=flexionar", "Realice=realizar", "flexionando=flexionar"}},
		{"Quédese supina, con las piernas supinas.", []string{"supina=supino", "supinas=supino"}},
		{"Cuide la columna lumbar y las vértebras lumbares.", []string{"columna lumbar=columna lumbar", "vértebras=vértebra", "lumbares=lumbar"}},
		{"Evite la rotación interna. Evite las rotaciones.", []string{"rotación interna=rotación interna", "rotaciones=rotación"}},
		{"Mueva las extremidades inferiores.", []string{"extremidades inferiores=extremidad inferior"}},
		{"Doble la rodilla hacia el pecho.", nil},
	}
	for _, tt := range tests {
		if got := found(f, tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("Find(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
	for _, m := range f.Find("Haga las flexiones bilaterales.") {
		if m.Suggestion() != m.Term.Plain {
			t.Errorf("%q: suggestion %q, want the plain words as listed, %q", m.Term.Jargon, m.Suggestion(), m.Term.Plain)
		}
	}
}
