// Rendering claims (the table, numbers, the text around a claim, claims in `show`) and choosing
// claims (value, unit, kind, speaker): unit tests over hand-made documents.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseBytes } from "../src/index.js";
import { lineColumn } from "../src/position.js";
import { claimContext, formatNumber, formatValue, renderClaims } from "../src/render/claims.js";
import { renderShow } from "../src/render/show.js";
import { PLAIN_STYLE, type Style } from "../src/render/style.js";
import { displayWidth, wrapMarked } from "../src/render/text.js";
import { pluralOf, selectClaims, unitKey, unitMatches, unknownClaimKinds } from "../src/select.js";
import type { Claim } from "../src/types.js";
import { makeDoc, withClaims, withQuotes } from "./build.js";
import { FIXTURES } from "./helpers.js";
import { SAMPLE_CLAIMS } from "./sample-claims.js";
import { SAMPLE_QUOTES, SAMPLE_SPEAKERS } from "./sample-quotes.js";

/** Paints as visible tags, so tests can see what was painted where. */
const tag = (name: string) => (s: string) => `<${name}>${s}</${name}>`;
const TAGS: Style = {
  ...PLAIN_STYLE,
  position: tag("p"),
  label: tag("l"),
  dim: tag("d"),
  speakers: [tag("s1"), tag("s2"), tag("s3")],
  unattributed: tag("u"),
  claim: tag("c"),
};
const untag = (s: string) => s.replace(/<\/?\w+>/g, "");

const { doc, input } = makeDoc(
  [
    "Talks in Doha: at least 69 of the more than 200 hostages have been freed, officials said.",
    "“We have released between 500 and 750 prisoners,” said Majed al-Ansari, a spokesman. He said half of them were women.",
    "Prices rose 4.5% in March, three times the rate a year ago, and six in 10 families cut spending by about $2,300,000.",
  ],
  {
    speakers: [{ name: "Majed al-Ansari", role: "spokesman", aliases: ["al-Ansari"], mentions: ["Majed al-Ansari", { text: "He", kind: "pronoun", in: "He said" }] }],
    quotes: [
      { text: "We have released between 500 and 750 prisoners,", speaker: 0, cue: "said", mention: "Majed al-Ansari" },
      { text: "half of them were women", kind: "indirect", speaker: 0, cue: { text: "said", in: "He said" }, mention: { text: "He", in: "He said" }, method: "pronoun" },
    ],
    claims: [
      { text: "at least 69", value: 69, qualifier: "at_least", unit: "hostages" },
      { text: "more than 200 hostages", value: 200, qualifier: "more_than", unit: "hostages" },
      { text: "between 500 and 750 prisoners", value: 500, high: 750, unit: "prisoners" },
      { text: "half", value: 0.5, kind: "fraction" },
      { text: "4.5%", value: 4.5, unit: "percent", kind: "percent" },
      { text: "three times", value: 3, unit: "times", kind: "multiplier" },
      { text: "six in 10 families", value: 6, unit: "families", kind: "ratio" },
      { text: "about $2,300,000", value: 2_300_000, qualifier: "about", unit: "USD", kind: "money" },
    ],
  },
);
const at = lineColumn(input);
const claim = (text: string) => doc.claims.find((c) => c.text === text)!;

describe("numbers", () => {
  it.each([
    [2_300_000, "2,300,000"],
    [2.3 * 1e6, "2,300,000"], // 2299999.9999999995
    [0.5, "0.5"],
    [2.5, "2.5"],
    [1 / 3, "0.333"],
    [2 / 3, "0.667"],
    [0.00125, "0.00125"],
    [1234.5678, "1,234.568"],
    [0, "0"],
    [-5, "-5"],
    [-1500, "-1,500"],
    [1e21, "1,000,000,000,000,000,000,000"],
  ])("formats %d as %s", (n, text) => {
    expect(formatNumber(n)).toBe(text);
  });

  it("gives a range as low–high, and a range of one number as that number", () => {
    expect(formatValue({ value: 500, high: 750 })).toBe("500–750");
    expect(formatValue({ value: 1_500_000, high: 2_000_000 })).toBe("1,500,000–2,000,000");
    expect(formatValue({ value: 12, high: null })).toBe("12");
    expect(formatValue({ value: 12, high: 12 })).toBe("12");
  });
});

describe("choosing claims", () => {
  const ids = (filter: Parameters<typeof selectClaims>[1]) => selectClaims(doc, filter).map((c) => c.text);

  it("keeps every claim without a filter, in document order", () => {
    expect(ids({})).toEqual(doc.claims.map((c) => c.text));
  });

  it("bounds the value; a range passes when any part of it is within the bounds", () => {
    expect(ids({ min: 200 })).toEqual(["more than 200 hostages", "between 500 and 750 prisoners", "about $2,300,000"]);
    expect(ids({ max: 4.5 })).toEqual(["half", "4.5%", "three times"]);
    expect(ids({ min: 600, max: 700 })).toEqual(["between 500 and 750 prisoners"]);
    expect(ids({ min: 751 })).toEqual(["about $2,300,000"]);
    expect(ids({ max: 499, min: 201 })).toEqual([]);
    expect(ids({ min: 0.5, max: 0.5 })).toEqual(["half"]);
  });

  it("filters by kind", () => {
    expect(ids({ kinds: ["money", "fraction"] })).toEqual(["half", "about $2,300,000"]);
    expect(unknownClaimKinds(["count", "quote", "money", "percentage"])).toEqual(["quote", "percentage"]);
  });

  it("filters by the speaker who states the claim, as quotes are chosen", () => {
    expect(ids({ speakers: ["al-ansari"] })).toEqual(["between 500 and 750 prisoners", "half"]);
    expect(ids({ speakers: ["ANSARI"] })).toEqual(["between 500 and 750 prisoners", "half"]);
    expect(ids({ speakers: ["majed"] })).toHaveLength(2);
    expect(ids({ speakers: ["he"] })).toEqual([]);
    expect(ids({ speakers: ["officials"] })).toEqual([]);
  });

  it("ANDs the filters and ORs the repeats of one", () => {
    expect(ids({ speakers: ["ansari"], min: 1 })).toEqual(["between 500 and 750 prisoners"]);
    expect(ids({ units: ["hostage", "%"], max: 100 })).toEqual(["at least 69", "4.5%"]);
    expect(ids({ units: ["usd"], kinds: ["money"], min: 1e6, max: 3e6 })).toEqual(["about $2,300,000"]);
    expect(ids({ units: ["usd"], kinds: ["count"] })).toEqual([]);
  });

  it("ties each claim to the quote holding it in the hand-made documents", () => {
    expect(claim("between 500 and 750 prisoners")).toMatchObject({ source: { id: "s1", name: "Majed al-Ansari" }, quote: "q1", qualifier: "range", high: 750 });
    expect(claim("at least 69")).toMatchObject({ source: null, quote: null, paragraph: 0 });
    expect(doc.claims.map((c) => c.id)).toEqual(["c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8"]);
  });
});

describe("units", () => {
  it.each([
    ["%", "percent"],
    ["percent", "percent"],
    ["per cent", "percent"],
    ["Per  Cent", "percent"],
    ["pct", "percent"],
    ["$", "USD"],
    ["usd", "USD"],
    ["dollar", "USD"],
    ["Dollars", "USD"],
    ["US$", "USD"],
    ["£", "GBP"],
    ["gbp", "GBP"],
    ["sterling", "GBP"],
    ["€", "EUR"],
    ["EUR", "EUR"],
    ["euros", "EUR"],
    ["hostage", "hostages"],
    ["hostages", "hostages"],
    ["HOSTAGES", "hostages"],
    ["hostages", "hostage"],
    ["person", "people"],
    ["people", "person"],
    ["child", "children"],
    ["casualty", "casualties"],
    ["bus", "buses"],
    ["life", "lives"],
    ["km", "kilometres"],
    ["kilometers", "km"],
    ["mm", "millimetres"],
    ["metre", "metres"],
    ["foot", "feet"],
    ["ft", "feet"],
    ["pound", "pounds"],
    ["lbs", "pounds"],
    ["percentage point", "percentage points"],
    ["km/h", "km/h"],
    ["kph", "km/h"],
  ])("%s matches %s", (pattern, unit) => {
    expect(unitMatches(pattern, unit)).toBe(true);
  });

  it.each([
    ["%", "percentage points"],
    ["percent", null],
    ["$", "GBP"],
    ["£", "pounds"],
    ["usd", "EUR"],
    ["hostage", "hostess"],
    ["host", "hostages"],
    ["person", "personnel"],
    ["km", "square km"],
    ["m", "mm"],
    ["", "people"],
    ["barrels", "barrels per day"],
  ])("%s does not match %s", (pattern, unit) => {
    expect(unitMatches(pattern, unit)).toBe(false);
  });

  it("gives the names of one unit one key", () => {
    expect(["%", "percent", "per cent", "PERCENT"].map(unitKey)).toEqual(["percent", "percent", "percent", "percent"]);
    expect(["$", "USD", "dollars", "us dollars"].map(unitKey)).toEqual(["usd", "usd", "usd", "usd"]);
    expect(unitKey("hostages")).toBeNull();
    expect(pluralOf("city")).toContain("cities");
    expect(pluralOf("day")).not.toContain("daies");
  });
});

describe("the text around a claim", () => {
  it("is the claim's sentence when it fits", () => {
    expect(claimContext(doc, claim("half"), 80)).toEqual({ before: "He said ", claim: "half", after: " of them were women." });
    expect(claimContext(doc, claim("at least 69"), 200)).toEqual({
      before: "Talks in Doha: ",
      claim: "at least 69",
      after: " of the more than 200 hostages have been freed, officials said.",
    });
  });

  it("does not cut a sentence inside a quotation", () => {
    const { doc: d } = makeDoc(["Rescue goes on. “Dr. Ong found 14. Then 15 more,” she said. Next."], {
      speakers: [{ name: "Ann Ong", mentions: [] }],
      quotes: [{ text: "Dr. Ong found 14. Then 15 more,", speaker: 0 }],
      claims: [{ text: "15 more", value: 15 }],
    });
    expect(claimContext(d, d.claims[0]!, 200)).toEqual({ before: "“Dr. Ong found 14. Then ", claim: "15 more", after: ",” she said." });
  });

  it("is a window around the claim, cut at words, when the sentence is too wide", () => {
    const c = claimContext(doc, claim("six in 10 families"), 40);
    expect(c).toEqual({ before: "…ago, and ", claim: "six in 10 families", after: " cut…" });
    for (const width of [20, 25, 30, 35, 40, 50, 60, 80]) {
      for (const cl of doc.claims) {
        const { before, claim: words, after } = claimContext(doc, cl, width);
        expect(displayWidth(before + words + after), `${cl.text} in ${width}`).toBeLessThanOrEqual(width);
        if (displayWidth(cl.text) < width - 2) expect(words).toBe(cl.text);
        else expect(before + after).toBe("");
        if (before.startsWith("…")) expect(before[1]).not.toBe(" ");
      }
    }
  });

  it("gives one side's spare room to the other", () => {
    // Nothing before the claim: the room goes after it.
    expect(claimContext(doc, claim("at least 69"), 50)).toEqual({ before: "Talks in Doha: ", claim: "at least 69", after: " of the more than 200…" });
    // Little after it: the room goes before.
    expect(claimContext(doc, claim("about $2,300,000"), 50)).toEqual({ before: "…in 10 families cut spending by ", claim: "about $2,300,000", after: "." });
  });

  it("cuts the claim itself when it is wider than the room", () => {
    expect(claimContext(doc, claim("between 500 and 750 prisoners"), 12)).toEqual({ before: "", claim: "between 500…", after: "" });
  });

  it("puts the text on one line, control characters neutralised", () => {
    const { doc: d } = makeDoc(["Some\n12 people\u001b[2J were\u202e hurt."], { claims: [{ text: "12 people", value: 12, unit: "people" }] });
    expect(claimContext(d, d.claims[0]!, 80)).toEqual({ before: "Some ", claim: "12 people", after: "\\u001b[2J were\\u202e hurt." });
  });

  it("is the claim alone when no paragraph holds it", () => {
    const stray = { ...doc.claims[0]!, start: 10_000, end: 10_011, paragraph: 9 } as Claim;
    expect(claimContext(doc, stray, 80)).toEqual({ before: "", claim: "at least 69", after: "" });
  });
});

describe("the claims table", () => {
  it("prints line:col, value, qualifier, unit, kind, source and the text", () => {
    expect(renderClaims(doc, doc.claims, { width: 120, at })).toBe(
      [
        "line:col      value  qualifier  unit       kind        source           text",
        "1:16             69  at_least   hostages   count       —                Talks in Doha: at least 69 of the more than 200…",
        "1:35            200  more_than  hostages   count       —                …69 of the more than 200 hostages have been…",
        "3:19        500–750  range      prisoners  count       Majed al-Ansari  …between 500 and 750 prisoners,” said…",
        "3:94            0.5  exact      —          fraction    Majed al-Ansari  He said half of them were women.",
        "5:13            4.5  exact      percent    percent     —                Prices rose 4.5% in March, three times the rate…",
        "5:28              3  exact      times      multiplier  —                …4.5% in March, three times the rate a year…",
        "5:65              6  exact      families   ratio       —                …year ago, and six in 10 families cut spending…",
        "5:100     2,300,000  about      USD        money       —                …10 families cut spending by about $2,300,000.",
        "",
      ].join("\n"),
    );
    expect(renderClaims(doc, [], { width: 120, at })).toBe("");
  });

  it("fits the width: source and unit cut, then the kind left out, the text never under 20", () => {
    // 70 columns is as narrow as this table goes: 50 for the other columns, 20 for the text.
    for (const width of [160, 120, 100, 90, 80, 75, 70]) {
      const lines = renderClaims(doc, doc.claims, { width, at }).trimEnd().split("\n");
      expect(Math.max(...lines.map(displayWidth)), `width ${width}`).toBeLessThanOrEqual(width);
      expect(lines).toHaveLength(doc.claims.length + 1);
    }
    const wide = renderClaims(doc, doc.claims, { width: 160, at }).split("\n");
    expect(wide[3]).toContain("“We have released between 500 and 750 prisoners,” said Majed al-Ansari, a spokesman.");
    const narrow = renderClaims(doc, doc.claims, { width: 80, at }).split("\n");
    expect(narrow[0]).toBe("line:col      value  qualifier  unit       source     text");
    expect(narrow[3]).toMatch(/^3:19 {8}500–750 {2}range {6}prisoners {2}Majed al… {2}\S/);
    expect(renderClaims(doc, doc.claims, { width: 100, at }).split("\n")[0]).toBe(
      "line:col      value  qualifier  unit       source           text",
    );
    // Narrower than the fixed columns allow: the text keeps 20 columns and the line runs over.
    const tiny = renderClaims(doc, doc.claims, { width: 40, at }).split("\n");
    expect(tiny[1]).toMatch(/ {2}\S.{0,19}$/);
    expect(displayWidth(tiny[1]!.split("  ").at(-1)!)).toBeLessThanOrEqual(20);
  });

  it("paints positions, the header, dim placeholders, and the claim in its source's colour", () => {
    const out = renderClaims(doc, doc.claims, { width: 120, at, style: TAGS });
    expect(untag(out)).toBe(renderClaims(doc, doc.claims, { width: 120, at }));
    const lines = out.split("\n");
    expect(lines[0]).toMatch(/^<l>line:col +value +qualifier +unit +kind +source +text<\/l>$/);
    expect(lines[1]).toBe("<p>1:16</p>             69  at_least   hostages   count       <d>—</d>                Talks in Doha: <c>at least 69</c> of the more than 200…");
    expect(lines[3]).toContain("<s1>Majed al-Ansari</s1>  …<s1><c>between 500 and 750 prisoners</c></s1>,” said…");
    expect(lines[4]).toContain("  <d>exact</d>      <d>—</d>          fraction");
  });
});

describe("show with claims", () => {
  const sample = readFileSync(join(FIXTURES, "sample/input.txt"), "utf8");
  const parsed = parseBytes(Buffer.from(sample));
  if (!parsed.ok) throw new Error("sample");
  const quoted = withQuotes({ ...parsed.document, quotes: [], speakers: [], claims: [] }, sample, { speakers: SAMPLE_SPEAKERS, quotes: SAMPLE_QUOTES });
  const full = withClaims(quoted, sample, SAMPLE_CLAIMS);

  it("leaves plain output as it was", () => {
    expect(renderShow(full, { width: 80, verbose: true, input: sample })).toBe(renderShow(quoted, { width: 80, verbose: true, input: sample }));
    expect(renderShow(full, { width: 80 })).toBe(renderShow({ ...full, claims: [] }, { width: 80 }));
  });

  it("marks each claim, inside its quote's colour when it sits in a quote", () => {
    const styled = renderShow(full, { width: 72, style: TAGS });
    expect(untag(styled)).toBe(renderShow(full, { width: 72 }));
    expect(styled).toContain("have killed <c>at least 12 people</c> in the northern");
    // The disaster office (s1) says "about 40 per cent": the claim keeps the quote's colour, and
    // the quote's colour goes on around it, the spaces included.
    expect(styled).toContain("<s1><c>about 40 per cent</c></s1><s1> of the</s1>\n<s1>roads");
    expect(styled).toContain("<s1>release </s1><s1><c>$2.5 million</c></s1><s1> in emergency");
    expect(styled).toContain("<s1>damaged homes, and that schools in </s1><s1><c>five towns</c></s1><s1> would");
    const claims = [...styled.matchAll(/<c>([^<]*)<\/c>/g)].map((m) => m[1]);
    expect(claims).toEqual(SAMPLE_CLAIMS.map((c) => c.text));
  });

  it("marks claims without any quote, and a claim running over a quote's edge in two pieces", () => {
    const { doc: d } = makeDoc(["He said “about 300 people” came, and 20 more."], {
      speakers: [{ name: "Ann Ong", mentions: [] }],
      quotes: [{ text: "about 300", speaker: 0 }],
      claims: [{ text: "about 300 people", value: 300, qualifier: "about", unit: "people", speaker: 0 }, { text: "20 more", value: 20 }],
    });
    const first = (style: Style, x = d) => renderShow(x, { width: 80, style }).split("\n")[0];
    expect(first(TAGS)).toBe("He said “<s1><c>about 300</c></s1> <c>people</c>” came, and <c>20 more</c>.");
    expect(first(TAGS, { ...d, quotes: [] })).toBe("He said “<c>about 300 people</c>” came, and <c>20 more</c>.");
  });
});

describe("wrapMarked with marks inside marks", () => {
  it("paints the space between words of the outer mark around an inner one", () => {
    const text = "we saw 40 per cent of it";
    const lines = wrapMarked(text, 80, [
      { start: 0, end: text.length, paint: tag("o") },
      { start: 7, end: 18, paint: tag("i") },
    ]);
    expect(lines).toEqual(["<o>we saw </o><i>40 per cent</i><o> of it</o>"]);
    // Not a space the outer mark does not cover.
    expect(wrapMarked("« a b » c", 80, [{ start: 1, end: 6, paint: tag("q") }])).toEqual(["« <q>a b</q> » c"]);
  });
});
