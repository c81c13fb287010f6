package cli

// spanishNewWords are limber new's words in Spanish, for a translation's
// comments, prompts and body: short sentences, everyday words, "usted".
func spanishNewWords() newWords {
	return newWords{
		docs: map[string]string{
			"common.title":         "el título de la página y su nombre en las listas: escríbalo en español",
			"common.summary":       "una o dos frases sencillas; se ven bajo el título y en cada tarjeta",
			"common.draft":         "ponga false para publicarla",
			"common.check_off":     "apague una regla de limber check en este archivo, y diga por qué",
			"stretches.muscles":    "los músculos, con palabras de todos los días, como: parte de atrás del muslo",
			"stretches.images":     `- {src: mi-estiramiento.svg, alt: "Lo que muestra el dibujo"}`,
			"stretches.video":      "un video del estiramiento: una dirección http(s)",
			"stretches.references": `- {title: "Título de la fuente", url: "https://..."}`,
			"routines.frequency":   "como: todos los días, 3 veces por semana",
			"routines.duration":    "cuánto tiempo lleva, más o menos",
			"routines.warmup":      "qué hacer primero",
			"routines.updated":     "el día en que revisó esta traducción, como AAAA-MM-DD",
			"routines.reviewed_by": "quién la revisó, con su título",
			"articles.author":      "quién lo escribió, con su título",
			"articles.reviewed_by": "quién lo revisó, con su título (no el autor)",
			"articles.updated":     "el día en que revisó esta traducción, como AAAA-MM-DD",
			"articles.references":  `- {title: "Título de la fuente", url: "https://..."}`,
		},
		examples: map[string]string{
			"common.check_off":   "\n  id-de-la-regla: por qué",
			"routines.frequency": "todos los días",
			"routines.duration":  "10 minutos",
			"routines.warmup":    `"Camine o marche en su lugar durante 5 minutos."`,
		},
		summary: map[string]string{
			"stretch":   "Una frase corta: para qué sirve este estiramiento.",
			"routine":   "Una frase corta: para quién es esta rutina.",
			"condition": "Una frase corta: cómo cambia este problema la forma de estirar.",
			"article":   "Una frase corta: qué va a aprender quien lo lea.",
		},
		body:    spanishBodies(),
		inherit: "Estos datos vienen del original ({0}); no los escriba aquí:",
		own:     "si no lo escribe, se usa el del original",
		notes: map[string]string{"routines.stretches": "Puede escribir stretches otra vez solo para dar " +
			"notas en español: los mismos estiramientos, en el mismo orden."},
	}
}

// spanishBodies are the bodies of new translations in Spanish, by kind,
// with the headings the Spanish sheets read ("Cómo hacerlo", "Pare si").
func spanishBodies() map[string]string {
	return map[string]string{
		"stretch": `Diga en una o dos frases cortas qué hace este estiramiento y para quién es.

## Cómo hacerlo

1. Cómo empezar.
2. El movimiento.
3. Lo que debe sentir.

## Pare si

- Siente un dolor fuerte, adormecimiento u hormigueo.
`,
		"routine": `Diga para qué sirve esta rutina y cuándo hacerla.

## Cómo usarla

- Primero caliente el cuerpo.
- Muévase despacio. No llegue al dolor.
`,
		"condition": `Diga qué es este problema, con palabras sencillas.

## Qué evitar

- Los movimientos que debe evitar.

## Cuándo llamar a su médico o terapeuta

- Las señales que piden consejo.
`,
		"article": "Escriba el artículo aquí.\n",
	}
}
