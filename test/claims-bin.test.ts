// `claims` as users run it: a real process, real pipes (so JSON, not the table), real exit codes.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseBytes } from "../src/index.js";
import { ROOT, SEED } from "./helpers.js";

const BIN = join(ROOT, "bin/article.js");
const tmp = mkdtempSync(join(tmpdir(), "article-claims-bin-"));
const env = { ...process.env, FORCE_COLOR: undefined, NO_COLOR: undefined };
const run = (args: string[], input?: string) => spawnSync("node", [BIN, ...args], { encoding: "utf8", input, env });
const parsed = parseBytes(readFileSync(SEED), { path: SEED });
const seedClaims = parsed.ok ? parsed.document.claims : [];

describe("bin/article.js claims", () => {
  it("prints JSON into a pipe: the document's claims, each with its file", () => {
    const r = run(["claims", SEED]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(seedClaims.length ? 0 : 1);
    expect(JSON.parse(r.stdout)).toEqual(seedClaims.map((c) => ({ file: SEED, ...c })));
  });

  it("exits 1 with [] when nothing matches, 2 on a usage error or a missing file", () => {
    const none = run(["claims", "--min", "1e300", SEED]);
    expect(none).toMatchObject({ status: 1, stdout: "[]\n", stderr: "" });
    const usage = run(["claims", "--kind", "price", SEED]);
    expect(usage.status).toBe(2);
    expect(usage.stdout).toBe("");
    expect(usage.stderr).toMatch(/^article: option '--kind <kinds>' argument 'price' is invalid\. unknown kind "price"; the kinds are count, money/);
    const missing = run(["claims", join(tmp, "gone.txt")]);
    expect(missing).toMatchObject({ status: 2, stdout: "", stderr: `article: ${join(tmp, "gone.txt")}: no such file\n` });
  });

  it("reads standard input (file null) and stops quietly when the reader goes away (EPIPE)", () => {
    const text = readFileSync(SEED, "utf8");
    const piped = run(["claims", "--ndjson"], text);
    expect(piped.stdout.split("\n").filter(Boolean).map((l) => JSON.parse(l).file)).toEqual(seedClaims.map(() => null));
    const big = join(tmp, "big.txt");
    writeFileSync(big, text.repeat(200));
    for (const flag of ["--ndjson", "--json"]) {
      const r = spawnSync("bash", ["-c", `node "${BIN}" claims ${flag} "${big}" | head -1 >/dev/null; echo "\${PIPESTATUS[0]}"`], { encoding: "utf8", env });
      expect(r.stdout.trim(), flag).toBe(seedClaims.length ? "0" : "1");
      expect(r.stderr, flag).toBe("");
    }
  });
});
