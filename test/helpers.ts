// Shared by the tests: where things are, an in-process CLI runner, and the document invariants.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import type { ArticleDocument } from "../src/index.js";
import { BLANK } from "../src/text/lines.js";
import { run, type CliIO } from "../src/cli/main.js";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const FIXTURES = join(ROOT, "fixtures");
export const SHARED = resolve(ROOT, "../shared");
export const DEV = join(SHARED, "eval/dev");
export const SEED = join(DEV, "newarab-gaza-truce-2023.txt");

export const fixtureNames = () => readdirSync(FIXTURES).filter((n) => existsSync(join(FIXTURES, n, "input.txt"))).sort();
export const devFiles = () => (existsSync(DEV) ? readdirSync(DEV).filter((f) => f.endsWith(".txt")).sort().map((f) => join(DEV, f)) : []);

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured streams. */
export async function cli(argv: string[], options: { stdin?: string | Buffer; tty?: boolean; env?: Record<string, string>; columns?: number } = {}): Promise<CliResult> {
  let stdout = "";
  let stderr = "";
  const stdin = Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]) as CliIO["stdin"];
  stdin.isTTY = options.stdin === undefined && options.tty !== false ? true : undefined;
  const io: CliIO = {
    stdout: { write: (s: string) => (stdout += s), isTTY: options.tty ?? false, columns: options.columns },
    stderr: { write: (s: string) => (stderr += s) },
    stdin,
    env: options.env ?? {},
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

/** Every node with text whose offsets must give that text back. */
export function textNodes(doc: ArticleDocument): { where: string; text: string; start: number; end: number }[] {
  const m = doc.metadata;
  const nodes: { where: string; text: string; start: number; end: number }[] = [];
  for (const [k, v] of Object.entries(m.spans)) if (v) nodes.push({ where: `metadata.spans.${k}`, ...v });
  m.captions.forEach((c, i) => {
    nodes.push({ where: `captions[${i}]`, ...c });
    if (c.credit) nodes.push({ where: `captions[${i}].credit`, ...c.credit });
  });
  m.credits.forEach((c, i) => nodes.push({ where: `credits[${i}]`, ...c }));
  doc.paragraphs.forEach((p, i) => nodes.push({ where: `paragraphs[${i}]`, ...p }));
  doc.dropped.forEach((d, i) => nodes.push({ where: `dropped[${i}]`, ...d }));
  doc.quotes.forEach((q, i) => {
    nodes.push({ where: `quotes[${i}]`, ...q });
    if (q.cue) nodes.push({ where: `quotes[${i}].cue`, ...q.cue });
    if (q.attribution.mention) nodes.push({ where: `quotes[${i}].attribution.mention`, ...q.attribution.mention });
    if (q.attribution.via) nodes.push({ where: `quotes[${i}].attribution.via`, ...q.attribution.via });
  });
  doc.speakers.forEach((s) => s.mentions.forEach((m, j) => nodes.push({ where: `speakers[${s.id}].mentions[${j}]`, ...m })));
  doc.claims.forEach((c, i) => nodes.push({ where: `claims[${i}]`, ...c }));
  return nodes;
}

/**
 * Owners of input characters: metadata stretches (except the dateline and a date printed in it,
 * which lie inside the first paragraph, and caption credits, inside their caption), paragraphs
 * and dropped parts.
 * Returns the problems found: characters owned twice, and non-blank characters owned by none.
 */
export function coverageProblems(doc: ArticleDocument, input: string): string[] {
  const owner = new Array<string | undefined>(input.length);
  const problems: string[] = [];
  const m = doc.metadata;
  const owned: { where: string; start: number; end: number }[] = [];
  const lead = doc.paragraphs[0];
  const inLead = (v: { start: number; end: number }) => lead !== undefined && v.start >= lead.start && v.end <= lead.end;
  // The dateline, and a date printed in it, stay inside the first paragraph.
  for (const [k, v] of Object.entries(m.spans)) if (v && k !== "dateline" && !(k === "dateText" && inLead(v))) owned.push({ where: k, ...v });
  m.captions.forEach((c, i) => owned.push({ where: `caption ${i}`, ...c }));
  m.credits.forEach((c, i) => owned.push({ where: `credit ${i}`, ...c }));
  doc.paragraphs.forEach((p) => owned.push({ where: `paragraph ${p.index}`, ...p }));
  doc.dropped.forEach((d, i) => owned.push({ where: `dropped ${i} (${d.reason})`, ...d }));
  for (const node of owned) {
    for (let i = node.start; i < node.end; i++) {
      if (owner[i] !== undefined) {
        problems.push(`offset ${i} is in both ${owner[i]} and ${node.where}`);
        break;
      }
      owner[i] = node.where;
    }
  }
  for (let i = 0; i < input.length; i++) {
    if (owner[i] === undefined && !BLANK.test(input[i]!)) {
      problems.push(`offset ${i} (${JSON.stringify(input.slice(i, i + 30))}) belongs to nothing`);
      break;
    }
  }
  return problems;
}

export const readUtf8 = (path: string) => readFileSync(path, "utf8");
