// Checks templates/assets/qr.js: the error correction level and version it
// picks, the path it draws, and that zbarimg reads a program's address back
// from its modules exactly (skipped without zbarimg, unless CI=true).
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { qrMatrix, runs, quietZone } from "../../templates/assets/qr.js";

// The realistic program of docs/programs.md behind a site's address.
const program = "1Low_back_and_hips~2C_weeks_1-2,daily,10_minutes,Walk_for_5_minutes.*knee-to-chest,h45x2*lumbar-twist," +
  "L*supine-hamstring,h20nUse_a_towel_around_your_foot.*cat-cow,x8*childs-pose*quad-stretch,x2s2B";
const address = "https://physio.example.org/handouts/program/#" + program;

/** Writes the modules, quiet zone included, as a PBM of scale px a module. */
function writePBM(path, m, scale) {
  const n = (m.size + 2 * quietZone) * scale;
  const rows = [];
  for (let y = 0; y < n; y++) {
    const row = [];
    for (let x = 0; x < n; x++) {
      const r = Math.floor(y / scale) - quietZone, c = Math.floor(x / scale) - quietZone;
      row.push(r >= 0 && c >= 0 && r < m.size && c < m.size && m.dark(r, c) ? "1" : "0");
    }
    rows.push(row.join(" "));
  }
  writeFileSync(path, "P1\n" + n + " " + n + "\n" + rows.join("\n") + "\n");
}

/** Returns zbarimg's path, or "" (a failure under CI=true). */
function zbarimg() {
  try {
    return execFileSync("sh", ["-c", "command -v zbarimg"], { encoding: "utf8" }).trim();
  } catch {
    assert.notEqual(process.env.CI, "true", "zbarimg (Debian zbar-tools) is missing; under CI=true it must run");
    return "";
  }
}

test("a short link is level M, a program's address level L at version 10 or less", function () {
  const short = qrMatrix("https://example.org/handouts/program/#1,,,");
  assert.equal(short.level, "M");
  assert.ok(address.length > 213 && address.length < 271, String(address.length));
  const m = qrMatrix(address);
  assert.equal(m.level, "L");
  assert.ok(m.version <= 10, "version " + m.version);
  assert.equal(m.size, 17 + 4 * m.version);
  const long = qrMatrix("https://example.org/#" + "a".repeat(1990));
  assert.equal(long.level, "L");
  assert.throws(function () { qrMatrix(""); }, /nothing to encode/);
  assert.throws(function () { qrMatrix("x".repeat(3000)); }, /too long/);
});

test("the path has one box per run of dark modules, inside the quiet zone", function () {
  const m = qrMatrix("https://example.org/");
  const d = runs(m);
  assert.match(d, /^(M\d+ \d+h\d+v1h-\d+z)+$/);
  let dark = 0;
  for (let r = 0; r < m.size; r++) for (let c = 0; c < m.size; c++) if (m.dark(r, c)) dark++;
  let drawn = 0;
  for (const [, w] of d.matchAll(/h(\d+)v1/g)) drawn += Number(w);
  assert.equal(drawn, dark);
  assert.ok(d.startsWith("M" + quietZone + " " + quietZone + "h7"), d.slice(0, 20)); // the finder pattern
});

test("zbarimg reads the program's address back exactly", function (t) {
  const zbar = zbarimg();
  if (!zbar) { t.skip("zbarimg is missing"); return; }
  const dir = mkdtempSync(join(tmpdir(), "limber-qr-"));
  try {
    for (const text of [address, "https://example.org/h/program/#1Caf~C3~A9,,,*cat-cow", "https://exämple.org/ü"]) {
      const file = join(dir, "code.pbm");
      writePBM(file, qrMatrix(text), 4);
      const got = execFileSync(zbar, ["-q", "--raw", "-Sbinary", file], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
      assert.equal(got.replace(/\n$/, ""), text);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
