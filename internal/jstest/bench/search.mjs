// Measures search.js on a built site's catalogue: the time to read the
// index into rows and build the search index, and the p50 and p95 times of
// realistic queries. A benchmark to run by hand, not a test:
//
//	go run ./cmd/limber build --site /dev/shm/same-corpus-10000 --out /tmp/c10k-out
//	node internal/jstest/bench/search.mjs /tmp/c10k-out
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { open } from "../../../templates/assets/catalogue.js";
import { buildIndex, search } from "../../../templates/assets/search.js";

const out = process.argv[2];
if (!out) {
  console.error("usage: node internal/jstest/bench/search.mjs OUT (a folder limber build wrote, with catalogue/)");
  process.exit(2);
}
const runs = 50;

// Queries a clinician types: whole words, typos, a word still being typed,
// filters alone and both together.
const queries = [
  ["hamstring", {}], ["hamstirng", {}], ["lower back", {}], ["calf stre", {}], ["shoulder", {}],
  ["sholder", {}], ["neck", {}], ["hip flexor", {}], ["glute", {}], ["q", {}], ["piriformis", {}],
  ["chest doorway", {}], ["", { regions: ["hips"], positions: ["supine"] }],
  ["stretch", { difficulties: ["easy"], types: ["static"] }], ["knee to chest", { equipment: ["yoga-mat"] }],
];

function fileFetch(url) {
  return readFile(join(out, url)).then(
    function (data) { return { ok: true, status: 200, text: function () { return Promise.resolve(data.toString("utf8")); } }; },
    function () { return { ok: false, status: 404, text: function () { return Promise.resolve(""); } }; });
}

function percentile(sorted, p) { return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]; }

const t0 = performance.now();
const got = await open("/", { fetch: fileFetch });
if (got.error) { console.error(got.error); process.exit(1); }
const t1 = performance.now();
const index = buildIndex(got.catalogue.rows);
const t2 = performance.now();
console.log(`${got.catalogue.rows.length} stretches, ${index.terms.length} distinct words`);
console.log(`load (read, parse, rows): ${(t1 - t0).toFixed(1)} ms; build search index: ${(t2 - t1).toFixed(1)} ms`);

const all = [];
for (const [q, f] of queries) {
  const times = [];
  let n = 0;
  for (let i = 0; i < runs; i++) {
    const s = performance.now();
    n = search(index, q, f).length;
    times.push(performance.now() - s);
  }
  times.sort(function (a, b) { return a - b; });
  all.push(...times);
  console.log(`${JSON.stringify(q).padEnd(18)} ${JSON.stringify(f).padEnd(50)} ${String(n).padStart(6)} hits  p50 ${percentile(times, 0.5).toFixed(2)} ms  p95 ${percentile(times, 0.95).toFixed(2)} ms`);
}
all.sort(function (a, b) { return a - b; });
console.log(`all queries: p50 ${percentile(all, 0.5).toFixed(2)} ms, p95 ${percentile(all, 0.95).toFixed(2)} ms, max ${all[all.length - 1].toFixed(2)} ms`);
