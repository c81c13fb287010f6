// snapshot.mjs: saves pages as their scripts left them, for the Nu HTML
// Checker (TestRenderedPagesAreValidHTML in vnu_test.go): vnu reads files,
// so it sees only the HTML limber wrote, not what builder.js,
// program-page.js or site-search.js build in the browser.
//
//   node snapshot.mjs JOB.json
//
// JOB.json: {"out": DIR, "pages": [{"name": "builder", "url": URL, "wait":
// {"text": "..."} or {"selector": "..."}, "search": "back"}]}. Each page is
// loaded at 1280 px; the script waits (up to 20 s) for the text or element,
// types "search" into "Search this site" when given and waits for its
// results, then writes DIR/NAME.html: the doctype and the document's
// outerHTML. It prints {"errors": [...]} as JSON.
import { chromium } from "playwright-core";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--no-first-run"];

async function snapshot(browser, job, page, errors) {
  const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  tab.on("pageerror", (e) => errors.push(`${page.name}: page error: ${e}`));
  await tab.goto(page.url, { waitUntil: "load" });
  try {
    if (page.wait) {
      const target = page.wait.text ? tab.getByText(page.wait.text).first() : tab.locator(page.wait.selector).first();
      await target.waitFor({ state: "visible", timeout: 20000 });
    }
    if (page.search) {
      await tab.getByRole("searchbox", { name: "Search this site" }).fill(page.search);
      await tab.locator("#site-search-results a").first().waitFor({ state: "visible", timeout: 20000 });
    }
  } catch (e) {
    errors.push(`${page.name}: did not render: ${String(e).split("\n")[0]}`);
  }
  const html = await tab.evaluate(() => "<!DOCTYPE html>\n" + document.documentElement.outerHTML + "\n");
  writeFileSync(join(job.out, page.name + ".html"), html);
  await tab.close();
}

async function main() {
  const job = JSON.parse(readFileSync(process.argv[2], "utf8"));
  const browser = await chromium.launch({ executablePath: job.chromium || "/usr/bin/chromium", args });
  const errors = [];
  try {
    for (const page of job.pages) await snapshot(browser, job, page, errors);
  } finally {
    await browser.close();
  }
  process.stdout.write(JSON.stringify({ errors }) + "\n");
}

main().catch((e) => { console.error(e); process.exit(1); });
