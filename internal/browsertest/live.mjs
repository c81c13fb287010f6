// live.mjs: drives one tab of `limber serve` through edits, for
// live_test.go.
//
//   node live.mjs JOB.json
//
// JOB.json: {"url": "http://127.0.0.1:PORT/handouts/stretches/cat-cow/",
// "file": "/site/content/stretches/cat-cow.md", "retitled": "...",
// "broken": "...", "fixed": "...", "scrollY": 400, "sheetURL": "...",
// "sheetFile": "...", "sheetEdited": "...", "sheetText": "..."}: the page
// to open, the file it shows, and three versions of the file to save in
// turn (each by writing a temporary file and renaming it over the original,
// as editors do); then a routine's sheet, its file, a new version of it and
// a text the new version shows. It prints one JSON report on stdout of what the tab did after each
// save: its title, whether it reloaded, its scroll position, and the
// problem overlay.
import { chromium } from "playwright-core";
import { readFileSync, writeFileSync, renameSync } from "node:fs";

const chromiumArgs = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--no-first-run"];
const wait = 30000;

function save(file, text) {
  writeFileSync(file + ".tmp", text);
  renameSync(file + ".tmp", file);
}

// poll evaluates fn in the page until it returns a truthy value, across
// reloads, and returns it.
async function poll(page, fn, arg, what) {
  const end = Date.now() + wait;
  let last;
  while (Date.now() < end) {
    try {
      last = await page.evaluate(fn, arg);
      if (last) return last;
    } catch (e) {
      last = String(e); // the page is reloading
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`timed out waiting for ${what} (last: ${JSON.stringify(last)})`);
}

// look reports what the tab shows now; marked is false after a reload or an
// update in place, and updates counts the updates in place.
function look() {
  const box = document.getElementById("limber-problems");
  return {
    title: document.title,
    marked: document.body.dataset.limberTestMark === "1",
    updates: window.limberLive ? (window.limberLive.updates || 0) : 0,
    scrollY: Math.round(window.scrollY),
    live: window.limberLive ? window.limberLive.state : "",
    overlay: box ? box.querySelector("pre").textContent : null,
    heading: box ? box.querySelector("h2").textContent : null,
    position: box ? getComputedStyle(box).position : null,
    inlineStyles: document.querySelectorAll("#limber-problems [style], #limber-problems[style]").length,
    search: !!document.querySelector("#site-search:not([hidden]) input[type=search]"),
  };
}

// mark marks the page's body, which a reload or an update in place
// replaces.
function mark() {
  document.body.dataset.limberTestMark = "1";
}

async function main() {
  const job = JSON.parse(readFileSync(process.argv[2], "utf8"));
  const browser = await chromium.launch({ executablePath: job.chromium || "/usr/bin/chromium", args: chromiumArgs });
  const report = { errors: [] };
  try {
    const page = await browser.newPage({ viewport: { width: 800, height: 500 } });
    page.on("pageerror", (e) => report.errors.push(String(e)));
    page.on("console", (m) => {
      if (m.type() === "error" && !m.text().startsWith("Failed to load resource")) report.errors.push(m.text());
    });
    page.on("response", (r) => {
      if (r.status() >= 400 && !r.url().endsWith("/favicon.ico")) report.errors.push(`${r.status()} ${r.url()}`);
    });
    await page.goto(job.url, { waitUntil: "load" });
    await poll(page, () => window.limberLive && window.limberLive.state === "open", null, "the event stream");
    // Only live.js may restore the scroll position: turn the browser's own off.
    await page.evaluate((y) => { history.scrollRestoration = "manual"; window.scrollTo(0, y); }, job.scrollY);
    await page.evaluate(mark);
    report.start = await page.evaluate(look);
    // As when a box of findings is showing: live.js has added live.css,
    // which the fresh copy of the page lacks; the page must still be
    // updated in place.
    await page.evaluate(() => {
      const link = Object.assign(document.createElement("link"), { id: "limber-live-css", rel: "stylesheet", href: "/__limber/live.css" });
      document.head.appendChild(link);
    });

    save(job.file, job.retitled);
    await poll(page, (t) => document.title.startsWith(t), job.retitledTitle, "the new title");
    await poll(page, (y) => document.readyState === "complete" && Math.abs(window.scrollY - y) <= 2, job.scrollY, "the scroll position")
      .catch(() => {});
    report.retitled = await page.evaluate(look);

    await page.evaluate(mark);
    save(job.file, job.broken);
    // The overlay's stylesheet loads when the first problem shows: wait for it.
    await poll(page, () => {
      const box = document.getElementById("limber-problems");
      return box && getComputedStyle(box).position === "fixed";
    }, null, "the problem overlay, styled");
    report.broken = await page.evaluate(look);

    save(job.file, job.fixed);
    await poll(page, (t) => document.title.startsWith(t) && !document.getElementById("limber-problems"), job.fixedTitle, "the fix");
    report.fixed = await page.evaluate(look);

    await page.evaluate(mark);
    save(job.file, job.broken);
    await poll(page, () => !!document.getElementById("limber-problems"), null, "the overlay again");
    await page.getByRole("button", { name: "Dismiss" }).click();
    report.dismissed = await page.evaluate(look);
    save(job.file, job.retitled);
    await poll(page, (t) => document.title.startsWith(t), job.retitledTitle, "the second fix");
    report.refixed = await page.evaluate(look);

    // A sheet runs a script of its own (the print button), so live.js
    // reloads it rather than updating it in place.
    const sheet = await browser.newPage({ viewport: { width: 800, height: 500 } });
    await sheet.goto(job.sheetURL, { waitUntil: "load" });
    await poll(sheet, () => window.limberLive && window.limberLive.state === "open", null, "the sheet's event stream");
    await sheet.evaluate(mark);
    save(job.sheetFile, job.sheetEdited);
    await poll(sheet, (t) => document.readyState === "complete" && document.body.textContent.includes(t),
      job.sheetText, "the sheet's new text");
    report.sheet = await sheet.evaluate(look);
    report.sheet.printButton = await sheet.evaluate(() => !document.querySelector(".print-button").hidden);
  } catch (e) {
    report.errors.push(String(e));
  } finally {
    await browser.close();
  }
  process.stdout.write(JSON.stringify(report, null, 1) + "\n");
}

main().catch((e) => { console.error(e); process.exit(1); });
