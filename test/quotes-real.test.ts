// `quotes`, `speakers` and `show` over what the quote engine really finds, in every fixture and
// dev-set article: the commands must agree with the document `parse` prints, whatever it holds.
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeBytes, parseBytes, type ArticleDocument } from "../src/index.js";
import { lineColumn } from "../src/position.js";
import { quoteText } from "../src/render/quotes.js";
import { renderShow } from "../src/render/show.js";
import { renderSpeakers } from "../src/render/speakers.js";
import { PLAIN_STYLE, type Style } from "../src/render/style.js";
import { oneLine } from "../src/render/text.js";
import { nameWords, selectQuotes, speakerNames, wordsMatch } from "../src/select.js";
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
const TAGS: Style = { ...PLAIN_STYLE, speakers: [tag("s0"), tag("s1"), tag("s2"), tag("s3"), tag("s4"), tag("s5")], unattributed: tag("u") };
const untag = (s: string) => s.replace(/<\/?(?:s\d|u)>/g, "");

it("finds quotes in most fixtures (these tests have something to check)", () => {
  const withQuotes = files.filter((f) => load(f).doc.quotes.length > 0);
  expect(withQuotes.length).toBeGreaterThan(files.length / 2);
});

describe.each(files.map((f) => [relative(ROOT, f), f] as const))("%s", (_, path) => {
  const { doc, input } = load(path);
  const at = lineColumn(input);

  it("quotes lists every quote of the document as line:col: Speaker: “text”", async () => {
    const r = await cli(["quotes", "--no-color", path]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(doc.quotes.length ? 0 : 1);
    const expected = doc.quotes.map((q) => {
      const { line, column } = at(q.start);
      return `${line}:${column}: ${q.speaker ? oneLine(q.speaker.name) : "(unattributed)"}: “${quoteText(q.text)}”\n`;
    });
    expect(r.stdout).toBe(expected.join(""));
    expect((await cli(["quotes", "-c", path])).stdout).toBe(`${doc.quotes.length}\n`);
  });

  it("--speaker NAME finds every quote of that speaker, and only quotes of speakers so named", () => {
    for (const s of doc.speakers) {
      const found = selectQuotes(doc, { speakers: [s.name] });
      const own = doc.quotes.filter((q) => q.speaker?.id === s.id);
      expect(found.filter((q) => q.speaker?.id === s.id)).toEqual(own);
      const pattern = nameWords(s.name);
      for (const q of found) {
        const other = doc.speakers.find((x) => x.id === q.speaker?.id);
        expect(other && speakerNames(other).some((n) => wordsMatch(pattern, nameWords(n))), `${s.name} found ${q.speaker?.name}`).toBe(true);
      }
    }
  });

  it("speakers prints one row per speaker; --json gives the document's speakers", async () => {
    const r = await cli(["speakers", "--width", "100", path]);
    expect(r.code).toBe(doc.speakers.length ? 0 : 1);
    expect(r.stdout).toBe(renderSpeakers(doc, { width: 100 }));
    expect(r.stdout.split("\n").filter(Boolean)).toHaveLength(doc.speakers.length ? doc.speakers.length + 1 : 0);
    for (const line of r.stdout.split("\n")) expect(line.length).toBeLessThanOrEqual(100);
    const json = await cli(["speakers", "--json", path]);
    expect(JSON.parse(json.stdout)).toEqual(doc.speakers);
  });

  it("show paints the quotes and nothing else, and keeps the plain text", () => {
    const plain = renderShow(doc, { width: 72 });
    const painted = renderShow(doc, { width: 72, style: TAGS });
    expect(untag(painted)).toBe(plain);
    const quoted = doc.quotes.map((q) => oneLine(q.text)).join("\n");
    const body = painted.split("\nSpeakers:\n")[0]!;
    for (const m of body.matchAll(/<(s\d|u)>([^<]*)<\/\1>/g)) expect(quoted).toContain(m[2]);
    const bare = renderShow({ ...doc, quotes: [], speakers: [] }, { width: 72 });
    expect(plain).toBe(doc.speakers.length ? `${bare}\nSpeakers:\n${renderSpeakers(doc, { width: 72, indent: "  " })}` : bare);
  });
});
