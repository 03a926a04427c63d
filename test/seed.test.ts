// The seed article the product was made for must come out as its hand-made gold file says.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseBytes } from "../src/index.js";
import { DEV, SEED } from "./helpers.js";

const goldPath = join(DEV, "newarab-gaza-truce-2023.gold.json");

describe.runIf(existsSync(goldPath))("the seed article", () => {
  const gold = JSON.parse(readFileSync(goldPath, "utf8")).metadata;
  const result = parseBytes(readFileSync(SEED), { path: SEED });
  if (!result.ok) throw new Error(result.message);
  const doc = result.document;
  const m = doc.metadata;

  it("has the gold headline, subheadline, date and standfirst", () => {
    expect({ headline: m.headline, subheadline: m.subheadline, date: m.date, standfirst: m.standfirst }).toEqual({
      headline: gold.headline,
      subheadline: gold.subheadline,
      date: gold.date,
      standfirst: gold.standfirst,
    });
    expect(m.dateText).toBe("29 November, 2023");
    expect(m.readingTime).toBe("3 min read");
    expect(m.byline).toEqual([]);
  });

  it("has the gold caption and credit", () => {
    expect(m.captions.map((c) => c.text)).toEqual(gold.captions);
    expect(m.credits.map((c) => c.text)).toEqual(gold.credits);
  });

  it("has the body from the gold first words to the gold last words", () => {
    expect(doc.paragraphs[0]!.text.startsWith(gold.body_first)).toBe(true);
    expect(doc.paragraphs.at(-1)!.text.endsWith(gold.body_last)).toBe(true);
    expect(doc.paragraphs).toHaveLength(18);
    expect(doc.dropped).toEqual([expect.objectContaining({ reason: "navigation", text: "Skip to main content" })]);
  });
});
