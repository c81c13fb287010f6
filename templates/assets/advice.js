// advice.js: the dosage advice limber check gives, for the builder page to
// show as a clinician changes a stretch's dose or adds stretches, in the
// same words. The thresholds come from dosage-limits.js, which Go writes
// from internal/check's constants; a Node test (internal/jstest) holds the
// advice here to the table Go writes of check's own (testdata/advice.json).
//
// Each piece of advice is {rule, severity, field, message}: rule is limber
// check's rule id, severity "error", "warning" or "note", field the one it
// is about ("type", "hold", "reps", or "stretches").

import { limits as defaultLimits } from "./dosage-limits.js";
import { words, withChanges } from "./dosage.js";

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
  return [advice("routine-length", "warning", "stretches", "this program has " + n + " stretches (more than " + max +
    "): patients do fewer exercises better; split it into two programs")];
}

/** Returns what each rule is for, by rule id, as limber check explains it. */
export function why(rule, limits = defaultLimits) { return limits.why[rule] || ""; }

function advice(rule, severity, field, message) { return { rule, severity, field, message }; }

function kindAdvice(dose) {
  const out = [];
  if (dose.type === "ballistic") {
    out.push(advice("ballistic", "warning", "type", "a ballistic (bouncing) stretch is not advised for patients: " +
      "make it a slow dynamic stretch (type: dynamic), or a static one"));
  }
  if (dose.type === "dynamic" && dose.hold > 0) {
    out.push(advice("dynamic-hold", "note", "hold", "a dynamic stretch does not hold still: its hold of " + words(dose.hold) +
      " is shown as a pause at the end of each move; leave hold out unless you mean that"));
  }
  return out;
}

function doseAdvice(dose, hold, reps, limits) {
  if ((dose.type !== "static" && dose.type !== "pnf") || !(dose.hold > 0) || !(dose.reps > 0)) return [];
  const out = hold ? holdAdvice(dose.hold, limits) : [];
  if (reps && dose.type === "static" && (dose.reps < limits.minReps || dose.reps > limits.maxReps)) {
    out.push(advice("reps", "warning", "reps", "reps: " + dose.reps + " is outside the " + limits.minReps + " to " +
      limits.maxReps + " repetitions ACSM advises for a static stretch"));
  }
  const total = dose.hold * dose.reps * Math.max(1, dose.sets || 0);
  if (total < limits.minTotalNote || total > limits.maxTotalNote) {
    out.push(advice("total-time", "note", "hold", words(total) + " in all (hold times reps times sets) is far from the about " +
      words(limits.targetTotal) + " ACSM advises for each muscle group"));
  }
  return out;
}

function holdAdvice(hold, limits) {
  const h = words(hold);
  if (hold > limits.maxSaneHold) {
    return [advice("hold-time", "error", "hold", "hold: " + h + " is over " + words(limits.maxSaneHold) +
      ": check for a typo (ACSM advises 10 to 60 seconds)")];
  }
  if (hold < limits.minHold) return [advice("hold-time", "warning", "hold", "hold: " + h + " is shorter than the 10 to 60 seconds ACSM advises")];
  if (hold > limits.maxHold) return [advice("hold-time", "warning", "hold", "hold: " + h + " is longer than the 10 to 60 seconds ACSM advises")];
  return [];
}
