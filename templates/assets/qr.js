// qr.js: the QR code of a program's address on its printed sheet, drawn as
// an inline SVG like limber's internal/qr (Go) draws a routine's: black
// modules on a white square, a quiet zone of 4 modules, one path of
// horizontal runs, a viewBox in modules (sheet.css sizes `.sheet-qr svg`),
// role="img" with an aria-label and a <title>.
//
// The code is made by the vendored qrcode-generator (MIT, see
// vendor/qrcode-generator/README.md) in byte mode from the text's UTF-8
// bytes. The error correction level is M, as Go's, while the code stays at
// version 10 or less (57 modules, which a phone still reads printed 24 mm
// wide); a longer address, such as a program of six stretches with the
// site's address in front (about 230 characters), takes level L, which
// keeps it at version 10 up to 271 bytes.
//
//   qrMatrix(text)           returns {size, level, version, dark(row, col)}
//   qrSVG(doc, text, label)  returns an <svg> element of doc

import qrcode from "./vendor/qrcode-generator/qrcode.mjs";

/** The white border around the code, in modules, that scanners need. */
export const quietZone = 4;

/** The largest version printed at level M; above it, level L is used. */
export const maxVersionM = 10;

const svgNS = "http://www.w3.org/2000/svg";

/**
 * Encodes text (a non-empty string) as a QR code and returns its modules:
 * {size, level, version, dark(row, col)}, without the quiet zone. Throws
 * when text is empty or longer than a QR code holds.
 */
export function qrMatrix(text) {
  if (typeof text !== "string" || text === "") throw new Error("the QR code has nothing to encode: give it a link");
  const bytes = byteString(text);
  let code = make(bytes, "M");
  let level = "M";
  if (version(code) > maxVersionM) {
    code = make(bytes, "L");
    level = "L";
  }
  const size = code.getModuleCount();
  return { size, level, version: version(code), dark: function (r, c) { return code.isDark(r, c); } };
}

/** Makes the smallest code of bytes at level, or throws a plain Error. */
function make(bytes, level) {
  const code = qrcode(0, level);
  code.addData(bytes, "Byte");
  try {
    code.make();
  } catch (e) {
    throw new Error("the text for the QR code is too long (" + bytes.length + " bytes); use a shorter link");
  }
  return code;
}

/** The version of a made code, from its size (17 + 4 x version modules). */
function version(code) { return (code.getModuleCount() - 17) / 4; }

/**
 * Returns text's UTF-8 bytes as a string of one character per byte, which
 * the library's byte mode takes one byte from each (its default
 * stringToBytes keeps the low 8 bits of each character).
 */
function byteString(text) {
  const bytes = new TextEncoder().encode(text);
  let out = "";
  for (const b of bytes) out += String.fromCharCode(b);
  return out;
}

/**
 * Returns an <svg> element of doc encoding text: role="img", labelled by
 * label (also its <title>), viewBox in modules with the quiet zone, no
 * width or height (the stylesheet gives them).
 */
export function qrSVG(doc, text, label) {
  const m = qrMatrix(text);
  const size = String(m.size + 2 * quietZone);
  const name = cleanLabel(label);
  const svg = doc.createElementNS(svgNS, "svg");
  svg.setAttribute("viewBox", "0 0 " + size + " " + size);
  svg.setAttribute("shape-rendering", "crispEdges");
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", name);
  const title = doc.createElementNS(svgNS, "title");
  title.textContent = name;
  const rect = doc.createElementNS(svgNS, "rect");
  rect.setAttribute("width", size);
  rect.setAttribute("height", size);
  rect.setAttribute("fill", "#fff");
  const path = doc.createElementNS(svgNS, "path");
  path.setAttribute("fill", "#000");
  path.setAttribute("d", runs(m));
  svg.append(title, rect, path);
  return svg;
}

/** The path data of the dark modules: one closed box per horizontal run. */
export function runs(m) {
  let d = "";
  for (let y = 0; y < m.size; y++) {
    for (let x = 0; x < m.size;) {
      if (!m.dark(y, x)) { x++; continue; }
      const start = x;
      while (x < m.size && m.dark(y, x)) x++;
      const w = x - start;
      d += "M" + (start + quietZone) + " " + (y + quietZone) + "h" + w + "v1h-" + w + "z";
    }
  }
  return d;
}

/** Control characters become spaces, runs of space one; "" gives "QR code". */
function cleanLabel(label) {
  // eslint-disable-next-line no-control-regex
  const s = String(label || "").replace(/[\u0000-\u001f\u007f-\u009f\ufffe\uffff]/g, " ").split(/\s+/).filter(Boolean).join(" ");
  return s || "QR code";
}
