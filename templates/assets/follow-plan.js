// follow-plan.js: the follow-along mode's plan, with no page and no clock.
// It turns each stretch's dose (dosage.js's {type, hold, reps, sets, sides})
// into the phases the patient goes through, and words each phase in the
// page's language (words.js's translator t). follow.js runs the phases with
// a timer; internal/jstest/follow-plan.test.mjs holds them to tables.
//
// A phase is {kind, seconds, side, rep, reps, set, sets, item}:
//   ready   the stretch is shown, time to read it and get into position
//   push    a PNF stretch's gentle push against the stretch, before its hold
//   hold    a still hold (static or PNF): rep of reps on side, in set of sets
//   rest    a short rest between two holds, or a longer one between sets
//   switch  time to change sides, between the left and the right
//   reps    a count of moves (dynamic or ballistic), one every beat seconds
// side is "left", "right" or "" (a stretch done in the middle); item is the
// stretch's index in the session.

import { sentence, words } from "./dosage.js";

/** The fixed times of the plan, in seconds: none comes from the content. */
export const TIMES = Object.freeze({
  ready: 15, // to read the stretch and get into position
  push: 5, // PNF: "push gently for a few seconds"
  rest: 10, // between two holds
  switch: 10, // to change sides
  sets: 30, // between two sets
  move: 4, // one move of a dynamic stretch, at an unhurried pace, before its pause
});

/** The sides of a dose in the order they are done: both is left, then right. */
export function sidesOf(dose) {
  if (dose.sides === "both") return ["left", "right"];
  if (dose.sides === "left" || dose.sides === "right") return [dose.sides];
  return [""];
}

function whole(n, least) { return Number.isFinite(n) && n >= least ? Math.floor(n) : least; }

/** Whether a dose is counted in moves (dynamic, ballistic or with no hold) rather than timed holds. */
export function moving(dose) {
  return dose.type === "dynamic" || dose.type === "ballistic" || whole(dose.hold, 0) === 0;
}

/** The phases of one stretch, from "ready" to its last hold or count; see the file's header. */
export function stretchPhases(dose, item = 0) {
  const reps = whole(dose.reps, 1), sets = whole(dose.sets, 1), hold = whole(dose.hold, 0);
  const out = [{ kind: "ready", seconds: TIMES.ready, side: "", rep: 0, reps, set: 0, sets, item }];
  const sides = sidesOf(dose);
  for (let set = 1; set <= sets; set++) {
    if (set > 1) out.push({ kind: "rest", seconds: TIMES.sets, side: "", rep: 0, reps, set, sets, item });
    sides.forEach(function (side, i) {
      if (i > 0) out.push({ kind: "switch", seconds: TIMES.switch, side, rep: 0, reps, set, sets, item });
      out.push(...sidePhases(dose, { reps, hold, side, set, sets, item }));
    });
  }
  return out;
}

// sidePhases are the holds (with pushes and rests) or the count of moves
// of one side in one set.
function sidePhases(dose, p) {
  const base = { side: p.side, reps: p.reps, set: p.set, sets: p.sets, item: p.item };
  if (moving(dose)) {
    const beat = TIMES.move + (dose.type === "dynamic" || dose.type === "ballistic" ? p.hold : 0);
    return [Object.assign({ kind: "reps", seconds: beat * p.reps, beat, rep: 0 }, base)];
  }
  const out = [];
  for (let rep = 1; rep <= p.reps; rep++) {
    if (rep > 1) out.push(Object.assign({ kind: "rest", seconds: TIMES.rest, rep }, base));
    if (dose.type === "pnf") out.push(Object.assign({ kind: "push", seconds: TIMES.push, rep }, base));
    out.push(Object.assign({ kind: "hold", seconds: p.hold, rep }, base));
  }
  return out;
}

/** The phases of a whole session: each dose's phases in turn, item being its index. */
export function sessionPhases(doses) {
  const out = [];
  doses.forEach(function (dose, i) { out.push(...stretchPhases(dose, i)); });
  return out;
}

/** In a reps phase, the move being done after elapsed seconds: 1 to reps. */
export function moveAt(phase, elapsed) {
  if (phase.kind !== "reps" || !(phase.beat > 0)) return 0;
  return Math.min(phase.reps, Math.floor(Math.max(0, elapsed) / phase.beat) + 1);
}

/** Seconds left in a phase after elapsed seconds, rounded up: what the countdown shows. */
export function secondsLeft(phase, elapsed) {
  return Math.max(0, Math.ceil(phase.seconds - Math.max(0, elapsed) - 1e-9));
}

/** "Left side, 2 of 3", "2 of 3" or "Left side": where a phase is, in t's words. */
export function where(phase, t) {
  const side = phase.side === "left" ? t("js.follow.left") : phase.side === "right" ? t("js.follow.right") : "";
  const n = phase.rep > 0 && phase.reps > 1 ? t("js.follow.of", phase.rep, phase.reps) : "";
  return side && n ? t("js.follow.sidecount", side, n) : side || n;
}

/** The big words of a phase: what to do now ("Hold", "Rest", "Switch sides"...). */
export function doing(phase, t) {
  switch (phase.kind) {
    case "ready": return t("js.follow.ready");
    case "push": return t("js.follow.push");
    case "hold": return t("js.follow.hold");
    case "rest": return t("js.follow.rest");
    case "switch": return t("js.follow.switch");
    default: return t("js.follow.move");
  }
}

/** The set a phase is in, "Set 2 of 3", or "" for a stretch of one set. */
export function setOf(phase, t) { return phase.sets > 1 && phase.set > 0 ? t("js.follow.set", phase.set, phase.sets) : ""; }

/**
 * What a screen reader says when a phase starts: one polite sentence or
 * two, never a second-by-second count. title and dose are the stretch's.
 */
export function announcement(phase, title, dose, t) {
  const lang = t.lang;
  const at = [where(phase, t), setOf(phase, t)].filter(Boolean).join(", ");
  switch (phase.kind) {
    case "ready": return t("js.follow.sayready", title, sentence(dose, lang));
    case "push": return t("js.follow.saypush", at || title);
    case "hold": return t("js.follow.sayhold", at || title, words(phase.seconds, lang));
    case "rest": return t("js.follow.sayrest", words(phase.seconds, lang));
    case "switch": return t("js.follow.sayswitch", where(phase, t));
    default: return t("js.follow.saymoves", phase.reps, at || title);
  }
}
