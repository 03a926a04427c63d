// `article claims` in-process, and `show` with claims. The documents get their quotes and claims
// from hand-made annotations (test/sample-quotes.ts, test/sample-claims.ts) through a mocked
// parseBytes, so these tests pin down the command whatever the claim engine finds; files without
// annotations go through untouched.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import type { ClaimSpec, QuoteSpec, SpeakerSpec } from "./build.js";
import { cli, FIXTURES } from "./helpers.js";
import { SAMPLE_CLAIMS } from "./sample-claims.js";
import { SAMPLE_QUOTES, SAMPLE_SPEAKERS } from "./sample-quotes.js";

type Spec = { speakers?: SpeakerSpec[]; quotes?: QuoteSpec[]; claims?: ClaimSpec[] };
const annotations = vi.hoisted(() => new Map<string, { speakers?: unknown[]; quotes?: unknown[]; claims?: unknown[] }>());

vi.mock("../src/index.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../src/index.js")>();
  const { withQuotes, withClaims } = await import("./build.js");
  return {
    ...real,
    parseBytes: (bytes: Uint8Array, options: import("../src/index.js").ParseOptions = {}) => {
      const result = real.parseBytes(bytes, options);
      const decoded = real.decodeBytes(bytes);
      const spec = decoded.ok ? annotations.get(decoded.text) : undefined;
      if (!result.ok || !decoded.ok || !spec) return result;
      const quoted = withQuotes(result.document, decoded.text, spec as never);
      return { ok: true, document: withClaims(quoted, decoded.text, (spec.claims ?? []) as never) };
    },
  };
});

const SAMPLE = join(FIXTURES, "sample/input.txt");
const SAMPLE_TEXT = readFileSync(SAMPLE, "utf8");
annotations.set(SAMPLE_TEXT, { speakers: SAMPLE_SPEAKERS, quotes: SAMPLE_QUOTES, claims: SAMPLE_CLAIMS });

const tmp = mkdtempSync(join(tmpdir(), "article-claims-"));
/** A file with its own annotations. */
function article(name: string, text: string, spec: Spec = {}): string {
  const path = join(tmp, name);
  writeFileSync(path, text);
  annotations.set(text, spec);
  return path;
}
const where = (text: string, needle: string) => {
  const at = text.indexOf(needle);
  const before = text.slice(0, at).split("\n");
  return `${before.length}:${before.at(-1)!.length + 1}`;
};
const ESC = /\u001b\[/;
const strip = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, "");
/** The claims' texts in piped (JSON) output. */
const texts = (stdout: string) => (JSON.parse(stdout) as { text: string }[]).map((c) => c.text);

const DOHA_TEXT = [
  "Hostages freed as Doha talks go on",
  "",
  "By Staff",
  "",
  "Talks in Doha went on for a third day: at least 69 of the more than 200 hostages have been freed, officials said on Tuesday.",
  "",
  "“We have released between 500 and 750 prisoners,” said Majed al-Ansari, a spokesman for the foreign ministry. He said half of them were women.",
  "",
  "Prices in the city rose 4.5% in March, three times the rate a year ago, and six in 10 families cut their spending.",
].join("\n");
const DOHA = article("doha.txt", DOHA_TEXT, {
  speakers: [{ name: "Majed al-Ansari", role: "spokesman", mentions: ["Majed al-Ansari", { text: "He", kind: "pronoun", in: "He said" }] }],
  quotes: [
    { text: "We have released between 500 and 750 prisoners,", speaker: 0, cue: "said", mention: "Majed al-Ansari" },
    { text: "half of them were women", kind: "indirect", speaker: 0, cue: { text: "said", in: "He said" }, mention: { text: "He", in: "He said" }, method: "pronoun" },
  ],
  claims: [
    { text: "at least 69", value: 69, qualifier: "at_least", unit: "hostages" },
    { text: "more than 200 hostages", value: 200, qualifier: "more_than", unit: "hostages" },
    { text: "between 500 and 750 prisoners", value: 500, high: 750, unit: "prisoners" },
    { text: "half", after: "He said", value: 0.5, kind: "fraction" },
    { text: "4.5%", value: 4.5, unit: "percent", kind: "percent" },
    { text: "three times", value: 3, unit: "times", kind: "multiplier" },
    { text: "six in 10 families", value: 6, unit: "families", kind: "ratio" },
  ],
});
const NONE = article("none.txt", "Council meets\n\nThe council met on Tuesday and agreed the budget for next year without a vote.\n", {});

describe("article claims into a pipe: JSON", () => {
  it("prints one array of the claims as in the document, each with its file", async () => {
    const r = await cli(["claims", SAMPLE]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const claims = JSON.parse(r.stdout);
    expect(claims.map((c: { text: string }) => c.text)).toEqual(SAMPLE_CLAIMS.map((c) => c.text));
    expect(claims[2]).toEqual({
      file: SAMPLE,
      id: "c3",
      text: "about 40 per cent",
      start: SAMPLE_TEXT.indexOf("about 40 per cent"),
      end: SAMPLE_TEXT.indexOf("about 40 per cent") + 17,
      value: 40,
      high: null,
      qualifier: "about",
      unit: "percent",
      kind: "percent",
      paragraph: 1,
      source: { id: "s1", name: "provincial disaster office" },
      quote: "q1",
    });
    expect(Object.keys(claims[0])[0]).toBe("file");
    expect(r.stdout).toBe(JSON.stringify(claims, null, 2) + "\n");
    expect(r.stdout).not.toMatch(ESC);
  });

  it("puts the claims of several inputs in one array; null is the file of standard input", async () => {
    const r = await cli(["claims", DOHA, NONE, "-"], { stdin: SAMPLE_TEXT });
    expect(r.code).toBe(0);
    const claims = JSON.parse(r.stdout) as { file: string | null; id: string }[];
    expect(claims).toHaveLength(7 + SAMPLE_CLAIMS.length);
    expect(claims.slice(0, 7).every((c) => c.file === DOHA)).toBe(true);
    expect(claims.slice(7).every((c) => c.file === null)).toBe(true);
    expect(claims[7]!.id).toBe("c1");
  });

  it("--ndjson prints one compact claim per line", async () => {
    const r = await cli(["claims", "--ndjson", DOHA, SAMPLE]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(7 + SAMPLE_CLAIMS.length);
    const first = JSON.parse(lines[0]!);
    expect(first).toMatchObject({ file: DOHA, id: "c1", text: "at least 69", value: 69, qualifier: "at_least", unit: "hostages", kind: "count", source: null, quote: null });
    expect(lines[0]).toBe(JSON.stringify(first));
    expect(JSON.parse(lines[2]!)).toMatchObject({ value: 500, high: 750, qualifier: "range", source: { name: "Majed al-Ansari" }, quote: "q1" });
    expect((await cli(["claims", "--ndjson", NONE])).stdout).toBe("");
  });

  it("stays JSON off a terminal even with --color", async () => {
    const r = await cli(["claims", "--color", SAMPLE]);
    expect(texts(r.stdout)).toHaveLength(SAMPLE_CLAIMS.length);
    expect(r.stdout).not.toMatch(ESC);
  });
});

describe("article claims on a terminal: a table", () => {
  it("prints the table, without colour when NO_COLOR is set", async () => {
    const r = await cli(["claims", "-w", "130", SAMPLE], { tty: true, env: { NO_COLOR: "1" } });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(SAMPLE_CLAIMS.length + 1);
    expect(lines[0]).toMatch(/^line:col +value {2}qualifier {2}unit +kind +source +text$/);
    expect(where(SAMPLE_TEXT, "at least 12 people")).toBe("18:91");
    expect(lines[1]).toMatch(/^18:91 +12 {2}at_least {3}people +count +— +.*have killed at least 12 people in the/);
    expect(lines[3]).toMatch(/^20:119 +40 {2}about {6}percent +percent +provincial disaster office +.*which said about 40 per cent of the roads/);
    expect(lines[9]).toMatch(/^28:76 +2,500,000 {2}exact {6}USD +money +Teresa Villanueva +.*release \$2\.5 million in emergency/);
    expect(r.stdout).not.toMatch(ESC);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(130);
  });

  it("fits the terminal's width, else 80", async () => {
    for (const columns of [100, 80]) {
      const r = await cli(["claims", SAMPLE], { tty: true, columns, env: { NO_COLOR: "1" } });
      for (const line of r.stdout.trimEnd().split("\n")) expect(line.length, `${columns}: ${line}`).toBeLessThanOrEqual(columns);
    }
    const unknown = await cli(["claims", SAMPLE], { tty: true, env: { NO_COLOR: "1" } });
    expect(Math.max(...unknown.stdout.trimEnd().split("\n").map((l) => l.length))).toBeLessThanOrEqual(80);
    expect(unknown.stdout).toBe((await cli(["claims", "-w", "80", SAMPLE], { tty: true, env: { NO_COLOR: "1" } })).stdout);
  });

  it("colours the position, the source and the claim in the speaker's colour", async () => {
    const r = await cli(["claims", "-w", "130", SAMPLE], { tty: true });
    expect(r.stdout).toMatch(ESC);
    const lines = r.stdout.split("\n");
    expect(lines[0]).toMatch(/^\u001b\[33mline:col/);
    expect(lines[1]).toMatch(/^\u001b\[32m18:91\u001b\[39m/);
    expect(lines[1]).toContain("  at_least   ");
    expect(lines[1]).toContain("\u001b[1m\u001b[4mat least 12 people\u001b[24m\u001b[22m");
    // The disaster office is the first speaker (cyan): its name and its claim.
    expect(lines[3]).toContain("\u001b[36mprovincial disaster office\u001b[39m");
    expect(lines[3]).toContain("\u001b[36m\u001b[1m\u001b[4mabout 40 per cent\u001b[24m\u001b[22m\u001b[39m");
    expect(lines[4]).toContain("\u001b[2mexact\u001b[22m");
    expect(strip(r.stdout)).toBe((await cli(["claims", "-w", "130", "--no-color", SAMPLE], { tty: true })).stdout);
  });

  it("--json and --ndjson print JSON on a terminal too", async () => {
    const json = await cli(["claims", "--json", SAMPLE], { tty: true });
    expect(texts(json.stdout)).toEqual(SAMPLE_CLAIMS.map((c) => c.text));
    expect(json.stdout).not.toMatch(ESC);
    const ndjson = await cli(["claims", "--ndjson", SAMPLE], { tty: true });
    expect(ndjson.stdout.trimEnd().split("\n")).toHaveLength(SAMPLE_CLAIMS.length);
    const both = await cli(["claims", "--json", "--ndjson", SAMPLE]);
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/cannot be used with/);
  });

  it("puts a heading over each file's table with several inputs, and skips files without a match", async () => {
    const r = await cli(["claims", "-w", "120", DOHA, NONE, SAMPLE], { tty: true, env: { NO_COLOR: "1" } });
    expect(r.code).toBe(0);
    const blocks = r.stdout.split("\n\n");
    expect(blocks).toHaveLength(2);
    expect(blocks[0]!.split("\n").slice(0, 2)).toEqual([`==> ${DOHA} <==`, expect.stringMatching(/^line:col +value/)]);
    expect(blocks[0]!.split("\n")[4]).toMatch(/^7:19 +500–750 {2}range +prisoners +count +Majed al-Ansari +.*between 500 and 750 prisoners/);
    expect(blocks[1]!.startsWith(`==> ${SAMPLE} <==\nline:col`)).toBe(true);
    expect(r.stdout.endsWith("\n")).toBe(true);
    expect(r.stdout.endsWith("\n\n")).toBe(false);
    // One input: no heading.
    expect((await cli(["claims", DOHA], { tty: true })).stdout).not.toContain("==>");
  });
});

describe("filters", () => {
  const run = async (...args: string[]) => {
    const r = await cli(["claims", ...args, SAMPLE]);
    return r.code === 0 ? texts(r.stdout) : r.code;
  };

  it("--min and --max bound the value", async () => {
    expect(await run("--min", "1000")).toEqual(["More than 3,000 people", "$2.5 million"]);
    expect(await run("--max", "5")).toEqual(["two children", "five towns"]);
    expect(await run("--min", "40", "--max", "412")).toEqual(["about 40 per cent", "412 millimetres", "48 hours", "46"]);
    expect(await run("--min", "2,500,000")).toEqual(["$2.5 million"]);
    expect(await run("--min", "2.5e6", "--max", "2.5e6")).toEqual(["$2.5 million"]);
    expect(await run("--min", "-5", "--max", "2")).toEqual(["two children"]);
    expect(await run("--min", "1e9")).toBe(1);
  });

  it("--min and --max on ranges: any part of the range counts", async () => {
    const r = await cli(["claims", "--min", "600", "--max", "700", DOHA]);
    expect(texts(r.stdout)).toEqual(["between 500 and 750 prisoners"]);
    expect(texts((await cli(["claims", "--min", "750", DOHA])).stdout)).toEqual(["between 500 and 750 prisoners"]);
    expect((await cli(["claims", "--min", "751", DOHA])).code).toBe(1);
  });

  it("--unit ignores case and plural, and knows the names of a unit", async () => {
    const people = ["at least 12 people", "More than 3,000 people", "Twenty-seven people"];
    expect(await run("--unit", "people")).toEqual(people);
    expect(await run("--unit", "person")).toEqual(people);
    expect(await run("--unit", "PEOPLE")).toEqual(people);
    expect(await run("--unit", "child")).toEqual(["two children"]);
    expect(await run("--unit", "%")).toEqual(["about 40 per cent"]);
    expect(await run("--unit", "per cent")).toEqual(["about 40 per cent"]);
    expect(await run("--unit", "$")).toEqual(["$2.5 million"]);
    expect(await run("--unit", "dollars")).toEqual(["$2.5 million"]);
    expect(await run("--unit", "millimetres")).toEqual(["412 millimetres"]);
    expect(await run("--unit", "town", "--unit", "hour")).toEqual(["48 hours", "five towns"]);
    expect(await run("--unit", "£")).toBe(1);
    expect(await run("--unit", "eur")).toBe(1);
  });

  it("--kind keeps the kinds listed, and refuses unknown ones, naming the valid ones", async () => {
    expect(await run("--kind", "money,percent")).toEqual(["about 40 per cent", "$2.5 million"]);
    expect(await run("--kind", "age", "--kind", "duration")).toEqual(["48 hours", "46"]);
    expect(await run("--kind", "ratio")).toBe(1);
    const r = await cli(["claims", "--kind", "count,amount", SAMPLE]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/unknown kind "amount"; the kinds are count, money, percent, fraction, ratio, measure, duration, age, multiplier/);
  });

  it("--speaker matches the claim's source as quotes --speaker does", async () => {
    expect(await run("--speaker", "villanueva")).toEqual(["$2.5 million", "five towns"]);
    expect(await run("--speaker", "Teresa Villanueva")).toEqual(["$2.5 million", "five towns"]);
    expect(await run("--speaker", "disaster office", "--speaker", "teresa")).toEqual(["about 40 per cent", "$2.5 million", "five towns"]);
    expect(await run("--speaker", "castillo")).toBe(1);
    expect(await run("--speaker", "teresa villa")).toBe(1);
    const r = await cli(["claims", "--speaker", "al ansari", DOHA]);
    expect(texts(r.stdout)).toEqual(["between 500 and 750 prisoners", "half"]);
  });

  it("ANDs different filters", async () => {
    expect(await run("--speaker", "villanueva", "--unit", "usd", "--min", "1e6")).toEqual(["$2.5 million"]);
    expect(await run("--speaker", "villanueva", "--kind", "count")).toEqual(["five towns"]);
    expect(await run("--unit", "people", "--max", "20")).toEqual(["at least 12 people"]);
    expect(await run("--unit", "people", "--kind", "money")).toBe(1);
  });

  it("prints [] and exits 1 when nothing matches; an empty table (nothing) on a terminal", async () => {
    expect(await cli(["claims", "--min", "1e9", SAMPLE])).toEqual({ code: 1, stdout: "[]\n", stderr: "" });
    expect(await cli(["claims", NONE])).toEqual({ code: 1, stdout: "[]\n", stderr: "" });
    expect(await cli(["claims", "--min", "1e9", SAMPLE, DOHA], { tty: true })).toEqual({ code: 1, stdout: "", stderr: "" });
  });

  it("refuses values that are not numbers, and a --min above --max", async () => {
    for (const value of ["abc", "12abc", "", "1,2", "--", "1.2.3", "ten"]) {
      const r = await cli(["claims", "--min", value, SAMPLE]);
      expect(r.code, value).toBe(2);
      expect(r.stdout).toBe("");
    }
    const r = await cli(["claims", "--max", "lots", SAMPLE]);
    expect(r.stderr).toMatch(/^article: option '--max <n>' argument 'lots' is invalid\. expected a number such as 1000, 2,300,000, 2\.5 or 1e6\n/);
    const order = await cli(["claims", "--min", "10", "--max", "5", SAMPLE]);
    expect(order.code).toBe(2);
    expect(order.stdout).toBe("");
    expect(order.stderr).toMatch(/^article: --min 10 is more than --max 5\n/);
    expect((await cli(["claims", "--unit", " ", SAMPLE])).code).toBe(2);
    expect((await cli(["claims", "--speaker", "!!", SAMPLE])).code).toBe(2);
  });
});

describe("errors", () => {
  it("reports a bad input on stderr in one line, goes on, and exits 2", async () => {
    const missing = join(tmp, "missing.txt");
    const r = await cli(["claims", missing, SAMPLE]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`article: ${missing}: no such file\n`);
    expect(texts(r.stdout)).toHaveLength(SAMPLE_CLAIMS.length);
    const table = await cli(["claims", SAMPLE, tmp], { tty: true });
    expect(table.code).toBe(2);
    expect(table.stderr).toBe(`article: ${tmp}: is a directory\n`);
    expect(table.stdout).toMatch(new RegExp(`^==> ${SAMPLE.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} <==\\n`));
  });

  it("prints nothing on stdout when no input could be read", async () => {
    const r = await cli(["claims", join(tmp, "a.txt"), join(tmp, "b.txt")]);
    expect(r).toEqual({ code: 2, stdout: "", stderr: `article: ${join(tmp, "a.txt")}: no such file\narticle: ${join(tmp, "b.txt")}: no such file\n` });
  });

  it("exits 2 when an input fails even if another matched, and 2 (not 1) when nothing matched", async () => {
    expect((await cli(["claims", "--min", "1e9", SAMPLE, join(tmp, "c.txt")])).code).toBe(2);
  });

  it("prints usage with no input on a terminal", async () => {
    const r = await cli(["claims"], { tty: true });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Usage: article claims/);
  });

  it("explains the output, filters and exit status in --help, with examples", async () => {
    const r = await cli(["claims", "--help"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/^Usage: article claims \[options\] \[file\.\.\.\]/);
    for (const option of ["--min <n>", "--max <n>", "--unit <unit>", "--kind <kinds>", "--speaker <pattern>", "--json", "--ndjson", "--width <columns>"]) {
      expect(r.stdout).toContain(option);
    }
    expect(r.stdout).toMatch(/Exit status: 0 .*, 1 .*, 2 error/);
    expect(r.stdout).toMatch(/Examples:\n {2}\$ article claims story\.txt\n/);
    expect(r.stdout).toMatch(/\| jq /);
    expect((await cli(["--help"])).stdout).toContain("article claims");
  });
});

describe("article show with claims", () => {
  it("leaves the plain output as it was", async () => {
    const r = await cli(["show", "--width", "80", SAMPLE]);
    const golden = readFileSync(join(FIXTURES, "sample/expected.show.txt"), "utf8").split("\n\nLeft out of the body:")[0]!;
    expect(r.stdout.split("\nSpeakers:\n")[0]).toBe(golden + "\n");
  });

  it("underlines claims in bold, keeping the colour of the quote around them", async () => {
    const color = await cli(["show", "--width", "72", "--color", SAMPLE]);
    const plain = await cli(["show", "--width", "72", SAMPLE]);
    expect(strip(color.stdout)).toBe(plain.stdout);
    expect(color.stdout).toContain("have killed \u001b[1m\u001b[4mat least 12 people\u001b[24m\u001b[22m in the");
    // In the disaster office's quote (cyan): cyan, bold and underlined.
    expect(color.stdout).toContain("\u001b[36m\u001b[1m\u001b[4mabout 40 per cent\u001b[24m\u001b[22m\u001b[39m\u001b[36m of the\u001b[39m");
    // In Teresa Villanueva's quote (the fourth speaker: red).
    expect(color.stdout).toContain("\u001b[31m\u001b[1m\u001b[4m$2.5 million\u001b[24m\u001b[22m\u001b[39m");
    // Without colour, nothing is marked.
    expect((await cli(["show", "--width", "72", SAMPLE], { tty: true, env: { NO_COLOR: "1" } })).stdout).toBe(plain.stdout);
  });
});
