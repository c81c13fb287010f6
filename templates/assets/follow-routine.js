// follow-routine.js: the Start button of a routine page's follow-along
// mode (follow.js). routine.html writes everything the mode needs into the
// page: each stretch's dose as data- attributes of its item (from the same
// typed fields as its dose sentence), and its steps and stop-if points in a
// <template>. So once the page has loaded, the mode works offline and
// fetches nothing. Without JavaScript, #follow stays hidden. limber serve
// replaces the page's body after a save (the script tag says so with
// data-live-update): the button is made again from the new body, and a
// mode left open on the old one is stopped.

import { openFollow, stopFollow } from "./follow.js";
import { sentence } from "./dosage.js";
import { load } from "./words.js";
import { el } from "./dom.js";

const t = await load(document);
let session = null; // the open mode, if any
setUp();
document.addEventListener("limber:updated", function () {
  if (session) stopFollow(session);
  setUp();
});

/** Fills #follow with the Start button, when the routine has stretches. */
function setUp() {
  const box = document.getElementById("follow");
  if (!box) return;
  const items = [...document.querySelectorAll(".routine .items > .item")].map(function (li) { return itemOf(li, t); });
  if (!items.length) return;
  const start = el("button", { type: "button", className: "follow-start" }, t("js.follow.start"));
  start.addEventListener("click", function () { session = openFollow(document, items, t, start); });
  box.replaceChildren(el("p", {}, t("js.follow.intro")), start);
  box.hidden = false;
}

/** One stretch of the routine as follow.js's item, read from its <li>. */
function itemOf(li, t) {
  const d = li.dataset;
  const dose = { type: d.type, hold: Number(d.hold) || 0, reps: Number(d.reps) || 1, sets: Number(d.sets) || 1, sides: d.sides || "none" };
  const img = li.querySelector("img.thumb");
  const note = li.querySelector(".note");
  const more = li.querySelector("template.follow-more");
  const part = function (selector) {
    const found = more && more.content.querySelector(selector);
    return found ? function () { return document.importNode(found, true); } : null;
  };
  return {
    title: (li.querySelector("h3") || li).textContent.trim(),
    dose, sentence: sentence(dose, t.lang), notes: note ? note.textContent.trim() : "",
    picture: img ? { url: img.getAttribute("src"), alt: img.getAttribute("alt") } : null,
    steps: part(".follow-steps"), stopIf: part(".follow-stop"),
  };
}
