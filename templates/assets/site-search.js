// site-search.js: the search box in the header of every page (except the
// builder, which has its own). The page has an empty, hidden
// <div id="site-search" class="site-search" data-root="/">; without
// JavaScript it stays hidden and the browse pages do the same work. With
// JavaScript this module builds a search form in it: a labelled search
// field, a Search button, a status line in a polite live region and a list
// of at most 8 links to stretch pages, each with its summary.
//
// The catalogue (40-300 KB) is loaded only when the field is first focused
// or typed in, never on page load. Keyboard: Down arrow moves from the field
// into the results and between them, Up arrow back, Escape closes the list
// and returns to the field, Enter goes to the first result.
//
// Text from the catalogue is shown as text only (textContent), and a result
// links only to a path under the site's root. Its words are the page's
// language's (words.js).

import { load as loadWords, say as sayProblem } from "./words.js";

const limit = 8;
const quiet = 400; // ms without typing before the live region is updated

/** Builds the search box in the element, if the page has one; resolves to its state. */
export async function start(doc) {
  const box = doc.getElementById("site-search");
  if (!box) return null;
  const root = box.dataset.root || "/";
  if (!root.startsWith("/") || root.startsWith("//")) return null;
  const t = await loadWords(doc);
  const ui = build(doc, box, t);
  const state = { root: root.endsWith("/") ? root : root + "/", ui, t, loading: null, index: null, search: null, rows: [], timer: 0 };
  wire(doc, state);
  box.hidden = false;
  return state;
}

/** Makes the form, the status line and the results list. */
function build(doc, box, t) {
  const el = function (tag, props) { return Object.assign(doc.createElement(tag), props || {}); };
  const form = el("form", { className: "site-search-form" });
  form.setAttribute("role", "search");
  const label = el("label", { className: "site-search-label", htmlFor: "site-search-input", textContent: t("js.search.label") });
  const input = el("input", { type: "search", id: "site-search-input", name: "q", autocomplete: "off", spellcheck: false });
  input.setAttribute("aria-controls", "site-search-results");
  input.setAttribute("enterkeyhint", "go");
  const button = el("button", { type: "submit", className: "site-search-button", textContent: t("js.search.button") });
  const row = el("div", { className: "site-search-row" });
  row.append(input, button);
  form.append(label, row);
  const panel = el("div", { className: "site-search-panel", id: "site-search-results", hidden: true });
  const status = el("p", { className: "site-search-status" });
  status.setAttribute("role", "status");
  const list = el("ul", { className: "site-search-results" });
  list.setAttribute("aria-label", t("js.find.results"));
  panel.append(list);
  box.replaceChildren(form, status, panel);
  return { box, form, input, button, panel, status, list };
}

/** Connects the events: load on first use, search as typed, keys, submit. */
function wire(doc, state) {
  const { box, form, input, list } = state.ui;
  input.addEventListener("focus", function () { load(state); });
  input.addEventListener("input", function () { update(state); });
  input.addEventListener("keydown", function (e) { onFieldKey(state, e); });
  list.addEventListener("keydown", function (e) { onListKey(state, e); });
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    go(state);
  });
  box.addEventListener("focusout", function (e) {
    if (e.relatedTarget && !box.contains(e.relatedTarget)) close(state);
  });
  doc.addEventListener("click", function onClick(e) {
    // A box that limber serve's update took out of the page lets go.
    if (!box.isConnected) return doc.removeEventListener("click", onClick);
    if (!box.contains(e.target)) close(state);
  });
}

/**
 * Loads the catalogue and builds its search index once; later calls get the
 * same promise. Resolves to "" or an error sentence.
 */
function load(state) {
  if (!state.loading) {
    state.loading = (async function () {
      try {
        const [cat, find] = await Promise.all([import("./catalogue.js"), import("./search.js")]);
        const got = await cat.open(state.root);
        if (got.error) return sayProblem(state.t, got.error);
        state.index = find.buildIndex(got.catalogue.rows);
        state.search = find.search;
        return "";
      } catch (e) {
        return String(e && e.message ? e.message : e);
      }
    })();
    state.loading.then(function (error) {
      if (error) state.loading = null; // try again on the next focus
    });
  }
  return state.loading;
}

/** Searches for what the field holds and shows the results. */
async function update(state) {
  const query = state.ui.input.value;
  if (query.trim() === "") {
    close(state);
    say(state, "", false);
    return;
  }
  if (!state.index) {
    say(state, state.t("js.search.loading"), true);
    const error = await load(state);
    if (state.ui.input.value !== query) return; // a later keystroke shows its own results
    if (error) {
      say(state, state.t("js.search.failed", error), true);
      return;
    }
  }
  state.rows = state.search(state.index, query, {}, Infinity).filter(function (r) {
    return typeof r.url === "string" && r.url.startsWith(state.root);
  });
  show(state, query);
}

/** Fills the list with the first results and sets the status line. */
function show(state, query) {
  const doc = state.ui.list.ownerDocument;
  const items = state.rows.slice(0, limit).map(function (row) {
    const li = doc.createElement("li");
    const a = doc.createElement("a");
    a.href = row.url;
    a.textContent = row.title;
    li.append(a);
    if (row.summary) {
      const p = doc.createElement("p");
      p.className = "site-search-summary";
      p.textContent = row.summary;
      li.append(p);
    }
    return li;
  });
  state.ui.list.replaceChildren(...items);
  const n = state.rows.length;
  const t = state.t, q = query.trim();
  let message;
  if (n === 0) message = t("js.search.none", q);
  else if (n <= limit) message = t("js.search.count", n, q);
  else message = t("js.search.many", n, q, limit);
  open(state, n > 0);
  say(state, message, false);
}

/**
 * Sets the status line: at once when now is true, else after a pause in
 * typing, so that a screen reader announces the count once, not per key.
 */
function say(state, message, now) {
  clearTimeout(state.timer);
  const set = function () { state.ui.status.textContent = message; };
  if (now || message === "") set();
  else state.timer = setTimeout(set, quiet);
}

/**
 * Shows or hides the results. (A search field may not carry
 * aria-expanded, which is for combo boxes and buttons: the list is a plain
 * list of links that follows the field.)
 */
function open(state, shown) {
  state.ui.panel.hidden = !shown;
}

/** Closes the results; the field keeps what was typed. */
function close(state) {
  open(state, false);
}

/** Enter or the Search button: goes to the first result, if there is one. */
async function go(state) {
  if (state.ui.input.value.trim() === "") return;
  await update(state);
  const first = state.rows[0];
  if (first) state.ui.list.ownerDocument.defaultView.location.assign(first.url);
}

function links(state) {
  return [...state.ui.list.querySelectorAll("a")];
}

function onFieldKey(state, e) {
  if (e.key === "ArrowDown") {
    const first = links(state)[0];
    if (!first) return;
    e.preventDefault();
    open(state, true);
    first.focus();
  } else if (e.key === "Escape" && !state.ui.panel.hidden) {
    e.preventDefault();
    close(state);
  }
}

function onListKey(state, e) {
  const all = links(state);
  const at = all.indexOf(e.target);
  if (at < 0) return;
  if (e.key === "ArrowDown" || e.key === "ArrowUp") {
    e.preventDefault();
    const next = at + (e.key === "ArrowDown" ? 1 : -1);
    if (next < 0) state.ui.input.focus();
    else all[Math.min(next, all.length - 1)].focus();
  } else if (e.key === "Escape") {
    e.preventDefault();
    close(state);
    state.ui.input.focus();
  }
}

if (typeof document !== "undefined") {
  start(document);
  // limber serve replaces the page's body after a save (its script tag says
  // so with data-live-update): build the box again in the new body.
  document.addEventListener("limber:updated", function () { start(document); });
}
