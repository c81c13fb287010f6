// Checks follow-plan.js, the follow-along mode's plan: the phases each
// kind of dose turns into (static on both sides and on one, PNF, dynamic,
// sets), the count of moves and the countdown at a given time, and the
// words of each phase in English and Spanish from the built-in tables
// (testdata/words-<code>.js, written by TestWordFiles). The timer and the
// page are tested in Chromium (internal/browsertest/follow_test.go).
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  TIMES, stretchPhases, sessionPhases, moveAt, secondsLeft, where, doing, setOf, announcement,
} from "../../templates/assets/follow-plan.js";
import { translator } from "../../templates/assets/words.js";
import en from "./testdata/words-en.js";
import es from "./testdata/words-es.js";

const tEn = translator(en, "en");
const tEs = translator(es, "es");

/** A phase as "kind:seconds:side:rep/reps:set" for compact tables. */
function short(p) { return [p.kind, p.seconds, p.side || "-", p.rep + "/" + p.reps, p.set].join(":"); }

const R = TIMES.ready, REST = TIMES.rest, SW = TIMES.switch, SETS = TIMES.sets, PUSH = TIMES.push, MOVE = TIMES.move;

const cases = [
  {
    name: "static on both sides: every rep on the left, switch, every rep on the right",
    dose: { type: "static", hold: 30, reps: 3, sets: 1, sides: "both" },
    want: [`ready:${R}:-:0/3:0`, "hold:30:left:1/3:1", `rest:${REST}:left:2/3:1`, "hold:30:left:2/3:1",
      `rest:${REST}:left:3/3:1`, "hold:30:left:3/3:1", `switch:${SW}:right:0/3:1`, "hold:30:right:1/3:1",
      `rest:${REST}:right:2/3:1`, "hold:30:right:2/3:1", `rest:${REST}:right:3/3:1`, "hold:30:right:3/3:1"],
  },
  {
    name: "static on one side: no switch",
    dose: { type: "static", hold: 20, reps: 2, sets: 1, sides: "left" },
    want: [`ready:${R}:-:0/2:0`, "hold:20:left:1/2:1", `rest:${REST}:left:2/2:1`, "hold:20:left:2/2:1"],
  },
  {
    name: "static in the middle, once: one hold",
    dose: { type: "static", hold: 45, reps: 1, sets: 1, sides: "none" },
    want: [`ready:${R}:-:0/1:0`, "hold:45:-:1/1:1"],
  },
  {
    name: "PNF: a push before each hold",
    dose: { type: "pnf", hold: 30, reps: 2, sides: "none" },
    want: [`ready:${R}:-:0/2:0`, `push:${PUSH}:-:1/2:1`, "hold:30:-:1/2:1", `rest:${REST}:-:2/2:1`,
      `push:${PUSH}:-:2/2:1`, "hold:30:-:2/2:1"],
  },
  {
    name: "dynamic on both sides: a count of moves on each side",
    dose: { type: "dynamic", reps: 8, sets: 1, sides: "both" },
    want: [`ready:${R}:-:0/8:0`, `reps:${8 * MOVE}:left:0/8:1`, `switch:${SW}:right:0/8:1`, `reps:${8 * MOVE}:right:0/8:1`],
  },
  {
    name: "dynamic with a pause: each move takes the pause longer",
    dose: { type: "dynamic", hold: 5, reps: 4, sides: "none" },
    want: [`ready:${R}:-:0/4:0`, `reps:${4 * (MOVE + 5)}:-:0/4:1`],
  },
  {
    name: "sets: a longer rest between them",
    dose: { type: "static", hold: 30, reps: 2, sets: 2, sides: "none" },
    want: [`ready:${R}:-:0/2:0`, "hold:30:-:1/2:1", `rest:${REST}:-:2/2:1`, "hold:30:-:2/2:1",
      `rest:${SETS}:-:0/2:2`, "hold:30:-:1/2:2", `rest:${REST}:-:2/2:2`, "hold:30:-:2/2:2"],
  },
  {
    name: "dynamic sets on both sides",
    dose: { type: "dynamic", reps: 5, sets: 2, sides: "both" },
    want: [`ready:${R}:-:0/5:0`, `reps:${5 * MOVE}:left:0/5:1`, `switch:${SW}:right:0/5:1`, `reps:${5 * MOVE}:right:0/5:1`,
      `rest:${SETS}:-:0/5:2`, `reps:${5 * MOVE}:left:0/5:2`, `switch:${SW}:right:0/5:2`, `reps:${5 * MOVE}:right:0/5:2`],
  },
  {
    name: "missing or odd fields: one rep, one set, no sides; a static with no hold is counted",
    dose: { type: "static", hold: 0, reps: -2, sets: "x" },
    want: [`ready:${R}:-:0/1:0`, `reps:${MOVE}:-:0/1:1`],
  },
];

for (const c of cases) {
  test("phases: " + c.name, function () {
    assert.deepEqual(stretchPhases(c.dose).map(short), c.want);
  });
}

test("a session numbers each stretch's phases by its item", function () {
  const got = sessionPhases([{ type: "static", hold: 30, reps: 1 }, { type: "dynamic", reps: 3 }]);
  assert.deepEqual(got.map(function (p) { return p.kind + p.item; }), ["ready0", "hold0", "ready1", "reps1"]);
});

test("the move being done and the seconds left at a time", function () {
  const reps = stretchPhases({ type: "dynamic", reps: 3 })[1];
  const table = [[0, 1, 12], [3.9, 1, 9], [4, 2, 8], [11.99, 3, 1], [12, 3, 0], [99, 3, 0], [-5, 1, 12]];
  for (const [at, move, left] of table) {
    assert.equal(moveAt(reps, at), move, "move at " + at);
    assert.equal(secondsLeft(reps, at), left, "left at " + at);
  }
  assert.equal(moveAt({ kind: "hold", seconds: 30 }, 10), 0);
});

const words = [
  // [phase, English where, doing, set; Spanish where, doing]
  [{ kind: "hold", side: "left", rep: 2, reps: 3, set: 1, sets: 1, seconds: 30 }, "Left side, 2 of 3", "Hold", "",
    "Lado izquierdo, 2 de 3", "Quédese así"],
  [{ kind: "hold", side: "", rep: 1, reps: 2, set: 2, sets: 3, seconds: 30 }, "1 of 2", "Hold", "Set 2 of 3", "1 de 2", "Quédese así"],
  [{ kind: "hold", side: "right", rep: 1, reps: 1, set: 1, sets: 1, seconds: 30 }, "Right side", "Hold", "", "Lado derecho", "Quédese así"],
  [{ kind: "switch", side: "right", rep: 0, reps: 3, set: 1, sets: 1, seconds: 10 }, "Right side", "Switch sides", "",
    "Lado derecho", "Cambie de lado"],
  [{ kind: "rest", side: "", rep: 0, reps: 3, set: 2, sets: 2, seconds: 30 }, "", "Rest", "Set 2 of 2", "", "Descanse"],
  [{ kind: "reps", side: "left", rep: 0, reps: 8, set: 1, sets: 1, seconds: 32, beat: 4 }, "Left side", "Move slowly", "",
    "Lado izquierdo", "Muévase despacio"],
];

test("each phase in words, English and Spanish", function () {
  for (const [p, whereEn, doingEn, setEn, whereEs, doingEs] of words) {
    assert.equal(where(p, tEn), whereEn);
    assert.equal(doing(p, tEn), doingEn);
    assert.equal(setOf(p, tEn), setEn);
    assert.equal(where(p, tEs), whereEs);
    assert.equal(doing(p, tEs), doingEs);
  }
});

test("announcements: one sentence per phase, doses in dosage.js's words", function () {
  const dose = { type: "static", hold: 30, reps: 3, sets: 1, sides: "both" };
  const [ready, hold, rest, , , , sw] = stretchPhases(dose);
  assert.equal(announcement(ready, "Standing thigh stretch", dose, tEn),
    "Standing thigh stretch. Get ready. Hold 30 seconds. Repeat 3 times on each side.");
  assert.equal(announcement(hold, "Standing thigh stretch", dose, tEn), "Left side, 1 of 3: hold 30 seconds.");
  assert.equal(announcement(rest, "Standing thigh stretch", dose, tEn), "Rest 10 seconds.");
  assert.equal(announcement(sw, "Standing thigh stretch", dose, tEn), "Switch sides. Next: Right side.");
  assert.equal(announcement(hold, "Estiramiento", dose, tEs), "Lado izquierdo, 1 de 3: quédese así 30 segundos.");
  const moves = { type: "dynamic", reps: 8, sides: "none" };
  assert.equal(announcement(stretchPhases(moves)[1], "Cat-cow", moves, tEn), "Cat-cow: 8 moves.");
  assert.equal(announcement(stretchPhases(moves)[0], "Gato-vaca", moves, tEs),
    "Gato-vaca. Prepárese. Repita 8 veces, despacio.");
});
