// program.js: a patient's program in the text after # of its web address,
// the browser's twin of limber's internal/program (Go). Both write and read
// the same format, described in docs/programs.md ("The address"); a Node
// test holds them equal with the Go package's testdata/vectors.json.
//
// A program is {title, frequency, duration, warmup, stretches}, each
// stretch {ref, hold, reps, sets, sides, notes}: hold is whole seconds,
// and a missing or zero field leaves the stretch's own dose. There is no
// field for a patient's name or anything else about them.
//
//   encode(program) returns {address} or {error}
//   decode(text)    returns {program} or {error}; it never throws
//
// An error is a problem, {key, args}: key is one of the words of
// internal/lang (js.addr.*), and an argument is a number, a text or another
// problem. words.js's say(t, problem) puts it in the page's language; in
// English it is, word for word, Go's error for the same address.
//
// Nothing here stores anything or talks to a server.

/** The first character of every address. */
export const version = "1";

/** Limits of a program; lengths count characters (code points). */
export const limits = Object.freeze({
  title: 80, frequency: 60, duration: 60, warmup: 200, note: 200, slug: 80,
  stretches: 20, hold: 3600, count: 1000, address: 2000,
});

/** The names of the fields, as the words of a problem. */
const names = Object.freeze({
  title: { key: "js.addr.name.title", args: [] }, frequency: { key: "js.addr.name.often", args: [] },
  duration: { key: "js.addr.name.long", args: [] }, warmup: { key: "js.addr.name.warmup", args: [] },
  slug: { key: "js.addr.name.slug", args: [] }, note: { key: "js.addr.name.note", args: [] },
  reps: { key: "js.addr.name.reps", args: [] }, sets: { key: "js.addr.name.sets", args: [] },
});
const headings = [
  ["title", names.title, limits.title], ["frequency", names.frequency, limits.frequency],
  ["duration", names.duration, limits.duration], ["warmup", names.warmup, limits.warmup],
];
const sideLetters = { both: "B", left: "L", right: "R", none: "N" };
const letterSides = { B: "both", L: "left", R: "right", N: "none" };
const hexDigits = "0123456789ABCDEF";

/** Thrown inside this module only, and always caught: a wrong field, as a problem. */
class Wrong extends Error {
  constructor(problem) {
    super(problem.key);
    this.problem = problem;
  }
}

/** Throws the problem key with args. */
function wrong(key, ...args) { throw new Wrong({ key, args }); }

/** Runs f and returns {key: result}, or {error} for a Wrong (or anything). */
function attempt(key, f) {
  try {
    return { [key]: f() };
  } catch (e) {
    if (e instanceof Wrong) return { error: e.problem };
    return { error: { key: "js.addr.unreadable", args: [String(e && e.message)] } };
  }
}

/** Returns program's address, as {address}, or {error}. */
export function encode(program) {
  return attempt("address", function () {
    const p = validate(program);
    let out = version + p.heads.map(writeText).join(",");
    for (const it of p.stretches) out += "*" + writeItem(it);
    if (out.length > limits.address) {
      wrong("js.addr.qr", out.length, limits.address);
    }
    return out;
  });
}

/** Reads an address, as {program}, or {error} saying what is wrong. */
export function decode(text) {
  return attempt("program", function () {
    if (typeof text !== "string") wrong("js.addr.empty");
    checkAlphabet(text);
    if (text[0] !== version) {
      wrong("js.addr.version", JSON.stringify(text[0]), version);
    }
    const parts = text.slice(1).split("*");
    if (parts.length - 1 > limits.stretches) {
      wrong("js.addr.most", limits.stretches, parts.length - 1);
    }
    const program = readHeading(parts[0]);
    let at = 2 + parts[0].length;
    parts.slice(1).forEach(function (enc, i) {
      program.stretches.push(prefixed(i + 1, function () { return readItem(enc, at + 1); }));
      at += 1 + enc.length;
    });
    return program;
  });
}

/** Runs f, saying that a Wrong it throws is about stretch n. */
function prefixed(n, f) {
  try {
    return f();
  } catch (e) {
    if (e instanceof Wrong) wrong("js.addr.stretch", n, e.problem);
    throw e;
  }
}

// ---- checking a program ----

/** Returns the texts and stretches of a valid program, or throws Wrong. */
function validate(program) {
  const p = program && typeof program === "object" ? program : {};
  const heads = headings.map(function ([key, name, max]) { return checkText(name, textOf(p[key], name), max); });
  const list = p.stretches == null ? [] : p.stretches;
  if (!Array.isArray(list)) wrong("js.addr.list");
  if (list.length > limits.stretches) wrong("js.addr.most", limits.stretches, list.length);
  const stretches = list.map(function (it, i) { return prefixed(i + 1, function () { return validItem(it); }); });
  return { heads, stretches };
}

/** Returns one stretch with its fields checked, or throws Wrong. */
function validItem(item) {
  const it = item && typeof item === "object" ? item : {};
  const out = { ref: checkSlug(textOf(it.ref, names.slug)) };
  for (const [key, max] of [["hold", limits.hold], ["reps", limits.count], ["sets", limits.count]]) {
    const n = it[key] == null ? 0 : it[key];
    if (!Number.isInteger(n) || n < 0 || n > max) rangeError(key, max);
    if (n > 0) out[key] = n;
  }
  if (it.sides != null && it.sides !== "") {
    if (!Object.hasOwn(sideLetters, it.sides)) wrong("js.addr.sides");
    out.sides = it.sides;
  }
  const notes = checkText(names.note, textOf(it.notes, names.note), limits.note);
  if (notes !== "") out.notes = notes;
  return out;
}

function textOf(v, name) {
  if (v == null) return "";
  if (typeof v !== "string") wrong("js.addr.text", name);
  return v;
}

function rangeError(name, max) {
  if (name === "hold") wrong("js.addr.hold", max);
  wrong("js.addr.number", names[name], max);
}

/** Checks a text as Go's checkText does, and returns it. */
function checkText(name, s, max) {
  if (/[\uD800-\uDFFF]/u.test(s)) wrong("js.addr.utf8", name);
  let n = 0;
  for (const ch of s) {
    if (/[\p{Cc}\p{Cf}\u2028\u2029]/u.test(ch)) {
      wrong("js.addr.control", name, ch.codePointAt(0).toString(16).toUpperCase().padStart(4, "0"));
    }
    n++;
  }
  if (n > max) wrong("js.addr.longer", name, max);
  return s;
}

/** Checks a stretch's slug as Go's checkSlug does, and returns it. */
function checkSlug(s) {
  if (s === "") wrong("js.addr.noslug");
  checkText(names.slug, s, limits.slug);
  const chars = [...s];
  chars.forEach(function (ch, i) {
    const end = i === 0 || i === chars.length - 1;
    if (ch === "-" ? end : !/[\p{Nd}\p{Ll}\p{Lm}\p{Lo}]/u.test(ch)) {
      wrong("js.addr.slug");
    }
  });
  return s;
}

// ---- writing ----

function writeItem(it) {
  let changes = "";
  for (const [tag, key] of [["h", "hold"], ["x", "reps"], ["s", "sets"]]) {
    if (it[key]) changes += tag + it[key];
  }
  if (it.sides) changes += sideLetters[it.sides];
  if (it.notes) changes += "n" + writeText(it.notes);
  return writeText(it.ref) + (changes ? "," + changes : "");
}

function literal(c) { return /^[A-Za-z0-9.-]$/.test(c); }

/** Writes a text: letters, digits, - and . as they are, _ for a space, ~XX for each other byte. */
function writeText(s) {
  let out = "";
  for (const byte of new TextEncoder().encode(s)) {
    const c = String.fromCharCode(byte);
    if (literal(c)) out += c;
    else if (c === " ") out += "_";
    else out += "~" + hexDigits[byte >> 4] + hexDigits[byte & 15];
  }
  return out;
}

// ---- reading ----

/** Throws Wrong if s is empty, has a character no address has, or is too long. */
function checkAlphabet(s) {
  if (s === "") wrong("js.addr.empty");
  for (let i = 0; i < s.length && i <= limits.address; i++) {
    if (!/^[A-Za-z0-9.\-_~,*]$/.test(s[i])) {
      wrong("js.addr.char", i + 1);
    }
  }
  if (s.length > limits.address) {
    wrong("js.addr.toolong", limits.address);
  }
}

function readHeading(enc) {
  const f = enc.split(",");
  if (f.length !== 4) wrong("js.addr.heading", f.length);
  const program = {};
  let at = 2;
  headings.forEach(function ([key, name, max], i) {
    program[key] = readText(name, f[i], at, max);
    at += f[i].length + 1;
  });
  program.stretches = [];
  return program;
}

function readItem(enc, at) {
  const comma = enc.indexOf(",");
  const ref = comma < 0 ? enc : enc.slice(0, comma);
  const it = { ref: checkSlug(readText(names.slug, ref, at, limits.slug)) };
  if (comma < 0) return it;
  const changes = enc.slice(comma + 1);
  if (changes === "") wrong("js.addr.comma", at + ref.length);
  readChanges(it, changes, at + ref.length + 1);
  return it;
}

/** Reads hold, reps, sets, sides and note, in that order, each at most once. */
function readChanges(it, s, at) {
  const order = "hxs|n";
  let last = -1;
  for (let i = 0; i < s.length;) {
    const tag = s[i];
    const k = order.indexOf("BLRN".includes(tag) ? "|" : tag);
    if (k < 0 || tag === "|") {
      wrong("js.addr.tag", JSON.stringify(tag), at + i);
    }
    if (k <= last) {
      wrong("js.addr.order", JSON.stringify(tag), at + i);
    }
    last = k;
    i += readChange(it, s.slice(i), at + i);
  }
}

/** Reads one change from the front of s and returns its length. */
function readChange(it, s, at) {
  const numbers = { h: ["hold", limits.hold], x: ["reps", limits.count], s: ["sets", limits.count] };
  if (Object.hasOwn(numbers, s[0])) {
    const [key, max] = numbers[s[0]];
    const digits = /^[0-9]*/.exec(s.slice(1))[0];
    if (digits === "" || digits[0] === "0" || digits.length > 4 || Number(digits) > max) rangeError(key, max);
    it[key] = Number(digits);
    return 1 + digits.length;
  }
  if (s[0] === "n") {
    const note = readText(names.note, s.slice(1), at + 1, limits.note);
    if (note === "") wrong("js.addr.emptynote", at);
    it.notes = note;
    return s.length;
  }
  it.sides = letterSides[s[0]];
  return 1;
}

/** Unescapes a text that starts at character at, accepting only the spelling encode writes. */
function readText(name, enc, at, max) {
  const bytes = [];
  for (let i = 0; i < enc.length; i++) {
    const c = enc[i];
    if (literal(c)) bytes.push(c.charCodeAt(0));
    else if (c === "_") bytes.push(32);
    else if (c === "~") {
      const pair = enc.slice(i + 1, i + 3);
      if (!/^[0-9A-F]{2}$/.test(pair)) wrong("js.addr.hex", name, at + i);
      const b = parseInt(pair, 16);
      if (b === 32 || literal(String.fromCharCode(b))) {
        wrong("js.addr.itself", name, at + i);
      }
      bytes.push(b);
      i += 2;
    } else wrong("js.addr.here", name, JSON.stringify(c), at + i);
  }
  let s;
  try {
    s = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(new Uint8Array(bytes));
  } catch {
    wrong("js.addr.utf8", name);
  }
  return checkText(name, s, max);
}
