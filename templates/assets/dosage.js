// dosage.js: a stretch's dose in plain sentences for patients, word for
// word as limber's internal/dosage (Go) writes them on pages and sheets.
// A Node test (internal/jstest/dosage.test.mjs) holds the two equal with
// the table Go writes of every kind of dose (testdata/sentences.json).
//
// A dose is keyed as front matter and the catalogue key it:
// {type, hold, reps, sets, sides}, hold in whole seconds (0 or missing for
// none), type one of static, dynamic, pnf, ballistic, sides one of both,
// left, right, none.

/** Returns dose with each field changes sets (not missing, 0 or "") in its place. */
export function withChanges(dose, changes) {
  const out = Object.assign({}, dose);
  for (const key of ["type", "hold", "reps", "sets", "sides"]) {
    const v = changes && changes[key];
    if (v) out[key] = v;
  }
  return out;
}

// How each language says a dose, as Go's dosage.wordsFor (words.go): the
// sentences with {} for a duration or a number, and a duration's units.
const WORDS = {
  en: {
    hold: "Hold {}.",
    pnf: "Push gently against the stretch for a few seconds, relax, then hold {}.",
    pause: "Pause {} at the end of each move.",
    once: "Do this once",
    repeat: "Repeat {} times",
    sides: { both: " on each side", left: " on your left side", right: " on your right side" },
    slowly: ", slowly",
    sets: "Do {} sets.",
    minute: ["minute", "minutes"],
    second: ["second", "seconds"],
    and: " ",
  },
  es: {
    hold: "Quédese así {}.",
    pnf: "Empuje suave contra el estiramiento unos segundos, relájese y luego quédese así {}.",
    pause: "Pare {} al final de cada movimiento.",
    once: "Hágalo una vez",
    repeat: "Repita {} veces",
    sides: { both: " de cada lado", left: " del lado izquierdo", right: " del lado derecho" },
    slowly: ", despacio",
    sets: "Haga {} series.",
    minute: ["minuto", "minutos"],
    second: ["segundo", "segundos"],
    and: " y ",
  },
};

/** The language tags dosage sentences are written in, English first. */
export const LANGUAGES = Object.freeze(Object.keys(WORDS));

// wordsFor returns the words of a language tag ("es" for "es-MX"), or
// English for a language there are none for.
function wordsFor(lang) {
  const base = String(lang || "en").split("-")[0];
  return Object.prototype.hasOwnProperty.call(WORDS, base) ? WORDS[base] : WORDS.en;
}

function put(template, value) { return template.replace("{}", String(value)); }

/**
 * Words a dose for a patient, as Go's Dose.SentenceIn: for example
 * "Hold 30 seconds. Repeat 3 times on each side." or, with lang "es",
 * "Quédese así 30 segundos. Repita 3 veces de cada lado.".
 */
export function sentence(dose, lang = "en") {
  const w = wordsFor(lang);
  const type = dose.type;
  const hold = wholeSeconds(dose.hold);
  const parts = [];
  const moving = type === "dynamic" || type === "ballistic";
  if (type === "pnf") {
    parts.push(put(w.pnf, duration(hold, w)));
  } else if (!moving && hold > 0) {
    parts.push(put(w.hold, duration(hold, w)));
  }
  parts.push(repsSentence(dose, w));
  if (moving && hold > 0) parts.push(put(w.pause, duration(hold, w)));
  if (dose.sets > 1) parts.push(put(w.sets, dose.sets));
  return parts.join(" ");
}

function repsSentence(dose, w) {
  let s = dose.reps > 1 ? put(w.repeat, dose.reps) : w.once;
  s += Object.prototype.hasOwnProperty.call(w.sides, dose.sides) ? w.sides[dose.sides] : "";
  if (dose.type === "dynamic") s += w.slowly;
  return s + ".";
}

/**
 * Writes a number of seconds in plain words, as Go's dosage.WordsIn:
 * "30 seconds", "1 minute", "1 minute 30 seconds"; "1 minuto y 30 segundos" in Spanish.
 */
export function words(seconds, lang = "en") { return duration(wholeSeconds(seconds), wordsFor(lang)); }

function duration(secs, w) {
  const m = Math.floor(secs / 60);
  const s = secs % 60;
  const parts = [];
  if (m > 0) parts.push(count(m, w.minute));
  if (s > 0 || m === 0) parts.push(count(s, w.second));
  return parts.join(w.and);
}

function wholeSeconds(n) { return Number.isFinite(n) && n > 0 ? Math.floor(n) : 0; }

function count(n, forms) { return n === 1 ? "1 " + forms[0] : n + " " + forms[1]; }
