// Checks templates/assets/dosage.js against the sentences Go's
// internal/dosage writes (testdata/sentences.json).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sentence, words, withChanges, LANGUAGES } from "../../templates/assets/dosage.js";

const table = JSON.parse(readFileSync(new URL("../dosage/testdata/sentences.json", import.meta.url), "utf8"));

test("the languages of Go's table", function () {
  assert.deepEqual([...LANGUAGES], table.languages);
});

test("every sentence of Go's table, word for word, in every language", function () {
  assert.ok(table.sentences.length > 200);
  for (const row of table.sentences) {
    assert.equal(sentence(row.dose), row.sentence.en, JSON.stringify(row.dose));
    for (const lang of table.languages) {
      assert.equal(sentence(row.dose, lang), row.sentence[lang], lang + " " + JSON.stringify(row.dose));
    }
  }
});

test("every hold's words of Go's table, in every language", function () {
  for (const [seconds, ...want] of table.words) {
    assert.equal(words(seconds), want[0], String(seconds));
    table.languages.forEach(function (lang, i) { assert.equal(words(seconds, lang), want[i], lang + " " + seconds); });
  }
});

test("a regional tag takes its language's words, an unknown one English", function () {
  const dose = { type: "static", hold: 30, reps: 3, sets: 1, sides: "both" };
  assert.equal(sentence(dose, "es-MX"), "Quédese así 30 segundos. Repita 3 veces de cada lado.");
  assert.equal(sentence(dose, "fr"), sentence(dose));
  assert.equal(sentence(dose, "constructor"), sentence(dose));
});

test("withChanges replaces only the fields a program sets", function () {
  const own = { type: "static", hold: 30, reps: 3, sets: 1, sides: "both" };
  assert.deepEqual(withChanges(own, { hold: 45, sides: "left", reps: 0, notes: "x" }),
    { type: "static", hold: 45, reps: 3, sets: 1, sides: "left" });
  assert.deepEqual(withChanges(own, undefined), own);
  assert.equal(sentence(withChanges(own, { hold: 20, sides: "left" })), "Hold 20 seconds. Repeat 3 times on your left side.");
});
