// print.mjs: prints routine sheets to PDF with the system Chromium and
// measures them, for sheet_test.go.
//
//   node print.mjs JOB.json
//
// JOB.json: {"out": "/dir", "sheets": [{"name": "morning-back", "url":
// "http://127.0.0.1:PORT/handouts/routines/morning-back/sheet/"}]}.
// For each sheet it writes NAME-letter.pdf and NAME-a4.pdf to out, and
// prints one JSON report on stdout: per sheet, what was measured in print
// media (smallest font size in pt, italic or non-black text, the boxes of
// each log row, whether the print button shows, the cards split across
// columns) and on screen (whether the
// print button shows once the script has run), and on a wide screen
// the text that the marks where page 1 ends would cover.
import { chromium } from "playwright-core";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const chromiumArgs = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--no-first-run"];

// measure runs in the page: it reports what the test asserts about the text
// and the log of the sheet in the current media.
function measure() {
  const visible = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden";
  const ownText = (el) => [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim() !== "");
  let minPt = Infinity, minWhere = "";
  const italic = [], notBlack = [];
  for (const el of document.querySelectorAll("body *")) {
    if (!ownText(el) || !visible(el)) continue;
    const cs = getComputedStyle(el);
    const pt = parseFloat(cs.fontSize) * 0.75;
    const where = el.tagName.toLowerCase() + "." + el.className + ": " + el.textContent.trim().slice(0, 40);
    if (pt < minPt) { minPt = pt; minWhere = where; }
    if (cs.fontStyle !== "normal") italic.push(where);
    if (el.closest(".sheet") && cs.color !== "rgb(0, 0, 0)") notBlack.push(where + " " + cs.color);
  }
  const rows = [...document.querySelectorAll(".sheet-log tbody tr")].map((tr) => ({
    label: tr.querySelector("th").textContent.trim(),
    sides: tr.classList.contains("sides"),
    boxes: [...tr.querySelectorAll(".box")].filter(visible).length,
  }));
  const button = document.querySelector(".print-button");
  const sheet = document.querySelector(".sheet");
  return {
    minPt, minWhere, italic, notBlack, rows,
    cards: document.querySelectorAll(".sheet-card").length,
    splitCards: [...document.querySelectorAll(".sheet-card")].filter((el) => el.getClientRects().length > 1)
      .map((el) => el.querySelector("h2").textContent.trim()),
    buttonShown: !!button && visible(button),
    heightMM: sheet ? sheet.getBoundingClientRect().height * 25.4 / 96 : 0,
    partsMM: Object.fromEntries([...(sheet ? sheet.children : [])].map((el) =>
      [el.className || el.tagName.toLowerCase(), Math.round(el.getBoundingClientRect().height * 25.4 / 96)])),
  };
}

// previewMarks runs in the page on a wide screen: it finds the marks that
// show where page 1 ends on paper (the sheet's ::before and ::after) and
// lists the text they would cover.
function previewMarks() {
  const sheet = document.querySelector(".sheet");
  const s = sheet.getBoundingClientRect();
  const px = (v) => parseFloat(v) || 0;
  const box = (pseudo) => {
    const cs = getComputedStyle(sheet, pseudo);
    if (cs.content === "none" || cs.display === "none") return null;
    const w = px(cs.width) + px(cs.paddingLeft) + px(cs.paddingRight);
    const h = px(cs.height) + px(cs.paddingTop) + px(cs.paddingBottom) + px(cs.borderBottomWidth);
    const left = cs.left !== "auto" ? s.left + px(cs.left) : s.right - px(cs.right) - w;
    const top = s.top + px(cs.top);
    return { left, right: left + w, top, bottom: top + h };
  };
  const marks = [box("::before"), box("::after")].filter(Boolean);
  const covered = [];
  const walker = document.createTreeWalker(sheet, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.textContent.trim() === "") continue;
    const range = document.createRange();
    range.selectNodeContents(n);
    for (const r of range.getClientRects()) {
      if (marks.some((m) => r.left < m.right && r.right > m.left && r.top < m.bottom && r.bottom > m.top)) {
        covered.push(n.textContent.trim().slice(0, 40));
      }
    }
  }
  return { marks: marks.length, covered };
}

async function printSheet(browser, job, sheet) {
  // The page box both papers share, less sheet.css's 8 mm margins: 194 mm.
  const page = await browser.newPage({ viewport: { width: Math.round(193 * 96 / 25.4), height: 1000 } });
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => {
    if (m.type() === "error" && !m.text().startsWith("Failed to load resource")) errors.push(m.text());
  });
  page.on("response", (r) => {
    if (r.status() >= 400 && !r.url().endsWith("/favicon.ico")) errors.push(`${r.status()} ${r.url()}`);
  });
  const resp = await page.goto(sheet.url, { waitUntil: "load" });
  const status = resp ? resp.status() : 0;
  const screen = await page.evaluate(measure);
  await page.setViewportSize({ width: 1280, height: 1000 });
  const preview = await page.evaluate(previewMarks);
  await page.setViewportSize({ width: Math.round(193 * 96 / 25.4), height: 1000 });
  await page.emulateMedia({ media: "print" });
  const print = await page.evaluate(measure);
  for (const [format, suffix] of [["Letter", "letter"], ["A4", "a4"]]) {
    await page.pdf({ path: join(job.out, `${sheet.name}-${suffix}.pdf`), format,
      printBackground: false, preferCSSPageSize: false });
  }
  await page.close();
  return { name: sheet.name, status, errors, screen, print, preview };
}

async function main() {
  const job = JSON.parse(readFileSync(process.argv[2], "utf8"));
  const browser = await chromium.launch({ executablePath: job.chromium || "/usr/bin/chromium", args: chromiumArgs });
  try {
    const reports = [];
    for (const sheet of job.sheets) reports.push(await printSheet(browser, job, sheet));
    process.stdout.write(JSON.stringify(reports, null, 1) + "\n");
  } finally {
    await browser.close();
  }
}

main().catch((e) => { console.error(e); process.exit(1); });
