// builder-list.js: "The program" part of the builder page: the heading
// fields (Title, How often, How long, Warm-up) and one group per stretch
// with its Hold, Reps, Sets, Sides and Note, its dosage sentence (updated as
// the clinician types), limber check's advice next to the field it is
// about, and buttons to move and remove it. It changes the page's State
// and calls changed() after every change; it stores nothing.

import { limits } from "./program.js";
import { sentence, withChanges } from "./dosage.js";
import { itemAdvice, lengthAdvice, why } from "./advice.js";
import { el, field, selectField, newId, describe, announce } from "./dom.js";
import { sideWords, numberFields, readNumber, ownDose, countWords } from "./builder-state.js";
import { say } from "./words.js";

/** The heading's fields, each [key of State, key of its label's words, tag, most characters]. */
const headingFields = [
  ["title", "js.head.title", "input", limits.title], ["frequency", "js.head.often", "input", limits.frequency],
  ["duration", "js.head.long", "input", limits.duration], ["warmup", "js.head.warmup", "textarea", limits.warmup],
];
/** The severities of advice.js, in the words "js.advice.<severity>". */
const severities = ["error", "warning", "note"];

/**
 * Builds the program section into parent and returns {redraw(focus),
 * fillHeading()}: redraw draws the items again (after an add, a move, a
 * removal or a load) and then focuses focus, {id, action}, if given.
 * t is words.js's translator of the page's language.
 */
export function buildProgram(parent, state, catalogue, changed, status, t) {
  const section = el("section", { className: "builder-program", "aria-labelledby": "builder-program-h" },
    el("h2", { id: "builder-program-h", tabIndex: -1 }, t("js.list.title")));
  const heads = {};
  const plan = el("div", { className: "builder-plan" });
  for (const [key, label, tag, max] of headingFields) {
    const f = field(t(label), tag, { maxLength: max, autocomplete: "off", rows: tag === "textarea" ? 2 : null });
    f.control.addEventListener("input", function () { state[key] = f.control.value; changed(); });
    heads[key] = f.control;
    plan.append(f.wrap);
  }
  const length = el("div", { className: "builder-length" });
  const empty = el("p", { className: "builder-empty" }, t("js.list.empty"));
  const list = el("ol", { className: "builder-items" });
  section.append(plan, length, empty, list);
  parent.append(section);

  const ctx = { state, catalogue, changed, status, redraw, t };
  function redraw(focus) {
    list.replaceChildren(...state.items.map(function (it, i) { return el("li", {}, itemGroup(ctx, it, i)); }));
    empty.hidden = state.items.length > 0;
    length.replaceChildren(...lengthAdvice(state.items.length).map(function (a) { return adviceLine(a, t); }));
    if (focus && focus.heading) section.querySelector("h2").focus();
    else if (focus) focusItem(list, focus);
  }
  function fillHeading() { for (const key of Object.keys(heads)) heads[key].value = state[key]; }
  fillHeading();
  redraw();
  return { redraw, fillHeading };
}

/** Focuses the button focus.action of item focus.id, or its other move button at either end. */
function focusItem(list, focus) {
  const group = list.querySelector('[data-item="' + focus.id + '"]');
  if (!group) return;
  const order = { up: ["up", "down"], down: ["down", "up"] }[focus.action] || [focus.action];
  for (const action of order) {
    const b = group.querySelector('[data-action="' + action + '"]');
    if (b && !b.disabled) { b.focus(); return; }
  }
  const first = group.querySelector("input");
  if (first) first.focus();
}

/** One stretch of the program as a fieldset with the legend "n. Title". */
function itemGroup(ctx, item, i) {
  const row = ctx.catalogue.bySlug(item.ref);
  const title = row ? row.title : item.ref;
  const own = ownDose(row);
  const group = el("fieldset", { className: "builder-item", "data-item": String(item.id) },
    el("legend", {}, (i + 1) + ". " + title));
  const dose = el("p", { className: "builder-dose", id: newId("dose") });
  const typeAdvice = el("div", { className: "builder-advice" });
  group.append(dose, typeAdvice);
  if (!row) {
    group.append(el("p", { className: "builder-error" }, ctx.t("js.list.unknown", item.ref)));
  }
  const fields = el("div", { className: "builder-fields" });
  const parts = { dose, advice: { type: typeAdvice } };
  for (const key of Object.keys(numberFields)) fields.append(numberField(ctx, item, own, key, parts));
  fields.append(sidesField(ctx, item, own, parts), noteField(ctx, item));
  group.append(fields, itemButtons(ctx, item, i, title));
  parts.update = function () { updateItem(item, own, row, parts, ctx.t); };
  parts.update();
  return group;
}

/** A Hold, Reps or Sets field: the stretch's own as its placeholder, an error and advice under it. */
function numberField(ctx, item, own, key, parts) {
  const f = field(ctx.t("js.field." + key), "input", {
    type: "text", inputMode: "numeric", autocomplete: "off", size: 5,
    value: item[key] ? String(item[key]) : "", placeholder: own[key] ? String(own[key]) : "",
  });
  const unit = key === "hold" ? el("span", { className: "builder-unit", id: newId("unit") }, ctx.t("js.field.seconds")) : null;
  if (unit) {
    const box = el("span", { className: "builder-with-unit" });
    f.control.replaceWith(box);
    box.append(f.control, " ", unit);
  }
  const error = el("p", { className: "builder-error", id: newId("err"), hidden: true });
  const advice = el("div", { className: "builder-advice" });
  parts.advice[key] = advice;
  f.control.addEventListener("input", function () {
    const got = readNumber(key, f.control.value, ctx.t);
    item[key] = got.error ? 0 : got.value;
    error.hidden = !got.error;
    error.textContent = got.error || "";
    f.control.setAttribute("aria-invalid", got.error ? "true" : "false");
    parts.update();
    ctx.changed();
  });
  parts[key] = { control: f.control, error, unit };
  f.wrap.append(error, advice);
  return f.wrap;
}

/** The Sides select: the stretch's own first, then the four sides in words. */
function sidesField(ctx, item, own, parts) {
  const sides = sideWords(ctx.t);
  const mine = sides.find(function (s) { return s[0] === own.sides; });
  const options = [["", ctx.t("js.sides.own", mine ? mine[1] : ctx.t("js.sides.unknown"))]].concat(sides);
  const f = selectField(ctx.t("js.field.sides"), options);
  f.control.value = item.sides || "";
  f.control.addEventListener("change", function () {
    item.sides = f.control.value;
    parts.update();
    ctx.changed();
  });
  return f.wrap;
}

function noteField(ctx, item) {
  const f = field(ctx.t("js.field.note"), "input", { type: "text", maxLength: limits.note, autocomplete: "off", value: item.notes || "" });
  f.wrap.classList.add("builder-note");
  f.control.addEventListener("input", function () { item.notes = f.control.value; ctx.changed(); });
  return f.wrap;
}

/** Shows the item's dose sentence and the advice on it, each next to its field. */
function updateItem(item, own, row, parts, t) {
  const changes = { hold: item.hold, reps: item.reps, sets: item.sets, sides: item.sides };
  parts.dose.textContent = row ? sentence(withChanges(own, changes), t.lang) : "";
  const advice = row ? itemAdvice(own, changes) : [];
  for (const [key, box] of Object.entries(parts.advice)) {
    box.replaceChildren(...advice.filter(function (a) { return (a.field === key) || (key === "type" && !parts.advice[a.field]); })
      .map(function (a) { return adviceLine(a, t); }));
  }
  for (const key of Object.keys(numberFields)) {
    const p = parts[key];
    const ids = [p.unit ? p.unit.id : "", p.error.hidden ? "" : p.error.id, parts.dose.id];
    for (const line of parts.advice[key].children) ids.push(line.id);
    describe(p.control, ids);
  }
}

/**
 * One piece of advice as a paragraph: its severity in t's words, the
 * message and why, limber check's advice in t's words.
 */
function adviceLine(a, t) {
  const reason = why(a.rule);
  return el("p", { className: "builder-advice-line advice-" + a.severity, id: newId("adv") },
    el("strong", {}, t("js.advice." + (severities.includes(a.severity) ? a.severity : "note"))), " " + say(t, a.message) + ".",
    reason ? el("span", { className: "builder-why" }, " " + t("js.advice.why", say(t, reason))) : null);
}

/** Move up, Move down and Remove, named with the stretch's title. */
function itemButtons(ctx, item, i, title) {
  const n = ctx.state.items.length, t = ctx.t;
  const make = function (action, name, disabled, run) {
    const b = el("button", { type: "button", "data-action": action, disabled }, name);
    b.addEventListener("click", run);
    return b;
  };
  const move = function (step, action) {
    return function () {
      const j = ctx.state.move(item.id, step);
      if (j < 0) return;
      ctx.redraw({ id: item.id, action });
      ctx.changed();
      announce(ctx.status, t("js.item.moved" + action, title, j + 1, ctx.state.items.length));
    };
  };
  return el("div", { className: "builder-item-buttons" },
    make("up", t("js.item.up", title), i === 0, move(-1, "up")),
    make("down", t("js.item.down", title), i === n - 1, move(1, "down")),
    make("remove", t("js.item.remove", title), false, function () {
      const at = ctx.state.remove(item.id);
      const next = ctx.state.items[Math.min(at, ctx.state.items.length - 1)];
      ctx.redraw(next ? { id: next.id, action: "remove" } : { heading: true });
      ctx.changed();
      announce(ctx.status, t("js.item.removed", title, countWords(ctx.state.items.length, t)));
    }));
}
