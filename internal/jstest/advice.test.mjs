// Checks templates/assets/advice.js against the advice Go's internal/check
// gives (testdata/advice.json), and dosage-limits.js against its limits.
// advice.js gives each message as a problem {key, args}: in the English
// words it is check's message word for word.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { itemAdvice, lengthAdvice, why } from "../../templates/assets/advice.js";
import { limits } from "../../templates/assets/dosage-limits.js";
import { translator, say } from "../../templates/assets/words.js";
import en from "./testdata/words-en.js";
import es from "./testdata/words-es.js";

const english = translator(en, "en"), spanish = translator(es, "es");
const inWords = function (list, t = english) {
  return list.map(function (a) { return Object.assign({}, a, { message: say(t, a.message) }); });
};

const table = JSON.parse(readFileSync(new URL("../check/testdata/advice.json", import.meta.url), "utf8"));

test("dosage-limits.js has the limits Go declares", function () {
  assert.deepEqual(limits, table.limits);
});

test("the advice on each changed dose is limber check's, word for word", function () {
  assert.ok(table.items.length > 100);
  assert.ok(table.items.some(function (row) { return row.advice.length > 1; }));
  for (const row of table.items) {
    assert.deepEqual(inWords(itemAdvice(row.own, row.changes)), row.advice, JSON.stringify([row.own, row.changes]));
  }
});

test("the advice on a program's length", function () {
  for (const row of table.lengths) assert.deepEqual(inWords(lengthAdvice(row.n, row.max)), row.advice, String(row.n));
  assert.deepEqual(lengthAdvice(limits.maxRoutineStretches), []);
  assert.equal(lengthAdvice(limits.maxRoutineStretches + 1).length, 1);
});

test("why says what each rule is for, in limber check's words", function () {
  assert.deepEqual(Object.keys(table.why).sort(), ["ballistic", "dynamic-hold", "hold-time", "reps", "routine-length", "total-time"]);
  for (const [rule, text] of Object.entries(table.why)) assert.equal(say(english, why(rule)), text, rule);
  assert.equal(why("no-such-rule"), null);
});

test("the advice reads in Spanish on a Spanish page", function () {
  const own = { type: "static", hold: 30, reps: 3, sides: "both" };
  assert.deepEqual(inWords(itemAdvice(own, { hold: 90 }), spanish).map(function (a) { return a.message; }), [
    "tiempo: 1 minuto y 30 segundos es más de los 10 a 60 segundos que aconseja el ACSM",
    "4 minutos y 30 segundos en total (tiempo por repeticiones por series) está lejos de lo que aconseja el ACSM para cada grupo de músculos: cerca de 1 minuto",
  ]);
  assert.equal(inWords(lengthAdvice(6), spanish)[0].message,
    "este programa tiene 6 estiramientos (más de 5). Los pacientes hacen mejor pocos ejercicios. Divídalo en dos programas");
  assert.match(say(spanish, why("hold-time")), /^el ACSM aconseja mantener/);
  for (const row of table.items) {
    for (const a of inWords(itemAdvice(row.own, row.changes), spanish)) assert.doesNotMatch(a.message, /\[js\.| seconds?\b| minutes?\b/);
  }
});
