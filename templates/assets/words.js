// words.js: the words the scripts show, in the language of the page. Every
// string is declared once per language in limber's tables
// (internal/lang/<code>.yaml, keys "js.", "sheet." and "count.", with a site's
// templates/lang/<code>.yaml laid over them); limber build writes each
// language's as assets/words-<code>.js, which load() imports.
//
//   const t = await load(document);     // the page's <html lang>
//   t("js.search.label")                // "Search this site"
//   t("sheet.day", 3)                   // "Day 3": {0}, {1}... are the arguments
//   t("count.stretches", 2)             // a string with one/other forms picks by its first argument
//
//   say(t, {key: "js.addr.most", args: [20, 21]})   // a problem another module returned
//
// A key the table lacks gives the key itself in brackets, so that it shows
// rather than breaks the page (internal/jstest checks every key the scripts use).

import { words as duration } from "./dosage.js";

/** The page's language tag, "en" when it has none or an odd one. */
export function langOf(doc) {
  const lang = doc && doc.documentElement ? doc.documentElement.lang : "";
  return /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(lang || "") ? lang : "en";
}

/** Imports the words of doc's language and returns their translator t. */
export async function load(doc) {
  const lang = langOf(doc);
  let table;
  try {
    table = (await import("./words-" + lang + ".js")).default;
  } catch {
    table = (await import("./words-en.js")).default;
  }
  return translator(table, lang);
}

/**
 * Returns t(key, ...args) over table (key to text, or to {one, other}).
 * t.lang is the language, for dosage.js's sentence(dose, lang).
 */
export function translator(table, lang) {
  const t = function (key, ...args) {
    const m = Object.prototype.hasOwnProperty.call(table, key) ? table[key] : null;
    if (m === null) return "[" + key + "]";
    const s = typeof m === "string" ? m : (args.length && Number(args[0]) === 1 ? m.one : m.other);
    return s.replace(/\{(\d+)\}/g, function (all, n) {
      return Number(n) < args.length ? String(args[Number(n)]) : all;
    });
  };
  t.lang = lang || "en";
  return t;
}

/**
 * Splits text at its {0}, {1}... and puts items[n] in each place: an array
 * of strings and items, for element.append, so that a sentence with links
 * in it is one string of the table ("You can {0} or {1}.").
 */
export function withParts(text, items) {
  const out = [];
  let last = 0;
  text.replace(/\{(\d+)\}/g, function (all, n, at) {
    if (Number(n) >= items.length) return all;
    if (at > last) out.push(text.slice(last, at));
    out.push(items[Number(n)]);
    last = at + all.length;
    return all;
  });
  if (last < text.length) out.push(text.slice(last));
  return out;
}

/**
 * Puts a problem, {key, args} as program.js, catalogue.js and advice.js
 * return them, in t's words. An argument that is a problem is put in words
 * first, and {seconds: n} becomes a time in t's language ("2 minutes"). A
 * text (such as an error a browser threw) is returned as it is.
 */
export function say(t, problem) {
  if (typeof problem === "string") return problem;
  if (!problem || typeof problem.key !== "string") return String(problem);
  const args = (Array.isArray(problem.args) ? problem.args : []).map(function (a) {
    if (a === null || typeof a !== "object") return a;
    return typeof a.seconds === "number" ? duration(a.seconds, t.lang) : say(t, a);
  });
  return t(problem.key, ...args);
}
