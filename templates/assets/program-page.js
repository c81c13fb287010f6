// program-page.js: the program page, <root>program/#<address>. It reads
// the program from the address (program.js), loads the site's catalogue
// (catalogue.js) and the details of each stretch, and shows the program's
// sheet (programsheet.js) in #sheet-area, with a bar in #program-app: a
// Print button, a "Large print" switch, a link to change the program in the
// builder, a Start button for the follow-along mode (follow.js, from the
// stretches already loaded: it fetches nothing), and plain messages for an address that cannot be read or a
// stretch the site no longer has. It follows the address (hashchange).
//
// The program is never sent anywhere: the fragment stays in this page, the
// catalogue files are fetched by their fixed addresses, and every text of
// the address is shown as text only.

import { open } from "./catalogue.js";
import { decode } from "./program.js";
import { renderSheet, defaultTitle, sheetItems, runsItem } from "./programsheet.js";
import { openFollow } from "./follow.js";
import { markLong } from "./sheetpages.js";
import { load, withParts, say } from "./words.js";
import { el } from "./dom.js";

const page = document.getElementById("program-page");
const app = document.getElementById("program-app");
const area = document.getElementById("sheet-area");
const root = page.dataset.root || "/";
const builder = page.dataset.builder || root + "builder/";
const paper = page.dataset.paper || "";
const originalTitle = document.title;
const t = await load(document); // the words of the page's language

let catalogue = null; // the promise of {catalogue} or {error}, loaded once
let shown = null; // {address, program, stretches, missing}: what the sheet shows now
let turn = 0; // counts renders, so that a slow one never overwrites a newer one

for (const el of page.querySelectorAll(".needs-js")) el.hidden = true;
const ui = buildBar();
window.addEventListener("hashchange", show);
show();

/** Makes the bar: actions, the large-print switch and the live messages. */
function buildBar() {
  const bar = el("div", { className: "program-bar" });
  const print = el("button", { className: "program-print" }, t("js.print"));
  print.type = "button";
  print.addEventListener("click", function () { window.print(); });
  const change = el("a", { className: "program-change" }, t("js.program.change"));
  const large = el("input");
  large.type = "checkbox";
  large.id = "program-large";
  const label = el("label", { className: "program-large-label" }, large, " " + t("js.largeprint"));
  large.addEventListener("change", function () { if (shown) draw(shown, ++turn); });
  const start = el("button", { type: "button", className: "follow-start" }, t("js.follow.start"));
  start.addEventListener("click", function () { if (shown) openFollow(document, followItems(shown), t, start); });
  bar.append(start, " ", print, " ", change, " ", label);
  const status = el("div", { className: "program-status" });
  status.setAttribute("role", "status");
  const problem = el("div", { className: "program-problem" });
  problem.setAttribute("role", "status");
  app.replaceChildren(bar, status, problem);
  return { bar, print, change, large, status, problem };
}

/** Reads the address and shows its program, or says why it cannot. */
async function show() {
  const mine = ++turn;
  const address = location.hash.slice(1);
  const got = decode(address);
  if (got.error) return fail(t("js.program.badaddress", say(t, got.error)));
  ui.status.textContent = t("js.program.loading");
  if (!catalogue) catalogue = open(root);
  const cat = await catalogue;
  if (mine !== turn) return;
  if (cat.error) { catalogue = null; return fail(t("js.program.nocatalogue", say(t, cat.error))); }
  const loaded = await loadStretches(cat.catalogue, got.program);
  if (mine !== turn) return;
  shown = { address, program: got.program, stretches: loaded.stretches, missing: loaded.missing, conditions: cat.catalogue.conditions };
  await draw(shown, mine);
}

/** The program's stretches as follow.js's items, from what the page has loaded. */
function followItems(what) {
  const list = function (tag, runs) {
    return runs.length ? function () { return el(tag, {}, ...runs.map(function (r) { return runsItem(document, r); })); } : null;
  };
  return sheetItems(what.program, what.stretches, what.conditions, t.lang).map(function (it) {
    const pic = it.picture && typeof it.picture.url === "string" && it.picture.url.startsWith("/") && !it.picture.url.startsWith("//") ? it.picture : null;
    return { title: it.title, dose: it.dose, sentence: it.sentence, notes: it.notes, picture: pic,
      steps: list("ol", it.steps), stopIf: list("ul", it.stopIf) };
  });
}

/** Fetches each stretch's row and details: {stretches: Map, missing: [slug, in order]}. */
async function loadStretches(cat, program) {
  const stretches = new Map();
  const missing = [];
  await Promise.all(program.stretches.map(async function (it) {
    const row = cat.bySlug(it.ref);
    if (!row) { if (!missing.includes(it.ref)) missing.push(it.ref); return; }
    const d = await cat.details(it.ref);
    stretches.set(it.ref, { row, details: d.details || {} });
  }));
  const order = program.stretches.map(function (s) { return s.ref; });
  missing.sort(function (a, b) { return order.indexOf(a) - order.indexOf(b); });
  return { stretches, missing };
}

/** Renders the sheet of what into #sheet-area, then marks it long if it is. */
async function draw(what, mine) {
  const address = location.origin + location.pathname + "#" + what.address;
  const article = renderSheet(document, what.program, what.stretches,
    { address, large: ui.large.checked, links: true, conditions: what.conditions, t });
  area.replaceChildren(article);
  document.title = what.program.title || defaultTitle(t);
  ui.change.href = builder + "#" + what.address;
  ui.bar.hidden = false;
  ui.problem.replaceChildren();
  ui.problem.hidden = what.missing.length === 0;
  for (const slug of what.missing) {
    ui.problem.append(el("p", {}, t("js.program.gone", slug)));
  }
  ui.status.textContent = "";
  await picturesLoaded(article);
  if (mine !== turn) return;
  markLong(article, paper);
}

/** Resolves when every picture of article has loaded or failed. */
function picturesLoaded(article) {
  return Promise.all([...article.querySelectorAll("img")].map(function (img) {
    return img.complete ? null : new Promise(function (done) {
      img.addEventListener("load", done, { once: true });
      img.addEventListener("error", done, { once: true });
    });
  }));
}

/** Shows message (text only) with links to start again, and no sheet. */
function fail(message) {
  shown = null;
  area.replaceChildren();
  ui.bar.hidden = true;
  ui.status.textContent = "";
  document.title = originalTitle;
  const links = el("p", {}, ...withParts(t("js.program.again"),
    [link(builder, t("js.program.make")), link(root + "stretches/", t("js.program.all"))]));
  ui.problem.hidden = false;
  ui.problem.replaceChildren(el("p", {}, message), links);
}

function link(href, text) {
  const a = el("a", {}, text);
  a.href = href;
  return a;
}
