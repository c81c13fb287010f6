// builder-find.js: the "Find stretches" part of the builder page: a search
// box, filters from the catalogue's vocabularies, the results with an Add
// button each, and "Start from a routine". search.js does the matching; the
// index is built once. The count of results is read out in a polite live
// region, a moment after the typing stops.

import { buildIndex, search } from "./search.js";
import { sentence } from "./dosage.js";
import { el, field, selectField, liveRegion } from "./builder-dom.js";
import { ownDose, countWords } from "./builder-state.js";

/** The most results listed at once; a narrower search shows the rest. */
const shown = 50;

/** The filters, each [facet of search.js, key of catalogue.vocab, label]. */
const filterList = [
  ["regions", "regions", "Body region"], ["positions", "positions", "Position"], ["types", "types", "Type"],
  ["equipment", "equipment", "Equipment"], ["difficulties", "difficulties", "Difficulty"],
];

/**
 * Builds the find section into parent. catalogue is catalogue.js's;
 * onAdd(row) adds a stretch; onRoutine(routine) starts from a routine.
 */
export function buildFind(parent, catalogue, onAdd, onRoutine) {
  const index = buildIndex(catalogue.rows);
  const section = el("section", { className: "builder-find", "aria-labelledby": "builder-find-h" },
    el("h2", { id: "builder-find-h" }, "Find stretches"));
  const box = field("Search stretches", "input", { type: "search", autocomplete: "off", spellcheck: false });
  const filters = el("div", { className: "builder-filters" });
  const selects = {};
  for (const [facet, vocabKey, label] of filterList) {
    const vocab = (catalogue.vocab && catalogue.vocab[vocabKey]) || [];
    if (vocab.length === 0) continue;
    const f = selectField(label, [["", "Any"]].concat(vocab.map(function (v) { return [v.slug, v.name]; })));
    selects[facet] = f.control;
    filters.append(f.wrap);
  }
  const count = liveRegion("builder-count");
  const list = el("ul", { className: "builder-results", "aria-label": "Stretches found" });
  section.append(box.wrap, filters, count, list);
  parent.append(section);

  let timer = 0;
  function update() {
    const wanted = {};
    for (const [facet, select] of Object.entries(selects)) if (select.value) wanted[facet] = [select.value];
    const rows = search(index, box.control.value, wanted);
    showResults(list, rows.slice(0, shown), onAdd);
    window.clearTimeout(timer);
    timer = window.setTimeout(function () { count.textContent = countText(rows.length); }, 400);
  }
  box.control.addEventListener("input", update);
  for (const select of Object.values(selects)) select.addEventListener("change", update);
  update();
  buildRoutines(section, catalogue, onRoutine);
}

/** Says how many stretches were found, and how many are listed. */
function countText(n) {
  if (n === 0) return "No stretches found. Try fewer words or filters.";
  const found = countWords(n) + " found";
  return n > shown ? found + ", the first " + shown + " listed. Add words or filters to narrow it." : found + ".";
}

/** Lists the rows: title, summary, dose sentence and an Add button each. */
function showResults(list, rows, onAdd) {
  list.replaceChildren();
  for (const row of rows) {
    const add = el("button", { type: "button", className: "builder-add", "aria-label": "Add " + row.title }, "Add");
    add.addEventListener("click", function () { onAdd(row); });
    list.append(el("li", { className: "builder-result" },
      el("div", {}, el("h3", {}, row.title), el("p", {}, row.summary || ""),
        el("p", { className: "builder-dose" }, sentence(ownDose(row)))),
      add));
  }
}

/** Adds "Start from a routine": a select of the site's routines and a button. */
async function buildRoutines(section, catalogue, onRoutine) {
  const got = await catalogue.routines();
  if (got.error) {
    section.append(el("p", { className: "builder-error" }, "The site's routines could not be loaded: " + got.error));
    return;
  }
  if (got.routines.length === 0) return;
  const pick = selectField("Start from a routine", got.routines.map(function (r, i) { return [String(i), r.title]; }));
  const use = el("button", { type: "button" }, "Use this routine");
  use.addEventListener("click", function () { onRoutine(got.routines[Number(pick.control.value)]); });
  section.append(el("div", { className: "builder-routine" }, pick.wrap, use));
}
