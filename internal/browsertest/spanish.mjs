// spanish.mjs: drives the Spanish builder, program page and site search in
// the system Chromium, by their Spanish accessible names, for
// spanish_test.go.
//
//   node spanish.mjs JOB.json
//
// JOB.json: {"builder": "http://127.0.0.1:PORT/handouts/es/builder/",
// "stretchPage": ".../handouts/es/stretches/cat-cow/", "search": "gato",
// "typo": "gatto", "add": ["Gato-vaca", "Postura del niño"], "hold": "20",
// "advised": "90", "program": ".../handouts/es/program/",
// "long": "1,,,*cat-cow*...", "bad": ["1,,,*a,h0", "2x"]}.
//
// On the builder it searches the word and the typo, adds the stretches
// (searching each by its title), sets the second one's Hold to the advised
// value and reads the advice under it, then to hold, presses Print and
// reads the dose of each stretch, the preview's page count line, the
// program address and the page's whole text. It then opens the address in
// a fresh context and reads the program page's sheet; opens the builder on
// the long program and reads its advice; opens each bad address on the
// builder and on the program page and reads what they say; and on a
// Spanish stretch page types the word into the site search box. It prints
// one JSON report on stdout.
import { chromium } from "playwright-core";
import { readFileSync } from "node:fs";

const chromiumArgs = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--no-first-run"];
const job = JSON.parse(readFileSync(process.argv[2], "utf8"));
const report = { errors: [] };

/** Collects the page's console errors and uncaught exceptions (a CSP refusal is one). */
function watch(page, name) {
  page.on("console", (m) => { if (m.type() === "error") report.errors.push(name + ": " + m.text()); });
  page.on("pageerror", (e) => report.errors.push(name + ": " + String(e)));
  page.on("response", (r) => { if (r.status() >= 400) report.errors.push(name + ": " + r.status() + " " + r.url()); });
}

/** Types text in the "Buscar estiramientos" box and returns the titles found, from their "Agregar" buttons. */
async function searchFor(page, text) {
  await page.getByRole("searchbox", { name: "Buscar estiramientos", exact: true }).fill(text);
  await page.waitForTimeout(300);
  const names = [];
  for (const b of await page.getByRole("button", { name: /^Agregar / }).all()) names.push(await b.getAttribute("aria-label"));
  return names.map((n) => n.replace(/^Agregar /, ""));
}

/** Each stretch group of the program: its legend, its whole text and its Hold. */
async function groups(page) {
  const out = [];
  const list = page.getByRole("group").filter({ has: page.getByRole("textbox", { name: "Mantener", exact: true }) });
  for (const g of await list.all()) {
    out.push({
      legend: (await g.locator("legend").textContent()).trim(),
      text: (await g.innerText()).replace(/\s+/g, " ").trim(),
      hold: await g.getByLabel("Mantener", { exact: true }).inputValue(),
    });
  }
  return out;
}

/** The builder: search, typo, add, change a Hold, print; reads what it shows. */
async function builder(browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(() => { window.printCalls = 0; window.print = () => { window.printCalls++; }; });
  const page = await context.newPage();
  watch(page, "builder");
  await page.goto(job.builder);
  await page.getByRole("searchbox", { name: "Buscar estiramientos", exact: true }).waitFor();
  report.found = await searchFor(page, job.search);
  report.typo = await searchFor(page, job.typo);
  for (const title of job.add) {
    await searchFor(page, title);
    await page.getByRole("button", { name: "Agregar " + title, exact: true }).click();
  }
  const second = page.getByRole("group", { name: new RegExp("^2\\. ") });
  await second.getByLabel("Mantener", { exact: true }).fill(job.advised);
  await second.locator(".builder-advice-line").first().waitFor();
  report.holdAdvice = await adviceLines(second);
  await second.getByLabel("Mantener", { exact: true }).fill(job.hold);
  await page.waitForTimeout(300);
  report.groups = await groups(page);
  await page.getByRole("button", { name: "Imprimir", exact: true }).click();
  await page.getByText(/^Se imprime en/).waitFor();
  await page.waitForTimeout(800);
  report.printCalls = await page.evaluate(() => window.printCalls);
  report.pages = (await page.getByText(/^Se imprime en/).textContent()).trim();
  report.address = await page.getByLabel("Dirección del programa", { exact: true }).inputValue();
  report.builderText = await page.evaluate(() => document.body.innerText);
  await context.close();
}

/** The program page at the address, in a fresh context: its sheet's cards and its text. */
async function program(browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  watch(page, "program");
  await page.goto(report.address);
  const sheet = page.getByRole("article");
  await sheet.getByRole("heading", { level: 2 }).first().waitFor({ timeout: 15000 });
  report.cards = [];
  for (const h of await sheet.getByRole("heading", { level: 2 }).all()) {
    const card = h.locator("xpath=..");
    report.cards.push({ title: (await h.textContent()).trim(), text: (await card.innerText()).replace(/\s+/g, " ").trim() });
  }
  report.programLang = await page.evaluate(() => document.documentElement.lang);
  report.programText = await page.evaluate(() => document.body.innerText);
  await context.close();
}

/** The texts of the advice lines in a part of the builder. */
async function adviceLines(where) {
  const out = [];
  for (const line of await where.locator(".builder-advice-line").all()) out.push((await line.innerText()).replace(/\s+/g, " ").trim());
  return out;
}

/** The builder on a long program: the advice it shows, and its whole text. */
async function longProgram(browser) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  watch(page, "long program");
  await page.goto(job.builder + "#" + job.long);
  await page.getByText(/^Consejo: este programa tiene/).waitFor({ timeout: 15000 });
  report.longAdvice = await adviceLines(page);
  report.longText = await page.evaluate(() => document.body.innerText);
  await page.close();
}

/** Each bad address on the builder and on the program page: what they say, and their whole text. */
async function badAddresses(browser) {
  report.badBuilder = [];
  report.badProgram = [];
  report.badTexts = [];
  for (const bad of job.bad) {
    const b = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    watch(b, "builder#" + bad);
    await b.goto(job.builder + "#" + bad);
    const alert = b.getByRole("alert").filter({ hasText: /\S/ });
    await alert.waitFor({ timeout: 15000 });
    report.badBuilder.push((await alert.textContent()).trim());
    report.badTexts.push(await b.evaluate(() => document.body.innerText));
    await b.close();
    const p = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    watch(p, "program#" + bad);
    await p.goto(job.program + "#" + bad);
    const problem = p.locator(".program-problem").filter({ hasText: /\S/ });
    await problem.waitFor({ timeout: 15000 });
    report.badProgram.push((await problem.locator("p").first().textContent()).trim());
    report.badTexts.push(await p.evaluate(() => document.body.innerText));
    await p.close();
  }
}

/** The site search box on a Spanish stretch page: the word typed, the results read. */
async function siteSearch(browser) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  watch(page, "search");
  await page.goto(job.stretchPage);
  const field = page.getByRole("searchbox", { name: "Buscar en este sitio", exact: true });
  await field.click();
  await field.pressSequentially(job.search, { delay: 20 });
  const status = page.getByRole("status").filter({ hasText: "\u201c" + job.search + "\u201d" });
  await status.waitFor({ timeout: 15000 });
  report.searchStatus = (await status.textContent()).trim();
  report.searchLinks = [];
  for (const a of await page.locator("#site-search").getByRole("link").all()) {
    report.searchLinks.push({ name: (await a.textContent()).trim(), href: await a.getAttribute("href") });
  }
  // The sources a stretch cites keep their own (English) titles, which the
  // author writes; limber's own words are what must be Spanish.
  report.searchText = await page.evaluate(() => {
    const refs = [...document.querySelectorAll(".references")];
    for (const r of refs) r.hidden = true;
    const text = document.body.innerText;
    for (const r of refs) r.hidden = false;
    return text;
  });
  await page.close();
}

const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: chromiumArgs });
try {
  await builder(browser);
  await program(browser);
  await longProgram(browser);
  await badAddresses(browser);
  await siteSearch(browser);
} catch (e) {
  report.errors.push("spanish.mjs: " + (e && e.stack ? e.stack : String(e)));
} finally {
  await browser.close();
}
process.stdout.write(JSON.stringify(report) + "\n");
