// builder.js: the builder page (<root>builder/), where a clinician makes a
// program for one patient: find stretches and add them (builder-find.js),
// set each one's dose and the program's heading (builder-list.js), copy the
// program page's address and print the sheet (builder-print.js).
//
// The program lives only in this page and in the address after the #
// (program.js), kept current with history.replaceState; nothing is stored
// or sent anywhere. An address that already has a program (from the
// program page's "Change this program" link) is loaded when the page opens.

import { open } from "./catalogue.js";
import { decode } from "./program.js";
import { el, liveRegion, announce } from "./dom.js";
import { State, countWords } from "./builder-state.js";
import { buildFind } from "./builder-find.js";
import { buildProgram } from "./builder-list.js";
import { buildAddress, buildPrint } from "./builder-print.js";
import { load, say } from "./words.js";

/** Waits this long after the last change before drawing the sheet again. */
const sheetDelay = 200;

start();

async function start() {
  const page = document.getElementById("builder-page");
  const app = document.getElementById("builder-app");
  if (!page || !app) return;
  for (const p of page.querySelectorAll(".needs-js")) p.hidden = true;
  const t = await load(document); // the words of the page's language
  const loading = el("p", { role: "status" }, t("js.builder.loading"));
  app.replaceChildren(loading);
  const root = page.dataset.root || "/";
  const got = await open(root);
  if (got.error) {
    loading.textContent = t("js.builder.failed", say(t, got.error));
    return;
  }
  loading.remove();
  run(page, app, got.catalogue, t);
}

/** Builds the page's parts around one State and keeps the address and the sheet up to date. */
function run(page, app, catalogue, t) {
  const state = new State();
  const status = liveRegion("builder-status");
  const loadMessage = el("p", { className: "builder-error", role: "alert", hidden: true });
  app.append(loadMessage, status);
  const programURL = new URL(page.dataset.program || "../program/", location.href).href;
  const sheetArea = document.getElementById("sheet-area");
  let timer = 0;
  let list = null;
  let showAddress = null, render = null;
  const stretchMap = new Map();

  function changed() {
    const result = state.address();
    showAddress(result);
    window.clearTimeout(timer);
    timer = window.setTimeout(drawSheet, sheetDelay);
  }
  let drawing = Promise.resolve();
  function drawSheet() {
    timer = 0;
    drawing = (async function () {
      const program = state.program();
      await fillStretches(catalogue, program, stretchMap);
      const result = state.address();
      await render(program, stretchMap, result.address ? programURL + "#" + result.address : "");
    })();
    return drawing;
  }
  function ready() {
    if (timer) { window.clearTimeout(timer); return drawSheet(); }
    return drawing;
  }
  function add(row) {
    const item = state.add(row.slug);
    if (!item) { announce(status, t("js.builder.full", countWords(state.items.length, t))); return; }
    list.redraw();
    changed();
    announce(status, t("js.builder.added", row.title, state.items.length));
  }
  function useRoutine(routine) {
    const n = state.useRoutine(routine);
    list.fillHeading();
    list.redraw();
    changed();
    announce(status, t("js.builder.routine", countWords(n, t), routine.title));
  }

  buildFind(app, catalogue, add, useRoutine, t);
  list = buildProgram(app, state, catalogue, changed, status, t);
  showAddress = buildAddress(app, programURL, t);
  render = sheetArea ? buildPrint(app, sheetArea, page.dataset.paper || "", catalogue.conditions, ready, t) : function () {};
  const loaded = loadFragment(state, loadMessage, t);
  list.fillHeading();
  list.redraw();
  if (loaded) changed();
  else drawSheet();
  window.addEventListener("hashchange", function () {
    if (loadFragment(state, loadMessage, t)) { list.fillHeading(); list.redraw(); changed(); }
  });
}

/**
 * Loads the program in the address after the #, if there is one and it is
 * not the one shown already. Says so if it cannot be read; returns whether
 * it loaded one.
 */
function loadFragment(state, message, t) {
  const text = location.hash.slice(1);
  const current = state.address();
  if (text === "" || (current.address && current.address === text)) return false;
  const got = decode(text);
  message.hidden = !got.error;
  message.textContent = got.error ? t("js.builder.badaddress", say(t, got.error)) : "";
  if (got.error) return false;
  state.load(got.program);
  return true;
}

/** Puts each stretch of the program that the catalogue has into map, with its details when they load. */
async function fillStretches(catalogue, program, map) {
  const jobs = [];
  for (const it of program.stretches) {
    const row = catalogue.bySlug(it.ref);
    if (!row || (map.has(it.ref) && map.get(it.ref).details)) continue;
    map.set(it.ref, { row, details: null });
    jobs.push(catalogue.details(it.ref).then(function (d) { map.set(it.ref, { row, details: d.details || null }); }));
  }
  await Promise.all(jobs);
}
