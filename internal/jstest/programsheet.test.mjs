// Checks the DOM-free parts of the program's sheet: programsheet.js's
// items (doses in dosage.js's words, conditions by title, a stretch the
// catalogue lacks left out) on Go's sample catalogue, and sheetpages.js's
// packing of cards into columns and pages, as internal/sheetfit packs them.
// The DOM parts are tested in Chromium (internal/browsertest/program_test.go).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { open } from "../../templates/assets/catalogue.js";
import { decode } from "../../templates/assets/program.js";
import { sheetItems, conditionsOf } from "../../templates/assets/programsheet.js";
import { balanced, flow, fillColumns, column } from "../../templates/assets/sheetpages.js";

const sample = new URL("../catalogue/testdata/sample/", import.meta.url);
const fetch = async function (url) {
  try {
    const text = readFileSync(new URL(url.slice(1), sample), "utf8");
    return { ok: true, status: 200, text: async function () { return text; } };
  } catch {
    return { ok: false, status: 404, text: async function () { return ""; } };
  }
};

const realistic = "1Low_back_and_hips~2C_weeks_1-2,daily,10_minutes,Walk_for_5_minutes.*knee-to-chest,h45x2*lumbar-twist," +
  "L*supine-hamstring,h20nUse_a_towel_around_your_foot.*cat-cow,x8*childs-pose*quad-stretch,x2s2B";

async function catalogue() {
  const index = JSON.parse(readFileSync(new URL("catalogue/index.json", sample), "utf8"));
  const got = await open(index.root, { fetch });
  assert.ok(got.catalogue, got.error);
  return got.catalogue;
}

test("the realistic program's items: order, doses, notes, conditions by title", async function () {
  const cat = await catalogue();
  const program = decode(realistic.replace("*cat-cow,x8", "*cat-cow,x8*no-such-stretch")).program;
  const stretches = new Map();
  for (const it of program.stretches) {
    const row = cat.bySlug(it.ref);
    if (row) stretches.set(it.ref, { row, details: (await cat.details(it.ref)).details });
  }
  const items = sheetItems(program, stretches, cat.conditions);
  assert.deepEqual(items.map((it) => it.n), [1, 2, 3, 4, 5, 6]);
  assert.deepEqual(items.map((it) => it.url), ["knee-to-chest", "lumbar-twist", "supine-hamstring", "cat-cow", "childs-pose",
    "quad-stretch"].map((s) => cat.bySlug(s).url));
  assert.match(items[0].sentence, /^Hold 45 seconds\. Repeat 2 times/);
  assert.match(items[1].sentence, /left side/);
  assert.equal(items[2].notes, "Use a towel around your foot.");
  assert.ok(items[0].steps.length > 0 && items[0].steps[0][0].text, "steps are runs");
  const titles = new Map(cat.conditions.map((c) => [c.slug, c.title]));
  const want = [...new Set(items.flatMap((it) => cat.bySlug(it.url.split("/").filter(Boolean).pop()).contraindications))]
    .map((s) => titles.get(s)).sort((a, b) => a.toLowerCase() < b.toLowerCase() ? -1 : 1);
  assert.deepEqual(conditionsOf(items), want);
  assert.ok(want.length > 0);
  const spanish = sheetItems(program, stretches, cat.conditions, "es");
  assert.match(spanish[0].sentence, /^Quédese así 45 segundos\. Repita 2 veces/, "the doses in the language given");
});

test("without the catalogue's conditions, a condition is named by its slug in words", function () {
  const row = { slug: "a", title: "A", url: "/a/", type: "static", hold: 30, reps: 2, sets: 0, sides: "none", contraindications: ["lower-back-pain"] };
  const items = sheetItems({ stretches: [{ ref: "a" }] }, new Map([["a", { row }]]));
  assert.deepEqual(items[0].conditions, ["Lower back pain"]);
  assert.deepEqual(items[0].steps, []);
});

test("balanced columns take the least height of the taller column", function () {
  assert.equal(balanced([]), 0);
  assert.equal(balanced([10]), 10);
  assert.equal(balanced([10, 10, 10, 10]), 20);
  assert.equal(balanced([30, 10, 10, 10]), 30);
});

test("flow fills two columns a page and keeps the tail with the last page", function () {
  // Page 100 high, head 20 on the first: first page columns are 80 high.
  assert.equal(flow([40, 40, 40, 40], 100, 20, 10), 2); // 4 cards fit, the tail does not: a page of its own
  assert.equal(flow([40, 40], 100, 20, 30), 1); // balanced 40 + 30 <= 80
  assert.equal(flow([70, 70, 70, 70, 70], 100, 20, 10), 3);
  assert.equal(fillColumns([90, 10], 0, 80, false), 0); // on the first page a card too tall moves on
  assert.equal(fillColumns([120, 10], 0, 100, true), 2); // on a whole page it takes a column of its own
});

test("the large-print sheet is one column, its tail kept together", function () {
  assert.equal(column([], 100, 20, 50), 1);
  assert.equal(column([40], 100, 20, 50), 2);
  assert.equal(column([40, 40, 40], 100, 0, 30), 2);
});
