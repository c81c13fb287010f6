// The catalogue of a limber site's published stretches, as limber build
// writes it under <root>catalogue/ (see docs/catalogue.md), read in the
// browser for the builder and program pages and the site search.
//
// Nothing here throws into the page: every load gives {value} or {error},
// where error is one plain sentence.

/** The version of the catalogue's format that this module reads. */
export const version = 1;

const columns = ["slug", "title", "summary", "url", "type", "hold", "reps", "sets", "sides", "regions", "position",
  "equipment", "difficulty", "muscles", "contraindications", "easier", "harder", "shard"];

/**
 * Loads the catalogue of the site whose root path is root ("/" or a base
 * path such as "/handouts/"). options.fetch replaces the browser's fetch
 * (for tests). Returns {catalogue} or {error}.
 */
export async function open(root, options = {}) {
  const get = options.fetch || globalThis.fetch;
  if (typeof root !== "string" || !root.startsWith("/")) {
    return { error: "the site's root must be a path that starts with /, such as / or /handouts/" };
  }
  if (!root.endsWith("/")) root += "/";
  const got = await load(get, root + "catalogue/index.json");
  if (got.error) return got;
  const index = got.value;
  const bad = checkIndex(index, root);
  if (bad) return { error: root + "catalogue/index.json: " + bad };
  return { catalogue: new Catalogue(get, index, toRows(index)) };
}

/** A loaded catalogue: its stretches as rows, and their details on demand. */
class Catalogue {
  constructor(get, index, rows) {
    this.root = index.root;
    this.vocab = index.vocab;
    this.conditions = index.conditions;
    this.rows = rows;
    this.get = get;
    this.index = index;
    this.bySlugMap = new Map(rows.map(function (r) { return [r.slug, r]; }));
    this.shards = new Map();
    this.routineList = null;
  }

  /** The row of the stretch with this slug, or undefined. */
  bySlug(slug) { return this.bySlugMap.get(slug); }

  /**
   * The details of a stretch, {details: {slug, steps, stop_if, picture}}, or
   * {error}. Each shard is fetched once; one that failed is tried again on
   * the next call.
   */
  async details(slug) {
    const row = this.bySlug(slug);
    if (!row) return { error: "there is no stretch " + JSON.stringify(slug) + " in the catalogue" };
    const shard = await this.shard(row.shard);
    if (shard.error) return shard;
    const details = shard.value.get(slug);
    if (!details) return { error: this.index.shards[row.shard] + " has no details of " + JSON.stringify(slug) };
    return { details };
  }

  /** The shard numbered n as {value: Map of slug to details} or {error}. */
  shard(n) {
    let pending = this.shards.get(n);
    if (!pending) {
      pending = loadShard(this.get, this.index.shards[n]);
      this.shards.set(n, pending);
      const shards = this.shards;
      pending.then(function (got) { if (got.error) shards.delete(n); });
    }
    return pending;
  }

  /** Every published routine as {routines: [...]} or {error}; fetched once. */
  routines() {
    if (!this.routineList) {
      const self = this;
      this.routineList = loadRoutines(this.get, this.index.routines);
      this.routineList.then(function (got) { if (got.error) self.routineList = null; });
    }
    return this.routineList;
  }
}

async function loadShard(get, url) {
  const got = await load(get, url);
  if (got.error) return got;
  if (!Array.isArray(got.value.stretches)) return { error: url + ": it has no list of stretches" };
  const map = new Map();
  for (const s of got.value.stretches) {
    if (s && typeof s.slug === "string") map.set(s.slug, s);
  }
  return { value: map };
}

async function loadRoutines(get, url) {
  const got = await load(get, url);
  if (got.error) return got;
  if (!Array.isArray(got.value.routines)) return { error: url + ": it has no list of routines" };
  return { routines: got.value.routines };
}

/**
 * Fetches url and parses its JSON, checking its version: {value} or
 * {error}, never a throw.
 */
async function load(get, url) {
  let text;
  try {
    const response = await get(url);
    if (!response.ok) return { error: "could not load " + url + ": the server answered " + response.status };
    text = await response.text();
  } catch (e) {
    return { error: "could not load " + url + ": " + (e && e.message ? e.message : String(e)) };
  }
  let value;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { error: url + " is not valid JSON" };
  }
  if (value === null || typeof value !== "object") return { error: url + " is not a catalogue file" };
  if (value.version !== version) {
    return { error: url + " is in version " + JSON.stringify(value.version) + " of the catalogue's format, and this " +
      "page reads only version " + version + ": build the site again with the same limber as this page" };
  }
  return { value };
}

/** Says what is wrong with the index's shape, or "" when nothing is. */
function checkIndex(index, root) {
  if (index.root !== root) return "it is the catalogue of the site at " + JSON.stringify(index.root) + ", not " + JSON.stringify(root);
  if (!Number.isInteger(index.count) || index.count < 0) return "its count is not a whole number";
  if (!index.stretches || typeof index.stretches !== "object") return "it has no stretches";
  for (const c of columns) {
    const col = index.stretches[c];
    if (!Array.isArray(col) || col.length !== index.count) return "its column " + c + " does not have " + index.count + " values";
  }
  if (!Array.isArray(index.shards) || typeof index.routines !== "string") return "it does not name its other files";
  for (const n of index.stretches.shard) {
    if (!Number.isInteger(n) || n < 0 || n >= index.shards.length) return "a stretch's shard " + JSON.stringify(n) + " is not one it names";
  }
  if (!index.vocab || typeof index.vocab !== "object" || !Array.isArray(index.conditions)) return "it has no vocabularies";
  return "";
}

/** Turns the index's columns into one object per stretch, in slug order. */
export function toRows(index) {
  const cols = columns.map(function (c) { return index.stretches[c]; });
  const rows = new Array(index.count);
  for (let i = 0; i < index.count; i++) {
    const row = {};
    for (let c = 0; c < columns.length; c++) row[columns[c]] = cols[c][i];
    rows[i] = row;
  }
  return rows;
}
