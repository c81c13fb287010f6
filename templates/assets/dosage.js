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

/**
 * Words a dose for a patient, as Go's Dose.Sentence: for example
 * "Hold 30 seconds. Repeat 3 times on each side." or "Repeat 10 times, slowly.".
 */
export function sentence(dose) {
  const type = dose.type;
  const hold = wholeSeconds(dose.hold);
  const parts = [];
  const moving = type === "dynamic" || type === "ballistic";
  if (type === "pnf") {
    parts.push("Push gently against the stretch for a few seconds, relax, then hold " + words(hold) + ".");
  } else if (!moving && hold > 0) {
    parts.push("Hold " + words(hold) + ".");
  }
  parts.push(repsSentence(dose));
  if (moving && hold > 0) parts.push("Pause " + words(hold) + " at the end of each move.");
  if (dose.sets > 1) parts.push("Do " + dose.sets + " sets.");
  return parts.join(" ");
}

function repsSentence(dose) {
  let s = dose.reps > 1 ? "Repeat " + dose.reps + " times" : "Do this once";
  s += { both: " on each side", left: " on your left side", right: " on your right side" }[dose.sides] || "";
  if (dose.type === "dynamic") s += ", slowly";
  return s + ".";
}

/** Writes a number of seconds in plain words: "30 seconds", "1 minute", "1 minute 30 seconds". */
export function words(seconds) {
  const secs = wholeSeconds(seconds);
  const m = Math.floor(secs / 60);
  const s = secs % 60;
  const parts = [];
  if (m > 0) parts.push(plural(m, "minute"));
  if (s > 0 || m === 0) parts.push(plural(s, "second"));
  return parts.join(" ");
}

function wholeSeconds(n) { return Number.isFinite(n) && n > 0 ? Math.floor(n) : 0; }

function plural(n, unit) { return n === 1 ? "1 " + unit : n + " " + unit + "s"; }
