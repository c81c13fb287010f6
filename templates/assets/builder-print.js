// builder-print.js: "The address" and "Print" parts of the builder page.
// The address part shows the program page's full address with the program
// after the #, a Copy button and a link to open it; the address bar is kept
// the same with history.replaceState (a fragment is never sent to a
// server). The print part renders the sheet into #sheet-area with
// programsheet.js, says how many pages it prints on (sheetpages.js), and
// prints it; a "Large print" switch gives the large-print sheet.

import { el, field, liveRegion, announce } from "./dom.js";
import { say } from "./words.js";

/** The papers a sheet can print on; their names are the words "js.paper.<paper>". */
const papers = ["letter", "a4"];

/**
 * Builds the address part into parent and returns show(result), which
 * shows the address of result ({address} or {error} from program.js) and
 * puts it in the address bar. t is words.js's translator of the page's
 * language.
 */
export function buildAddress(parent, programURL, t) {
  const section = el("section", { className: "builder-address", "aria-labelledby": "builder-address-h" },
    el("h2", { id: "builder-address-h" }, t("js.address.title")),
    el("p", {}, t("js.address.lead")));
  const out = field(t("js.address.label"), "input", { type: "text", readOnly: true, autocomplete: "off", spellcheck: false });
  const copy = el("button", { type: "button" }, t("js.address.copy"));
  const open = el("a", { href: programURL, className: "builder-open" }, t("js.address.open"));
  const error = el("p", { className: "builder-error", role: "alert", hidden: true });
  const message = liveRegion("builder-copy-message");
  copy.addEventListener("click", function () { copyText(out.control.value, message, t); });
  out.wrap.append(copy);
  section.append(out.wrap, el("p", {}, open), error, message);
  if (onThisComputerOnly(programURL)) {
    section.append(el("p", { className: "builder-local" }, t("js.address.local")));
  }
  parent.append(section);
  return function show(result) {
    error.hidden = !result.error;
    error.textContent = result.error ? t("js.address.error", say(t, result.error)) : "";
    if (result.error) return;
    history.replaceState(null, "", "#" + result.address);
    const full = programURL + "#" + result.address;
    out.control.value = full;
    open.href = full;
  };
}

/**
 * Whether url is on this computer only (limber serve's 127.0.0.1, or
 * localhost), so that the QR code on a sheet printed from it would open
 * nothing on a patient's phone.
 */
function onThisComputerOnly(url) {
  const host = new URL(url, location.href).hostname;
  return host === "localhost" || host.endsWith(".localhost") || host === "[::1]" || host.startsWith("127.");
}

/** Copies text to the clipboard and says whether it worked. */
async function copyText(text, message, t) {
  try {
    await navigator.clipboard.writeText(text);
    announce(message, t("js.address.copied"));
  } catch (e) {
    announce(message, t("js.address.nocopy"));
  }
}

/**
 * Builds the print part into parent and returns render(program,
 * stretches, address): it draws the sheet into area and says how many
 * pages it prints on. paper is the site's ("letter", "a4" or ""); ready()
 * resolves once the sheet of the latest change is drawn, before printing;
 * t is words.js's translator of the page's language.
 */
export function buildPrint(parent, area, paper, conditions, ready, t) {
  const section = el("section", { className: "builder-print", "aria-labelledby": "builder-print-h" },
    el("h2", { id: "builder-print-h" }, t("js.print")));
  const print = el("button", { type: "button", className: "print-button" }, t("js.print"));
  const large = field(t("js.largeprint"), "input", { type: "checkbox", role: "switch" });
  large.wrap.classList.add("builder-switch");
  const pages = el("p", { className: "builder-pages" });
  const left = el("p", { className: "builder-error", hidden: true });
  section.append(el("div", { className: "builder-print-tools" }, print, large.wrap), pages, left,
    el("p", {}, t("js.print.only")));
  parent.append(section);
  print.addEventListener("click", async function () {
    await ready(); // the sheet of the latest change, drawn
    window.print();
  });

  let last = null;
  let modules = null;
  async function render(program, stretches, address) {
    last = [program, stretches, address];
    if (!modules) modules = loadModules(t);
    const m = await modules;
    if (m.error) { pages.textContent = m.error; return; }
    if (last[0] !== program) return; // a newer program is on its way
    const article = m.sheet.renderSheet(document, program, stretches, { address, large: large.control.checked, links: false, conditions, t });
    area.replaceChildren(article);
    await picturesLoaded(article);
    if (last[0] !== program) return;
    const counts = pageCounts(m.pages.countPages, article, paper);
    pages.textContent = pageText(counts, t);
    if (!article.classList.contains("sheet-large") && counts.some(function (c) { return c.n > 1; })) {
      article.classList.add("sheet-long");
    }
    showMissing(left, program, stretches, t);
  }
  large.control.addEventListener("change", function () { if (last) render(...last); });
  return render;
}

/** Resolves when every picture of article has loaded or failed, so that the pages are counted with them. */
function picturesLoaded(article) {
  return Promise.all([...article.querySelectorAll("img")].map(function (img) {
    if (img.complete) return null;
    return new Promise(function (done) {
      img.addEventListener("load", done, { once: true });
      img.addEventListener("error", done, { once: true });
    });
  }));
}

/** Loads programsheet.js and sheetpages.js once: {sheet, pages} or {error}. */
async function loadModules(t) {
  try {
    const [sheet, pages] = await Promise.all([import("./programsheet.js"), import("./sheetpages.js")]);
    return { sheet, pages };
  } catch (e) {
    return { error: t("js.print.failed", e && e.message ? e.message : String(e)) };
  }
}

/** The pages the sheet prints on, [{paper, n}], on the site's paper or, for a site without one, on each. */
function pageCounts(countPages, article, paper) {
  const list = papers.includes(paper) ? [paper] : papers;
  return list.map(function (p) { return { paper: p, n: countPages(article, p) }; });
}

/** "Prints on 1 page", or "Prints on 1 page on US Letter, 2 pages on A4". */
function pageText(counts, t) {
  if (counts.length === 1) return t("js.print.pages", t("js.pages", counts[0].n));
  return t("js.print.pages", counts.map(function (c) {
    return t("js.print.onpaper", t("js.pages", c.n), t("js.paper." + c.paper));
  }).join(", "));
}

/** Names the program's stretches that the sheet leaves out, not being in the catalogue. */
function showMissing(left, program, stretches, t) {
  const missing = program.stretches.filter(function (it) { return !stretches.has(it.ref); }).map(function (it) { return it.ref; });
  left.hidden = missing.length === 0;
  left.textContent = missing.length ? t("js.print.missing", missing.join(", ")) : "";
}
