// dom.js: small helpers that build the builder's and the program page's
// elements with createElement and textContent only (never HTML from text),
// so that no text from the catalogue or the address can become markup.

let unique = 0;

/** A new id for an element, unique on the page: prefix-1, prefix-2... */
export function newId(prefix) { return prefix + "-" + (++unique); }

/**
 * Makes an element: props are set as properties (className, type, value...)
 * except the keys of attrs, which are attributes (aria-*, for, role...);
 * children are nodes or strings (added as text).
 */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value == null || value === false) continue;
    if (key.startsWith("aria-") || key === "role" || key === "for" || key.startsWith("data-")) node.setAttribute(key, value);
    else node[key] = value;
  }
  for (const c of children) if (c != null) node.append(c);
  return node;
}

/**
 * A labelled control: returns {wrap, control, label}, wrap a div.field
 * holding a visible <label> and the control (made by el with props).
 */
export function field(labelText, tag, props = {}) {
  const id = newId("f");
  const control = el(tag, Object.assign({ id }, props));
  const label = el("label", { for: id }, labelText);
  return { wrap: el("div", { className: "field" }, label, control), control, label };
}

/** A <select> of options [[value, text]...] with a visible label, as field does. */
export function selectField(labelText, options, props = {}) {
  const f = field(labelText, "select", props);
  for (const [value, text] of options) f.control.append(el("option", { value }, text));
  return f;
}

/** A polite live region (role=status) for messages a screen reader reads out. */
export function liveRegion(className) {
  return el("p", { className, role: "status", "aria-live": "polite" });
}

/** Replaces a live region's text, so that the same message is read out again. */
export function announce(region, text) {
  region.textContent = "";
  window.setTimeout(function () { region.textContent = text; }, 50);
}

/** Links control to the ids of describedBy elements, for what a screen reader reads after its label. */
export function describe(control, ids) {
  const list = ids.filter(Boolean).join(" ");
  if (list) control.setAttribute("aria-describedby", list);
  else control.removeAttribute("aria-describedby");
}
