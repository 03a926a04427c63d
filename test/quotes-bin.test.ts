// `quotes` and `speakers` as users run them: a real process, real pipes, real exit codes.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, SEED } from "./helpers.js";

const BIN = join(ROOT, "bin/article.js");
const tmp = mkdtempSync(join(tmpdir(), "article-quotes-bin-"));
const run = (args: string[], input?: string) => spawnSync("node", [BIN, ...args], { encoding: "utf8", input, env: { ...process.env, FORCE_COLOR: undefined, NO_COLOR: undefined } });

describe("bin/article.js quotes and speakers", () => {
  it("lists quotes without colour into a pipe, and exits 0", () => {
    const r = run(["quotes", SEED]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(line).toMatch(/^\d+:\d+: [^\u001b]+: “.*”$/);
  });

  it("exits 1 with nothing on stdout when nothing matches or nobody is quoted", () => {
    const plain = join(tmp, "plain.txt");
    writeFileSync(plain, "Council meets\n\nThe council met on Tuesday and agreed the budget for next year without a vote.\n");
    for (const args of [["quotes", plain], ["speakers", plain], ["quotes", "--speaker", "nobody at all", SEED]]) {
      const r = run(args);
      expect(r.status, args.join(" ")).toBe(1);
      expect(r.stdout).toBe("");
      expect(r.stderr).toBe("");
    }
  });

  it("reads standard input and stops quietly when the reader goes away (EPIPE)", () => {
    const piped = run(["quotes", "-c"], readFileSync(SEED, "utf8"));
    expect(Number(piped.stdout)).toBeGreaterThan(3);
    const big = join(tmp, "big.txt");
    writeFileSync(big, readFileSync(SEED, "utf8").repeat(200));
    const r = spawnSync("bash", ["-c", `node "${BIN}" quotes "${big}" | head -1 >/dev/null; echo "\${PIPESTATUS[0]}"`], { encoding: "utf8" });
    expect(r.stdout.trim()).toBe("0");
    expect(r.stderr).toBe("");
  });
});
