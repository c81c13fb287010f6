// builder-state.js: the builder page's program as it is being made, without
// any page around it, so that Node can test it (internal/jstest). The page
// (builder.js and its builder-*.js parts) keeps one State and redraws from
// it; nothing here touches the document, a server or any storage.
//
// A State holds the program's four heading texts and its items. An item is
// {id, ref, hold, reps, sets, sides, notes}: id is this page's own number
// for the item (to keep focus on it as it moves), and a 0 or "" field keeps
// the stretch's own dose, as in program.js.

import { encode, limits } from "./program.js";

/** The four sides a program can give, in t's words (words.js): [[side, words]...]. */
export function sideWords(t) {
  return ["both", "left", "right", "none"].map(function (side) { return [side, t("js.sides." + side)]; });
}

/**
 * The number fields of an item, each with its largest value; its label is
 * the words "js.field.<key>" and its error "js.bad.<key>".
 */
export const numberFields = Object.freeze({
  hold: { max: limits.hold },
  reps: { max: limits.count },
  sets: { max: limits.count },
});

/** A program being made, with the items in order. */
export class State {
  constructor() {
    this.title = "";
    this.frequency = "";
    this.duration = "";
    this.warmup = "";
    this.items = [];
    this.nextId = 1;
  }

  /** Adds a stretch at the end and returns its item, or null when the program is full. */
  add(ref, changes = {}) {
    if (this.items.length >= limits.stretches) return null;
    const item = { id: this.nextId++, ref, hold: 0, reps: 0, sets: 0, sides: "", notes: "" };
    for (const key of ["hold", "reps", "sets", "sides", "notes"]) {
      if (changes[key]) item[key] = changes[key];
    }
    this.items.push(item);
    return item;
  }

  /** The item with this id, or undefined. */
  find(id) { return this.items.find(function (it) { return it.id === id; }); }

  /** Removes the item with this id; returns its index, or -1. */
  remove(id) {
    const i = this.items.findIndex(function (it) { return it.id === id; });
    if (i >= 0) this.items.splice(i, 1);
    return i;
  }

  /** Moves the item by step (-1 up, +1 down); returns its new index, or -1 if it cannot move. */
  move(id, step) {
    const i = this.items.findIndex(function (it) { return it.id === id; });
    const j = i + step;
    if (i < 0 || j < 0 || j >= this.items.length) return -1;
    const [it] = this.items.splice(i, 1);
    this.items.splice(j, 0, it);
    return j;
  }

  /** Replaces everything with a program from program.js (decoded from an address). */
  load(program) {
    this.title = program.title || "";
    this.frequency = program.frequency || "";
    this.duration = program.duration || "";
    this.warmup = program.warmup || "";
    this.items = [];
    for (const it of program.stretches || []) this.add(it.ref, it);
  }

  /**
   * Replaces the items with a routine's (catalogue.routines(): items of
   * {slug, hold, reps, sets, sides, notes}), and fills the heading texts
   * that are still empty from it. Returns how many items it has.
   */
  useRoutine(routine) {
    this.items = [];
    for (const it of routine.items || []) this.add(it.slug, it);
    for (const key of ["title", "frequency", "duration", "warmup"]) {
      if (!this[key] && typeof routine[key] === "string") this[key] = [...routine[key]].slice(0, limits[key]).join("");
    }
    return this.items.length;
  }

  /** The program, as program.js encodes it. */
  program() {
    return {
      title: this.title, frequency: this.frequency, duration: this.duration, warmup: this.warmup,
      stretches: this.items.map(function (it) {
        const out = { ref: it.ref };
        for (const key of ["hold", "reps", "sets", "sides", "notes"]) if (it[key]) out[key] = it[key];
        return out;
      }),
    };
  }

  /** The program's address, {address} or {error}, from program.js. */
  address() { return encode(this.program()); }
}

/**
 * Reads what was typed in a number field: {value} (0 when empty, for the
 * stretch's own) or {error}, a sentence in t's words that names the field.
 */
export function readNumber(key, text, t) {
  const f = numberFields[key];
  const s = String(text).trim();
  if (s === "") return { value: 0 };
  if (/^[0-9]+$/.test(s)) {
    const n = Number(s);
    if (n >= 1 && n <= f.max) return { value: n };
  }
  return { error: t("js.bad." + key, f.max) };
}

/** The stretch's own dose from its catalogue row, as dosage.js keys it. */
export function ownDose(row) {
  if (!row) return { type: "static", hold: 0, reps: 0, sets: 0, sides: "none" };
  return { type: row.type, hold: row.hold, reps: row.reps, sets: row.sets, sides: row.sides };
}

/** Says how many stretches there are, in t's words: "1 stretch", "3 stretches". */
export function countWords(n, t) {
  return t("count.stretches", n);
}
