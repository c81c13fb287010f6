package newsite

// The Spanish words of a new site: the examples' text, for patients at a
// low reading level (usted, short sentences, everyday words; each page
// scores 65 or more on the INFLESZ scale), and the site's own words in
// Spanish, which limber's built-in Spanish lacks.

const esStretchFront = `title: Rodilla al pecho
summary: Un estiramiento suave para la parte baja de la espalda y la nalga. Se hace boca arriba.
`

const esStretchBody = `Este estiramiento ayuda cuando la espalda está rígida. Notará una tensión suave en la parte baja de la espalda y en la nalga.

## Cómo hacerlo

1. Acuéstese boca arriba con las rodillas dobladas.
2. Tome una rodilla con las dos manos.
3. Llévela con suavidad hacia el pecho.
4. Bájela despacio. Cambie de pierna.

## Pare si

- El dolor baja por la pierna.
- Se le duerme el pie.
`

const esRoutineFront = `title: Rutina de espalda para la mañana
summary: Un estiramiento suave para soltar la espalda al levantarse.
frequency: cada mañana
duration: 3 minutos
warmup: Camine por su casa uno o dos minutos.
`

const esRoutineBody = `Es normal tener la espalda rígida por la mañana. Esta rutina corta ayuda a soltarla antes de empezar el día.

## Cómo usarla

- Muévase despacio. Pare al notar una tensión suave, nunca dolor.
- Respire despacio todo el tiempo.

¿Cuánto tiempo y cada cuánto debe estirar? Lea [lo básico del estiramiento](../articles/stretching-basics.md).
`

const esConditionFront = `title: Osteoporosis
summary: Los huesos finos y débiles se rompen con más facilidad. Estire con suavidad y mantenga la espalda recta.
`

const esConditionBody = `La osteoporosis quiere decir que sus huesos son finos y débiles. Un hueso débil de la espalda se puede romper si usted se dobla o se gira con fuerza.

## Qué evitar

- Doblarse mucho hacia delante, como al llevar las rodillas al pecho.
- Cualquier movimiento rápido, brusco o con rebotes.

## Cuándo llamar a su médico o terapeuta

- Siente de repente un dolor fuerte en la espalda, incluso al doblarse un poco o levantar algo.
- No sabe qué movimientos son seguros para usted.
`

const esArticleFront = `title: Lo básico del estiramiento
summary: Cuánto tiempo, cada cuánto y con qué fuerza estirar, en palabras sencillas.
author: Su nombre, fisioterapeuta
reviewed_by: El nombre de un colega, fisioterapeuta
`

const esArticleBody = `Estirar mantiene los músculos largos y las articulaciones en movimiento. Puede aliviar la rigidez y hacer más fáciles las tareas del día.

## Hasta dónde estirar

Estire hasta notar una tensión suave. Nunca debe doler.

## Cada cuánto

Estire por lo menos dos o tres días a la semana. Lo mejor es estirar cada día.
`

// esTerms names the examples' body regions and equipment in Spanish, for
// templates/lang/es.yaml: limber's built-in Spanish has no word for a
// site's own terms, and a page would show them as the front matter writes
// them, in English.
const esTerms = `regions.hips: "Caderas"
regions.lower-back: "Parte baja de la espalda"
equipment.yoga-mat: "Colchoneta"
`
