// follow.js: the follow-along mode ("Do it with me") of a routine page and
// a program page. openFollow shows a modal <dialog> that takes the patient
// through the stretches one at a time: the picture, the steps and "When to
// stop" one tap away, and a guide through the dose from follow-plan.js's
// phases, a countdown for each hold and a count of moves, with the side and
// the rep, until "Done" and the boxes to tick on the paper log.
//
//   openFollow(doc, items, t, opener)
//
// items: [{title, dose (dosage.js's), sentence, notes, picture: {url, alt}
// or null, steps(): a list element or null, stopIf(): a list element or
// null}], built by the page from what it already has (nothing is fetched);
// t: words.js's translator; opener: the element to focus again on close.
//
// The timer counts elapsed time (performance.now), not ticks, so a pause,
// a slow tick or a tab in the background never stretches a hold: a late
// tick moves on as many phases as the time covers. Space pauses and
// resumes, the arrows go back and skip, Escape stops. Each new phase is
// said once in a polite live region. Sound (Web Audio beeps) and
// vibration are off until asked for; the screen is kept awake (Screen
// Wake Lock, where the browser has it) while the timer runs. Nothing is
// stored or sent.

import { sessionPhases, moveAt, secondsLeft, where, doing, setOf, announcement } from "./follow-plan.js";
import { el, announce, newId } from "./dom.js";

const TICK = 250; // how often the screen is brought up to date, in ms

/** Opens the follow-along mode over the page; see the file's header. */
export function openFollow(doc, items, t, opener) {
  const ui = buildDialog(doc, t);
  const s = {
    doc, items, t, opener, ui, phases: sessionPhases(items.map(function (it) { return it.dose; })),
    index: -1, start: 0, pausedAt: null, timer: 0, lock: null, audio: null, shownItem: -1, move: 0,
  };
  wire(s);
  doc.body.append(ui.dialog);
  ui.dialog.showModal();
  go(s, 0);
  ui.pause.focus({ preventScroll: true });
  ui.dialog.scrollTop = 0;
  s.timer = window.setInterval(function () { tick(s); }, TICK);
  keepAwake(s);
  return s;
}

/** Builds the dialog's parts once; go() and tick() fill them. */
function buildDialog(doc, t) {
  const btn = function (cls, text, keys) {
    return el("button", { type: "button", className: cls, "aria-keyshortcuts": keys }, text);
  };
  const titleId = newId("follow-title"); // numbered ("follow-title-1"), unlike the ids of headings made from words
  const ui = {
    titleId,
    progress: el("p", { className: "follow-progress" }),
    stop: btn("follow-stop", t("js.follow.stop"), "Escape"),
    title: el("h2", { id: titleId, className: "follow-title" }),
    dose: el("p", { className: "follow-dose" }),
    doing: el("p", { className: "follow-doing" }),
    where: el("p", { className: "follow-where" }),
    count: el("p", { className: "follow-count" }),
    back: btn("follow-back", t("js.follow.back"), "ArrowLeft"),
    pause: btn("follow-pause", t("js.follow.pause"), "Space"),
    skip: btn("follow-skip", t("js.follow.skip"), "ArrowRight"),
    stopIf: el("details", { className: "follow-stopif" }),
    body: el("div", { className: "follow-body" }),
    live: el("p", { className: "follow-live", role: "status", "aria-live": "polite" }),
  };
  ui.sound = checkbox(t("js.follow.sound"));
  ui.vibrate = "vibrate" in navigator ? checkbox(t("js.follow.vibrate")) : null;
  const options = el("fieldset", { className: "follow-options" }, el("legend", {}, t("js.follow.options")),
    ui.sound.label, ui.vibrate && ui.vibrate.label);
  ui.now = el("div", { className: "follow-now" }, ui.doing, ui.where, ui.count);
  ui.main = el("div", { className: "follow-main" }, ui.title, ui.now,
    el("div", { className: "follow-controls" }, ui.back, ui.pause, ui.skip), ui.stopIf, ui.dose, ui.body, options,
    el("p", { className: "follow-keys" }, t("js.follow.keys")));
  ui.dialog = el("dialog", { className: "follow", "aria-labelledby": titleId },
    el("div", { className: "follow-top" }, ui.progress, ui.stop), ui.main, ui.live);
  return ui;
}

/** A checkbox inside its label: {label, input}. */
function checkbox(text) {
  const input = el("input", { type: "checkbox" });
  return { label: el("label", { className: "follow-check" }, input, " " + text), input };
}

/** Connects the buttons, the keys and the dialog's closing to the session. */
function wire(s) {
  const ui = s.ui;
  ui.back.addEventListener("click", function () { back(s); });
  ui.skip.addEventListener("click", function () { go(s, s.index + 1); });
  ui.pause.addEventListener("click", function () { togglePause(s); });
  ui.stop.addEventListener("click", function () { ui.dialog.close(); });
  ui.sound.input.addEventListener("change", function () { if (ui.sound.input.checked) beep(s, 660, 0.12); });
  ui.dialog.addEventListener("keydown", function (e) { onKey(s, e); });
  ui.dialog.addEventListener("close", function () { finish(s); });
  s.onVisible = function () { if (s.doc.visibilityState === "visible") keepAwake(s); };
  s.doc.addEventListener("visibilitychange", s.onVisible);
}

/** Space, the arrows and Escape (the dialog's own cancel) from anywhere in the dialog. */
function onKey(s, e) {
  if (e.altKey || e.ctrlKey || e.metaKey || s.index >= s.phases.length) return;
  const control = e.target.closest && e.target.closest("button, input, summary, a");
  if (e.key === " " && !control) {
    e.preventDefault();
    togglePause(s);
  } else if (e.key === "ArrowRight" || e.key === "ArrowLeft") {
    e.preventDefault();
    if (e.key === "ArrowRight") go(s, s.index + 1);
    else back(s);
  }
}

/** Goes back one phase, over a stretch's "ready" to the one before it; at the first, starts it again. */
function back(s) { go(s, Math.max(0, s.index - 1)); }

/** Starts phase i from its beginning (paused if the session is), or ends the session past the last. */
function go(s, i) {
  const now = performance.now();
  s.index = i;
  s.start = now;
  if (s.pausedAt !== null) s.pausedAt = now;
  if (i >= s.phases.length) return done(s);
  showPhase(s);
}

/** Seconds since the phase began, not counting a pause. */
function elapsed(s) { return ((s.pausedAt !== null ? s.pausedAt : performance.now()) - s.start) / 1000; }

/** Brings the screen up to date; moves on past every phase whose time is over. */
function tick(s) {
  if (s.pausedAt !== null || s.index >= s.phases.length) return;
  let moved = false;
  while (s.index < s.phases.length && elapsed(s) >= s.phases[s.index].seconds) {
    s.start += s.phases[s.index].seconds * 1000;
    s.index++;
    moved = true;
  }
  if (s.index >= s.phases.length) return done(s);
  if (moved) showPhase(s);
  else showCount(s);
}

/** Shows the current phase (and its stretch, when it changed), says it and cues it. */
function showPhase(s) {
  const p = s.phases[s.index], it = s.items[p.item], t = s.t;
  if (s.shownItem !== p.item) showItem(s, it, p.item);
  s.ui.doing.textContent = doing(p, t);
  const at = where(p, t);
  const place = p.kind === "rest" || p.kind === "switch" ? (at ? t("js.follow.next", at) : "") : at;
  s.ui.where.textContent = [place, setOf(p, t)].filter(Boolean).join(" · ");
  s.ui.now.dataset.kind = p.kind;
  s.move = 0;
  showCount(s);
  announce(s.ui.live, announcement(p, it.title, it.dose, t));
  cue(s, p.kind === "hold" || p.kind === "reps" || p.kind === "push" ? 880 : 440);
}

/** Shows the countdown, or the move being done with a beat for each new one. */
function showCount(s) {
  const p = s.phases[s.index], e = elapsed(s), t = s.t;
  if (p.kind === "reps") {
    const move = moveAt(p, e);
    if (s.move && move !== s.move) cue(s, 660);
    s.move = move;
    s.ui.count.replaceChildren(el("span", { className: "follow-num" }, String(move)), " ",
      el("span", { className: "follow-unit" }, t("js.follow.moves", move, p.reps)));
    return;
  }
  s.ui.count.replaceChildren(el("span", { className: "follow-num" }, String(secondsLeft(p, e))), " ",
    el("span", { className: "follow-unit" }, t("js.follow.timeleft")));
}

/** Shows a stretch: its number, title, dose, note, "When to stop", picture and steps. */
function showItem(s, it, n) {
  const ui = s.ui, t = s.t;
  s.shownItem = n;
  ui.progress.textContent = t("js.follow.progress", n + 1, s.items.length);
  ui.title.textContent = it.title;
  ui.dose.replaceChildren(el("strong", {}, it.sentence));
  if (it.notes) ui.dose.append(" ", el("span", { className: "follow-note" }, it.notes));
  const stop = it.stopIf && it.stopIf();
  ui.stopIf.hidden = !stop;
  ui.stopIf.open = false;
  ui.stopIf.replaceChildren(el("summary", {}, t("js.follow.stopif")));
  if (stop) ui.stopIf.append(stop);
  ui.body.replaceChildren();
  if (it.picture) ui.body.append(el("img", { className: "follow-pic", src: it.picture.url, alt: it.picture.alt || "" }));
  const steps = it.steps && it.steps();
  if (steps) ui.body.append(steps);
}

/** Pauses or resumes the timer, and says so. */
function togglePause(s) {
  if (s.index >= s.phases.length) return;
  if (s.pausedAt === null) {
    s.pausedAt = performance.now();
    release(s);
  } else {
    s.start += performance.now() - s.pausedAt;
    s.pausedAt = null;
    keepAwake(s);
  }
  const paused = s.pausedAt !== null;
  s.ui.pause.textContent = s.t(paused ? "js.follow.resume" : "js.follow.pause");
  s.ui.dialog.classList.toggle("follow-paused", paused);
  announce(s.ui.live, s.t(paused ? "js.follow.paused" : "js.follow.resumed"));
}

/** The end: "Done" and the boxes to tick on the paper log, with Close. */
function done(s) {
  const t = s.t, ui = s.ui;
  window.clearInterval(s.timer);
  release(s);
  ui.progress.textContent = "";
  const list = el("ul", { className: "follow-ticks" });
  s.items.forEach(function (it, i) {
    const sides = it.dose.sides === "both" ? " (" + t("js.follow.ticksides", t("sheet.left"), t("sheet.right")) + ")" : "";
    list.append(el("li", {}, (i + 1) + ". " + it.title + sides));
  });
  const close = el("button", { type: "button", className: "follow-close" }, t("js.follow.close"));
  close.addEventListener("click", function () { ui.dialog.close(); });
  ui.main.replaceChildren(el("h2", { id: ui.titleId, className: "follow-title" }, t("js.follow.done")),
    el("p", { className: "follow-tick" }, t("js.follow.tick")), list, close);
  ui.stop.hidden = true;
  close.focus({ preventScroll: true });
  ui.dialog.scrollTop = 0;
  announce(ui.live, t("js.follow.done") + ". " + t("js.follow.tick"));
  cue(s, 1320);
}

/** Stops a session openFollow returned, as Stop does (for a page whose body was replaced). */
export function stopFollow(s) { if (s.ui.dialog.isConnected) s.ui.dialog.close(); else finish(s); }

/** Closing the dialog, by Stop, Escape or Close: everything stops and the page gets its focus back. */
function finish(s) {
  if (s.finished) return;
  s.finished = true;
  window.clearInterval(s.timer);
  s.index = s.phases.length;
  release(s);
  s.doc.removeEventListener("visibilitychange", s.onVisible);
  if (s.audio) s.audio.close();
  s.ui.dialog.remove();
  if (s.opener) s.opener.focus();
}

/** A phase's cue: a short beep and a buzz, each only when the patient switched it on. */
function cue(s, pitch) {
  if (s.ui.sound.input.checked) beep(s, pitch, 0.15);
  if (s.ui.vibrate && s.ui.vibrate.input.checked) navigator.vibrate(pitch > 600 ? 200 : [100, 80, 100]);
}

/** Plays a short tone with the Web Audio API (no sound file), quietly and without a click. */
function beep(s, pitch, seconds) {
  const Context = window.AudioContext || window.webkitAudioContext;
  if (!Context) return;
  if (!s.audio) s.audio = new Context();
  const a = s.audio, at = a.currentTime;
  const osc = a.createOscillator(), gain = a.createGain();
  osc.frequency.value = pitch;
  gain.gain.setValueAtTime(0.0001, at);
  gain.gain.exponentialRampToValueAtTime(0.3, at + 0.02);
  gain.gain.exponentialRampToValueAtTime(0.0001, at + seconds);
  osc.connect(gain).connect(a.destination);
  osc.start(at);
  osc.stop(at + seconds + 0.02);
}

/** Asks the browser to keep the screen on while the timer runs, where it can. */
function keepAwake(s) {
  if (s.lock || s.pausedAt !== null || s.index >= s.phases.length || !navigator.wakeLock) return;
  navigator.wakeLock.request("screen").then(function (lock) {
    if (s.pausedAt !== null || s.index >= s.phases.length) { lock.release(); return; }
    s.lock = lock;
    lock.addEventListener("release", function () { if (s.lock === lock) s.lock = null; });
  }, function () { /* refused (a hidden tab, a saving mode): the timer runs all the same */ });
}

/** Lets the screen sleep again. */
function release(s) {
  if (s.lock) { s.lock.release(); s.lock = null; }
}
