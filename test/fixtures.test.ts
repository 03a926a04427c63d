// Each fixture's expect.json says, by hand, what a correct reader extracts from it. These are
// written independently of the reader's output (unlike the golden files), so they catch both
// regressions and golden files regenerated without a careful look. A fixture may state only
// some fields; those it states must match.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseBytes } from "../src/index.js";
import { FIXTURES, fixtureNames } from "./helpers.js";

const FIELDS = ["headline", "subheadline", "standfirst", "date", "dateText", "byline", "dateline", "readingTime"] as const;

describe.each(fixtureNames())("fixture %s", (name) => {
  const expected = JSON.parse(readFileSync(join(FIXTURES, name, "expect.json"), "utf8"));
  const result = parseBytes(readFileSync(join(FIXTURES, name, "input.txt")), { path: `${name}.txt` });
  if (!result.ok) throw new Error(result.message);
  const doc = result.document;
  const m = doc.metadata;

  it("finds the metadata", () => {
    const stated = FIELDS.filter((f) => f in expected);
    expect(Object.fromEntries(stated.map((f) => [f, m[f]]))).toEqual(Object.fromEntries(stated.map((f) => [f, expected[f]])));
  });

  if ("captions" in expected) {
    it("finds the captions and credits", () => {
      expect(m.captions.map((c) => c.text)).toEqual(expected.captions);
      expect(m.credits.map((c) => c.text)).toEqual(expected.credits);
    });
  }

  if ("quotes" in expected) {
    // Hand-annotated quotes: each must be found with its kind and speaker (a quote flagged
    // known_miss is one the engine does not get right yet; it stays on record, unchecked).
    const fold = (s: string | null | undefined) => String(s ?? "").replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d\u00ab\u00bb]/g, '"').replace(/\s+/g, " ").trim().toLowerCase();
    const names = (q: { speaker: string | null; aliases: string[] }) => [q.speaker, ...q.aliases].filter(Boolean).map(fold);
    const sameSource = (found: string, wanted: string[]) => wanted.some((n) => found === n || found.endsWith(` ${n}`) || n.endsWith(` ${found}`));
    const checked = (expected.quotes as { text: string; kind: string; speaker: string | null; aliases: string[]; known_miss?: boolean }[]).filter((q) => !q.known_miss);
    it.each(checked.map((q) => [q.text.slice(0, 60), q] as const))("finds the quote %s", (_, q) => {
      const hit = doc.quotes.find((d) => fold(d.text) === fold(q.text));
      expect(hit, "quote not found").toBeDefined();
      expect(hit!.kind).toBe(q.kind);
      if (q.speaker !== null) expect(sameSource(fold(hit!.speaker?.name), names(q)), `speaker ${hit!.speaker?.name}`).toBe(true);
    });
  }

  if ("claims" in expected) {
    // Hand-annotated claims: each must be found with its value, hedge and unit (known_miss: not yet).
    const singular = (t: string) => t.toLowerCase().replace(/ies$/, "y").replace(/(?<=[^s])s$/, "");
    const sameUnit = (found: string | null, wanted: string | null) => !wanted || (found !== null && wanted.split(/\s+/).map(singular).some((t) => found.split(/\s+/).map(singular).includes(t)));
    const checked = (expected.claims as { text: string; value: number; qualifier: string; unit: string | null; high?: number; known_miss?: boolean }[]).filter((c) => !c.known_miss);
    it.each(checked.map((c) => [c.text, c] as const))("finds the claim %s", (_, c) => {
      const hits = doc.claims.filter((d) => Math.abs(d.value - c.value) <= 1e-9 * Math.max(1, Math.abs(c.value)) && d.qualifier === c.qualifier);
      expect(hits.length, `no claim of ${c.value} (${c.qualifier}) among ${JSON.stringify(doc.claims.map((d) => [d.value, d.qualifier]))}`).toBeGreaterThan(0);
      // The same value may be stated twice ("four days", "aged four"): one of them must count the right thing.
      const hit = hits.find((d) => sameUnit(d.unit, c.unit)) ?? hits[0]!;
      expect(sameUnit(hit.unit, c.unit), `unit ${hit.unit}`).toBe(true);
      if (c.high !== undefined) expect(hit.high).toBe(c.high);
    });
  }

  it("finds the body from its first to its last paragraph", () => {
    if ("paragraphs" in expected) expect(doc.paragraphs).toHaveLength(expected.paragraphs);
    expect(doc.paragraphs[0]!.text.startsWith(expected.body_first), doc.paragraphs[0]!.text.slice(0, 80)).toBe(true);
    expect(doc.paragraphs.at(-1)!.text.endsWith(expected.body_last), doc.paragraphs.at(-1)!.text.slice(-80)).toBe(true);
  });
});
