// The built entry point as users run it: a real process, real pipes, real exit codes.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES, ROOT, SEED } from "./helpers.js";

const BIN = join(ROOT, "bin/article.js");
const SAMPLE = join(FIXTURES, "sample/input.txt");

describe("bin/article.js", () => {
  it("parses a file to JSON", () => {
    const out = execFileSync("node", [BIN, "parse", SEED], { encoding: "utf8" });
    expect(JSON.parse(out).metadata.date).toBe("2023-11-29");
  });

  it("reads piped standard input", () => {
    const r = spawnSync("node", [BIN, "show", "--no-color"], { input: readFileSync(SAMPLE), encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(r.stdout.split("\n")[0]).toMatch(/^Landslides kill at least 12/);
  });

  it("exits quietly when the reader of its output goes away (EPIPE)", () => {
    const dir = mkdtempSync(join(tmpdir(), "article-bin-"));
    const big = join(dir, "big.txt");
    writeFileSync(big, readFileSync(SEED, "utf8").repeat(400));
    const r = spawnSync("bash", ["-c", `node "${BIN}" parse "${big}" | head -c 100 >/dev/null; echo "\${PIPESTATUS[0]}"`], { encoding: "utf8" });
    expect(r.stdout.trim()).toBe("0");
    expect(r.stderr).toBe("");
  });

  it("exits 2 with one line for a missing file", () => {
    const r = spawnSync("node", [BIN, "parse", "/no/such/file.txt"], { encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe("article: /no/such/file.txt: no such file\n");
  });

  it("prints usage and exits 2 when run with nothing", () => {
    const r = spawnSync("node", [BIN], { encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/Usage: article/);
  });
});
