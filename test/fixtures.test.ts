// Each fixture's expect.json says, by hand, what a correct reader extracts from it. These are
// written independently of the reader's output (unlike the golden files), so they catch both
// regressions and golden files regenerated without a careful look.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseBytes } from "../src/index.js";
import { FIXTURES, fixtureNames } from "./helpers.js";

describe.each(fixtureNames())("fixture %s", (name) => {
  const expected = JSON.parse(readFileSync(join(FIXTURES, name, "expect.json"), "utf8"));
  const result = parseBytes(readFileSync(join(FIXTURES, name, "input.txt")), { path: `${name}.txt` });
  if (!result.ok) throw new Error(result.message);
  const doc = result.document;
  const m = doc.metadata;

  it("finds the metadata", () => {
    expect({
      headline: m.headline,
      subheadline: m.subheadline,
      standfirst: m.standfirst,
      date: m.date,
      dateText: m.dateText,
      byline: m.byline,
      dateline: m.dateline,
      readingTime: m.readingTime,
    }).toEqual({
      headline: expected.headline,
      subheadline: expected.subheadline,
      standfirst: expected.standfirst,
      date: expected.date,
      dateText: expected.dateText,
      byline: expected.byline,
      dateline: expected.dateline,
      readingTime: expected.readingTime,
    });
  });

  it("finds the captions and credits", () => {
    expect(m.captions.map((c) => c.text)).toEqual(expected.captions);
    expect(m.credits.map((c) => c.text)).toEqual(expected.credits);
  });

  it("finds the body from its first to its last paragraph", () => {
    expect(doc.paragraphs).toHaveLength(expected.paragraphs);
    expect(doc.paragraphs[0]!.text.startsWith(expected.body_first)).toBe(true);
    expect(doc.paragraphs.at(-1)!.text.endsWith(expected.body_last)).toBe(true);
  });
});
