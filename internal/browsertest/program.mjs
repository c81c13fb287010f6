// program.mjs: opens the program page at given fragments in the system
// Chromium, for program_test.go, and reports what a patient sees and what
// prints.
//
//   node program.mjs JOB.json
//
// JOB.json: {"out": "/dir", "page": "http://127.0.0.1:PORT/handouts/program/",
// "cases": [{"name": "realistic", "fragment": "1...", "print": true}]}; a
// case with "then" (and "thenCards") changes the address to it afterwards
// and reports the page again once it shows that many cards.
// For each case it opens page + "#" + fragment, waits for the sheet or a
// message, and reports the cards, the log, the messages, the page's title,
// the sheet's classes, sheetpages.js's count on each paper, any dialog,
// script error or Content Security Policy message, and the elements found
// outside what the page and its sheet template make, the markup of the
// cards, the log and the plan, the controls found by their accessible
// names, and with axe, axe-core's
// WCAG 2.1 A/AA violations. With print, it
// prints to NAME-letter.pdf and NAME-a4.pdf in out (and, with large, also
// the large-print sheet to NAME-large-letter.pdf and NAME-large-a4.pdf).
import { chromium } from "playwright-core";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

const chromiumArgs = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--no-first-run"];

// The elements the page, the bar and the sheet are made of: anything else
// (an <img> outside a card's pictures, a <script>, an <iframe>) came from
// the address.
const allowed = ["div", "p", "a", "button", "input", "label", "span", "article", "header", "h1", "h2", "dl", "dt",
  "dd", "ol", "ul", "li", "strong", "section", "table", "thead", "tbody", "tr", "th", "td", "br", "footer", "svg",
  "title", "rect", "path", "img"];

// look runs in the page and reports what it shows.
async function look(allowed) {
  const text = (el) => (el ? el.textContent.replace(/\s+/g, " ").trim() : "");
  const area = document.getElementById("sheet-area");
  const app = document.getElementById("program-app");
  const strange = [...app.querySelectorAll("*"), ...area.querySelectorAll("*")]
    .filter((el) => !allowed.includes(el.localName) || (el.localName === "img" && !el.closest(".sheet-pics, .sheet-clinic")))
    .map((el) => el.localName);
  const handlers = [...document.querySelectorAll("*")].filter((el) => [...el.attributes].some((a) => a.name.startsWith("on")))
    .map((el) => el.localName);
  const sheet = area.querySelector("article.sheet");
  const pages = {};
  if (sheet) {
    // Beside the page's own module: <root>assets/, also for a page under <root>es/.
    const script = document.querySelector('script[src$="program-page.js"]');
    const { countPages } = await import(new URL("sheetpages.js", script ? script.src : new URL("../assets/", location.href)).href);
    for (const p of ["letter", "a4"]) pages[p] = countPages(sheet, p);
  }
  return {
    title: document.title,
    classes: sheet ? sheet.className : "",
    heading: text(area.querySelector("h1")),
    cards: [...area.querySelectorAll(".sheet-card")].map((c) => ({
      title: text(c.querySelector("h2")).replace(/^\d+ /, ""),
      dose: text(c.querySelector(".sheet-dose")),
      note: text(c.querySelector(".sheet-note")),
      link: c.querySelector("h2 a") ? c.querySelector("h2 a").getAttribute("href") : "",
    })),
    plan: text(area.querySelector(".sheet-plan")),
    logRows: [...area.querySelectorAll(".sheet-log tbody th")].map(text),
    url: text(area.querySelector(".sheet-address")),
    qr: !!area.querySelector(".sheet-qr svg path"),
    messages: [...app.querySelectorAll("p")].map(text).filter(Boolean),
    change: app.querySelector("a.program-change") ? app.querySelector("a.program-change").getAttribute("href") : "",
    strange, handlers, pages,
    html: {
      cards: sheet ? sheet.querySelector(".sheet-cards").outerHTML : "",
      log: sheet ? sheet.querySelector(".sheet-log").outerHTML : "",
      plan: sheet && sheet.querySelector(".sheet-plan") ? sheet.querySelector(".sheet-plan").outerHTML : "",
    },
  };
}

async function openCase(browser, job, c) {
  const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  const problems = [];
  page.on("pageerror", (e) => problems.push("script error: " + String(e)));
  page.on("dialog", async (d) => { problems.push("dialog: " + d.message()); await d.dismiss(); });
  page.on("console", (m) => {
    if (m.text().includes("Content Security Policy")) problems.push("CSP: " + m.text());
    else if (m.type() === "error" && !m.text().startsWith("Failed to load resource")) problems.push("console error: " + m.text());
  });
  page.on("response", (r) => {
    if (r.status() >= 400 && !r.url().endsWith("/favicon.ico")) problems.push(`${r.status()} ${r.url()}`);
  });
  await page.goto(job.page + "#" + c.fragment, { waitUntil: "load" });
  await page.waitForFunction(() => document.querySelector("#sheet-area .sheet-card") ||
    document.querySelector(".program-problem p"), null, { timeout: 20000 }).catch(() => {});
  await page.waitForTimeout(300); // lets sheet-long be set after the pictures load
  const report = { name: c.name, ...(await page.evaluate(look, allowed)) };
  const change = page.getByRole("link", { name: "Change this program" });
  report.controls = {
    print: await page.getByRole("button", { name: "Print" }).isVisible(),
    change: (await change.count()) && (await change.isVisible()) ? await change.getAttribute("href") : "",
    large: await page.getByLabel("Large print").isVisible(),
  };
  if (c.axe) report.axe = await audit(page);
  if (c.print) {
    await pdfs(page, job.out, c.name);
    if (c.large) {
      await page.getByLabel("Large print").check();
      await page.waitForTimeout(300);
      report.large = await page.evaluate(look, allowed);
      await pdfs(page, job.out, c.name + "-large");
    }
  }
  if (c.then) {
    await page.evaluate((h) => { location.hash = h; }, c.then);
    await page.waitForFunction((n) => document.querySelectorAll("#sheet-area .sheet-card").length === n &&
      document.title !== "", c.thenCards, { timeout: 20000 }).catch(() => {});
    report.then = await page.evaluate(look, allowed);
  }
  report.problems = problems;
  await page.close();
  return report;
}

// audit runs axe-core's WCAG 2.1 A and AA rules on the page, loaded by
// evaluation (the page's CSP allows no injected script tag), and returns
// each violation as "rule: selectors".
async function audit(page) {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const res = await window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
      resultTypes: ["violations"] });
    return res.violations.map((v) => v.id + ": " + v.nodes.map((n) => n.target.join(" ")).join(", "));
  });
}

async function pdfs(page, out, name) {
  for (const [format, suffix] of [["Letter", "letter"], ["A4", "a4"]]) {
    await page.pdf({ path: join(out, `${name}-${suffix}.pdf`), format, printBackground: false, preferCSSPageSize: false });
  }
}

async function main() {
  const job = JSON.parse(readFileSync(process.argv[2], "utf8"));
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: chromiumArgs });
  try {
    const reports = [];
    for (const c of job.cases) reports.push(await openCase(browser, job, c));
    process.stdout.write(JSON.stringify(reports, null, 1) + "\n");
  } finally {
    await browser.close();
  }
}

main().catch((e) => { console.error(e); process.exit(1); });
