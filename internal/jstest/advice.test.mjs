// Checks templates/assets/advice.js against the advice Go's internal/check
// gives (testdata/advice.json), and dosage-limits.js against its limits.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { itemAdvice, lengthAdvice, why } from "../../templates/assets/advice.js";
import { limits } from "../../templates/assets/dosage-limits.js";

const table = JSON.parse(readFileSync(new URL("../check/testdata/advice.json", import.meta.url), "utf8"));

test("dosage-limits.js has the limits Go declares", function () {
  assert.deepEqual(limits, table.limits);
});

test("the advice on each changed dose is limber check's, word for word", function () {
  assert.ok(table.items.length > 100);
  assert.ok(table.items.some(function (row) { return row.advice.length > 1; }));
  for (const row of table.items) {
    assert.deepEqual(itemAdvice(row.own, row.changes), row.advice, JSON.stringify([row.own, row.changes]));
  }
});

test("the advice on a program's length", function () {
  for (const row of table.lengths) assert.deepEqual(lengthAdvice(row.n, row.max), row.advice, String(row.n));
  assert.deepEqual(lengthAdvice(limits.maxRoutineStretches), []);
  assert.equal(lengthAdvice(limits.maxRoutineStretches + 1).length, 1);
});

test("why says what each rule is for", function () {
  assert.match(why("hold-time"), /ACSM/);
  assert.equal(why("no-such-rule"), "");
});
