// axe.mjs: checks pages for WCAG 2.1 A and AA violations with axe-core in
// the system Chromium, for a11y_test.go.
//
//   node axe.mjs JOB.json
//
// JOB.json: {"pages": [{"name": "home", "url": "http://127.0.0.1:PORT/",
// "print": false, "wait": {"text": "Search stretches"}}]}. A page with
// "wait" is an app: after it loads, the script waits (up to 20 s) for the
// text or the CSS selector ("wait": {"selector": "#sheet-area .sheet"}) to
// show, and reports an error if it does not. Each page is checked on a wide and a narrow screen,
// and also in print media when "print" is true. It prints one JSON report
// on stdout: per page and mode, the HTTP status, errors in the page and
// axe's violations (rule id, impact, help, help URL and the failing
// elements' selectors).
import { chromium } from "playwright-core";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const chromiumArgs = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--no-first-run"];
const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

// modes are the ways a page is looked at, in turn in one tab: a desktop
// and a phone screen, and print (only for pages that ask for it).
const modes = [
  { name: "screen", media: "screen", viewport: { width: 1280, height: 900 } },
  { name: "phone", media: "screen", viewport: { width: 375, height: 740 } },
  { name: "print", media: "print", viewport: { width: 720, height: 1000 }, printOnly: true },
];

// audit runs in the page once axe is injected.
async function audit(tags) {
  const res = await window.axe.run(document, {
    runOnly: { type: "tag", values: tags },
    resultTypes: ["violations"],
  });
  return res.violations.map((v) => ({
    id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
    nodes: v.nodes.map((n) => ({ target: n.target.map(String).join(" "), summary: n.failureSummary })),
  }));
}

// rendered waits until an app page shows what it builds, or notes that it
// did not.
async function rendered(tab, wait, errors) {
  const target = wait.text ? tab.getByText(wait.text).first() : tab.locator(wait.selector).first();
  try {
    await target.waitFor({ state: "visible", timeout: 20000 });
  } catch (e) {
    errors.push(`the page did not render ${JSON.stringify(wait.text || wait.selector)} within 20 s`);
  }
}

// check loads a page once and audits it in every mode it asks for.
async function check(browser, page) {
  const tab = await browser.newPage({ viewport: modes[0].viewport });
  const errors = [];
  tab.on("pageerror", (e) => errors.push(String(e)));
  tab.on("response", (r) => {
    if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`);
  });
  const resp = await tab.goto(page.url, { waitUntil: "load" });
  const status = resp ? resp.status() : 0;
  if (page.wait) await rendered(tab, page.wait, errors);
  await tab.addScriptTag({ path: axePath });
  const reports = [];
  for (const mode of modes.filter((m) => !m.printOnly || page.print)) {
    await tab.setViewportSize(mode.viewport);
    await tab.emulateMedia({ media: mode.media });
    reports.push({ name: page.name, mode: mode.name, status, errors, violations: await tab.evaluate(audit, tags) });
  }
  await tab.close();
  return reports;
}

async function main() {
  const job = JSON.parse(readFileSync(process.argv[2], "utf8"));
  const browser = await chromium.launch({ executablePath: job.chromium || "/usr/bin/chromium", args: chromiumArgs });
  try {
    const reports = [];
    for (const page of job.pages) {
      reports.push(...await check(browser, page));
    }
    process.stdout.write(JSON.stringify(reports, null, 1) + "\n");
  } finally {
    await browser.close();
  }
}

main().catch((e) => { console.error(e); process.exit(1); });
