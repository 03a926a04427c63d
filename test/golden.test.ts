// Golden files: fixtures/<case>/expected.json (the `parse` document) and expected.show.txt (the
// `show --verbose` text, 80 columns, no colour). Regenerate with `npm run test:update`
// (UPDATE_GOLDEN=1) and review the diff before committing.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { decodeBytes, parseBytes } from "../src/index.js";
import { renderShow } from "../src/render/show.js";
import { FIXTURES, fixtureNames, ROOT } from "./helpers.js";

const update = process.env.UPDATE_GOLDEN === "1";
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(JSON.parse(readFileSync(join(ROOT, "schema/article.schema.json"), "utf8")));

function check(path: string, actual: string): void {
  if (update) {
    writeFileSync(path, actual);
    return;
  }
  expect(existsSync(path), `${path} is missing: run npm run test:update and review it`).toBe(true);
  expect(actual).toBe(readFileSync(path, "utf8"));
}

describe.each(fixtureNames())("golden %s", (name) => {
  const bytes = readFileSync(join(FIXTURES, name, "input.txt"));
  const result = parseBytes(bytes, { path: `fixtures/${name}/input.txt` });
  const decoded = decodeBytes(bytes);
  if (!result.ok || !decoded.ok) throw new Error(`fixture ${name} did not parse`);

  it("parses to expected.json", () => {
    check(join(FIXTURES, name, "expected.json"), JSON.stringify(result.document, null, 2) + "\n");
  });

  it("keeps an expected.json that validates against the schema", () => {
    const golden = JSON.parse(readFileSync(join(FIXTURES, name, "expected.json"), "utf8"));
    validate(golden);
    expect(validate.errors ?? []).toEqual([]);
  });

  it("shows as expected.show.txt", () => {
    check(join(FIXTURES, name, "expected.show.txt"), renderShow(result.document, { width: 80, verbose: true, input: decoded.text }));
  });
});
