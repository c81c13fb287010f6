import { chromium } from "playwright-core";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const page = await browser.newPage();
for (const p of process.argv.slice(2)) {
  await page.goto("http://127.0.0.1:8765/" + p);
  await page.emulateMedia({ media: "print" });
  for (const f of ["Letter", "A4"]) {
    await page.pdf({ path: `/tmp/pp-${p.replace(/\//g, "_")}-${f}.pdf`, format: f, preferCSSPageSize: false });
  }
}
await browser.close();
