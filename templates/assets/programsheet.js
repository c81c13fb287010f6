// programsheet.js: a patient's program as the printable sheet, filled into
// the page's <template id="program-sheet"> exactly as templates/sheet.html
// fills a routine's (same classes, card markup and log table, with the
// same line breaks between elements, which the regular sheet's stop-if
// paragraph shows as spaces), so that sheet.css styles both alike.
//
//   renderSheet(doc, program, stretches, options) returns the filled
//   <article class="sheet">, not yet in the document.
//
// program is program.js's {title, frequency, duration, warmup, stretches};
// stretches is a Map of ref to {row, details} (catalogue.js's row and
// details); a ref missing from it is left out (the caller names it).
// options: {address (the absolute URL for the QR code;
// "" for none), large, links (card titles link to the stretch's page),
// conditions (catalogue.conditions, for the titles of contraindications;
// without it a condition is named by its slug in words), t (words.js's
// translator of the page's language: every word of the sheet is the same
// key as sheet.html's, and the doses are in t.lang)}.
//
// Every text comes from the address or the catalogue and is set as text
// only; links are the catalogue's own site paths.

import { sentence, withChanges } from "./dosage.js";
import { qrSVG } from "./qr.js";

/** The title of a program that has none, in t's language. */
export function defaultTitle(t) { return t("js.program.untitled"); }

/** Returns the filled sheet; see the header of this file. */
export function renderSheet(doc, program, stretches, options = {}) {
  // importNode, not cloneNode: the copy belongs to doc, not to the
  // template's inert document, so its pictures load once it is shown.
  const article = doc.importNode(doc.getElementById("program-sheet").content.querySelector("article.sheet"), true);
  const t = options.t;
  const items = sheetItems(program, stretches, options.conditions, t.lang);
  article.classList.toggle("sheet-large", !!options.large);
  article.querySelector("#sheet-title").textContent = program.title || defaultTitle(t);
  fillPlan(doc, t, article.querySelector(".sheet-plan"), program, options.large ? [] : conditionsOf(items));
  const cards = article.querySelector(".sheet-cards");
  for (const it of items) lines(cards, [card(doc, it, options)]);
  if (items.length) cards.append("\n");
  fillLog(doc, t, article.querySelector(".sheet-log table"), items);
  fillFoot(doc, t, article, options.address || "");
  return article;
}

/**
 * The items the sheet shows, numbered from 1 in the program's order:
 * {n, title, url, dose, notes, steps, stopIf, pictures, conditions}, the
 * dose sentences in lang (dosage.js's; English when it is not given).
 */
export function sheetItems(program, stretches, conditions, lang) {
  const names = conditionNames(conditions);
  const out = [];
  for (const it of program.stretches || []) {
    const got = stretches.get(it.ref);
    if (!got || !got.row) continue;
    const row = got.row, details = got.details || {};
    const dose = withChanges(row, it);
    out.push({
      n: out.length + 1, title: row.title, url: row.url, dose, sentence: sentence(dose, lang), notes: it.notes || "",
      steps: details.steps || [], stopIf: details.stop_if || [], picture: details.picture || null,
      conditions: (row.contraindications || []).map(function (slug) { return names.get(slug) || inWords(slug); }),
    });
  }
  return out;
}

/** Map of condition slug to title from catalogue.conditions (or a Map). */
function conditionNames(conditions) {
  if (conditions instanceof Map) return conditions;
  return new Map((conditions || []).map(function (c) { return [c.slug, c.title]; }));
}

/** "lower-back" as "Lower back", for a condition the catalogue has no title of. */
function inWords(slug) {
  const s = String(slug).replace(/-/g, " ");
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The union of the items' conditions, sorted by title as Go sorts a routine's. */
export function conditionsOf(items) {
  const all = new Set();
  for (const it of items) for (const c of it.conditions) all.add(c);
  return [...all].sort(function (a, b) {
    const x = a.toLowerCase(), y = b.toLowerCase();
    return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
  });
}

/** Appends each child to parent after a line break, as the template's lines. */
function lines(parent, children) {
  for (const c of children) parent.append("\n", c);
}

/** Makes an element with a class (or none) and children (nodes or text). */
function el(doc, tag, className, ...children) {
  const e = doc.createElement(tag);
  if (className) e.className = className;
  e.append(...children);
  return e;
}

/** Fills the plan: warm-up, how often, how long, and (regular) ask first. */
function fillPlan(doc, t, dl, program, conditions) {
  if (!dl) return;
  const rows = [[t("sheet.warmup"), program.warmup], [t("sheet.often"), program.frequency],
    [t("sheet.long"), program.duration], [t("sheet.ask"), conditions.join(", ")]];
  for (const [term, text] of rows) {
    if (text) lines(dl, [el(doc, "div", "", el(doc, "dt", "", term), " ", el(doc, "dd", "", text))]);
  }
  if (dl.children.length === 0) dl.remove();
  else dl.append("\n");
}

/** One stretch's card, as sheet.html's sheet-cards. */
function card(doc, it, options) {
  const li = el(doc, "li", "sheet-card");
  const name = options.links && isSitePath(it.url) ? link(doc, it.url, it.title) : it.title;
  const dose = el(doc, "p", "", el(doc, "strong", "sheet-dose", it.sentence));
  if (it.notes) dose.append(" ", el(doc, "span", "sheet-note", it.notes));
  const parts = [el(doc, "h2", "", el(doc, "span", "sheet-n", String(it.n)), " ", name), dose];
  if (it.picture && isSitePath(it.picture.url)) {
    const img = doc.createElement("img");
    img.src = it.picture.url;
    img.alt = it.picture.alt || "";
    parts.push(block(doc, "div", "sheet-pics", [img]));
  }
  if (it.steps.length) parts.push(block(doc, "ol", "sheet-steps", it.steps.map(function (s) { return runsItem(doc, s); })));
  const stop = stopBlock(doc, options.t, it, options.large);
  if (stop) parts.push(stop);
  lines(li, parts);
  li.append("\n");
  return li;
}

/** An element whose children each sit on a line of their own. */
function block(doc, tag, className, children) {
  const e = el(doc, tag, className);
  lines(e, children);
  e.append("\n");
  return e;
}

/** The card's "Stop if:" points and, on the large sheet, its conditions. */
function stopBlock(doc, t, it, large) {
  const parts = [];
  if (it.stopIf.length) {
    parts.push(el(doc, "p", "", el(doc, "strong", "", t("sheet.stop"))));
    parts.push(block(doc, "ul", "", it.stopIf.map(function (s) { return runsItem(doc, s); })));
  }
  if (large && it.conditions.length) {
    parts.push(el(doc, "p", "", el(doc, "strong", "", t("sheet.ask")), " " + it.conditions.join(", ")));
  }
  return parts.length ? block(doc, "div", "sheet-stop", parts) : null;
}

/** A list item of catalogue runs [{text, bold}], bold ones in <strong>. */
export function runsItem(doc, runs) {
  const li = doc.createElement("li");
  for (const r of Array.isArray(runs) ? runs : []) {
    const text = String(r && r.text || "");
    li.append(r && r.bold ? el(doc, "strong", "", text) : text);
  }
  return li;
}

/** Whether url is a path on this site (starts with one /), never a full URL. */
function isSitePath(url) { return typeof url === "string" && url.startsWith("/") && !url.startsWith("//"); }

/** A link to a site path. */
function link(doc, href, text) {
  const a = el(doc, "a", "", text);
  a.href = href;
  return a;
}

/** The week's log, as sheet.html's sheet-log: L and R boxes for both sides. */
function fillLog(doc, t, table, items) {
  const sides = items.some(function (it) { return it.dose.sides === "both"; });
  const title = el(doc, "th", "", t("sheet.logtitle"));
  title.scope = "col";
  title.className = "log-title";
  if (sides) { title.rowSpan = 2; title.append(doc.createElement("br"), t("sheet.sides")); }
  const head = el(doc, "tr", "", title);
  for (let d = 1; d <= 7; d++) head.append(headCell(doc, t("sheet.day", d), sides ? 2 : 1));
  const thead = el(doc, "thead", "");
  lines(thead, [head]);
  if (sides) {
    const names = el(doc, "tr", "side-names");
    for (let d = 1; d <= 7; d++) names.append(headCell(doc, t("sheet.left"), 1), headCell(doc, t("sheet.right"), 1));
    lines(thead, [names]);
  }
  thead.append("\n");
  const tbody = el(doc, "tbody", "");
  lines(tbody, items.map(function (it) { return logRow(doc, it, sides); }));
  tbody.append("\n");
  table.replaceChildren("\n", thead, "\n", tbody, "\n");
}

function headCell(doc, text, span) {
  const th = el(doc, "th", "", text);
  th.scope = "col";
  if (span > 1) th.colSpan = span;
  return th;
}

/** One stretch's row of boxes. */
function logRow(doc, it, sides) {
  const both = it.dose.sides === "both";
  const th = el(doc, "th", "", it.n + ". " + it.title);
  th.scope = "row";
  const tr = el(doc, "tr", both ? "sides" : "", th);
  for (let d = 1; d <= 7; d++) {
    if (both) {
      tr.append(el(doc, "td", "l", el(doc, "span", "box")), el(doc, "td", "r", el(doc, "span", "box")));
    } else {
      const td = el(doc, "td", "", el(doc, "span", "box"));
      if (sides) td.colSpan = 2;
      tr.append(td);
    }
  }
  return tr;
}

/**
 * The QR code and the line beside it, or neither when there is no address.
 * The address is in the QR code only: written out, it runs to five lines
 * that nobody would type, which took a six-stretch sheet onto a second page.
 */
function fillFoot(doc, t, article, address) {
  const qr = article.querySelector(".sheet-qr");
  const line = article.querySelector(".sheet-address");
  if (!address) {
    if (qr) qr.remove();
    if (line) line.remove();
    return;
  }
  if (qr) qr.replaceChildren(qrSVG(doc, address, t("js.program.qr")));
}
