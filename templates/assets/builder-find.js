// builder-find.js: the "Find stretches" part of the builder page: a search
// box, filters from the catalogue's vocabularies, the results with an Add
// button each, and "Start from a routine". search.js does the matching; the
// index is built once. The count of results is read out in a polite live
// region, a moment after the typing stops.

import { buildIndex, search } from "./search.js";
import { sentence } from "./dosage.js";
import { el, field, selectField, liveRegion } from "./dom.js";
import { ownDose } from "./builder-state.js";
import { say } from "./words.js";

/** The most results listed at once; a narrower search shows the rest. */
const shown = 50;

/** The filters, each [facet of search.js, key of catalogue.vocab, key of the label's words]. */
const filterList = [
  ["regions", "regions", "js.find.region"], ["positions", "positions", "js.find.position"],
  ["types", "types", "js.find.type"], ["equipment", "equipment", "js.find.equipment"],
  ["difficulties", "difficulties", "js.find.difficulty"],
];

/**
 * Builds the find section into parent. catalogue is catalogue.js's;
 * onAdd(row) adds a stretch; onRoutine(routine) starts from a routine;
 * t is words.js's translator of the page's language.
 */
export function buildFind(parent, catalogue, onAdd, onRoutine, t) {
  const index = buildIndex(catalogue.rows);
  const section = el("section", { className: "builder-find", "aria-labelledby": "builder-find-h" },
    el("h2", { id: "builder-find-h" }, t("js.find.title")));
  const box = field(t("js.find.search"), "input", { type: "search", autocomplete: "off", spellcheck: false });
  const filters = el("div", { className: "builder-filters" });
  const selects = {};
  for (const [facet, vocabKey, label] of filterList) {
    const vocab = (catalogue.vocab && catalogue.vocab[vocabKey]) || [];
    if (vocab.length === 0) continue;
    const f = selectField(t(label), [["", t("js.find.any")]].concat(vocab.map(function (v) { return [v.slug, v.name]; })));
    selects[facet] = f.control;
    filters.append(f.wrap);
  }
  const count = liveRegion("builder-count");
  const list = el("ul", { className: "builder-results", "aria-label": t("js.find.results") });
  section.append(box.wrap, filters, count, list);
  parent.append(section);

  let timer = 0;
  function update() {
    const wanted = {};
    for (const [facet, select] of Object.entries(selects)) if (select.value) wanted[facet] = [select.value];
    const rows = search(index, box.control.value, wanted);
    showResults(list, rows.slice(0, shown), onAdd, t);
    window.clearTimeout(timer);
    timer = window.setTimeout(function () { count.textContent = countText(rows.length, t); }, 400);
  }
  box.control.addEventListener("input", update);
  for (const select of Object.values(selects)) select.addEventListener("change", update);
  update();
  buildRoutines(section, catalogue, onRoutine, t);
}

/** Says how many stretches were found, and how many are listed. */
function countText(n, t) {
  if (n === 0) return t("js.find.none");
  return n > shown ? t("js.find.many", n, shown) : t("js.find.count", n);
}

/** Lists the rows: title, summary, dose sentence and an Add button each. */
function showResults(list, rows, onAdd, t) {
  list.replaceChildren();
  for (const row of rows) {
    const add = el("button", { type: "button", className: "builder-add", "aria-label": t("js.find.addname", row.title) }, t("js.find.add"));
    add.addEventListener("click", function () { onAdd(row); });
    list.append(el("li", { className: "builder-result" },
      el("div", {}, el("h3", {}, row.title), el("p", {}, row.summary || ""),
        el("p", { className: "builder-dose" }, sentence(ownDose(row), t.lang))),
      add));
  }
}

/**
 * Adds "Start from a routine": a button that loads the site's routines
 * (catalogue/routines.json, up to a few hundred KB on a large site, so not
 * part of the page's first load) and then shows a select of them and "Use
 * this routine".
 */
function buildRoutines(section, catalogue, onRoutine, t) {
  const box = el("div", { className: "builder-routine" });
  const open = el("button", { type: "button" }, t("js.routine.start"));
  open.addEventListener("click", async function () {
    open.disabled = true;
    const got = await catalogue.routines();
    if (got.error) {
      open.disabled = false;
      box.append(el("p", { className: "builder-error" }, t("js.routine.failed", say(t, got.error))));
      return;
    }
    open.remove();
    showRoutines(box, got.routines, onRoutine, t);
  });
  box.append(open);
  section.append(box);
}

/** Shows the select of routines and "Use this routine" in box, focused. */
function showRoutines(box, routines, onRoutine, t) {
  box.replaceChildren();
  if (routines.length === 0) {
    box.append(el("p", {}, t("js.routine.none")));
    return;
  }
  const pick = selectField(t("js.routine.start"), routines.map(function (r, i) { return [String(i), r.title]; }));
  const use = el("button", { type: "button" }, t("js.routine.use"));
  use.addEventListener("click", function () { onRoutine(routines[Number(pick.control.value)]); });
  box.append(pick.wrap, use);
  pick.control.focus();
}
