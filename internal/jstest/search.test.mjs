// Checks templates/assets/search.js on the rows of the sample site's
// catalogue as Go writes it (internal/catalogue/testdata/sample).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { toRows } from "../../templates/assets/catalogue.js";
import { buildIndex, search, words, withinOne, facets } from "../../templates/assets/search.js";

const catalogue = JSON.parse(readFileSync(new URL("../catalogue/testdata/sample/catalogue/index.json", import.meta.url), "utf8"));
const index = buildIndex(toRows(catalogue));
const slugs = function (query, filters, limit) {
  return search(index, query, filters, limit).map(function (r) { return r.slug; });
};

test("words are lower case, without accents or apostrophes", function () {
  assert.deepEqual(words("Child's pose"), ["childs", "pose"]);
  assert.deepEqual(words("Chîld\u2019s  POSE (rectus-femoris)"), ["childs", "pose", "rectus", "femoris"]);
  assert.deepEqual(words(undefined), []);
});

test("one edit: a letter changed, added, taken away, or two swapped", function () {
  const cases = [["hamstring", "hamstirng", true], ["hamstring", "hamstrng", true], ["hamstring", "hamsstring", true],
    ["hamstring", "hamstrong", true], ["hamstring", "hmastrnig", false], ["chest", "chests", true],
    ["chest", "cheats", false], ["a", "", true], ["ab", "ba", true], ["abc", "cab", false]];
  for (const [a, b, want] of cases) {
    assert.equal(withinOne(a, b), want, a + " " + b);
    assert.equal(withinOne(b, a), want, b + " " + a);
  }
});

test("a word in a title ranks before one in muscles, then one in a summary", function () {
  assert.deepEqual(slugs("back "), ["lumbar-twist", "childs-pose", "knee-to-chest", "cat-cow", "supine-hamstring", "open-book"]);
  assert.deepEqual(slugs("stretch ").slice(0, 3), ["supine-hamstring", "lunge", "quad-stretch"]);
  assert.deepEqual(slugs("chest "), ["knee-to-chest", "open-book"]);
});

test("a typo is forgiven in words of five letters or more, not in shorter ones", function () {
  for (const q of ["hamstring", "hamstirng", "hamsting", "Hamstrings ", "HAMSTRNG stretch"]) {
    assert.equal(slugs(q)[0], "supine-hamstring", q);
  }
  assert.deepEqual(slugs("glutues "), slugs("gluteus "));
  assert.deepEqual(slugs("gluteus "), ["childs-pose", "knee-to-chest", "lumbar-twist"]);
  assert.deepEqual(slugs("chets "), ["knee-to-chest", "open-book"]);
  assert.deepEqual(slugs("chst "), []);
  assert.deepEqual(slugs("hpi "), []);
});

test("the last word typed matches as a prefix too, with a typo if long enough", function () {
  assert.deepEqual(slugs("hams"), ["supine-hamstring"]);
  assert.deepEqual(slugs("hams "), []);
  // "kneeling" as a prefix (in a title), then "knee" and "knees" with a typo
  assert.deepEqual(slugs("kneel"), ["lunge", "knee-to-chest", "cat-cow", "lumbar-twist"]);
  assert.deepEqual(slugs("hamsrti"), ["supine-hamstring"]);
  assert.deepEqual(slugs("thigh str"), ["quad-stretch", "supine-hamstring"]);
});

test("every word must match; small words like 'for the' are left out", function () {
  assert.deepEqual(slugs("stretch for the thigh "), ["quad-stretch", "supine-hamstring"]);
  assert.deepEqual(slugs("hamstring chest"), []);
  assert.ok(slugs("the ").includes("quad-stretch"), "a query of small words only keeps them");
});

test("filters combine: any value within one, every one given", function () {
  const rows = index.rows;
  const title = function (list) { return list.slice().sort(function (a, b) { return rows.find((r) => r.slug === a).title < rows.find((r) => r.slug === b).title ? -1 : 1; }); };
  assert.deepEqual(slugs("", { regions: ["hips"], positions: ["supine"] }), ["knee-to-chest", "lumbar-twist"]);
  assert.deepEqual(slugs("", { equipment: ["towel", "chair"] }), ["supine-hamstring", "quad-stretch"]);
  assert.deepEqual(slugs("", { types: ["dynamic"] }), ["cat-cow", "open-book"]);
  assert.deepEqual(slugs("stretch", { difficulties: ["moderate"] }), ["lunge", "quad-stretch"]);
  assert.deepEqual(slugs("", { regions: ["chest"], difficulties: ["hard"] }), []);
  assert.deepEqual(slugs("", {}), title(rows.map(function (r) { return r.slug; })));
  assert.deepEqual(slugs("", { regions: [] }, 2), slugs("", {}).slice(0, 2));
});

test("every filter value a stretch has is in the index's vocabularies", function () {
  const vocab = { regions: "regions", positions: "positions", types: "types", equipment: "equipment", difficulties: "difficulties" };
  for (const [facet, key] of Object.entries(facets)) {
    const known = new Set(catalogue.vocab[vocab[facet]].map(function (v) { return v.slug; }));
    for (const r of index.rows) {
      for (const v of [].concat(r[key])) if (v !== "") assert.ok(known.has(v), facet + ": " + v);
    }
  }
});
