// Checks templates/assets/builder-state.js, the builder page's program
// without the page: adding, moving and removing stretches, loading an
// address's program and a routine, and reading the number fields.
import { test } from "node:test";
import assert from "node:assert/strict";
import { State, readNumber, countWords } from "../../templates/assets/builder-state.js";
import { translator } from "../../templates/assets/words.js";
import en from "./testdata/words-en.js";
import es from "./testdata/words-es.js";

const t = translator(en, "en");
import { decode, limits } from "../../templates/assets/program.js";

test("a program made by adding, changing and moving encodes to its address and back", function () {
  const s = new State();
  s.title = "Low back, weeks 1-2";
  for (const slug of ["cat-cow", "childs-pose", "knee-to-chest", "lumbar-twist"]) s.add(slug);
  s.items[1].hold = 20;
  s.items[2].sides = "left";
  assert.equal(s.move(s.items[2].id, -1), 1);
  assert.equal(s.move(s.items[0].id, -1), -1, "the first cannot move up");
  assert.equal(s.move(s.items[3].id, 1), -1, "the last cannot move down");
  const got = s.address();
  assert.equal(got.address, "1Low_back~2C_weeks_1-2,,,*cat-cow*knee-to-chest,L*childs-pose,h20*lumbar-twist");
  const back = new State();
  back.load(decode(got.address).program);
  assert.deepEqual(back.program(), s.program());
});

test("remove gives the index it removed from, and the program is full at its limit", function () {
  const s = new State();
  const first = s.add("cat-cow");
  s.add("lunge");
  assert.equal(s.remove(first.id), 0);
  assert.equal(s.remove(first.id), -1);
  for (let i = s.items.length; i < limits.stretches; i++) assert.ok(s.add("lunge"));
  assert.equal(s.add("lunge"), null);
});

test("a routine replaces the items and fills only the empty heading texts", function () {
  const s = new State();
  s.title = "Mine";
  s.add("lunge");
  const n = s.useRoutine({ title: "Desk break", frequency: "daily", duration: "8 minutes", warmup: "Walk.",
    items: [{ slug: "quad-stretch", reps: 2, notes: "Use a wall." }, { slug: "open-book", hold: 5 }] });
  assert.equal(n, 2);
  assert.deepEqual(s.program(), { title: "Mine", frequency: "daily", duration: "8 minutes", warmup: "Walk.",
    stretches: [{ ref: "quad-stretch", reps: 2, notes: "Use a wall." }, { ref: "open-book", hold: 5 }] });
});

test("readNumber takes an empty field as the stretch's own and refuses what is not a whole number in range", function () {
  assert.deepEqual(readNumber("hold", " ", t), { value: 0 });
  assert.deepEqual(readNumber("hold", "20", t), { value: 20 });
  for (const bad of ["0", "-1", "2.5", "abc", "3601"]) assert.match(readNumber("hold", bad, t).error, /^Hold must be/);
  assert.deepEqual(readNumber("reps", "1000", t), { value: 1000 });
  assert.match(readNumber("sets", "1001", t).error, /^Sets must be a whole number from 1 to 1000/);
  assert.equal(countWords(1, t), "1 stretch");
  assert.equal(countWords(4, t), "4 stretches");
  const tes = translator(es, "es");
  assert.match(readNumber("sets", "1001", tes).error, /^Series debe ser un número entero de 1 a 1000/);
  assert.equal(countWords(1, tes), "1 estiramiento");
  assert.equal(countWords(4, tes), "4 estiramientos");
});
