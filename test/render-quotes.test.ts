// Rendering quotes and speakers, and choosing quotes: unit tests over hand-made documents.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeBytes, parseBytes } from "../src/index.js";
import { lineColumn } from "../src/position.js";
import { quoteText, renderExplain, renderQuoteLine, renderQuotes } from "../src/render/quotes.js";
import { renderShow } from "../src/render/show.js";
import { bar, countWords, percent, renderSpeakers, speakerRows } from "../src/render/speakers.js";
import { PLAIN_STYLE, speakerPaints, type Style } from "../src/render/style.js";
import { displayWidth, fit, printable, truncate, wrap, wrapMarked } from "../src/render/text.js";
import { nameWords, selectQuotes, speakerNames, wordsMatch } from "../src/select.js";
import { makeDoc, withQuotes } from "./build.js";
import { FIXTURES, fixtureNames } from "./helpers.js";
import { SAMPLE_QUOTES, SAMPLE_SPEAKERS } from "./sample-quotes.js";

/** Paints as visible tags, so tests can see what was painted where. */
const tag = (name: string) => (s: string) => `<${name}>${s}</${name}>`;
const TAGS: Style = {
  ...PLAIN_STYLE,
  file: tag("f"),
  position: tag("p"),
  strong: tag("b"),
  label: tag("l"),
  dim: tag("d"),
  speakers: [tag("s1"), tag("s2"), tag("s3")],
  unattributed: tag("u"),
};
const untag = (s: string) => s.replace(/<\/?\w+>/g, "");

describe("wrapMarked", () => {
  it("breaks where wrap breaks and paints the marked words, closing paint at each line end", () => {
    const text = "one two three four five six";
    expect(wrapMarked(text, 9, [{ start: 4, end: 18, paint: tag("m") }])).toEqual(["one <m>two</m>", "<m>three</m>", "<m>four</m> five", "six"]);
    expect(wrapMarked(text, 9, [{ start: 4, end: 18, paint: tag("m") }]).map(untag)).toEqual(wrap(text, 9));
  });

  it("paints part of a word, and the space between two marked words only inside the mark", () => {
    expect(wrapMarked("“Go now,” she said", 80, [{ start: 1, end: 8, paint: tag("m") }])).toEqual(["“<m>Go now,</m>” she said"]);
    expect(wrapMarked("a b c d", 80, [{ start: 0, end: 3, paint: tag("x") }, { start: 4, end: 7, paint: tag("y") }])).toEqual(["<x>a b</x> <y>c d</y>"]);
  });

  it("lets an inner mark win over the one around it", () => {
    expect(wrapMarked("he said that it was “over” now", 80, [{ start: 8, end: 30, paint: tag("o") }, { start: 21, end: 25, paint: tag("i") }])).toEqual([
      "he said <o>that it was “</o><i>over</i><o>” now</o>",
    ]);
  });

  it("keeps offsets right when control characters are escaped, and joins line breaks", () => {
    const text = "x\u0007y said “a\nb”";
    expect(wrapMarked(text, 80, [{ start: 10, end: 13, paint: tag("m") }])).toEqual(["x\\u0007y said “<m>a b</m>”"]);
  });

  it("indents without painting the indent", () => {
    expect(wrapMarked("aa bb cc", 7, [{ start: 0, end: 8, paint: tag("m") }], "  ")).toEqual(["  <m>aa bb</m>", "  <m>cc</m>"]);
  });

  it("gives wrap(printable(text)) back for every fixture paragraph, marks or none", () => {
    let paragraphs = 0;
    for (const name of fixtureNames()) {
      const result = parseBytes(readFileSync(join(FIXTURES, name, "input.txt")));
      if (!result.ok) continue;
      for (const p of result.document.paragraphs) {
        const plain = wrap(printable(p.text), 50, "  ");
        const third = Math.floor(p.text.length / 3);
        const marked = wrapMarked(p.text, 50, [{ start: third, end: 2 * third + 1, paint: tag("m") }], "  ");
        expect(marked.map(untag)).toEqual(plain);
        expect(wrapMarked(p.text, 50, [], "  ")).toEqual(plain);
        paragraphs++;
      }
    }
    expect(paragraphs).toBeGreaterThan(500);
  });
});

describe("widths", () => {
  it("counts wide characters as two cells and marks as none", () => {
    expect(displayWidth("abc")).toBe(3);
    expect(displayWidth("東京")).toBe(4);
    expect(displayWidth("e\u0301")).toBe(1);
    expect(truncate("Mohammed bin Abdulrahman", 10)).toBe("Mohammed …");
    expect(truncate("東京都庁", 5)).toBe("東京…");
    expect(fit("ab", 4)).toBe("ab  ");
    expect(fit("7", 3, true)).toBe("  7");
  });
});

describe("choosing quotes", () => {
  it("folds case, accents and apostrophes into words", () => {
    expect(nameWords("Qatar’s José  NÚÑEZ-Smith")).toEqual(["qatars", "jose", "nunez", "smith"]);
    expect(nameWords("O'Brien ʼOkeʼ")).toEqual(["obrien", "oke"]);
    expect(nameWords("Łukasz Weiß")).toEqual(["lukasz", "weiss"]);
  });

  it("matches whole words, in order and contiguous", () => {
    const name = nameWords("Mohammed bin Abdulrahman Al Thani");
    expect(wordsMatch(nameWords("al thani"), name)).toBe(true);
    expect(wordsMatch(nameWords("Thani"), name)).toBe(true);
    expect(wordsMatch(nameWords("thani al"), name)).toBe(false);
    expect(wordsMatch(nameWords("mohammed thani"), name)).toBe(false);
    expect(wordsMatch(nameWords("moham"), name)).toBe(false);
    expect(wordsMatch([], name)).toBe(false);
  });

  const { doc } = makeDoc(
    [
      "William Burns, the CIA director, said talks went well. “We are close,” he said.",
      "“It is not over,” one official said. A sign read “closed”.",
    ],
    {
      speakers: [
        { name: "William Burns", role: "CIA director", mentions: ["William Burns", { text: "the CIA director", kind: "title" }, { text: "he", kind: "pronoun", in: "he said" }] },
        { name: "one official", kind: "anonymous", mentions: [{ text: "one official", kind: "description" }] },
      ],
      quotes: [
        { text: "talks went well", kind: "indirect", speaker: 0, cue: "said", mention: "William Burns", method: "named-before" },
        { text: "We are close,", speaker: 0, cue: { text: "said", in: "he said" }, mention: { text: "he", in: "he said" }, method: "pronoun" },
        { text: "It is not over,", speaker: 1, cue: "said", mention: "one official" },
        { text: "closed", kind: "partial", speaker: null },
      ],
    },
  );

  it("takes names from the name, aliases and mentions, not pronouns", () => {
    expect(speakerNames(doc.speakers[0]!)).toEqual(["William Burns", "William Burns", "the CIA director"]);
  });

  it("filters by speaker (any pattern) and by kind", () => {
    const texts = (filter: Parameters<typeof selectQuotes>[1]) => selectQuotes(doc, filter).map((q) => q.text);
    expect(texts({})).toHaveLength(4);
    expect(texts({ speakers: ["burns"] })).toEqual(["talks went well", "We are close,"]);
    expect(texts({ speakers: ["cia director"] })).toEqual(["talks went well", "We are close,"]);
    expect(texts({ speakers: ["official", "burns"] })).toEqual(["talks went well", "We are close,", "It is not over,"]);
    expect(texts({ speakers: ["he"] })).toEqual([]);
    expect(texts({ kinds: ["partial"] })).toEqual(["closed"]);
    expect(texts({ kinds: ["direct"], speakers: ["burns"] })).toEqual(["We are close,"]);
  });

  it("falls back on the reference's name when the speaker is missing from the list", () => {
    const orphan = { ...doc, speakers: [] };
    expect(selectQuotes(orphan, { speakers: ["burns"] }).map((q) => q.id)).toEqual(["q1", "q2"]);
  });
});

describe("the quotes listing", () => {
  const { doc, input } = makeDoc(["Intro line.", "“Stay\nhome,” said Ann Lee.\u202e It was “a \u001b[31mdisaster”."], {
    speakers: [{ name: "Ann Lee" }],
    quotes: [
      { text: "Stay\nhome,", speaker: 0, cue: "said", mention: "Ann Lee" },
      { text: "a \u001b[31mdisaster", kind: "partial", speaker: null },
    ],
  });
  const at = lineColumn(input);

  it("prints line:col: Speaker: “text” on one line, file first when given", () => {
    expect(renderQuoteLine(doc.quotes[0]!, { file: null, at })).toBe("3:2: Ann Lee: “Stay home,”");
    expect(renderQuoteLine(doc.quotes[0]!, { file: "a.txt", at })).toBe("a.txt:3:2: Ann Lee: “Stay home,”");
    expect(renderQuoteLine(doc.quotes[1]!, { file: null, at })).toBe("4:31: (unattributed): “a \\u001b[31mdisaster”");
  });

  it("paints file, position, and the speaker bold in its colour", () => {
    const paintOf = speakerPaints(doc, TAGS);
    expect(renderQuoteLine(doc.quotes[0]!, { file: "a.txt", at, style: TAGS, paintOf })).toBe("<f>a.txt</f>:<p>3:2</p>: <b><s1>Ann Lee</s1></b>: “Stay home,”");
    expect(renderQuoteLine(doc.quotes[1]!, { file: null, at, style: TAGS, paintOf })).toMatch(/^<p>4:31<\/p>: <d>\(unattributed\)<\/d>: /);
  });

  it("explains each quote on an indented line", () => {
    expect(renderExplain(doc.quotes[0]!, { file: null, at })).toBe("    q1 direct · cue “said” 4:8 · named-after “Ann Lee” 4:13");
    expect(renderExplain(doc.quotes[1]!, { file: null, at })).toBe("    q2 partial · no cue · none");
    expect(renderQuotes(doc.quotes, { file: null, at, explain: true }).split("\n")).toHaveLength(5);
    expect(renderQuotes(doc.quotes, { file: null, at }).split("\n")).toHaveLength(3);
  });

  it("drops quotation marks the quote's text holds", () => {
    expect(quoteText("“We will,”")).toBe("We will,");
    expect(quoteText('"We will"')).toBe("We will");
    expect(quoteText("“Yes,” he said, “no”")).toBe("“Yes,” he said, “no”");
    expect(quoteText("we will")).toBe("we will");
  });
});

describe("speaker colours", () => {
  it("go by the speaker's place in the document, cycling the palette, the same for every command", () => {
    const { doc } = makeDoc(["A B C D said so."], { speakers: ["A", "B", "C", "D"].map((name) => ({ name })) });
    const paintOf = speakerPaints(doc, TAGS);
    expect(["s1", "s2", "s3", "s4"].map((id) => paintOf(id)("x"))).toEqual(["<s1>x</s1>", "<s2>x</s2>", "<s3>x</s3>", "<s1>x</s1>"]);
    expect(paintOf(null)("x")).toBe("<u>x</u>");
    expect(paintOf("s5")("x")).toBe("<s2>x</s2>"); // not in the list: by the number in the id
  });
});

describe("the speakers table", () => {
  const input = readFileSync(join(FIXTURES, "sample/input.txt"), "utf8");
  const parsed = parseBytes(Buffer.from(input));
  if (!parsed.ok) throw new Error("sample");
  const doc = withQuotes(parsed.document, input, { speakers: SAMPLE_SPEAKERS, quotes: SAMPLE_QUOTES });

  it("counts words, with inner apostrophes and digit separators", () => {
    expect(countWords("We don't pay $2.5 million, or 3,000 pesos — ever.")).toBe(9);
  });

  it("draws bars in eighths of a cell and percentages", () => {
    expect(bar(0.5, 10)).toBe("█████");
    expect(bar(0.33, 10)).toBe("███▎");
    expect(bar(0, 10)).toBe("");
    expect(bar(1, 4)).toBe("████");
    expect(percent(0.004)).toBe("<1%");
    expect(percent(0)).toBe("0%");
    expect(percent(0.256)).toBe("26%");
  });

  it("sorts by quotes, then by name, and shares the attributed words", () => {
    const rows = speakerRows(doc);
    expect(rows.map((r) => [r.speaker.name, r.words])).toEqual([
      ["Alma Reyes", 21],
      ["Ramon Castillo", 23],
      ["provincial disaster office", 18],
      ["Teresa Villanueva", 30],
    ]);
    expect(rows.reduce((n, r) => n + r.share, 0)).toBeCloseTo(1);
    // The unattributed quote counts for no one.
    expect(rows[0]!.share).toBeCloseTo(21 / 92);
  });

  it("is empty without speakers", () => {
    expect(renderSpeakers({ quotes: [], speakers: [] }, { width: 80 })).toBe("");
    const { doc: none } = makeDoc(["Nothing said."]);
    expect(renderShow(none, { width: 80 })).toBe("Nothing said.\n");
  });

  it("fits the width it is given, indent included", () => {
    for (const width of [120, 100, 80, 70, 62]) {
      const lines = renderSpeakers(doc, { width, indent: "  " }).trimEnd().split("\n");
      expect(lines).toHaveLength(5);
      for (const line of lines) expect(displayWidth(line), `${width}: ${line}`).toBeLessThanOrEqual(width);
    }
  });

  it("paints names and bars in the speaker's colour, the header as a label", () => {
    const lines = renderSpeakers(doc, { width: 100, style: TAGS }).trimEnd().split("\n");
    expect(lines[0]).toMatch(/^<l>speaker +role/);
    // Alma Reyes is the document's third speaker.
    expect(lines[1]).toMatch(/^<s3>Alma Reyes<\/s3> {18}- .* <s3>█+<\/s3>$/);
    expect(untag(renderSpeakers(doc, { width: 100, style: TAGS }))).toBe(renderSpeakers(doc, { width: 100 }));
  });
});

describe("show with quotes", () => {
  const input = readFileSync(join(FIXTURES, "sample/input.txt"), "utf8");
  const decoded = decodeBytes(Buffer.from(input));
  const parsed = parseBytes(Buffer.from(input));
  if (!parsed.ok || !decoded.ok) throw new Error("sample");
  const bare = { ...parsed.document, quotes: [], speakers: [], claims: [] };
  const doc = withQuotes(bare, input, { speakers: SAMPLE_SPEAKERS, quotes: SAMPLE_QUOTES });

  it("prints the plain text as before, then the speakers table", () => {
    const before = renderShow(bare, { width: 80, verbose: true, input });
    const after = renderShow(doc, { width: 80, verbose: true, input });
    expect(after.startsWith(before)).toBe(true);
    expect(after.slice(before.length)).toBe(`\nSpeakers:\n${renderSpeakers(doc, { width: 80, indent: "  " })}`);
  });

  it("paints every quote in its speaker's colour, and nothing else, before wrapping", () => {
    const styled = renderShow(doc, { width: 64, style: TAGS });
    const plain = renderShow(doc, { width: 64 });
    expect(untag(styled)).toBe(plain);
    const body = styled.split("\n<l>Speakers:</l>\n")[0]!;
    const painted = [...body.matchAll(/<(s\d|u)>([^<]*)<\/\1>/g)].map((m) => [m[1], m[2]]);
    // Rejoined across line ends, the painted stretches are the quotes' texts.
    const joined: [string, string][] = [];
    for (const [who, text] of painted) {
      const last = joined.at(-1);
      if (last && last[0] === who && SAMPLE_QUOTES.some((q) => q.text.startsWith(`${last[1]} ${text}`))) last[1] += ` ${text}`;
      else joined.push([who!, text!]);
    }
    expect(joined).toEqual([
      ["s1", SAMPLE_QUOTES[0]!.text],
      ["s2", SAMPLE_QUOTES[1]!.text],
      ["s2", SAMPLE_QUOTES[2]!.text],
      ["s3", SAMPLE_QUOTES[3]!.text],
      ["s3", SAMPLE_QUOTES[4]!.text],
      ["s1", SAMPLE_QUOTES[5]!.text], // the fourth speaker: the palette of three starts again
      ["u", SAMPLE_QUOTES[6]!.text],
    ]);
  });
});
