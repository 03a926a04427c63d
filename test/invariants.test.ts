// Properties of every document, over every fixture and every real article in ../shared/eval/dev:
// offsets give the text back, every non-blank character has exactly one owner, and the
// document validates against the published JSON Schema.
import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { ATTRIBUTION_METHODS, CLAIM_KINDS, decodeBytes, QUALIFIERS, DROP_REASONS, MENTION_KINDS, parseBytes, QUOTE_KINDS, SPEAKER_KINDS, type ArticleDocument } from "../src/index.js";
import { coverageProblems, devFiles, FIXTURES, fixtureNames, ROOT, textNodes } from "./helpers.js";

const schema = JSON.parse(readFileSync(join(ROOT, "schema/article.schema.json"), "utf8"));
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

const inputs = [
  ...fixtureNames().map((n) => ({ name: `fixture ${n}`, path: join(FIXTURES, n, "input.txt") })),
  ...devFiles().map((p) => ({ name: `dev ${basename(p)}`, path: p })),
];

function load(path: string): { doc: ArticleDocument; input: string } {
  const bytes = readFileSync(path);
  const decoded = decodeBytes(bytes);
  const result = parseBytes(bytes, { path });
  if (!decoded.ok || !result.ok) throw new Error(`could not parse ${path}`);
  return { doc: result.document, input: decoded.text };
}

describe.each(inputs)("$name", ({ path }) => {
  const { doc, input } = load(path);

  it("gives each node's text back from its offsets", () => {
    for (const node of textNodes(doc)) {
      expect(node.end, node.where).toBeGreaterThanOrEqual(node.start);
      expect(input.slice(node.start, node.end), node.where).toBe(node.text);
    }
    if (doc.metadata.spans.dateline) expect(doc.metadata.dateline).toBe(doc.metadata.spans.dateline.text);
  });

  it("gives every non-blank character exactly one owner", () => {
    expect(coverageProblems(doc, input)).toEqual([]);
  });

  it("keeps the dateline inside the first paragraph", () => {
    const dl = doc.metadata.spans.dateline;
    if (!dl) return;
    const first = doc.paragraphs[0]!;
    expect(dl.start).toBeGreaterThanOrEqual(first.start);
    expect(dl.end).toBeLessThanOrEqual(first.end);
  });

  it("numbers paragraphs in order and reports the input length", () => {
    doc.paragraphs.forEach((p, i) => {
      expect(p.index).toBe(i);
      if (i) expect(p.start).toBeGreaterThan(doc.paragraphs[i - 1]!.end);
    });
    expect(doc.source.length).toBe(input.length);
  });

  it("keeps each quote inside its paragraph, unless it runs on into the next", () => {
    for (const q of doc.quotes) {
      const p = doc.paragraphs[q.paragraph]!;
      expect(q.start, q.id).toBeGreaterThanOrEqual(p.start);
      expect(q.end, q.id).toBeLessThanOrEqual(p.end);
      if (q.continues) expect(doc.quotes.find((x) => x.id === q.continues)?.start, q.id).toBeLessThan(q.start);
    }
  });

  it("links quotes and speakers both ways, counting each speaker's quotes", () => {
    const ids = new Set(doc.speakers.map((s) => s.id));
    for (const q of doc.quotes) if (q.speaker) expect(ids.has(q.speaker.id), q.id).toBe(true);
    for (const s of doc.speakers) {
      expect(doc.quotes.filter((q) => q.speaker?.id === s.id).length, s.id).toBe(s.quotes);
      expect(doc.quotes.filter((q) => q.speaker?.id === s.id).every((q) => q.speaker!.name === s.name), s.id).toBe(true);
      expect(s.quotes, s.id).toBeGreaterThan(0);
    }
    doc.quotes.forEach((q, i) => expect(q.id).toBe(`q${i + 1}`));
  });

  it("keeps each claim inside its paragraph, its source and quote linked", () => {
    for (const c of doc.claims) {
      const p = doc.paragraphs[c.paragraph]!;
      expect(c.start, c.id).toBeGreaterThanOrEqual(p.start);
      expect(c.end, c.id).toBeLessThanOrEqual(p.end);
      if (c.quote) expect(doc.quotes.some((q) => q.id === c.quote && q.start <= c.start && c.end <= q.end), c.id).toBe(true);
      if (c.source) expect(doc.speakers.some((s) => s.id === c.source!.id), c.id).toBe(true);
      if (c.high !== null) expect(c.high, c.id).toBeGreaterThanOrEqual(c.value);
    }
    doc.claims.forEach((c, i) => expect(c.id).toBe(`c${i + 1}`));
  });

  it("never makes the byline's author a speaker", () => {
    for (const author of doc.metadata.byline) expect(doc.speakers.map((s) => s.name)).not.toContain(author);
  });

  it("validates against schema/article.schema.json", () => {
    const ok = validate(JSON.parse(JSON.stringify(doc)));
    expect(validate.errors ?? [], "schema errors").toEqual([]);
    expect(ok).toBe(true);
  });
});

describe("the schema", () => {
  it("lists the same drop reasons as the types", () => {
    expect([...schema.$defs.Dropped.properties.reason.enum].sort()).toEqual([...DROP_REASONS].sort());
  });

  it("lists the same quote kinds, attribution methods, speaker kinds and mention kinds as the types", () => {
    expect(schema.$defs.Quote.properties.kind.enum).toEqual([...QUOTE_KINDS]);
    expect(schema.$defs.Attribution.properties.method.enum).toEqual([...ATTRIBUTION_METHODS]);
    expect(schema.$defs.Speaker.properties.kind.enum).toEqual([...SPEAKER_KINDS]);
    expect(schema.$defs.Mention.properties.kind.enum).toEqual([...MENTION_KINDS]);
    expect(schema.$defs.Claim.properties.kind.enum).toEqual([...CLAIM_KINDS]);
    expect(schema.$defs.Claim.properties.qualifier.enum).toEqual([...QUALIFIERS]);
  });

  const { doc } = load(inputs[0]!.path);
  it("rejects what the document must not hold", () => {
    expect(validate({ ...doc, extra: 1 })).toBe(false);
    expect(validate({ ...doc, metadata: { ...doc.metadata, date: 5 } })).toBe(false);
    expect(validate({ ...doc, paragraphs: [{ index: 0, text: "x", start: -1, end: 0 }] })).toBe(false);
  });
});
