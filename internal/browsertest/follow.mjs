// follow.mjs: walks the follow-along mode of a routine page and of a
// program page in the system Chromium on a 375-pixel phone screen, with
// Playwright's clock paused so that the test moves time itself, for
// follow_test.go.
//
//   node follow.mjs JOB.json
//
// JOB.json: {"walks": [{"name": "routine", "url": "...", "start": "Start"}],
// "keys": {"url": "...", "start": "Start"}, "axe": true, "screenshot":
// {"url": "...", "start": "Start", "path": "follow.png"} (optional)}.
//
// A walk presses the Start button and then moves the clock a second at a
// time until the mode says it is done, noting each phase it shows (the
// stretch's number, what to do, where, the first countdown number and the
// moves counted) and everything said in the live region. The keys run opens
// the mode by keyboard alone and uses Space, the arrows, Tab to "When to
// stop" and Escape, with the wake lock, Web Audio and vibration stood in
// for, and opens it again to tick Sound and Vibrate; and the clock jumps a
// minute at once in another tab, as for a tab in the background. With axe, axe-core checks each walk's mode at a hold
// and at its "Done" view for WCAG 2.1 A and AA. It prints one JSON report on stdout.
import { chromium } from "playwright-core";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const chromiumArgs = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--no-first-run"];
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const job = JSON.parse(readFileSync(process.argv[2], "utf8"));
const report = { errors: [], walks: [], keys: null, axe: [] };
const phone = { viewport: { width: 375, height: 740 }, deviceScaleFactor: 2, hasTouch: true };

/** Notes what the live region says, each time its text is set (a page script, run before the page's own). */
function listen() {
  window.said = [];
  new MutationObserver(function () {
    const live = document.querySelector(".follow-live");
    const text = live ? live.textContent : "";
    if (text && text !== window.lastSaid) window.said.push(text);
    window.lastSaid = text;
  }).observe(document, { subtree: true, childList: true, characterData: true });
}

/**
 * Stands in for the screen wake lock, Web Audio and vibration, noting each
 * use in window.cues (a page script, run before the page's own).
 */
function fakeDevices() {
  const cues = window.cues = { lock: [], beeps: 0, buzz: 0 };
  const wakeLock = {
    request: async function () {
      cues.lock.push("request");
      const lock = new EventTarget();
      lock.release = async function () { cues.lock.push("release"); };
      return lock;
    },
  };
  Object.defineProperty(Navigator.prototype, "wakeLock", { get: () => wakeLock, configurable: true });
  Navigator.prototype.vibrate = function () { cues.buzz++; return true; };
  window.AudioContext = class {
    constructor() { this.currentTime = 0; this.destination = {}; }
    createOscillator() { return { frequency: {}, connect: (to) => to, start() { cues.beeps++; }, stop() {} }; }
    createGain() { return { gain: { setValueAtTime() {}, exponentialRampToValueAtTime() {} }, connect: (to) => to }; }
    close() {}
  };
}

/** A fresh phone tab with the clock paused and every error of the page noted. */
async function open(browser, name, url, fakes) {
  const context = await browser.newContext(phone);
  await context.addInitScript(listen);
  if (fakes) await context.addInitScript(fakeDevices);
  const page = await context.newPage();
  page.on("console", (m) => { if (m.type() === "error") report.errors.push(name + ": " + m.text()); });
  page.on("pageerror", (e) => report.errors.push(name + ": " + String(e)));
  page.on("response", (r) => { if (r.status() >= 400) report.errors.push(name + ": " + r.status() + " " + r.url()); });
  await page.clock.install({ time: new Date("2026-03-02T08:00:00Z") });
  await page.clock.pauseAt(new Date("2026-03-02T08:00:05Z"));
  await page.goto(url);
  return { context, page };
}

/** What the mode shows now. */
function state(page) {
  return page.evaluate(function () {
    const d = document.querySelector("dialog.follow");
    const text = (s) => { const e = d && d.querySelector(s); return e ? e.textContent.trim() : ""; };
    return {
      open: !!(d && d.open), progress: text(".follow-progress"), title: text(".follow-title"),
      doing: text(".follow-doing"), where: text(".follow-where"), num: text(".follow-num"), unit: text(".follow-unit"),
      ticks: d ? [...d.querySelectorAll(".follow-ticks li")].map((li) => li.textContent.trim()) : [],
    };
  });
}

/** Presses Start and moves the clock a second at a time to "Done", noting each phase. */
async function walk(browser, w) {
  const { context, page } = await open(browser, w.name, w.url);
  const requests = [];
  await page.getByRole("button", { name: w.start, exact: true }).click();
  page.on("request", (r) => requests.push(r.url()));
  await page.locator("dialog.follow[open]").waitFor();
  const phases = [];
  let last = null, done = null;
  for (let second = 0; second < 3600; second++) {
    const s = await state(page);
    if (!s.ticks.length && s.doing) {
      const key = [s.progress, s.title, s.doing, s.where].join("|");
      if (key !== last) phases.push({ progress: s.progress, title: s.title, doing: s.doing, where: s.where, first: s.num, moves: [] });
      const p = phases[phases.length - 1];
      if (/\d/.test(s.unit) && p.moves[p.moves.length - 1] !== s.unit) p.moves.push(s.unit); // "Move 2 of 3"
      last = key;
    } else if (s.ticks.length) { done = s; break; }
    await page.clock.runFor(1000);
  }
  await page.clock.runFor(1000);
  const said = await page.evaluate(() => window.said);
  const text = await page.evaluate(() => document.querySelector("dialog.follow").innerText);
  await page.keyboard.press("Enter"); // Close has the focus
  const closed = !(await state(page)).open;
  report.walks.push({ name: w.name, phases, done, said, closed, text, requests });
  await context.close();
}

/** The mode by keyboard alone: Enter on Start, Space, the arrows, Tab to "When to stop", Escape. */
async function keys(browser, k) {
  const { context, page } = await open(browser, "keys", k.url, true);
  const out = {};
  const start = page.getByRole("button", { name: k.start, exact: true });
  await start.focus();
  await page.keyboard.press("Enter");
  await page.locator("dialog.follow[open]").waitFor();
  out.focus = await page.evaluate(() => document.activeElement.textContent);
  out.motion = await backdropAnimation(page, "no-preference");
  out.reducedMotion = await backdropAnimation(page, "reduce");
  await page.setViewportSize({ width: 320, height: 640 });
  out.overflow320 = await page.evaluate(() => { const d = document.querySelector("dialog.follow"); return d.scrollWidth - d.clientWidth; });
  await page.setViewportSize(phone.viewport);
  await page.clock.runFor(20000); // into the first hold
  out.hold = await state(page);
  await page.keyboard.press(" ");
  await page.clock.runFor(10000);
  out.paused = await state(page);
  out.pauseButton = await page.evaluate(() => document.querySelector(".follow-pause").textContent);
  await page.keyboard.press(" ");
  await page.clock.runFor(2000);
  out.resumed = await state(page);
  await page.keyboard.press("ArrowRight");
  out.skipped = await state(page);
  await page.keyboard.press("ArrowLeft");
  out.back = await state(page);
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(() => document.activeElement.tagName === "SUMMARY")) break;
  }
  await page.keyboard.press("Enter");
  out.stopIf = await page.evaluate(() => {
    const d = document.querySelector(".follow-stopif");
    return d && d.open ? [...d.querySelectorAll("li")].map((li) => li.textContent.trim()) : [];
  });
  await page.keyboard.press("Escape");
  out.afterEscape = await state(page);
  out.focusAfter = await page.evaluate(() => document.activeElement.textContent);
  // the dialog's close event, which lets go of the wake lock, is a task of its own after Escape
  for (let i = 0; i < 50 && (await page.evaluate(() => window.cues.lock.length)) < 4; i++) await page.clock.runFor(20);
  out.cuesOff = await page.evaluate(() => JSON.parse(JSON.stringify(window.cues)));
  await cuesOn(page, k, out);
  await context.close();
  report.keys = out;
}

/** A phone screenshot of the mode 10 seconds into the first hold of a routine, for the README. */
async function screenshot(browser, shot) {
  const { context, page } = await open(browser, "screenshot", shot.url);
  await page.getByRole("button", { name: shot.start, exact: true }).click();
  await page.clock.runFor(25000);
  await page.screenshot({ path: shot.path });
  await context.close();
}

/**
 * axe-core on the page with its Start button, and on the open mode at its
 * first hold and at Done (skipped to with the right arrow), in a tab whose
 * clock runs: axe waits on timers.
 */
async function axeWalk(browser, w) {
  const context = await browser.newContext(phone);
  const page = await context.newPage();
  page.on("pageerror", (e) => report.errors.push(w.name + " (axe): " + String(e)));
  await page.goto(w.url);
  await page.getByRole("button", { name: w.start, exact: true }).waitFor();
  report.axe.push({ view: w.name + " page", violations: await axe(page) });
  await page.getByRole("button", { name: w.start, exact: true }).click();
  await page.locator("dialog.follow[open]").waitFor();
  await page.keyboard.press("ArrowRight");
  report.axe.push({ view: w.name + " hold", violations: await axe(page) });
  for (let i = 0; i < 100 && !(await page.locator(".follow-ticks").count()); i++) await page.keyboard.press("ArrowRight");
  report.axe.push({ view: w.name + " done", violations: await axe(page) });
  await context.close();
}

/**
 * A tab whose timers were held back, as a browser does in the background:
 * the clock jumps a minute at once (fastForward fires each due timer once,
 * not every tick), and the mode must show where a minute takes it.
 */
async function throttled(browser, k) {
  const { context, page } = await open(browser, "throttled", k.url);
  await page.getByRole("button", { name: k.start, exact: true }).click();
  await page.locator("dialog.follow[open]").waitFor();
  await page.clock.fastForward(60000);
  await page.clock.runFor(250);
  report.throttled = await state(page);
  await context.close();
}

/** Opens the mode again by Enter, ticks Sound and Vibrate with Space, and skips a phase: its cues. */
async function cuesOn(page, k, out) {
  await page.keyboard.press("Enter");
  await page.locator("dialog.follow[open]").waitFor();
  for (const name of [k.sound, k.vibrate]) {
    await tabTo(page, name);
    await page.keyboard.press(" ");
  }
  await page.keyboard.press("ArrowRight");
  out.cuesOn = await page.evaluate(() => JSON.parse(JSON.stringify(window.cues)));
  await page.keyboard.press("Escape");
}

/** The animation of the open mode's backdrop when the reader's motion preference is pref. */
async function backdropAnimation(page, pref) {
  await page.emulateMedia({ reducedMotion: pref });
  return page.evaluate(() => getComputedStyle(document.querySelector("dialog.follow"), "::backdrop").animationName);
}

/** Presses Tab until the focus is on the checkbox labelled name. */
async function tabTo(page, name) {
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press("Tab");
    const on = await page.evaluate((n) => {
      const a = document.activeElement;
      return a.type === "checkbox" && a.closest("label").textContent.trim() === n;
    }, name);
    if (on) return;
  }
  throw new Error("Tab never reached the " + name + " checkbox");
}

/** axe-core's WCAG 2.1 A and AA violations of the page as it is. */
async function axe(page) {
  // evaluated through the DevTools protocol, which the page's CSP (no inline script) does not govern
  if (!(await page.evaluate(() => !!window.axe))) await page.evaluate(axeSource);
  return page.evaluate(async function () {
    const res = await window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
    return res.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(" ")) }));
  });
}

const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: chromiumArgs });
try {
  for (const w of job.walks) await walk(browser, w);
  if (job.axe) for (const w of job.walks) await axeWalk(browser, w);
  if (job.keys) await keys(browser, job.keys);
  if (job.keys) await throttled(browser, job.keys);
  if (job.screenshot) await screenshot(browser, job.screenshot);
} catch (e) {
  report.errors.push("script: " + String(e && e.stack || e));
} finally {
  await browser.close();
}
process.stdout.write(JSON.stringify(report));
