// Checks templates/assets/dosage.js against the sentences Go's
// internal/dosage writes (testdata/sentences.json).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { sentence, words, withChanges } from "../../templates/assets/dosage.js";

const table = JSON.parse(readFileSync(new URL("../dosage/testdata/sentences.json", import.meta.url), "utf8"));

test("every sentence of Go's table, word for word", function () {
  assert.ok(table.sentences.length > 200);
  for (const row of table.sentences) {
    assert.equal(sentence(row.dose), row.sentence, JSON.stringify(row.dose));
  }
});

test("every hold's words of Go's table", function () {
  for (const [seconds, want] of table.words) assert.equal(words(seconds), want, String(seconds));
});

test("withChanges replaces only the fields a program sets", function () {
  const own = { type: "static", hold: 30, reps: 3, sets: 1, sides: "both" };
  assert.deepEqual(withChanges(own, { hold: 45, sides: "left", reps: 0, notes: "x" }),
    { type: "static", hold: 45, reps: 3, sets: 1, sides: "left" });
  assert.deepEqual(withChanges(own, undefined), own);
  assert.equal(sentence(withChanges(own, { hold: 20, sides: "left" })), "Hold 20 seconds. Repeat 3 times on your left side.");
});
