// Search and filters over the catalogue's stretch rows (catalogue.js), for
// the builder page and the site search: words over title, summary and
// muscles, forgiving a typo, ranked with title hits first; filters by
// region, position, type, equipment and difficulty.

const field = { title: 1, muscles: 2, summary: 4 };
const weight = { 1: 100, 2: 10, 4: 1 }; // a word in a title outranks any number elsewhere
const quality = { exact: 1, prefix: 0.8, typo: 0.6 };
const ascii = /^[\x00-\x7f]*$/;
const stop = new Set(["a", "an", "and", "the", "of", "for", "to", "your", "my", "in", "on", "with", "or", "at"]);

/** The filters and the row field each reads; regions and equipment are lists. */
export const facets = Object.freeze({
  regions: "regions", positions: "position", types: "type", equipment: "equipment", difficulties: "difficulty",
});

/** Splits text into lower-case words without accents; "Child's" is "childs". */
export function words(text) {
  if (typeof text !== "string") return [];
  let plain = text.toLowerCase();
  if (!ascii.test(plain)) plain = plain.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/\u2019/g, "");
  return plain.replace(/'/g, "").split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/**
 * Builds the search index of rows once: every distinct word, and for each
 * the stretches that have it (in row order) and in which fields (bits).
 */
export function buildIndex(rows) {
  const postings = new Map();
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    add(postings, i, field.title, words(r.title));
    add(postings, i, field.muscles, words((r.muscles || []).join(" ")));
    add(postings, i, field.summary, words(r.summary));
  }
  const terms = [...postings.keys()];
  return { rows, terms, postings };
}

function add(postings, doc, bit, list) {
  for (const w of list) {
    let p = postings.get(w);
    if (!p) postings.set(w, p = { docs: [], bits: [] });
    const last = p.docs.length - 1;
    if (p.docs[last] === doc) p.bits[last] |= bit;
    else { p.docs.push(doc); p.bits.push(bit); }
  }
}

/**
 * Searches the index: query is the words typed, filters an object of
 * facet names (see facets) to lists of slugs. Within a facet any value
 * matches; facets combine (all must match). Every word must match (a
 * stretch missing one is left out), the last one as a prefix too, and a
 * word of 5 letters or more with one typo. Gives the rows in rank order:
 * hits in titles first, then muscles, then summaries, then by title.
 * With no words, every row that passes the filters, by title.
 */
export function search(index, query, filters = {}, limit = Infinity) {
  const allowed = filterRows(index.rows, filters);
  const typed = queryWords(query);
  let scored;
  if (typed.length === 0) {
    scored = [];
    for (let i = 0; i < index.rows.length; i++) if (allowed[i]) scored.push([i, 0]);
  } else {
    scored = scoreAll(index, typed, allowed);
  }
  const rows = index.rows;
  scored.sort(function (a, b) {
    return b[1] - a[1] || compare(rows[a[0]].title, rows[b[0]].title) || compare(rows[a[0]].slug, rows[b[0]].slug);
  });
  return scored.slice(0, limit).map(function (s) { return rows[s[0]]; });
}

function compare(a, b) { return a < b ? -1 : a > b ? 1 : 0; }

/** The query's words, each {word, last}, without stop words unless all are. */
function queryWords(query) {
  const list = words(query);
  const ended = typeof query !== "string" || /[^\p{L}\p{N}'\u2019]$/u.test(query);
  const typed = list.map(function (w, i) { return { word: w, last: i === list.length - 1 && !ended }; });
  const kept = typed.filter(function (t) { return !stop.has(t.word) || t.last; });
  return kept.length > 0 ? kept : typed;
}

/** Marks the rows that pass every filter given. */
function filterRows(rows, filters) {
  const allowed = new Uint8Array(rows.length).fill(1);
  for (const name of Object.keys(facets)) {
    const want = filters && filters[name];
    if (!Array.isArray(want) || want.length === 0) continue;
    const set = new Set(want);
    const key = facets[name];
    for (let i = 0; i < rows.length; i++) {
      if (!allowed[i]) continue;
      const v = rows[i][key];
      const ok = Array.isArray(v) ? v.some(function (x) { return set.has(x); }) : set.has(v);
      if (!ok) allowed[i] = 0;
    }
  }
  return allowed;
}

/** Scores the allowed rows that match every word: [[row, score]...]. */
function scoreAll(index, typed, allowed) {
  let total = null;
  for (const t of typed) {
    const best = new Map();
    for (const [term, q] of matchingTerms(index.terms, t)) {
      const p = index.postings.get(term);
      for (let k = 0; k < p.docs.length; k++) {
        const doc = p.docs[k];
        if (!allowed[doc] || (total && !total.has(doc))) continue;
        const s = q * fieldWeight(p.bits[k]);
        if (s > (best.get(doc) || 0)) best.set(doc, s);
      }
    }
    if (total) for (const [doc, s] of best) best.set(doc, s + total.get(doc));
    total = best;
    if (total.size === 0) break;
  }
  return [...total];
}

function fieldWeight(bits) {
  return bits & field.title ? weight[field.title] : bits & field.muscles ? weight[field.muscles] : weight[field.summary];
}

/** The index's words that a typed word matches, each with its quality. */
function matchingTerms(terms, t) {
  const out = [];
  const w = t.word;
  const fuzzy = w.length >= 5;
  for (const term of terms) {
    if (term === w) out.push([term, quality.exact]);
    else if (t.last && term.startsWith(w)) out.push([term, quality.prefix]);
    else if (fuzzy && Math.abs(term.length - w.length) <= 1 && withinOne(w, term)) out.push([term, quality.typo]);
    else if (fuzzy && t.last && term.length > w.length && typoPrefix(w, term)) out.push([term, quality.typo]);
  }
  return out;
}

/** Says whether term starts with w give or take one edit. */
function typoPrefix(w, term) {
  for (let n = w.length - 1; n <= w.length + 1; n++) if (withinOne(w, term.slice(0, n))) return true;
  return false;
}

/**
 * Says whether a becomes b by at most one edit: a letter changed, added
 * or taken away, or two letters next to each other swapped.
 */
export function withinOne(a, b) {
  if (a === b) return true;
  const la = a.length, lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
