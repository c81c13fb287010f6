// builder.mjs: drives the builder page in the system Chromium, by
// accessible names only, for builder_test.go.
//
//   node builder.mjs JOB.json
//
// JOB.json: {"url": "http://127.0.0.1:PORT/builder/", "out": "/dir",
// "mode": "full" | "base", "search": "hamstring", "typo": "hamstrng",
// "region": "Lower back", "title": "..."}.
//
// In "full" mode it searches (a word and the word with a typo), filters by
// a region, adds the first four stretches found, sets the second one's
// Hold to 20 and the third one's Sides to "Left side only", moves the
// third up, presses Print and prints the page to out/builder-letter.pdf
// and out/builder-a4.pdf, then opens the program address in a fresh
// browser context and reads the program page's sheet. In "base" mode
// (a site under a base path) it searches and adds one stretch. It prints
// one JSON report on stdout.
import { chromium } from "playwright-core";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";

const chromiumArgs = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--no-first-run"];
const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const job = JSON.parse(readFileSync(process.argv[2], "utf8"));
const report = { errors: [] };

/** Collects the page's console errors and uncaught exceptions (a CSP refusal is one). */
function watch(page, name) {
  page.on("console", (m) => { if (m.type() === "error") report.errors.push(name + ": " + m.text()); });
  page.on("pageerror", (e) => report.errors.push(name + ": " + String(e)));
}

/** The accessible names of the Add buttons listed, once the list has settled. */
async function addButtons(page) {
  await page.waitForTimeout(100);
  const names = [];
  for (const b of await page.getByRole("button", { name: /^Add / }).all()) names.push(await b.getAttribute("aria-label"));
  return names;
}

/** Types text in "Search stretches" and returns the titles found, from their Add buttons. */
async function searchFor(page, text) {
  await page.getByLabel("Search stretches").fill(text);
  const names = await addButtons(page);
  return names.map((n) => n.replace(/^Add /, ""));
}

/** What each stretch group of the program shows: its legend and dose sentence, and the field values. */
async function groups(page) {
  const out = [];
  const list = page.getByRole("group").filter({ has: page.getByRole("textbox", { name: "Hold", exact: true }) });
  for (const g of await list.all()) {
    out.push({
      legend: (await g.locator("legend").textContent()).trim(),
      dose: (await g.getByText(/^(Hold|Repeat|Push|Do this)/).first().textContent()).trim(),
      hold: await g.getByLabel("Hold", { exact: true }).inputValue(),
      sides: await g.getByLabel("Sides", { exact: true }).inputValue(),
    });
  }
  return out;
}

/** The full run on a site at the root: search, filter, add, change, move, print, open. */
async function full(browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await context.addInitScript(() => { window.printCalls = 0; window.print = () => { window.printCalls++; }; });
  const page = await context.newPage();
  watch(page, "builder");
  await page.goto(job.url);
  await page.getByLabel("Search stretches").waitFor();
  report.found = await searchFor(page, job.search);
  report.typo = await searchFor(page, job.typo);
  await page.waitForTimeout(500);
  report.count = await page.getByRole("status").filter({ hasText: /found/ }).textContent();
  await searchFor(page, "");
  await page.getByLabel("Body region").selectOption({ label: job.region });
  report.region = (await addButtons(page)).map((n) => n.replace(/^Add /, ""));
  for (const name of (await addButtons(page)).slice(0, 4)) await page.getByRole("button", { name, exact: true }).click();
  await page.getByLabel("Title", { exact: true }).fill(job.title);
  report.before = await groups(page);
  const second = page.getByRole("group", { name: report.before[1].legend });
  await second.getByLabel("Hold", { exact: true }).fill("20");
  const third = page.getByRole("group", { name: report.before[2].legend });
  await third.getByLabel("Sides", { exact: true }).selectOption({ label: "Left side only" });
  report.changed = await groups(page);
  const title3 = report.before[2].legend.replace(/^\d+\. /, "");
  await page.getByRole("button", { name: "Move " + title3 + " up", exact: true }).click();
  report.focused = await page.evaluate(() => document.activeElement && document.activeElement.textContent);
  await page.waitForTimeout(600);
  report.announced = await page.getByRole("status").filter({ hasText: /moved/ }).textContent();
  report.after = await groups(page);
  report.address = await page.getByLabel("Program address").inputValue();
  report.location = await page.evaluate(() => location.href);
  report.openHref = await page.getByRole("link", { name: "Open the patient's page" }).getAttribute("href");
  await page.getByRole("button", { name: "Print", exact: true }).click();
  await page.waitForFunction(() => window.printCalls > 0, null, { timeout: 10000 }).catch(() => {});
  report.printCalls = await page.evaluate(() => window.printCalls);
  await page.getByText(/^Prints on/).waitFor();
  await page.waitForTimeout(800);
  report.pages = await page.getByText(/^Prints on/).textContent();
  await page.getByRole("button", { name: "Copy", exact: true }).click();
  await page.waitForTimeout(300);
  report.copied = (await page.getByRole("status").filter({ hasText: /Copied|copied/ }).textContent()).trim();
  report.clipboard = await page.evaluate(() => navigator.clipboard.readText());
  await page.getByRole("switch", { name: "Large print" }).check();
  await page.waitForTimeout(800);
  report.largePages = await page.getByText(/^Prints on/).textContent();
  await page.getByRole("switch", { name: "Large print" }).uncheck();
  await page.waitForTimeout(800);
  await page.emulateMedia({ media: "print" });
  for (const [paper, format] of [["letter", "Letter"], ["a4", "A4"]]) {
    await page.pdf({ path: join(job.out, "builder-" + paper + ".pdf"), format, preferCSSPageSize: false, printBackground: true });
  }
  await context.close();
  report.program = await programPage(browser, report.address);
  report.loaded = await loadedPage(browser);
}

/**
 * Opens the builder with job.rich in its address (a program that draws
 * limber check's advice), reads what it loaded and runs axe-core on it on a
 * wide and a narrow screen; then opens it with job.bad and reads the message.
 */
async function loadedPage(browser) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  watch(page, "loaded");
  const got = {};
  await page.goto(job.url + "#" + job.rich);
  await page.getByRole("button", { name: /^Remove / }).nth(6).waitFor();
  got.groups = await groups(page);
  got.advice = [];
  for (const strong of await page.getByText(/^(Advice|Check this|Note):$/).all()) {
    got.advice.push((await strong.locator("xpath=..").textContent()).trim());
  }
  got.title = await page.getByLabel("Title", { exact: true }).inputValue();
  got.location = await page.evaluate(() => location.hash.slice(1));
  await page.evaluate(readFileSync(axePath, "utf8")); // not a script tag: the page's CSP refuses inline scripts
  got.axeVersion = await page.evaluate(() => window.axe.version);
  got.axe = [];
  for (const viewport of [{ width: 1280, height: 900 }, { width: 375, height: 740 }]) {
    await page.setViewportSize(viewport);
    got.axe.push(...await page.evaluate(audit));
  }
  await page.goto(job.url + "#" + job.bad);
  await page.goto(job.url + "#" + job.bad); // the second goto reloads: the first may only change the fragment
  got.bad = (await page.getByRole("alert").filter({ hasText: /could not be read/ }).textContent()).trim();
  got.badLocation = await page.evaluate(() => location.hash.slice(1));
  await page.close();
  return got;
}

/** Runs axe-core for WCAG 2.1 A and AA in the page; gives each violation with its elements. */
async function audit() {
  const res = await window.axe.run(document, {
    runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] }, resultTypes: ["violations"],
  });
  return res.violations.map((v) => ({
    id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.map((n) => n.target.map(String).join(" ") + ": " + n.failureSummary),
  }));
}

/** Opens the address in a fresh context and reads the program page's sheet (if the page has a script). */
async function programPage(browser, address) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const got = { script: false, cards: [], errors: [] };
  page.on("console", (m) => { if (m.type() === "error") got.errors.push(m.text()); });
  page.on("pageerror", (e) => got.errors.push(String(e)));
  page.on("response", (r) => { if (r.url().endsWith("/program-page.js") && r.ok()) got.script = true; });
  await page.goto(address);
  await page.waitForTimeout(300);
  if (got.script) {
    const sheet = page.getByRole("article");
    await sheet.getByRole("heading", { level: 2 }).first().waitFor({ timeout: 15000 });
    for (const h of await sheet.getByRole("heading", { level: 2 }).all()) {
      const card = h.locator("xpath=..");
      got.cards.push({ title: (await h.textContent()).trim(), text: (await card.textContent()).replace(/\s+/g, " ").trim() });
    }
  }
  await context.close();
  return got;
}

/** The short run on a site under a base path: search and add. */
async function base(browser) {
  const page = await browser.newPage();
  watch(page, "builder");
  await page.goto(job.url);
  report.found = await searchFor(page, job.search);
  await page.getByRole("button", { name: "Add " + report.found[0], exact: true }).click();
  report.after = await groups(page);
  await page.waitForTimeout(300);
  report.address = await page.getByLabel("Program address").inputValue();
  report.location = await page.evaluate(() => location.href);
}

const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: chromiumArgs });
try {
  await (job.mode === "base" ? base(browser) : full(browser));
} catch (e) {
  report.errors.push("builder.mjs: " + (e && e.stack ? e.stack : String(e)));
} finally {
  await browser.close();
}
process.stdout.write(JSON.stringify(report) + "\n");
