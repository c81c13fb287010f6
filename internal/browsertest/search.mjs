// search.mjs: drives the site search box (templates/assets/site-search.js)
// in the system Chromium for search_test.go, and times catalogue.js and
// search.js in a page for BenchmarkSearchInChromium.
//
//   node search.mjs JOB.json
//
// JOB.json {"kind": "box", "url": HOME, "words": [{"typed": "hamstring",
// "want": "/handouts/stretches/supine-hamstring/"}], "none": "zzqqx",
// "nav": "Stretches"}: on a wide and a phone screen, tabs to "Search this
// site", types each word, reads the results, moves through them with the
// arrow keys, checks the page with axe-core while they are open, closes
// them with Escape and goes to the first with Enter;
// then, with JavaScript off, looks for the box and follows the main
// navigation. It prints one JSON report.
//
// JOB.json {"kind": "bench", "url": PAGE, "root": "/", "queries": [[text,
// filters]...], "runs": 20}: opens the page and measures in it, with
// performance.now, catalogue.js's open(root) and search.js's buildIndex,
// then every query RUNS times (all results, as the site search counts
// them); prints {"openMs", "indexMs", "stretches",
// "times": [ms...], "hits": [n per query]}; then, in a fresh load of the
// page, times the search box itself: "box": {"firstMs" (focus to the first
// results, catalogue loaded), "times" (each query typed, input event to
// the list laid out, 5 runs)}.
import { chromium } from "playwright-core";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--no-first-run"];
const label = "Search this site";
const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

// axe checks the page as it is, with the results open, for WCAG 2.1 A and
// AA, and returns the violations as "rule: selectors".
async function axe(tab) {
  await tab.addScriptTag({ path: axePath });
  return tab.evaluate(async () => {
    const res = await window.axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] }, resultTypes: ["violations"],
    });
    return res.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  });
}

// watch collects the tab's script errors, failed requests, console errors
// (a CSP violation is one) and the catalogue's requests.
function watch(tab) {
  const seen = { errors: [], catalogue: 0 };
  tab.on("pageerror", (e) => seen.errors.push("page error: " + String(e)));
  tab.on("console", (m) => { if (m.type() === "error") seen.errors.push("console: " + m.text()); });
  tab.on("response", (r) => { if (r.status() >= 400) seen.errors.push(`${r.status()} ${r.url()}`); });
  tab.on("request", (r) => { if (r.url().includes("/catalogue/")) seen.catalogue++; });
  return seen;
}

// tabTo presses Tab until the search field has the focus; returns how many
// presses it took, or -1.
async function tabTo(tab) {
  for (let i = 1; i <= 25; i++) {
    await tab.keyboard.press("Tab");
    if (await tab.evaluate(() => document.activeElement && document.activeElement.id === "site-search-input")) return i;
  }
  return -1;
}

// results reads the shown results: the status line, whether the list is
// visible, and each link's name and address.
async function results(tab) {
  return tab.evaluate(() => {
    const panel = document.getElementById("site-search-results");
    const links = [...panel.querySelectorAll("a")].map((a) => ({ name: a.textContent, href: a.getAttribute("href") }));
    const status = document.querySelector("#site-search [role=status]");
    return { shown: !panel.hidden && panel.getClientRects().length > 0, links, status: status ? status.textContent : null };
  });
}

// typeAndWait empties the field, types text and waits for the status line
// to report on it.
async function typeAndWait(tab, field, text) {
  await field.fill("");
  await field.pressSequentially(text, { delay: 20 });
  await tab.waitForFunction((t) => {
    const s = document.querySelector("#site-search [role=status]");
    return s && s.textContent.includes("\u201c" + t + "\u201d");
  }, text, { timeout: 15000 });
  return results(tab);
}

function focused(tab) {
  return tab.evaluate(() => {
    const a = document.activeElement;
    return a ? (a.id === "site-search-input" ? "field" : a.tagName === "A" ? "link:" + a.getAttribute("href") : a.tagName) : "";
  });
}

// box runs the keyboard walk on one screen size.
async function box(browser, job, viewport) {
  const tab = await browser.newPage({ viewport });
  const seen = watch(tab);
  const out = { viewport: viewport.width };
  await tab.goto(job.url, { waitUntil: "load" });
  const field = tab.getByRole("searchbox", { name: label });
  await field.waitFor({ state: "visible", timeout: 10000 });
  await tab.waitForTimeout(300);
  out.catalogueBeforeFocus = seen.catalogue;
  out.tabs = await tabTo(tab);
  out.words = [];
  for (const w of job.words) out.words.push({ typed: w.typed, ...await typeAndWait(tab, field, w.typed) });
  out.catalogueRequests = seen.catalogue;
  out.axe = await axe(tab);
  await tab.keyboard.press("ArrowDown");
  out.afterDown = await focused(tab);
  await tab.keyboard.press("ArrowDown");
  out.afterDownDown = await focused(tab);
  await tab.keyboard.press("Escape");
  out.afterEscape = { focus: await focused(tab), ...await results(tab) };
  await field.focus();
  await field.press("ArrowDown");
  await tab.keyboard.press("ArrowUp");
  out.afterUp = await focused(tab);
  await field.press("Escape");
  out.afterFieldEscape = await results(tab);
  out.none = await typeAndWait(tab, field, job.none);
  out.layout = await tab.evaluate(() => {
    const r = (el) => { const b = el.getBoundingClientRect(); return { left: b.left, right: b.right, height: b.height }; };
    return { scrollWidth: document.documentElement.scrollWidth, field: r(document.getElementById("site-search-input")),
      button: r(document.querySelector(".site-search-button")) };
  });
  await typeAndWait(tab, field, job.words[0].typed);
  await Promise.all([tab.waitForURL((u) => u.pathname === job.words[0].want, { timeout: 15000 }), field.press("Enter")]);
  out.enterWent = new URL(tab.url()).pathname;
  out.errors = seen.errors;
  await tab.close();
  return out;
}

// noScript checks the home page with JavaScript off: no search box, and the
// main navigation still leads to its page.
async function noScript(browser, job) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const tab = await context.newPage();
  const seen = watch(tab);
  await tab.goto(job.url, { waitUntil: "load" });
  const out = {
    hasBox: await tab.locator("#site-search").count(),
    boxVisible: await tab.locator("#site-search").isVisible(),
    searchboxes: await tab.getByRole("searchbox").count(),
  };
  const link = tab.getByRole("navigation", { name: "Main" }).getByRole("link", { name: job.nav, exact: true });
  await Promise.all([tab.waitForURL((u) => u.href !== job.url, { timeout: 15000 }), link.click()]);
  out.navWent = new URL(tab.url()).pathname;
  out.heading = await tab.getByRole("heading", { level: 1 }).textContent();
  out.errors = seen.errors;
  out.catalogueRequests = seen.catalogue;
  await context.close();
  return out;
}

// bench runs in the page: it imports the two modules from the site and
// times them.
async function inPage({ root, queries, runs }) {
  const cat = await import(root + "assets/catalogue.js");
  const find = await import(root + "assets/search.js");
  const t0 = performance.now();
  const got = await cat.open(root);
  if (got.error) return { error: got.error };
  const t1 = performance.now();
  const index = find.buildIndex(got.catalogue.rows);
  const t2 = performance.now();
  const times = [];
  const hits = [];
  for (const [q, f] of queries) {
    let n = 0;
    for (let i = 0; i < runs; i++) {
      const s = performance.now();
      n = find.search(index, q, f).length; // all, as the site search counts them
      times.push(performance.now() - s);
    }
    hits.push(n);
  }
  return { openMs: t1 - t0, indexMs: t2 - t1, stretches: got.catalogue.rows.length, terms: index.terms.length, times, hits };
}

// inBox runs in a page with the site search box: it times, from focus, the
// first results of a word (the modules and the catalogue loaded, the index
// built, the list shown), then each query typed afterwards, from the input
// event to the list laid out (its handler searches and builds the list at
// once; reading the list's size forces the layout). It waits a frame
// between queries, as between keys; the wait for the next frame to paint
// (up to 16.7 ms at 60 Hz) is not counted.
async function inBox({ first, texts, runs }) {
  const input = document.getElementById("site-search-input");
  const list = document.querySelector("#site-search-results ul");
  if (!input || !list) return { error: "the page has no site search box" };
  const shown = () => new Promise((resolve) => {
    const mo = new MutationObserver(() => { if (list.querySelector("a")) { mo.disconnect(); resolve(); } });
    mo.observe(list, { childList: true });
  });
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const type = (text) => { input.value = text; input.dispatchEvent(new Event("input", { bubbles: true })); };
  const t0 = performance.now();
  input.focus();
  const done = shown();
  type(first);
  await done;
  const firstMs = performance.now() - t0;
  const times = [];
  for (let i = 0; i < runs; i++) {
    for (const text of texts) {
      const s = performance.now();
      type(text);
      list.getBoundingClientRect();
      times.push(performance.now() - s);
      await frame();
    }
  }
  return { firstMs, times };
}

async function bench(browser, job) {
  const tab = await browser.newPage();
  const seen = watch(tab);
  await tab.goto(job.url, { waitUntil: "load" });
  const got = await tab.evaluate(inPage, { root: job.root, queries: job.queries, runs: job.runs });
  await tab.goto(job.url, { waitUntil: "load" });
  // site-search.js builds the box after loading the page's words, which
  // can finish after the load event.
  await tab.waitForSelector("#site-search-input", { timeout: 15000 });
  const texts = [...new Set(job.queries.map((q) => q[0]).filter(Boolean))];
  got.box = await tab.evaluate(inBox, { first: texts[0], texts, runs: 5 });
  got.errors = seen.errors;
  await tab.close();
  return got;
}

async function main() {
  const job = JSON.parse(readFileSync(process.argv[2], "utf8"));
  const browser = await chromium.launch({ executablePath: job.chromium || "/usr/bin/chromium", args });
  try {
    let report;
    if (job.kind === "bench") report = await bench(browser, job);
    else {
      report = { screens: [], errors: [] };
      for (const viewport of [{ width: 1280, height: 900 }, { width: 375, height: 740 }]) {
        try { report.screens.push(await box(browser, job, viewport)); } catch (e) { report.errors.push(`${viewport.width}px: ${e}`); }
      }
      try { report.noScript = await noScript(browser, job); } catch (e) { report.errors.push(`no script: ${e}`); }
    }
    process.stdout.write(JSON.stringify(report) + "\n");
  } finally {
    await browser.close();
  }
}

main().catch((e) => { console.error(e); process.exit(1); });
