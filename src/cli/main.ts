// The command line: the only module that touches argv, streams, the environment and colour.
// `run` returns the exit code (0 done, 1 nothing found, 2 error) instead of exiting.
import { createRequire } from "node:module";
import type { Readable } from "node:stream";
// The library loads when an input is read, not before: --help and usage errors stay instant.
import type { ArticleDocument, Claim, ClaimKind, InputFormat, Quote, QuoteKind } from "../index.js";
import { CLAIM_KINDS, QUOTE_KINDS } from "../types.js";
import type { Style } from "../render/style.js";
import { DEFAULT_MAX_SIZE, formatSize, readInput } from "./input.js";
import { VERSION } from "./version.js";

// commander is CommonJS: requiring it directly skips the ESM wrapper and its export scan, which
// is a measurable share of a cold start.
const { Command, CommanderError, InvalidArgumentError, Option } = createRequire(import.meta.url)("commander") as typeof import("commander");
type Command = import("commander").Command;

export interface Output {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface CliIO {
  stdout: Output;
  stderr: Output;
  stdin: Readable & { isTTY?: boolean };
  env: Record<string, string | undefined>;
}

export const EXIT = { OK: 0, NOTHING: 1, ERROR: 2 } as const;

interface CommonOptions {
  format: InputFormat | "auto";
  maxSize: number;
  debug?: boolean;
  color?: boolean;
}

function parseSize(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(b|k|kb|m|mb|g|gb)?$/i.exec(value.trim());
  if (!m) throw new InvalidArgumentError("expected a size such as 500k, 50M or 1G");
  const unit = (m[2] ?? "b").toLowerCase()[0];
  const scale = unit === "k" ? 1024 : unit === "m" ? 1024 ** 2 : unit === "g" ? 1024 ** 3 : 1;
  return Math.floor(Number(m[1]) * scale);
}

function parseWidth(value: string): number {
  const n = Number.parseInt(value, 10);
  if (!(n > 0)) throw new InvalidArgumentError("expected a positive number");
  return n;
}

interface QuotesOptions {
  speaker?: string[];
  kind?: QuoteKind[];
  count?: boolean;
  filesWithMatches?: boolean;
  json?: boolean;
  ndjson?: boolean;
  explain?: boolean;
}

/** --speaker, repeatable: the patterns OR together. */
function collectSpeaker(value: string, previous: string[] | undefined): string[] {
  if (!/[\p{L}\p{N}]/u.test(value)) throw new InvalidArgumentError("expected a name (letters or digits)");
  return [...(previous ?? []), value];
}

/** --kind direct,partial (repeatable); an unknown kind is a usage error. */
function collectKinds(value: string, previous: QuoteKind[] | undefined): QuoteKind[] {
  const kinds = value.split(",").map((k) => k.trim().toLowerCase()).filter(Boolean);
  const unknown = kinds.filter((k) => !(QUOTE_KINDS as readonly string[]).includes(k));
  if (unknown.length || !kinds.length) {
    throw new InvalidArgumentError(`${unknown.length ? `unknown kind ${unknown.map((k) => `"${k}"`).join(", ")}` : "no kind given"}; the kinds are ${QUOTE_KINDS.join(", ")}`);
  }
  return [...new Set([...(previous ?? []), ...(kinds as QuoteKind[])])];
}

interface ClaimsOptions {
  min?: number;
  max?: number;
  unit?: string[];
  kind?: ClaimKind[];
  speaker?: string[];
  json?: boolean;
  ndjson?: boolean;
  width?: number;
}

/** --min and --max: a number ("1000", "2,300,000", "2.5", "1e6", "-3"). */
function parseNumber(value: string): number {
  const s = value.trim().replace(/(?<=\d)[,_](?=\d{3}(?:\D|$))/g, "");
  if (!/^[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?$/i.test(s)) throw new InvalidArgumentError("expected a number such as 1000, 2,300,000, 2.5 or 1e6");
  return Number(s);
}

/** --unit, repeatable: the units OR together. */
function collectUnit(value: string, previous: string[] | undefined): string[] {
  if (!value.trim()) throw new InvalidArgumentError("expected a unit such as %, usd or people");
  return [...(previous ?? []), value];
}

/** --kind count,money (repeatable) for claims; an unknown kind is a usage error. */
function collectClaimKinds(value: string, previous: ClaimKind[] | undefined): ClaimKind[] {
  const kinds = value.split(",").map((k) => k.trim().toLowerCase()).filter(Boolean);
  const unknown = kinds.filter((k) => !(CLAIM_KINDS as readonly string[]).includes(k));
  if (unknown.length || !kinds.length) {
    throw new InvalidArgumentError(`${unknown.length ? `unknown kind ${unknown.map((k) => `"${k}"`).join(", ")}` : "no kind given"}; the kinds are ${CLAIM_KINDS.join(", ")}`);
  }
  return [...new Set([...(previous ?? []), ...(kinds as ClaimKind[])])];
}

/** Colour only on a terminal; NO_COLOR, FORCE_COLOR, --color and --no-color decide first. */
export function colorLevel(io: CliIO, flag: boolean | undefined): 0 | 1 | 2 | 3 {
  if (flag === false) return 0;
  const force = io.env.FORCE_COLOR;
  if (flag === true) return force && /^[123]$/.test(force) ? (Number(force) as 1 | 2 | 3) : 1;
  if (force !== undefined) {
    if (force === "0" || force === "false") return 0;
    return /^[123]$/.test(force) ? (Number(force) as 1 | 2 | 3) : 1;
  }
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== "") return 0;
  if (!io.stdout.isTTY || io.env.TERM === "dumb") return 0;
  return /truecolor|24bit/i.test(io.env.COLORTERM ?? "") ? 3 : /256/.test(io.env.TERM ?? "") ? 2 : 1;
}

async function makeStyle(level: 0 | 1 | 2 | 3): Promise<Style | undefined> {
  if (!level) return undefined;
  const { Chalk } = await import("chalk");
  const c = new Chalk({ level });
  return {
    headline: c.bold,
    subheadline: c.italic,
    meta: c.cyan,
    dim: c.dim,
    label: c.yellow,
    file: c.magenta,
    position: c.green,
    strong: c.bold,
    speakers: [c.cyan, c.yellow, c.blue, c.red, c.greenBright, c.magentaBright],
    unattributed: c.dim.underline,
    claim: c.bold.underline,
  };
}

interface Loaded {
  label: string;
  document: ArticleDocument;
  input: string;
}

class Session {
  failed = false;
  constructor(
    readonly io: CliIO,
    readonly options: CommonOptions,
  ) {}

  error(label: string, message: string): void {
    this.failed = true;
    this.io.stderr.write(`article: ${label}: ${message}\n`);
  }

  /** Reads and parses each input in order; a failed input is reported and skipped. */
  async *documents(files: string[]): AsyncGenerator<Loaded> {
    for (const file of files) {
      const label = file === "-" ? "(standard input)" : file;
      const read = await readInput(file, this.io.stdin, this.options.maxSize);
      if (!read.ok) {
        this.error(label, read.message);
        continue;
      }
      const { parseBytes } = await import("../index.js");
      const result = parseBytes(read.bytes, { path: file === "-" ? null : file, format: this.options.format });
      if (!result.ok) {
        this.error(label, result.message);
        continue;
      }
      const input = new TextDecoder(result.document.source.encoding).decode(read.bytes);
      yield { label, document: result.document, input };
    }
  }
}

function inputsOrStdin(files: string[], io: CliIO): string[] | null {
  if (files.length) return files;
  if (io.stdin.isTTY) return null;
  return ["-"];
}

const EXAMPLES_PARSE = `
Examples:
  $ article parse story.txt | jq -r .metadata.headline
  $ article parse story.txt | jq -r '.paragraphs[].text'
  $ pbpaste | article parse - | jq .metadata
  $ article parse --ndjson a.txt b.txt | jq -c '{path: .source.path, date: .metadata.date}'`;

const EXAMPLES_QUOTES = `
Output: one line per quote, line:col: Speaker: “text”, where line:col is where the quote
starts; with several inputs each line starts with file: ("(standard input)" for -). With
--explain, an indented line follows: id, kind · cue and where · attribution method, and the
words naming the source, and where · via · continues (for later paragraphs of one quote).
--speaker matches the speaker's name, aliases and mentions: every word of the pattern, in
order, as whole words, ignoring case, accents and apostrophes ("qatars" finds "Qatar's").

Exit status: 0 a quote matched, 1 none did, 2 error (an input could not be read, or usage).

Examples:
  $ article quotes story.txt
  $ article quotes --speaker burns story.txt           # William Burns, by any of his names
  $ article quotes --speaker "al thani" --speaker burns story.txt
  $ article quotes --kind direct,partial --explain story.txt
  $ article quotes -c *.txt                             # how many quotes in each file
  $ article quotes -l --speaker "prime minister" *.txt  # the files that quote one
  $ article quotes --json story.txt | jq -r '.[] | "\\(.speaker.name // "-")\\t\\(.text)"'`;

const EXAMPLES_SPEAKERS = `
Columns: speaker, role, kind, quotes, mentions, and share: the speaker's part of the words
of all attributed quotes, with a bar. Sorted by quotes, then name. Name and role are cut to
fit the width; with several inputs each table has a heading.

Exit status: 0 someone is quoted, 1 no speaker in any input, 2 error.

Examples:
  $ article speakers story.txt
  $ article speakers -w 60 a.txt b.txt
  $ article speakers --json story.txt | jq -r '.[] | select(.quotes > 0) | "\\(.quotes)\\t\\(.name)"'`;

const EXAMPLES_CLAIMS = `
Output: on a terminal, a table: line:col, value (2,300,000; 0.5; a range as 500–750),
qualifier (exact, at_least, more_than, at_most, less_than, about, up_to, range), unit, kind,
source (who states it, — for the reporter), and the sentence with the claim highlighted; with
several inputs each table has a ==> file <== heading. Into a pipe, or with --json, one JSON
array of the matching claims as in the document, each with its file (null for -); --ndjson
prints one claim per line.
Filters AND together; --unit, --kind and --speaker may be repeated (any may match). --min and
--max bound the value (a range passes when any part of it is within them). --unit ignores case
and plural ("hostage" finds hostages) and knows %/percent/per cent, $/usd/dollar, £/gbp,
€/eur and the like. --speaker matches the claim's source as quotes --speaker does.

Exit status: 0 a claim matched, 1 none did, 2 error (an input could not be read, or usage).

Examples:
  $ article claims story.txt
  $ article claims --kind money --min 1e6 story.txt          # sums of a million or more
  $ article claims --unit % *.txt                             # every percentage
  $ article claims --unit hostage --speaker netanyahu story.txt
  $ article claims story.txt | jq -r '.[] | select(.qualifier != "exact") | "\\(.qualifier)\\t\\(.text)"'
  $ article claims --ndjson *.txt | jq -r '[.file, .value, .unit // "-"] | @tsv'`;

const EXAMPLES_SHOW = `
Examples:
  $ article show story.txt
  $ article show --verbose story.txt     # also list what was left out, and why
  $ curl -s URL | article show --format html -`;

export function buildProgram(io: CliIO, setExit: (code: number) => void): Command {
  const program = new Command();
  program
    .name("article")
    .description("Read a news article (pasted text or saved HTML) as one typed document.")
    .version(VERSION, "-V, --version")
    .showHelpAfterError("(run with --help for usage)")
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(s.startsWith("error:") ? `article: ${s.slice(7)}` : s),
      getOutHelpWidth: () => io.stdout.columns ?? 80,
      getErrHelpWidth: () => 80,
    })
    .exitOverride()
    .addHelpText(
      "after",
      `
Exit status: 0 done (for filters: something matched), 1 nothing found, 2 error.

Examples:
  $ article show story.txt
  $ article parse story.txt | jq -r .metadata.headline
  $ article quotes --speaker burns story.txt
  $ article speakers story.txt
  $ article claims --unit % story.txt`,
    );

  const common = (cmd: Command) =>
    cmd
      .addOption(new Option("--format <format>", "input format").choices(["text", "html", "auto"]).default("auto"))
      .addOption(new Option("--max-size <size>", `refuse inputs larger than this (default ${formatSize(DEFAULT_MAX_SIZE)})`).argParser(parseSize).default(DEFAULT_MAX_SIZE, formatSize(DEFAULT_MAX_SIZE)))
      .option("--debug", "print stack traces for internal errors");

  common(
    program
      .command("parse")
      .description("print the document as JSON")
      .argument("[file...]", "input files; - or none (with piped input) reads standard input")
      .option("--ndjson", "one compact JSON document per line"),
  )
    .addHelpText("after", EXAMPLES_PARSE)
    .action(async (files: string[], options: CommonOptions & { ndjson?: boolean }) => {
      const inputs = inputsOrStdin(files, io);
      if (!inputs) return usage(program.commands.find((c) => c.name() === "parse")!, io, setExit);
      const session = new Session(io, options);
      const many = inputs.length > 1 && !options.ndjson;
      let count = 0;
      if (many) io.stdout.write("[\n");
      for await (const { document } of session.documents(inputs)) {
        if (options.ndjson) io.stdout.write(JSON.stringify(document) + "\n");
        else io.stdout.write((count ? ",\n" : "") + JSON.stringify(document, null, 2) + (many ? "" : "\n"));
        count++;
      }
      if (many) io.stdout.write(count ? "\n]\n" : "]\n");
      setExit(session.failed ? EXIT.ERROR : EXIT.OK);
    });

  common(
    program
      .command("show")
      .description("print the article for reading: headline, date and byline, body (quotes in their speaker's colour, claims highlighted), speakers")
      .argument("[file...]", "input files; - or none (with piped input) reads standard input")
      .option("-v, --verbose", "list what was left out of the body, and why")
      .option("-w, --width <columns>", "wrap to this width (default: the terminal's, or 80)", parseWidth)
      .option("--color", "colour even when not on a terminal")
      .option("--no-color", "never colour"),
  )
    .addHelpText("after", EXAMPLES_SHOW)
    .action(async (files: string[], options: CommonOptions & { verbose?: boolean; width?: number }) => {
      const inputs = inputsOrStdin(files, io);
      if (!inputs) return usage(program.commands.find((c) => c.name() === "show")!, io, setExit);
      const session = new Session(io, options);
      const style = await makeStyle(colorLevel(io, options.color));
      const width = Math.min(options.width ?? io.stdout.columns ?? 80, 1000);
      const { renderShow } = await import("../render/show.js");
      let count = 0;
      for await (const { label, document, input } of session.documents(inputs)) {
        if (inputs.length > 1) io.stdout.write(`${count ? "\n" : ""}==> ${label} <==\n`);
        io.stdout.write(renderShow(document, { width, style, verbose: options.verbose, input }));
        count++;
      }
      setExit(session.failed ? EXIT.ERROR : EXIT.OK);
    });

  common(
    program
      .command("quotes")
      .description("list the quotes, grep-like: where, who, what")
      .argument("[file...]", "input files; - or none (with piped input) reads standard input")
      .option("--speaker <pattern>", "quotes by this speaker: the words of any of their names, in order (repeat for several)", collectSpeaker)
      .option("--kind <kinds>", `only these kinds, comma-separated: ${QUOTE_KINDS.join(", ")}`, collectKinds)
      .addOption(new Option("-c, --count", "print the number of matching quotes per input").conflicts(["filesWithMatches", "json", "ndjson", "explain"]))
      .addOption(new Option("-l, --files-with-matches", "print the names of the inputs with a matching quote").conflicts(["json", "ndjson", "explain"]))
      .addOption(new Option("--json", "one JSON array of the matching quotes, each with its file").conflicts(["ndjson", "explain"]))
      .addOption(new Option("--ndjson", "one matching quote per line, as JSON").conflicts(["explain"]))
      .option("--explain", "after each quote, the evidence: kind, cue, attribution, via, continues")
      .option("--color", "colour even when not on a terminal")
      .option("--no-color", "never colour"),
  )
    .addHelpText("after", EXAMPLES_QUOTES)
    .action(async (files: string[], options: CommonOptions & QuotesOptions) => {
      const inputs = inputsOrStdin(files, io);
      if (!inputs) return usage(program.commands.find((c) => c.name() === "quotes")!, io, setExit);
      const session = new Session(io, options);
      const [{ selectQuotes }, { renderQuotes }, { speakerPaints, PLAIN_STYLE }, { lineColumn }] = await Promise.all([
        import("../select.js"),
        import("../render/quotes.js"),
        import("../render/style.js"),
        import("../position.js"),
      ]);
      const human = !options.count && !options.filesWithMatches && !options.json && !options.ndjson;
      const style = human ? await makeStyle(colorLevel(io, options.color)) : undefined;
      const many = inputs.length > 1;
      const collected: (Quote & { file: string | null })[] = [];
      let loaded = 0;
      let matched = 0;
      for await (const { label, document, input } of session.documents(inputs)) {
        loaded++;
        const quotes = selectQuotes(document, { speakers: options.speaker, kinds: options.kind });
        matched += quotes.length;
        if (options.filesWithMatches) {
          if (quotes.length) io.stdout.write(`${label}\n`);
        } else if (options.count) {
          io.stdout.write(many ? `${label}:${quotes.length}\n` : `${quotes.length}\n`);
        } else if (options.json) {
          for (const q of quotes) collected.push({ file: document.source.path, ...q });
        } else if (options.ndjson) {
          for (const q of quotes) io.stdout.write(JSON.stringify({ file: document.source.path, ...q }) + "\n");
        } else if (quotes.length) {
          const paints = speakerPaints(document, style ?? PLAIN_STYLE);
          io.stdout.write(
            renderQuotes(quotes, { file: many ? label : null, at: lineColumn(input), style, paintOf: paints, explain: options.explain }),
          );
        }
      }
      if (options.json && loaded) io.stdout.write(JSON.stringify(collected, null, 2) + "\n");
      setExit(session.failed ? EXIT.ERROR : matched ? EXIT.OK : EXIT.NOTHING);
    });

  common(
    program
      .command("speakers")
      .description("list who is quoted: name, role, kind, quotes, mentions, share of the quoted words")
      .argument("[file...]", "input files; - or none (with piped input) reads standard input")
      .option("--json", "the speakers as a JSON array (each with its file when there are several inputs)")
      .option("-w, --width <columns>", "fit the table to this width (default: the terminal's, or 80)", parseWidth)
      .option("--color", "colour even when not on a terminal")
      .option("--no-color", "never colour"),
  )
    .addHelpText("after", EXAMPLES_SPEAKERS)
    .action(async (files: string[], options: CommonOptions & { json?: boolean; width?: number }) => {
      const inputs = inputsOrStdin(files, io);
      if (!inputs) return usage(program.commands.find((c) => c.name() === "speakers")!, io, setExit);
      const session = new Session(io, options);
      const { renderSpeakers } = await import("../render/speakers.js");
      const style = options.json ? undefined : await makeStyle(colorLevel(io, options.color));
      const width = Math.min(options.width ?? io.stdout.columns ?? 80, 1000);
      const many = inputs.length > 1;
      const collected: unknown[] = [];
      let loaded = 0;
      let found = 0;
      let printed = 0;
      for await (const { label, document } of session.documents(inputs)) {
        loaded++;
        found += document.speakers.length;
        if (options.json) {
          for (const s of document.speakers) collected.push(many ? { file: document.source.path, ...s } : s);
          continue;
        }
        const table = renderSpeakers(document, { width, style });
        if (!table) continue;
        if (many) io.stdout.write(`${printed ? "\n" : ""}==> ${label} <==\n`);
        io.stdout.write(table);
        printed++;
      }
      if (options.json && loaded) io.stdout.write(JSON.stringify(collected, null, 2) + "\n");
      setExit(session.failed ? EXIT.ERROR : found ? EXIT.OK : EXIT.NOTHING);
    });

  common(
    program
      .command("claims")
      .description("list the numeric claims: a table on a terminal, JSON into a pipe")
      .argument("[file...]", "input files; - or none (with piped input) reads standard input")
      .option("--min <n>", "claims whose value is at least N (a range: whose high end is)", parseNumber)
      .option("--max <n>", "claims whose value is at most N (a range: whose low end is)", parseNumber)
      .option("--unit <unit>", "claims in this unit: %, usd, gbp, eur, km, people, hostage... (repeat for several)", collectUnit)
      .option("--kind <kinds>", `only these kinds, comma-separated: ${CLAIM_KINDS.join(", ")}`, collectClaimKinds)
      .option("--speaker <pattern>", "claims stated by this speaker: the words of any of their names, in order (repeat for several)", collectSpeaker)
      .addOption(new Option("--json", "one JSON array of the matching claims, each with its file, even on a terminal").conflicts(["ndjson"]))
      .option("--ndjson", "one matching claim per line, as JSON")
      .option("-w, --width <columns>", "fit the table to this width (default: the terminal's, or 80)", parseWidth)
      .option("--color", "colour even when NO_COLOR is set")
      .option("--no-color", "never colour"),
  )
    .addHelpText("after", EXAMPLES_CLAIMS)
    .action(async (files: string[], options: CommonOptions & ClaimsOptions) => {
      const cmd = program.commands.find((c) => c.name() === "claims")!;
      const inputs = inputsOrStdin(files, io);
      if (!inputs) return usage(cmd, io, setExit);
      if (options.min !== undefined && options.max !== undefined && options.min > options.max) {
        io.stderr.write(`article: --min ${options.min} is more than --max ${options.max}\n(run with --help for usage)\n`);
        return setExit(EXIT.ERROR);
      }
      const session = new Session(io, options);
      const [{ selectClaims }, { renderClaims }, { lineColumn }] = await Promise.all([import("../select.js"), import("../render/claims.js"), import("../position.js")]);
      // A table for people on a terminal, JSON for programs.
      const table = !options.json && !options.ndjson && Boolean(io.stdout.isTTY);
      const style = table ? await makeStyle(colorLevel(io, options.color)) : undefined;
      const width = Math.min(options.width ?? (io.stdout.columns || 80), 1000);
      const filter = { min: options.min, max: options.max, units: options.unit, kinds: options.kind, speakers: options.speaker };
      const many = inputs.length > 1;
      const collected: (Claim & { file: string | null })[] = [];
      let loaded = 0;
      let matched = 0;
      let printed = 0;
      for await (const { label, document, input } of session.documents(inputs)) {
        loaded++;
        const claims = selectClaims(document, filter);
        matched += claims.length;
        if (options.ndjson) {
          for (const c of claims) io.stdout.write(JSON.stringify({ file: document.source.path, ...c }) + "\n");
        } else if (!table) {
          for (const c of claims) collected.push({ file: document.source.path, ...c });
        } else if (claims.length) {
          if (many) io.stdout.write(`${printed ? "\n" : ""}==> ${label} <==\n`);
          io.stdout.write(renderClaims(document, claims, { width, style, at: lineColumn(input) }));
          printed++;
        }
      }
      if (!table && !options.ndjson && loaded) io.stdout.write(JSON.stringify(collected, null, 2) + "\n");
      setExit(session.failed ? EXIT.ERROR : matched ? EXIT.OK : EXIT.NOTHING);
    });

  return program;
}

function usage(cmd: Command, io: CliIO, setExit: (code: number) => void): void {
  io.stderr.write(`article: no input: give a FILE, or pipe text in (- reads standard input)\n`);
  io.stderr.write(cmd.helpInformation());
  setExit(EXIT.ERROR);
}

/** Runs the CLI with `argv` (without node and script) and returns the exit code. */
export async function run(argv: string[], io: CliIO): Promise<number> {
  let code: number = EXIT.OK;
  const program = buildProgram(io, (c) => (code = c));
  const debug = argv.includes("--debug");
  if (!argv.length) {
    io.stderr.write(program.helpInformation());
    return EXIT.ERROR;
  }
  try {
    await program.parseAsync(argv, { from: "user" });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here with exit code 0; usage errors with 1, which we make 2.
      return error.exitCode === 0 ? EXIT.OK : EXIT.ERROR;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`article: internal error: ${message.split("\n")[0]}${debug ? "" : " (run with --debug for details)"}\n`);
    if (debug && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
    return EXIT.ERROR;
  }
}
