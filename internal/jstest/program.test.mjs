// Checks templates/assets/program.js against the addresses Go's
// internal/program writes and refuses (testdata/vectors.json). program.js
// returns the problem {key, args} Go's returns, and put in the English
// words it is Go's message word for word.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { encode as encodeProblem, decode as decodeProblem, limits } from "../../templates/assets/program.js";
import { translator, say } from "../../templates/assets/words.js";
import en from "./testdata/words-en.js";
import es from "./testdata/words-es.js";

const english = translator(en, "en");
const inWords = function (got) { return got.error ? { error: say(english, got.error) } : got; };
const encode = function (p) { return inWords(encodeProblem(p)); };
const decode = function (s) { return inWords(decodeProblem(s)); };

const vectors = JSON.parse(readFileSync(new URL("../program/testdata/vectors.json", import.meta.url), "utf8"));

test("encode writes the address Go writes, and decode reads it back", function () {
  assert.ok(vectors.valid.length > 5);
  for (const v of vectors.valid) {
    assert.deepEqual(encode(v.program), { address: v.address }, JSON.stringify(v.program));
    assert.deepEqual(decode(v.address), { program: v.program }, v.address);
  }
});

test("decode refuses what Go refuses, with the same problem and message", function () {
  for (const v of vectors.invalid) {
    const address = v.address ?? ""; // Go leaves out an empty one
    assert.deepEqual(decodeProblem(address), { error: v.problem }, address.slice(0, 80));
    assert.deepEqual(decode(address), { error: v.error }, address.slice(0, 80));
  }
});

test("encode refuses what Go refuses, with the same problem and message", function () {
  for (const v of vectors.unencodable) {
    assert.deepEqual(encodeProblem(v.program), { error: v.problem });
    assert.deepEqual(encode(v.program), { error: v.error });
  }
});

test("decode never throws, whatever it is given", function () {
  const hostile = [undefined, null, 42, {}, [], "1\u0000", "1,,,*a,n~ED~A0~80", "\uD800", "1" + "~".repeat(5000),
    "<script>alert(1)</script>", "1,,,*" + "a*".repeat(100000)];
  for (const h of hostile) {
    const got = decodeProblem(h);
    assert.equal(typeof got.error.key, "string", String(h).slice(0, 40));
    assert.doesNotMatch(say(english, got.error), /\[js\./);
    assert.equal(got.program, undefined);
  }
});

test("100 KB of input is refused, after reading no more than the longest address", function () {
  const big = "1" + "a".repeat(100 * 1024) + "<";
  assert.ok(big.length > limits.address);
  assert.deepEqual(decode(big), { error: "the address is longer than 2000 characters, the most a program's address has" });
});

test("encode takes JavaScript's loose shapes as the builder has them", function () {
  const p = { title: "T", stretches: [{ ref: "lunge", hold: 20, reps: 0, sets: null, sides: "", notes: "" }] };
  assert.deepEqual(encode(p), { address: "1T,,,*lunge,h20" });
  assert.deepEqual(decode("1T,,,*lunge,h20").program,
    { title: "T", frequency: "", duration: "", warmup: "", stretches: [{ ref: "lunge", hold: 20 }] });
  assert.deepEqual(encode({ stretches: [{ ref: "lunge", hold: 2.5 }] }),
    { error: "stretch 1: hold must be a whole number of seconds from 1 to 3600" });
  assert.deepEqual(encode({ title: 5 }), { error: "title must be text" });
  assert.deepEqual(encode({ title: "\uD800" }), { error: "title is not valid UTF-8 text" });
});

test("decode agrees with Go on addresses one character away from valid ones", function () {
  assert.ok(vectors.mutants.length > 50);
  assert.ok(vectors.mutants.some(function (m) { return m.program; }), "some mutants are valid programs");
  for (const m of vectors.mutants) {
    const address = m.address ?? "";
    const want = m.error ? { error: m.error } : { program: m.program };
    assert.deepEqual(decode(address), want, JSON.stringify(address));
    if (m.problem) assert.deepEqual(decodeProblem(address), { error: m.problem }, JSON.stringify(address));
    if (m.program) assert.deepEqual(encode(m.program), { address }, "an accepted address encodes back to itself");
  }
});

// A seeded fuzz of the browser's decoder, as Go's FuzzDecode fuzzes the
// Go one: random edits of valid addresses (characters the format uses, and
// others, and whole pieces of other addresses) never make it throw, it
// gives either a program or a message, and what it accepts encodes back
// to the same address, character for character.
test("decode survives 30,000 random edits of valid addresses", function () {
  let seed = 20261206;
  const rand = function (n) { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
  const alphabet = ["~", "*", ",", "_", "-", ".", "h", "x", "s", "n", "B", "L", "R", "N", "0", "9", "1", "~2C", "~C3~A9",
    "~ZZ", "~e9", "é", "<", ">", "\"", "'", "&", "#", "%", " ", "\u0000", "\u202e", "\uD800", "😀", "a"];
  const bases = vectors.valid.map(function (v) { return v.address; });
  for (let i = 0; i < 30000; i++) {
    let s = bases[rand(bases.length)];
    for (let edits = 1 + rand(4); edits > 0; edits--) {
      const at = rand(s.length + 1);
      const piece = rand(5) === 0 ? bases[rand(bases.length)].slice(0, rand(20)) : alphabet[rand(alphabet.length)];
      const cut = rand(3) === 0 ? rand(4) : 0;
      s = s.slice(0, at) + (rand(4) === 0 ? "" : piece) + s.slice(at + cut);
    }
    let got;
    assert.doesNotThrow(function () { got = decodeProblem(s); }, s);
    assert.ok((got.error !== undefined && typeof got.error.key === "string") !== (got.program !== undefined), JSON.stringify(s));
    if (got.program) assert.deepEqual(encode(got.program), { address: s }, JSON.stringify(s));
  }
});

test("every problem of Go's vectors reads in Spanish, with no English key left", function () {
  const spanish = translator(es, "es");
  const keys = new Set();
  for (const v of [...vectors.invalid, ...vectors.mutants]) {
    const got = decodeProblem(v.address ?? "");
    if (!got.error) continue;
    keys.add(got.error.key);
    const text = say(spanish, got.error);
    assert.doesNotMatch(text, /\[js\./, text);
    assert.notEqual(text, say(english, got.error));
  }
  assert.ok(keys.size > 10, "the vectors cover many problems");
  assert.equal(say(spanish, decodeProblem("1,,,*a,h0").error),
    "estiramiento 1: el tiempo tiene que ser un número entero de segundos, de 1 a 3600");
});
