// The catalogue of a limber site's published stretches, as limber build
// writes it under <root>catalogue/ (see docs/catalogue.md), read in the
// browser for the builder and program pages and the site search.
//
// Nothing here throws into the page: every load gives {value} or {error},
// where error is a problem {key, args} of the words of internal/lang
// (js.cat.*), which words.js's say(t, error) puts in the page's language.

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
    return problem("js.cat.root");
  }
  if (!root.endsWith("/")) root += "/";
  const got = await load(get, root + "catalogue/index.json");
  if (got.error) return got;
  const index = got.value;
  const bad = checkIndex(index, root);
  if (bad) return problem("js.cat.file", root + "catalogue/index.json", bad);
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
    if (!row) return problem("js.cat.nostretch", JSON.stringify(slug));
    const shard = await this.shard(row.shard);
    if (shard.error) return shard;
    const details = shard.value.get(slug);
    if (!details) return problem("js.cat.nodetails", this.index.shards[row.shard], JSON.stringify(slug));
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
  if (!Array.isArray(got.value.stretches)) return problem("js.cat.file", url, { key: "js.cat.nostretches", args: [] });
  const map = new Map();
  for (const s of got.value.stretches) {
    if (s && typeof s.slug === "string") map.set(s.slug, s);
  }
  return { value: map };
}

async function loadRoutines(get, url) {
  const got = await load(get, url);
  if (got.error) return got;
  if (!Array.isArray(got.value.routines)) return problem("js.cat.file", url, { key: "js.cat.noroutines", args: [] });
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
    if (!response.ok) return problem("js.cat.status", url, response.status);
    text = await response.text();
  } catch (e) {
    return problem("js.cat.failed", url, e && e.message ? e.message : String(e));
  }
  let value;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return problem("js.cat.json", url);
  }
  if (value === null || typeof value !== "object") return problem("js.cat.notcat", url);
  if (value.version !== version) return problem("js.cat.version", url, JSON.stringify(value.version), version);
  return { value };
}

/** Returns {error} of the problem key with args. */
function problem(key, ...args) { return { error: { key, args } }; }

/** Says what is wrong with the index's shape, as a problem {key, args}, or null when nothing is. */
function checkIndex(index, root) {
  const bad = function (key, ...args) { return { key, args }; };
  if (index.root !== root) return bad("js.cat.site", JSON.stringify(index.root), JSON.stringify(root));
  if (!Number.isInteger(index.count) || index.count < 0) return bad("js.cat.count");
  if (!index.stretches || typeof index.stretches !== "object") return bad("js.cat.nocolumns");
  for (const c of columns) {
    const col = index.stretches[c];
    if (!Array.isArray(col) || col.length !== index.count) return bad("js.cat.column", c, index.count);
  }
  if (!Array.isArray(index.shards) || typeof index.routines !== "string") return bad("js.cat.files");
  for (const n of index.stretches.shard) {
    if (!Number.isInteger(n) || n < 0 || n >= index.shards.length) return bad("js.cat.shard", JSON.stringify(n));
  }
  if (!index.vocab || typeof index.vocab !== "object" || !Array.isArray(index.conditions)) return bad("js.cat.vocab");
  return null;
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
