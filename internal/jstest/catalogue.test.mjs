// Checks templates/assets/catalogue.js on the catalogue Go writes for the
// sample site (internal/catalogue/testdata/sample, go test -update there),
// with a fetch that serves those files, or fails, as a test asks.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { open, version } from "../../templates/assets/catalogue.js";
import { translator, say } from "../../templates/assets/words.js";
import en from "./testdata/words-en.js";
import es from "./testdata/words-es.js";

// inWords puts the problem of a result {error} in English (or t's) words.
const inWords = function (got, t = translator(en, "en")) { return got.error ? { error: say(t, got.error) } : got; };

const sample = new URL("../catalogue/testdata/sample/", import.meta.url);
const file = function (path) { return readFileSync(new URL(path.slice(1), sample), "utf8"); };
const index = JSON.parse(file("/catalogue/index.json"));

// server answers each url from the sample, or from changes (a text, a
// status number or an Error to throw), and counts what was asked.
function server(changes = {}) {
  const asked = [];
  const fetch = async function (url) {
    asked.push(url);
    const c = changes[url];
    if (c instanceof Error) throw c;
    if (typeof c === "number") return { ok: false, status: c, text: async function () { return ""; } };
    let text = c;
    if (text === undefined) {
      try { text = file(url); } catch { return { ok: false, status: 404, text: async function () { return ""; } }; }
    }
    return { ok: true, status: 200, text: async function () { return text; } };
  };
  return { fetch, asked };
}

test("open turns the index's columns into one row per stretch", async function () {
  const s = server();
  const { catalogue, error } = await open("/", { fetch: s.fetch });
  assert.equal(error, undefined);
  assert.deepEqual(s.asked, ["/catalogue/index.json"]);
  assert.equal(catalogue.rows.length, index.count);
  assert.ok(index.count >= 8);
  catalogue.rows.forEach(function (row, i) {
    for (const [column, values] of Object.entries(index.stretches)) assert.deepEqual(row[column], values[i], column);
  });
  const row = catalogue.bySlug("knee-to-chest");
  assert.equal(row.title, "Knee to chest");
  assert.deepEqual(row.regions, ["lower-back", "hips"]);
  assert.equal(catalogue.bySlug("nope"), undefined);
  assert.deepEqual(catalogue.vocab, index.vocab);
  assert.deepEqual(catalogue.conditions, index.conditions);
});

test("details fetches a stretch's shard once, however often it is asked", async function () {
  const s = server();
  const { catalogue } = await open("/", { fetch: s.fetch });
  const [a, b] = await Promise.all([catalogue.details("lunge"), catalogue.details("cat-cow")]);
  assert.equal(a.details.slug, "lunge");
  assert.ok(a.details.steps.length > 0 && a.details.steps[0][0].text.length > 0);
  assert.ok(a.details.picture.url.startsWith("/"));
  assert.equal(b.details.slug, "cat-cow");
  await catalogue.details("open-book");
  assert.deepEqual(s.asked, ["/catalogue/index.json", "/catalogue/0.json"]);
  assert.deepEqual(inWords(await catalogue.details("nope")), { error: 'there is no stretch "nope" in the catalogue' });
});

test("a shard that fails gives an error, and is fetched again next time", async function () {
  const changes = { "/catalogue/0.json": new TypeError("Failed to fetch") };
  const s = server(changes);
  const { catalogue } = await open("/", { fetch: s.fetch });
  assert.deepEqual(inWords(await catalogue.details("lunge")), { error: "could not load /catalogue/0.json: Failed to fetch" });
  changes["/catalogue/0.json"] = 503;
  assert.deepEqual(inWords(await catalogue.details("lunge")), { error: "could not load /catalogue/0.json: the server answered 503" });
  delete changes["/catalogue/0.json"];
  assert.equal((await catalogue.details("lunge")).details.slug, "lunge");
  assert.equal(s.asked.filter(function (u) { return u === "/catalogue/0.json"; }).length, 3);
});

test("routines are loaded once, in Go's order", async function () {
  const s = server();
  const { catalogue } = await open("/", { fetch: s.fetch });
  const { routines } = await catalogue.routines();
  assert.deepEqual(routines, JSON.parse(file("/catalogue/routines.json")).routines);
  await catalogue.routines();
  assert.deepEqual(s.asked, ["/catalogue/index.json", "/catalogue/routines.json"]);
});

test("another version of the format is refused with a plain message", async function () {
  const other = JSON.stringify(Object.assign({}, index, { version: 2 }));
  assert.deepEqual(inWords(await open("/", { fetch: server({ "/catalogue/index.json": other }).fetch })), {
    error: "/catalogue/index.json is in version 2 of the catalogue's format, and this page reads only version 1: " +
      "build the site again with the same limber as this page",
  });
  const s = server({ "/catalogue/0.json": '{"version":"1","stretches":[]}' });
  const { catalogue } = await open("/", { fetch: s.fetch });
  assert.match(inWords(await catalogue.details("lunge")).error, /^\/catalogue\/0\.json is in version "1" of/);
  assert.equal(version, 1);
});

test("a missing, broken or foreign index is an error, never a throw", async function () {
  const cases = [
    [{ "/catalogue/index.json": 404 }, "/", "could not load /catalogue/index.json: the server answered 404"],
    [{ "/catalogue/index.json": new Error("offline") }, "/", "could not load /catalogue/index.json: offline"],
    [{ "/catalogue/index.json": "<html>" }, "/", "/catalogue/index.json is not valid JSON"],
    [{ "/catalogue/index.json": "null" }, "/", "/catalogue/index.json is not a catalogue file"],
    [{ "/handouts/catalogue/index.json": file("/catalogue/index.json") }, "/handouts",
      '/handouts/catalogue/index.json: it is the catalogue of the site at "/", not "/handouts/"'],
    [{ "/catalogue/index.json": JSON.stringify(Object.assign({}, index, { count: index.count + 1 })) }, "/",
      `/catalogue/index.json: its column slug does not have ${index.count + 1} values`],
    [{}, "handouts/", "the site's root must be a path that starts with /, such as / or /handouts/"],
  ];
  for (const [changes, root, error] of cases) {
    assert.deepEqual(inWords(await open(root, { fetch: server(changes).fetch })), { error }, error);
  }
});

test("the errors read in Spanish on a Spanish page", async function () {
  const spanish = translator(es, "es");
  const got = await open("/", { fetch: server({ "/catalogue/index.json": 404 }).fetch });
  assert.deepEqual(inWords(got, spanish), { error: "no se pudo cargar /catalogue/index.json: el servidor respondió 404" });
  const { catalogue } = await open("/", { fetch: server({ "/catalogue/routines.json": "{\"version\":1}" }).fetch });
  assert.deepEqual(inWords(await catalogue.routines(), spanish),
    { error: "/catalogue/routines.json: no tiene una lista de rutinas" });
});

test("under a base path every address comes from the index", async function () {
  const text = file("/catalogue/index.json").replaceAll('"/', '"/handouts/');
  const s = server({
    "/handouts/catalogue/index.json": text,
    "/handouts/catalogue/0.json": file("/catalogue/0.json"),
  });
  const { catalogue, error } = await open("/handouts/", { fetch: s.fetch });
  assert.equal(error, undefined);
  assert.equal(catalogue.bySlug("lunge").url, "/handouts/stretches/lunge/");
  assert.equal((await catalogue.details("lunge")).details.slug, "lunge");
  assert.deepEqual(s.asked, ["/handouts/catalogue/index.json", "/handouts/catalogue/0.json"]);
});
