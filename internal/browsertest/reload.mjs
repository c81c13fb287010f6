// reload.mjs: times limber serve's edit-to-reloaded-tab, for
// BenchmarkEditToReloadedTab.
//
//   node reload.mjs JOB.json
//
// JOB.json: {"url": "http://127.0.0.1:PORT/stretches/x/", "file":
// "/site/content/stretches/x.md", "edit": "body" | "summary", "iters": 20,
// "pauseMs": 400}. The script opens the page, waits for its event stream,
// then ITERS times: waits pauseMs (as an author pauses between saves),
// saves the file in place with a new sentence at the end of its body (or a
// new word in its summary) and times, on Node's clock, from just before the
// write to the page showing it: live.js's "limber:updated" event when it
// updated the page in place, or the "load" event of a reload. It checks
// that the page shows the new text, restores the file and prints {"ms":
// [...], "how": ["update" | "reload", ...], "errors": [...]} as JSON.
import { chromium } from "playwright-core";
import { readFileSync, writeFileSync } from "node:fs";

const args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--no-first-run"];

function edited(orig, kind, token) {
  if (kind === "summary") return orig.replace("\nsummary: ", `\nsummary: ${token}. `);
  return orig + `\nEdit ${token}.\n`;
}

// once saves one edit and returns how long the tab took to show it, and
// how: "update" (in place) or "reload".
async function once(page, job, orig, i) {
  const token = `limber${i}x${Date.now() % 100000}`;
  await new Promise((r) => setTimeout(r, job.pauseMs));
  const loaded = page.waitForEvent("load", { timeout: 10000 }).then(() => "reload");
  const updated = page.evaluate(() => new Promise((r) => {
    document.addEventListener("limber:updated", () => r("update"), { once: true });
  })).catch(() => loaded);
  const t0 = performance.now();
  writeFileSync(job.file, edited(orig, job.edit, token));
  const how = await Promise.race([updated, loaded]);
  const ms = performance.now() - t0;
  loaded.catch(() => {});
  const shown = await page.evaluate((t) => document.documentElement.outerHTML.includes(t), token);
  if (!shown) throw new Error(`edit ${i}: the page does not show ${token} after the ${how}`);
  return { ms, how };
}

async function main() {
  const job = JSON.parse(readFileSync(process.argv[2], "utf8"));
  const orig = readFileSync(job.file, "utf8");
  const browser = await chromium.launch({ executablePath: job.chromium || "/usr/bin/chromium", args });
  const report = { ms: [], how: [], errors: [] };
  try {
    const page = await browser.newPage();
    await page.goto(job.url, { waitUntil: "load" });
    await page.waitForFunction(() => window.limberLive && window.limberLive.state === "open", null, { timeout: 30000 });
    for (let i = 0; i < job.iters; i++) {
      const r = await once(page, job, orig, i);
      report.ms.push(r.ms);
      report.how.push(r.how);
      await page.waitForFunction(() => window.limberLive && window.limberLive.state === "open", null, { timeout: 10000 });
    }
  } catch (e) {
    report.errors.push(String(e));
  } finally {
    writeFileSync(job.file, orig);
    await browser.close();
  }
  process.stdout.write(JSON.stringify(report) + "\n");
}

main().catch((e) => { console.error(e); process.exit(1); });
