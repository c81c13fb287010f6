// advice.js: the dosage advice limber check gives, for the builder page to
// show as a clinician changes a stretch's dose or adds stretches, in the
// same words. The thresholds come from dosage-limits.js, which Go writes
// from internal/check's constants; a Node test (internal/jstest) holds the
// advice here to the table Go writes of check's own (testdata/advice.json).
//
// Each piece of advice is {rule, severity, field, message}: rule is limber
// check's rule id, severity "error", "warning" or "note", field the one it
// is about ("type", "hold", "reps", or "stretches"), and message a problem
// {key, args} of the words of internal/lang (js.adv.*), where {seconds: n}
// stands for a time: words.js's say(t, message) puts it in the page's
// language, and in English it is limber check's message word for word.

import { limits as defaultLimits } from "./dosage-limits.js";
import { withChanges } from "./dosage.js";

/**
 * Returns the advice on one stretch of a program: own is the stretch's
 * dose ({type, hold, reps, sets, sides}, as the catalogue has it), changes
 * what the program changes of it ({hold, reps, sets, sides}). It warns of
 * a ballistic stretch, notes a hold given to a dynamic one, and checks the
 * hold, reps and total time that the program changes, as limber check
 * does for a routine.
 */
export function itemAdvice(own, changes, limits = defaultLimits) {
  const dose = withChanges(own, changes);
  const holdChanged = (dose.hold || 0) !== (own.hold || 0);
  const repsChanged = (dose.reps || 0) !== (own.reps || 0) || (dose.sets || 0) !== (own.sets || 0);
  const out = kindAdvice(dose).filter(function (a) { return a.rule === "ballistic" || holdChanged; });
  if (holdChanged || repsChanged) out.push(...doseAdvice(dose, holdChanged, repsChanged, limits));
  return out;
}

/** Returns the advice on a program of n stretches, when the site advises at most max. */
export function lengthAdvice(n, max = defaultLimits.maxRoutineStretches) {
  if (n <= max) return [];
  return [advice("routine-length", "warning", "stretches", "js.adv.length", n, max)];
}

/** The key of the words that say what each rule is for, by rule id. */
const whyKeys = Object.freeze({
  "ballistic": "js.why.ballistic", "dynamic-hold": "js.why.dynamichold", "hold-time": "js.why.holdtime",
  "reps": "js.why.reps", "routine-length": "js.why.length", "total-time": "js.why.total",
});

/**
 * Returns what a rule is for, as limber check explains it, as a problem
 * {key, args} for words.js's say, or null for a rule it does not know.
 */
export function why(rule) { return Object.hasOwn(whyKeys, rule) ? { key: whyKeys[rule], args: [] } : null; }

function advice(rule, severity, field, key, ...args) { return { rule, severity, field, message: { key, args } }; }

/** A time in seconds, as an argument of a message. */
function time(seconds) { return { seconds }; }

function kindAdvice(dose) {
  const out = [];
  if (dose.type === "ballistic") {
    out.push(advice("ballistic", "warning", "type", "js.adv.ballistic"));
  }
  if (dose.type === "dynamic" && dose.hold > 0) {
    out.push(advice("dynamic-hold", "note", "hold", "js.adv.dynamic", time(dose.hold)));
  }
  return out;
}

function doseAdvice(dose, hold, reps, limits) {
  if ((dose.type !== "static" && dose.type !== "pnf") || !(dose.hold > 0) || !(dose.reps > 0)) return [];
  const out = hold ? holdAdvice(dose.hold, limits) : [];
  if (reps && dose.type === "static" && (dose.reps < limits.minReps || dose.reps > limits.maxReps)) {
    out.push(advice("reps", "warning", "reps", "js.adv.reps", dose.reps, limits.minReps, limits.maxReps));
  }
  const total = dose.hold * dose.reps * Math.max(1, dose.sets || 0);
  if (total < limits.minTotalNote || total > limits.maxTotalNote) {
    out.push(advice("total-time", "note", "hold", "js.adv.total", time(total), time(limits.targetTotal)));
  }
  return out;
}

function holdAdvice(hold, limits) {
  if (hold > limits.maxSaneHold) return [advice("hold-time", "error", "hold", "js.adv.typo", time(hold), time(limits.maxSaneHold))];
  if (hold < limits.minHold) return [advice("hold-time", "warning", "hold", "js.adv.short", time(hold))];
  if (hold > limits.maxHold) return [advice("hold-time", "warning", "hold", "js.adv.long", time(hold))];
  return [];
}
