#!/usr/bin/env node
// In-process run of the text reader over the Zyte benchmark's whole-page text (181 pages), with
// the benchmark's metric, as ../shared/eval/body.mjs --suite zyte-text computes it but without a
// process per page. Prints body F1 and MB/s.  node bench/zyte-text.mjs [-v] [--id PREFIX]
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseText } from "../dist/index.js";

const root = new URL("../../shared/corpus/article-extraction-benchmark/", import.meta.url).pathname;
const gt = JSON.parse(readFileSync(join(root, "ground-truth.json"), "utf8"));
const raw = JSON.parse(readFileSync(join(root, "output/html-text.json"), "utf8"));
const pages = raw.output ?? raw;
const verbose = process.argv.includes("-v");
const only = process.argv.includes("--id") ? process.argv[process.argv.indexOf("--id") + 1] : null;

const shingles = (s) => {
  const t = String(s ?? "").match(/[\p{L}\p{N}_]+/gu) ?? [];
  const m = new Map();
  const n = Math.min(4, t.length);
  for (let i = 0; n && i + n <= t.length; i++) {
    const k = t.slice(i, i + n).join(" ");
    m.set(k, (m.get(k) ?? 0) + 1);
  }
  return m;
};
function prf(gold, pred) {
  const g = shingles(gold), p = shingles(pred);
  let tp = 0, fp = 0, fn = 0;
  for (const [k, c] of p) { const t = g.get(k) ?? 0; tp += Math.min(t, c); fp += Math.max(0, c - t); }
  for (const [k, c] of g) fn += Math.max(0, c - (p.get(k) ?? 0));
  return { tp, fp, fn };
}

const P = [], R = [];
let bytes = 0, ms = 0;
const rows = [];
for (const [id, g] of Object.entries(gt)) {
  if (only && !id.startsWith(only)) continue;
  const text = pages[id]?.articleBody ?? "";
  const t0 = performance.now();
  const doc = parseText(text);
  ms += performance.now() - t0;
  bytes += Buffer.byteLength(text);
  const body = doc.paragraphs.map((p) => p.text).join("\n\n");
  const { tp, fp, fn } = prf(g.articleBody, body);
  const sum = tp + fp + fn || 1;
  if (tp + fp > 0) P.push(tp > 0 ? tp / (tp + fp) : 0);
  if (tp + fn > 0) R.push(tp > 0 ? tp / (tp + fn) : 0);
  rows.push({ id, p: tp / (tp + fp || 1), r: tp / (tp + fn || 1), url: g.url });
}
const mean = (a) => a.reduce((x, y) => x + y, 0) / (a.length || 1);
const p = mean(P), r = mean(R);
if (verbose) for (const x of rows.sort((a, b) => a.p + a.r - b.p - b.r)) console.log(`${x.id.slice(0, 10)} P ${x.p.toFixed(3)} R ${x.r.toFixed(3)} ${x.url}`);
console.log(`zyte-text: ${rows.length} pages · body F1 ${((2 * p * r) / (p + r)).toFixed(3)} (P ${p.toFixed(3)} R ${r.toFixed(3)}) · ${(bytes / 1e6 / (ms / 1000)).toFixed(1)} MB/s in-process`);
