// Checks words.js: a key's text with its arguments in place, plural forms
// picked by the first argument, a missing key shown in brackets, the page's
// language read safely, a sentence with links split around them, and a
// problem {key, args} put in words.
import { test } from "node:test";
import assert from "node:assert/strict";
import { translator, langOf, withParts, say } from "../../templates/assets/words.js";
import en from "./testdata/words-en.js";
import es from "./testdata/words-es.js";

test("t fills arguments and picks plural forms in English and Spanish", function () {
  const t = translator(en, "en"), s = translator(es, "es");
  assert.equal(t.lang, "en");
  assert.equal(s.lang, "es");
  assert.equal(t("sheet.day", 3), "Day 3");
  assert.equal(s("sheet.day", 3), "Día 3");
  assert.equal(t("count.stretches", 1), "1 stretch");
  assert.equal(t("count.stretches", 0), "0 stretches");
  assert.equal(s("count.stretches", 2), "2 estiramientos");
  assert.equal(t("js.search.count", 1, "knee"), "1 stretch matches “knee”.");
  assert.equal(t("js.search.none"), "No stretch matches “{0}”.");
  assert.equal(t("no.such.key"), "[no.such.key]");
});

test("the language of a page is its html lang, or en when it is odd", function () {
  const page = function (lang) { return { documentElement: { lang } }; };
  assert.equal(langOf(page("es")), "es");
  assert.equal(langOf(page("pt-BR")), "pt-BR");
  for (const odd of ["", "../x", "es/../../evil", "e"]) assert.equal(langOf(page(odd)), "en");
  assert.equal(langOf(undefined), "en");
});

test("withParts puts items in place of {n}", function () {
  const a = { link: 1 }, b = { link: 2 };
  assert.deepEqual(withParts("You can {0} or {1}.", [a, b]), ["You can ", a, " or ", b, "."]);
  assert.deepEqual(withParts("{1} y {0}", [a, b]), [b, " y ", a]);
  assert.deepEqual(withParts("no {5} here", [a]), ["no {5} here"]);
});

test("say puts a problem in words, problems and times among its arguments too", function () {
  const t = translator(en, "en"), s = translator(es, "es");
  const p = { key: "js.addr.stretch", args: [2, { key: "js.addr.longer", args: [{ key: "js.addr.name.note", args: [] }, 200] }] };
  assert.equal(say(t, p), "stretch 2: note is longer than 200 characters");
  assert.equal(say(s, p), "estiramiento 2: nota: tiene más de 200 letras");
  const hold = { key: "js.adv.short", args: [{ seconds: 5 }] };
  assert.equal(say(t, hold), "hold: 5 seconds is shorter than the 10 to 60 seconds ACSM advises");
  assert.equal(say(s, hold), "tiempo: 5 segundos es menos de los 10 a 60 segundos que aconseja el ACSM");
  assert.equal(say(t, "Failed to fetch"), "Failed to fetch");
  assert.equal(say(t, { key: "js.no.such", args: [] }), "[js.no.such]");
  assert.equal(say(t, { key: "js.addr.empty" }), "the address is empty: there is no program after the #");
  assert.equal(say(t, null), "null");
});
