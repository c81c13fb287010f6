// dosage-limits.js: the thresholds of limber check's dosage advice, for
// advice.js. Written by go test ./internal/check -update from the
// constants of internal/check (dosage.go, config.go): do not edit.
export const limits = Object.freeze({"maxHold":60,"maxReps":5,"maxRoutineStretches":5,"maxSaneHold":120,"maxTotalNote":120,"minHold":10,"minReps":2,"minTotalNote":30,"targetTotal":60});
