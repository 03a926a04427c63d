// `article quotes` and `article speakers` in-process, and `show` with quotes. The documents get
// their quotes from hand-made annotations (test/sample-quotes.ts) through a mocked parseBytes, so
// these tests pin down the commands whatever the quote engine finds; files without annotations
// go through untouched.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { withQuotes, type QuoteSpec, type SpeakerSpec } from "./build.js";
import { cli, FIXTURES } from "./helpers.js";
import { SAMPLE_QUOTES, SAMPLE_SPEAKERS } from "./sample-quotes.js";

const annotations = vi.hoisted(() => new Map<string, { speakers?: unknown[]; quotes?: unknown[] }>());

vi.mock("../src/index.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../src/index.js")>();
  const { withQuotes: annotate } = await import("./build.js");
  return {
    ...real,
    parseBytes: (bytes: Uint8Array, options: import("../src/index.js").ParseOptions = {}) => {
      const result = real.parseBytes(bytes, options);
      const decoded = real.decodeBytes(bytes);
      const spec = decoded.ok ? annotations.get(decoded.text) : undefined;
      if (!result.ok || !decoded.ok || !spec) return result;
      return { ok: true, document: annotate(result.document, decoded.text, spec as never) };
    },
  };
});

const SAMPLE = join(FIXTURES, "sample/input.txt");
const SAMPLE_TEXT = readFileSync(SAMPLE, "utf8");
annotations.set(SAMPLE_TEXT, { speakers: SAMPLE_SPEAKERS, quotes: SAMPLE_QUOTES });

const tmp = mkdtempSync(join(tmpdir(), "article-quotes-"));
/** A file with its own annotations. */
function article(name: string, text: string, spec: { speakers?: SpeakerSpec[]; quotes?: QuoteSpec[] } = {}): string {
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

const QATAR = article(
  "qatar.txt",
  [
    "Spy chiefs meet in Doha",
    "",
    "By Staff",
    "",
    "William Burns, the CIA director, arrived in Doha on Tuesday for talks on the truce, officials said.",
    "",
    "“We are making progress,” Burns told reporters. “But the gaps are still wide, and time is short.”",
    "",
    "Qatar's prime minister, Mohammed bin Abdulrahman Al Thani, said the talks would go on. “Nobody wants to walk away,” he said.",
    "",
    "José Núñez, a UN envoy, said the crossings must stay open.",
  ].join("\n"),
  {
    speakers: [
      { name: "William Burns", role: "CIA director", aliases: ["Burns"], mentions: ["William Burns", { text: "Burns", kind: "surname", in: "Burns told" }] },
      { name: "Mohammed bin Abdulrahman Al Thani", role: "Qatar's prime minister", aliases: ["Qatar's prime minister"], mentions: ["Mohammed bin Abdulrahman Al Thani", { text: "he", kind: "pronoun", in: "he said" }] },
      { name: "José Núñez", role: "a UN envoy", mentions: ["José Núñez"] },
    ],
    quotes: [
      { text: "We are making progress,", speaker: 0, cue: "told", mention: "Burns" },
      { text: "But the gaps are still wide, and time is short.", speaker: 0, method: "carried-over" },
      { text: "the talks would go on", kind: "indirect", speaker: 1, cue: "said", mention: "Mohammed bin Abdulrahman Al Thani", method: "named-before" },
      { text: "Nobody wants to walk away,", speaker: 1, cue: { text: "said", in: "he said" }, mention: { text: "he", in: "he said" }, method: "pronoun", after: "go on" },
      { text: "the crossings must stay open", kind: "indirect", speaker: 2, cue: "said", mention: "José Núñez", method: "named-before" },
    ],
  },
);
const NONE = article("none.txt", "Council meets\n\nThe council met on Tuesday and agreed the budget for next year without a vote.\n", {});

describe("article quotes", () => {
  it("prints line:col: Speaker: “text” for one input", async () => {
    const r = await cli(["quotes", SAMPLE]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(7);
    expect(lines[1]).toBe(`${where(SAMPLE_TEXT, "We are still")}: Ramon Castillo: “We are still reaching villages that we could not get to yesterday,”`);
    expect(lines[0]).toBe(`${where(SAMPLE_TEXT, "about 40 per cent")}: provincial disaster office: “about 40 per cent of the roads in the mountain districts were blocked by mud or fallen trees”`);
    expect(lines[6]).toBe(`${where(SAMPLE_TEXT, "the death toll")}: (unattributed): “the death toll could rise”`);
    expect(r.stdout).not.toMatch(ESC);
  });

  it("prefixes the file with several inputs, (standard input) for -", async () => {
    const r = await cli(["quotes", QATAR, "-"], { stdin: readFileSync(SAMPLE) });
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe(`${QATAR}:${where(readFileSync(QATAR, "utf8"), "We are making")}: William Burns: “We are making progress,”`);
    expect(lines.filter((l) => l.startsWith(`${QATAR}:`))).toHaveLength(5);
    expect(lines.filter((l) => l.startsWith("(standard input):"))).toHaveLength(7);
  });

  it("neutralises control characters and bidi overrides", async () => {
    const text = "Heading here\n\nShe said it was over. “Stop\u001b[2J now\u202e,” said Ann Lee, a nurse, to the crowd outside.\n";
    const path = article("controls.txt", text, {
      speakers: [{ name: "Ann Lee" }],
      quotes: [{ text: "Stop\u001b[2J now\u202e,", speaker: 0, cue: "said", mention: "Ann Lee" }],
    });
    const r = await cli(["quotes", path]);
    expect(r.stdout).toBe(`${where(text, "Stop")}: Ann Lee: “Stop\\u001b[2J now\\u202e,”\n`);
  });

  describe("--speaker", () => {
    const speakersOf = (stdout: string) => [...new Set(stdout.trimEnd().split("\n").filter(Boolean).map((l) => l.split(": ")[1]))];
    it.each([
      ["burns", ["William Burns"]],
      ["William Burns", ["William Burns"]],
      ["BURNS", ["William Burns"]],
      ["al thani", ["Mohammed bin Abdulrahman Al Thani"]],
      ["qatars", ["Mohammed bin Abdulrahman Al Thani"]],
      ["Qatar’s prime minister", ["Mohammed bin Abdulrahman Al Thani"]],
      ["jose nunez", ["José Núñez"]],
      ["NÚÑEZ", ["José Núñez"]],
    ])("%s matches %j", async (pattern, names) => {
      const r = await cli(["quotes", "--speaker", pattern, QATAR]);
      expect(r.code).toBe(0);
      expect(speakersOf(r.stdout)).toEqual(names);
    });

    it.each(["wil", "burns william", "he", "qatar", "reporters"])("%s matches nothing, exit 1", async (pattern) => {
      const r = await cli(["quotes", "--speaker", pattern, QATAR]);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe("");
      expect(r.stderr).toBe("");
    });

    it("ORs several flags together", async () => {
      const r = await cli(["quotes", "--speaker", "burns", "--speaker", "núñez", QATAR]);
      expect(speakersOf(r.stdout)).toEqual(["William Burns", "José Núñez"]);
    });

    it("refuses a pattern without letters", async () => {
      const r = await cli(["quotes", "--speaker", "--", QATAR]);
      expect(r.code).toBe(2);
      const s = await cli(["quotes", "--speaker", "!!", QATAR]);
      expect(s.code).toBe(2);
      expect(s.stderr).toMatch(/^article: option '--speaker <pattern>' argument '!!' is invalid/);
    });
  });

  describe("--kind", () => {
    it("keeps the kinds listed", async () => {
      const r = await cli(["quotes", "--kind", "indirect", QATAR]);
      expect(r.stdout.trimEnd().split("\n").map((l) => l.split(": ")[2])).toEqual(["“the talks would go on”", "“the crossings must stay open”"]);
      const both = await cli(["quotes", "--kind", "direct,indirect", "-c", QATAR]);
      expect(both.stdout).toBe("5\n");
      const partial = await cli(["quotes", "--kind", "partial", QATAR]);
      expect(partial.code).toBe(1);
    });

    it("is a usage error for an unknown kind, naming the valid ones", async () => {
      const r = await cli(["quotes", "--kind", "direct,quoted", QATAR]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(/unknown kind "quoted"; the kinds are direct, partial, indirect/);
    });
  });

  it("-c counts per file, a bare number for one input", async () => {
    expect((await cli(["quotes", "-c", QATAR])).stdout).toBe("5\n");
    const r = await cli(["quotes", "--count", "--speaker", "burns", QATAR, SAMPLE, NONE]);
    expect(r.stdout).toBe(`${QATAR}:2\n${SAMPLE}:0\n${NONE}:0\n`);
    expect(r.code).toBe(0);
    const zero = await cli(["quotes", "-c", NONE]);
    expect(zero).toEqual({ code: 1, stdout: "0\n", stderr: "" });
  });

  it("-l names the files with a match", async () => {
    const r = await cli(["quotes", "-l", "--speaker", "castillo", QATAR, SAMPLE, NONE]);
    expect(r.stdout).toBe(`${SAMPLE}\n`);
    expect(r.code).toBe(0);
    const stdin = await cli(["quotes", "-l", "-"], { stdin: readFileSync(SAMPLE) });
    expect(stdin.stdout).toBe("(standard input)\n");
    expect((await cli(["quotes", "-l", NONE])).code).toBe(1);
  });

  it("--json prints one array of the quotes with their file; --ndjson one per line", async () => {
    const r = await cli(["quotes", "--json", "--speaker", "burns", QATAR, SAMPLE]);
    expect(r.code).toBe(0);
    const quotes = JSON.parse(r.stdout);
    expect(quotes).toHaveLength(2);
    expect(quotes[0]).toMatchObject({ file: QATAR, id: "q1", kind: "direct", text: "We are making progress,", speaker: { id: "s1", name: "William Burns" } });
    expect(Object.keys(quotes[0]).sort()).toEqual(["attribution", "continues", "cue", "end", "file", "id", "kind", "paragraph", "speaker", "start", "text"]);
    const text = readFileSync(QATAR, "utf8");
    expect(text.slice(quotes[1].start, quotes[1].end)).toBe(quotes[1].text);

    const nd = await cli(["quotes", "--ndjson", QATAR, "-"], { stdin: readFileSync(SAMPLE) });
    const lines = nd.stdout.trimEnd().split("\n").map((l) => JSON.parse(l));
    expect(lines).toHaveLength(12);
    expect(lines.at(-1)).toMatchObject({ file: null, text: "the death toll could rise", speaker: null });

    const none = await cli(["quotes", "--json", NONE]);
    expect(none).toEqual({ code: 1, stdout: "[]\n", stderr: "" });
  });

  it("--explain adds the evidence under each quote", async () => {
    const r = await cli(["quotes", "--explain", QATAR]);
    const text = readFileSync(QATAR, "utf8");
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(10);
    expect(lines[1]).toBe(`    q1 direct · cue “told” ${where(text, "told")} · named-after “Burns” ${where(text, "Burns told")}`);
    expect(lines[3]).toBe("    q2 direct · no cue · carried-over");
    expect(lines[7]).toBe(`    q4 direct · cue “said” ${where(text, "said.\n\nJosé")} · pronoun “he” ${where(text, "he said")}`);
  });

  it("--explain shows via and continues", async () => {
    const text = "Talks stall\n\nQuoting a US official, The Wall Street Journal reported that the talks had stalled.\n\n“They will resume,\n\nbut not this week,” said Dana Cole.\n";
    const path = article("via.txt", text, {
      speakers: [{ name: "The Wall Street Journal", kind: "media" }, { name: "Dana Cole" }],
      quotes: [
        { text: "the talks had stalled", kind: "indirect", speaker: 0, cue: "reported", mention: "The Wall Street Journal", method: "nested", via: "a US official" },
        { text: "They will resume,", speaker: 1, cue: "said", mention: "Dana Cole" },
        { text: "but not this week,", speaker: 1, cue: "said", mention: "Dana Cole", continues: "q2" },
      ],
    });
    const r = await cli(["quotes", "--explain", path]);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines[1]).toBe(`    q1 indirect · cue “reported” ${where(text, "reported")} · nested “The Wall Street Journal” ${where(text, "The Wall")} · via “a US official” ${where(text, "a US")}`);
    expect(lines[5]).toMatch(/ · continues q2$/);
  });

  it("colours file, position and speaker on a terminal, and never with --no-color", async () => {
    const r = await cli(["quotes", QATAR, SAMPLE], { tty: true });
    const line = r.stdout.split("\n")[0]!;
    expect(line).toContain(`\u001b[35m${QATAR}\u001b[39m:`);
    expect(line).toMatch(/\u001b\[32m7:2\u001b\[39m: /);
    expect(line).toContain("\u001b[1m\u001b[36mWilliam Burns\u001b[39m\u001b[22m");
    // The same speaker keeps its colour; the next speaker takes the next one.
    expect(r.stdout).toContain("\u001b[1m\u001b[33mMohammed bin Abdulrahman Al Thani\u001b[39m\u001b[22m");
    expect((await cli(["quotes", "--no-color", QATAR], { tty: true })).stdout).not.toMatch(ESC);
    expect((await cli(["quotes", QATAR], { tty: true, env: { NO_COLOR: "1" } })).stdout).not.toMatch(ESC);
    expect((await cli(["quotes", "--json", QATAR], { tty: true })).stdout).not.toMatch(ESC);
  });

  it("reports a bad input on stderr, goes on, and exits 2", async () => {
    const missing = join(tmp, "missing.txt");
    const r = await cli(["quotes", missing, QATAR]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`article: ${missing}: no such file\n`);
    expect(r.stdout.trimEnd().split("\n")).toHaveLength(5);
    expect(r.stdout.startsWith(`${QATAR}:`)).toBe(true);
  });

  it("refuses -c with --json and the like", async () => {
    for (const argv of [["-c", "--json"], ["-l", "--ndjson"], ["--json", "--ndjson"], ["--json", "--explain"], ["-c", "-l"]]) {
      const r = await cli(["quotes", ...argv, QATAR]);
      expect(r.code, argv.join(" ")).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(/cannot be used with/);
    }
  });

  it("prints usage with no input on a terminal", async () => {
    const r = await cli(["quotes"], { tty: true });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Usage: article quotes/);
  });
});

const strip = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, "");

describe("article speakers", () => {
  it("prints the table sorted by quotes, then name, with each share of the quoted words", async () => {
    const r = await cli(["speakers", "--width", "100", SAMPLE]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    // Words: Reyes 21, Castillo 23, the office 18, Villanueva 30 ("$2.5" is one word), of 92.
    expect(r.stdout).toBe(
      [
        "speaker                     role                 kind          quotes  mentions  share",
        "Alma Reyes                  -                    person             2         2    23% ███",
        "Ramon Castillo              operations chief     person             2         1    25% ███▎",
        "provincial disaster office  -                    organisation       1         1    20% ██▌",
        "Teresa Villanueva           Provincial governor  person             1         1    33% ████▎",
        "",
      ].join("\n"),
    );
  });

  it("fits the width: names and roles cut with …, the bar dropped when narrow", async () => {
    for (const width of [80, 66]) {
      const r = await cli(["speakers", "--width", String(width), SAMPLE]);
      const lines = r.stdout.trimEnd().split("\n");
      expect(Math.max(...lines.map((l) => l.length)), `width ${width}`).toBeLessThanOrEqual(width);
      expect(lines[3]).toMatch(/^prov[a-z ]*… +- +organisation /);
      expect(lines[4]).toMatch(/ 33%( █+[▏▎▍▌▋▊▉]?)?$/);
    }
    const narrow = await cli(["speakers", "--width", "50", SAMPLE]);
    expect(narrow.stdout.split("\n").slice(0, 2)).toEqual([
      "speaker      kind          quotes  mentions  share",
      "Alma Reyes   person             2         2    23%",
    ]);
    const terminal = await cli(["speakers", SAMPLE], { tty: true, columns: 72, env: { NO_COLOR: "1" } });
    expect(Math.max(...terminal.stdout.trimEnd().split("\n").map((l) => l.length))).toBeLessThanOrEqual(72);
  });

  it("puts a heading over each file's table with several inputs, and skips files without speakers", async () => {
    const r = await cli(["speakers", "-w", "110", QATAR, NONE, SAMPLE]);
    expect(r.code).toBe(0);
    const blocks = r.stdout.split("\n\n");
    expect(blocks).toHaveLength(2);
    expect(blocks[0]!.split("\n").slice(0, 3)).toEqual([
      `==> ${QATAR} <==`,
      "speaker                            role                    kind    quotes  mentions  share",
      // Two quotes each: by name.
      expect.stringMatching(/^Mohammed bin Abdulrahman Al Thani  Qatar's prime minister  person {7}2 {9}2 {4}34% █+/),
    ]);
    expect(blocks[0]!.split("\n")[3]).toMatch(/^William Burns {22}CIA director {12}person {7}2 {9}2 {4}48% █+/);
    expect(blocks[1]!.startsWith(`==> ${SAMPLE} <==\nspeaker`)).toBe(true);
  });

  it("exits 1 when no input has a speaker, 2 when an input fails", async () => {
    expect(await cli(["speakers", NONE])).toEqual({ code: 1, stdout: "", stderr: "" });
    const r = await cli(["speakers", join(tmp, "gone.txt"), QATAR]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`article: ${join(tmp, "gone.txt")}: no such file\n`);
    expect(r.stdout).toMatch(/^==> .*qatar\.txt <==\n/);
  });

  it("--json prints the speakers array, with the file when there are several inputs", async () => {
    const one = JSON.parse((await cli(["speakers", "--json", QATAR])).stdout);
    expect(one.map((s: { name: string }) => s.name)).toEqual(["William Burns", "Mohammed bin Abdulrahman Al Thani", "José Núñez"]);
    expect(one[0]).toMatchObject({ id: "s1", role: "CIA director", kind: "person", quotes: 2, aliases: ["Burns"] });
    expect(one[0]).not.toHaveProperty("file");
    const many = await cli(["speakers", "--json", QATAR, SAMPLE, NONE]);
    const all = JSON.parse(many.stdout);
    expect(all).toHaveLength(7);
    expect(all[3]).toMatchObject({ file: SAMPLE, id: "s1", name: "provincial disaster office" });
    expect(await cli(["speakers", "--json", NONE])).toEqual({ code: 1, stdout: "[]\n", stderr: "" });
  });

  it("colours each speaker's name and bar in the speaker's colour", async () => {
    const r = await cli(["speakers", "-w", "100", "--color", QATAR]);
    const lines = r.stdout.trimEnd().split("\n");
    // Burns is the first speaker of the document (cyan), Al Thani the second (yellow), though
    // the table lists Al Thani first.
    expect(lines[1]).toMatch(/^\u001b\[33mMohammed bin Abdulrahman Al Thani\u001b\[39m {2}Qatar.* \u001b\[33m█+[▏▎▍▌▋▊▉]?\u001b\[39m$/);
    expect(lines[2]).toMatch(/^\u001b\[36mWilliam Burns\u001b\[39m {22}CIA director.* \u001b\[36m█+[▏▎▍▌▋▊▉]?\u001b\[39m$/);
    expect(strip(r.stdout)).toBe((await cli(["speakers", "-w", "100", QATAR])).stdout);
  });
});

describe("article show with quotes", () => {
  it("leaves the plain body as it was and ends with the speakers table", async () => {
    const r = await cli(["show", "--width", "80", SAMPLE]);
    expect(r.code).toBe(0);
    const [body, table] = r.stdout.split("\nSpeakers:\n");
    // The body is what show printed before quotes existed (the golden file, without --verbose).
    const golden = readFileSync(join(FIXTURES, "sample/expected.show.txt"), "utf8").split("\n\nLeft out of the body:")[0]!;
    expect(body).toBe(golden + "\n");
    expect(table!.split("\n")[0]).toMatch(/^ {2}speaker +role +kind +quotes +mentions +share$/);
    expect(table!.split("\n")[1]).toMatch(/^ {2}Alma Reyes +- +person +2 +2 +23% █+/);
    expect(table!.endsWith("\n")).toBe(true);
  });

  it("puts the speakers table after what was left out with --verbose", async () => {
    const r = await cli(["show", "--verbose", SAMPLE]);
    expect(r.stdout.indexOf("Left out of the body:")).toBeGreaterThan(0);
    expect(r.stdout.indexOf("\nSpeakers:\n")).toBeGreaterThan(r.stdout.indexOf("Left out of the body:"));
  });

  it("colours each quote in its speaker's colour, unattributed ones dim and underlined, wrapping on visible width", async () => {
    const plain = await cli(["show", "--width", "60", SAMPLE]);
    const color = await cli(["show", "--width", "60", "--color", SAMPLE]);
    expect(strip(color.stdout)).toBe(plain.stdout);
    // Ramon Castillo is the second speaker: yellow; his quote runs over a line end and is
    // closed and reopened there.
    expect(color.stdout).toContain("“\u001b[33mWe are still reaching villages that we could not get to\u001b[39m\n\u001b[33myesterday,\u001b[39m” said Ramon Castillo");
    expect(color.stdout).toContain("\u001b[2m\u001b[4mthe death toll could rise\u001b[24m\u001b[22m as rescue");
    // The line breaks are where the plain text breaks: widths count visible characters.
    for (const line of strip(color.stdout).split("\n")) expect(line.length).toBeLessThanOrEqual(60);
  });
});

describe("help", () => {
  it.each([["quotes"], ["speakers"]])("%s --help explains the output and exit status, with examples", async (command) => {
    const r = await cli([command, "--help"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(new RegExp(`^Usage: article ${command} \\[options\\] \\[file\\.\\.\\.\\]`));
    expect(r.stdout).toMatch(/Exit status: 0 .*, 1 .*, 2 error/);
    expect(r.stdout).toMatch(new RegExp(`Examples:\\n {2}\\$ article ${command} story\\.txt\\n`));
    expect(r.stdout).toMatch(/\| jq /);
  });
});
