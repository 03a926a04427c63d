// `claims` and `show` over what the claim engine really finds, in every fixture and dev-set
// article: the command must agree with the document `parse` prints, whatever it holds.
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeBytes, parseBytes, type ArticleDocument } from "../src/index.js";
import { lineColumn } from "../src/position.js";
import { claimContext, formatValue, renderClaims } from "../src/render/claims.js";
import { renderShow } from "../src/render/show.js";
import { PLAIN_STYLE, type Style } from "../src/render/style.js";
import { displayWidth, oneLine } from "../src/render/text.js";
import { selectClaims, unitMatches } from "../src/select.js";
import { CLAIM_KINDS } from "../src/types.js";
import { cli, devFiles, FIXTURES, fixtureNames, ROOT } from "./helpers.js";

const files = [...fixtureNames().map((n) => join(FIXTURES, n, "input.txt")), ...devFiles()];
const load = (path: string): { doc: ArticleDocument; input: string } => {
  const bytes = readFileSync(path);
  const result = parseBytes(bytes, { path });
  const decoded = decodeBytes(bytes);
  if (!result.ok || !decoded.ok) throw new Error(`${path} did not parse`);
  return { doc: result.document, input: decoded.text };
};

const tag = (name: string) => (s: string) => `<${name}>${s}</${name}>`;
const TAGS: Style = { ...PLAIN_STYLE, speakers: [tag("s0"), tag("s1"), tag("s2")], unattributed: tag("u"), claim: tag("c") };
const untag = (s: string) => s.replace(/<\/?(?:s\d|u|c)>/g, "");

it("finds claims in most fixtures (these tests have something to check)", () => {
  const withClaims = files.filter((f) => load(f).doc.claims.length > 0);
  expect(withClaims.length).toBeGreaterThan(files.length / 2);
});

describe.each(files.map((f) => [relative(ROOT, f), f] as const))("%s", (_, path) => {
  const { doc, input } = load(path);
  const at = lineColumn(input);

  it("claims prints the document's claims, each with its file, into a pipe", async () => {
    const r = await cli(["claims", path]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(doc.claims.length ? 0 : 1);
    expect(JSON.parse(r.stdout)).toEqual(doc.claims.map((c) => ({ file: path, ...c })));
    const nd = await cli(["claims", "--ndjson", path]);
    expect(nd.stdout).toBe(doc.claims.map((c) => JSON.stringify({ file: path, ...c }) + "\n").join(""));
  });

  it("claims prints a row per claim on a terminal, each with its position, value and words", async () => {
    const r = await cli(["claims", "-w", "110", path], { tty: true, env: { NO_COLOR: "1" } });
    expect(r.stdout).toBe(renderClaims(doc, doc.claims, { width: 110, at }));
    const rows = r.stdout.split("\n").filter(Boolean).slice(1);
    expect(rows).toHaveLength(doc.claims.length);
    doc.claims.forEach((c, i) => {
      const { line, column } = at(c.start);
      expect(rows[i]!.startsWith(`${line}:${column} `)).toBe(true);
      expect(rows[i]).toContain(` ${formatValue(c)}  ${c.qualifier} `);
      const words = oneLine(c.text);
      const context = claimContext(doc, c, 40);
      if (displayWidth(words) < 38) expect(context.claim).toBe(words);
      expect(displayWidth(context.before + context.claim + context.after)).toBeLessThanOrEqual(40);
    });
  });

  it("each claim is found by its own kind, unit, value and source", () => {
    for (const kind of CLAIM_KINDS) expect(selectClaims(doc, { kinds: [kind] })).toEqual(doc.claims.filter((c) => c.kind === kind));
    for (const c of doc.claims) {
      expect(selectClaims(doc, { min: c.value, max: c.high ?? c.value })).toContain(c);
      if (c.unit !== null) {
        expect(unitMatches(c.unit, c.unit), c.unit).toBe(true);
        expect(unitMatches(c.unit.toUpperCase(), c.unit), c.unit).toBe(true);
        expect(selectClaims(doc, { units: [c.unit] })).toContain(c);
      }
      if (c.source) {
        const same = selectClaims(doc, { speakers: [c.source.name] });
        expect(same, c.source.name).toContain(c);
        expect(same.filter((x) => x.source?.id === c.source!.id)).toEqual(doc.claims.filter((x) => x.source?.id === c.source!.id));
      }
    }
  });

  it("show marks each claim and nothing else, and keeps the plain text", () => {
    const plain = renderShow(doc, { width: 72 });
    const painted = renderShow(doc, { width: 72, style: TAGS });
    expect(untag(painted)).toBe(plain);
    expect(renderShow({ ...doc, claims: [] }, { width: 72 })).toBe(plain);
    const body = painted.split("\nSpeakers:\n")[0]!;
    const marked = [...body.matchAll(/<c>([^<]*)<\/c>/g)].map((m) => m[1]!);
    const claimed = doc.claims.map((c) => oneLine(c.text)).join("\n");
    for (const m of marked) expect(claimed).toContain(m);
    expect(marked.length).toBeGreaterThanOrEqual(doc.claims.filter((c) => c.text.trim()).length);
  });
});
