// The command line in-process: output streams, exit codes, errors, colour and help.
import { mkdtempSync, readFileSync, writeFileSync, chmodSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { colorLevel, type CliIO } from "../src/cli/main.js";
import { VERSION } from "../src/cli/version.js";
import { cli, FIXTURES, ROOT, SEED } from "./helpers.js";

const SAMPLE = join(FIXTURES, "sample/input.txt");
const tmp = mkdtempSync(join(tmpdir(), "article-cli-"));
const write = (name: string, data: string | Buffer) => {
  const path = join(tmp, name);
  writeFileSync(path, data);
  return path;
};

describe("article parse", () => {
  it("prints one JSON document for one file", async () => {
    const r = await cli(["parse", SAMPLE]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const doc = JSON.parse(r.stdout);
    expect(doc.schemaVersion).toBe(1);
    expect(doc.source).toMatchObject({ path: SAMPLE, format: "text" });
    expect(doc.metadata.headline).toBe("Landslides kill at least 12 as record rain lashes northern province");
  });

  it("prints an array for several files and one line each with --ndjson", async () => {
    const many = await cli(["parse", SAMPLE, SEED]);
    expect(JSON.parse(many.stdout).map((d: { metadata: { date: string } }) => d.metadata.date)).toEqual(["2024-09-14", "2023-11-29"]);
    const nd = await cli(["parse", "--ndjson", SAMPLE, SEED]);
    const lines = nd.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[1]!).metadata.headline).toBe("US, Israel, Egypt spy chiefs talk Gaza truce in Qatar");
  });

  it("reads standard input for - and for no file when input is piped", async () => {
    const text = readFileSync(SAMPLE);
    for (const argv of [["parse", "-"], ["parse"]]) {
      const r = await cli(argv, { stdin: text });
      expect(r.code).toBe(0);
      const doc = JSON.parse(r.stdout);
      expect(doc.source.path).toBeNull();
      expect(doc.paragraphs.length).toBeGreaterThan(5);
    }
  });

  it("prints usage and exits 2 with no file on a terminal", async () => {
    const r = await cli(["parse"], { tty: true });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^article: no input/);
    expect(r.stderr).toMatch(/Usage: article parse/);
  });
});

describe("errors", () => {
  const cases: [string, () => string[], RegExp][] = [
    ["a missing file", () => ["parse", join(tmp, "nope.txt")], /: no such file$/],
    ["a directory", () => ["parse", tmp], /: is a directory$/],
    ["binary input", () => ["parse", write("bin.txt", Buffer.from([0x41, 0, 0x42, 0x43]))], /: binary input \(NUL bytes\)$/],
    ["empty input", () => ["parse", write("empty.txt", "")], /: empty input$/],
    ["whitespace only", () => ["parse", write("blank.txt", " \n\t\r\n ")], /: empty input$/],
    ["input over --max-size", () => ["parse", "--max-size", "1k", SAMPLE], /: input is larger than the 1 kB limit \(see --max-size\)$/],
  ];
  it.each(cases)("reports %s on one stderr line, exit 2, nothing on stdout", async (_, argv, message) => {
    const args = argv();
    const r = await cli(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    const lines = r.stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^article: /);
    expect(lines[0]).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it("reports an unreadable file", async () => {
    if (process.getuid?.() === 0) return; // root reads everything
    const path = write("secret.txt", "text");
    chmodSync(path, 0);
    const r = await cli(["parse", path]);
    expect(r.stderr).toMatch(/permission denied/);
  });

  it("goes on with the other inputs and exits 2 at the end", async () => {
    const r = await cli(["parse", "--ndjson", join(tmp, "missing.txt"), SAMPLE]);
    expect(r.code).toBe(2);
    expect(r.stdout.trimEnd().split("\n")).toHaveLength(1);
    expect(r.stderr).toBe(`article: ${join(tmp, "missing.txt")}: no such file\n`);
  });

  it("refuses HTML input for now with a clear message", async () => {
    const r = await cli(["parse", write("page.html", "<!doctype html><html><body><p>Hi</p></body></html>")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/HTML input is not supported yet/);
  });

  it("exits 2 on usage errors", async () => {
    expect((await cli(["parse", "--format", "pdf", SAMPLE])).code).toBe(2);
    expect((await cli(["parse", "--max-size", "lots", SAMPLE])).code).toBe(2);
    expect((await cli(["frobnicate"])).code).toBe(2);
    expect((await cli([], { tty: true })).code).toBe(2);
  });
});

describe("article show", () => {
  it("prints headline, one metadata line and the wrapped body", async () => {
    const r = await cli(["show", "--width", "60", SAMPLE]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split("\n");
    expect(lines[0]).toBe("Landslides kill at least 12 as record rain lashes northern");
    expect(lines[1]).toBe("province");
    expect(lines[2]).toBe("14 September 2024 · By Marisol Dizon");
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(60);
    expect(r.stdout).not.toMatch(/Share this article/);
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });

  it("lists what was dropped with --verbose", async () => {
    const r = await cli(["show", "--verbose", SAMPLE]);
    expect(r.stdout).toMatch(/Left out of the body:/);
    expect(r.stdout).toMatch(/1:1 dropped: navigation {2}Skip to content/);
    expect(r.stdout).toMatch(/dropped: share {2}Share this article/);
  });

  it("colours only when asked or on a terminal", async () => {
    expect((await cli(["show", SAMPLE], { tty: true })).stdout).toMatch(/\u001b\[1m/);
    expect((await cli(["show", "--no-color", SAMPLE], { tty: true })).stdout).not.toMatch(/\u001b\[/);
    expect((await cli(["show", SAMPLE], { tty: true, env: { NO_COLOR: "1" } })).stdout).not.toMatch(/\u001b\[/);
    expect((await cli(["show", SAMPLE], { env: { FORCE_COLOR: "1" } })).stdout).toMatch(/\u001b\[/);
    expect((await cli(["show", "--color", SAMPLE])).stdout).toMatch(/\u001b\[/);
  });

  it("wraps to the terminal's width", async () => {
    const r = await cli(["show", SAMPLE], { tty: true, columns: 50, env: { NO_COLOR: "1" } });
    expect(Math.max(...r.stdout.split("\n").map((l) => l.length))).toBeLessThanOrEqual(50);
  });
});

describe("colour level", () => {
  const io = (env: Record<string, string>, isTTY: boolean) => ({ env, stdout: { write: () => 0, isTTY } }) as unknown as CliIO;
  it("follows the flag, then FORCE_COLOR, then NO_COLOR, then the terminal", () => {
    expect(colorLevel(io({}, true), false)).toBe(0);
    expect(colorLevel(io({ FORCE_COLOR: "0" }, true), undefined)).toBe(0);
    expect(colorLevel(io({ FORCE_COLOR: "3" }, false), undefined)).toBe(3);
    expect(colorLevel(io({ NO_COLOR: "1" }, true), undefined)).toBe(0);
    expect(colorLevel(io({}, false), undefined)).toBe(0);
    expect(colorLevel(io({ TERM: "xterm-256color" }, true), undefined)).toBe(2);
  });
});

describe("help and version", () => {
  it("prints the version from package.json", async () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
    expect(VERSION).toBe(pkg.version);
    const r = await cli(["--version"]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(pkg.version);
  });

  it.each([["--help"], ["parse", "--help"], ["show", "--help"]])("%s prints usage with examples, exit 0", async (...argv) => {
    const r = await cli(argv);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Usage: article/);
    expect(r.stdout).toMatch(/Examples:/);
    expect(r.stderr).toBe("");
  });
});
