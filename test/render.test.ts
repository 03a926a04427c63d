import { describe, expect, it } from "vitest";
import { parseText } from "../src/index.js";
import { lineColumn } from "../src/position.js";
import { printable, renderShow, wrap } from "../src/render/show.js";

describe("wrap", () => {
  it("breaks between words within the width", () => {
    expect(wrap("one two three four five", 9)).toEqual(["one two", "three", "four five"]);
  });
  it("puts a word longer than the width on its own line", () => {
    expect(wrap("a supercalifragilistic b", 5)).toEqual(["a", "supercalifragilistic", "b"]);
  });
});

describe("printable", () => {
  it("neutralises escape sequences, controls and bidi overrides", () => {
    expect(printable("a\u001b[31mred\u0007\u202Eb\tc")).toBe("a\\u001b[31mred\\u0007\\u202eb c");
  });
});

describe("lineColumn", () => {
  it("counts lines and columns from 1 across LF, CRLF and CR", () => {
    const at = lineColumn("ab\ncd\r\nef\rgh");
    expect(at(0)).toEqual({ line: 1, column: 1 });
    expect(at(4)).toEqual({ line: 2, column: 2 });
    expect(at(7)).toEqual({ line: 3, column: 1 });
    expect(at(10)).toEqual({ line: 4, column: 1 });
  });
});

describe("renderShow", () => {
  // Without its quotes and speakers: the speakers table that show ends with is tested in render-quotes.test.ts.
  const doc = { ...parseText("Council raises tax\n\n4 June 2024\n\nBy Jane Doe\n\nThe council voted on Tuesday to raise the local tax rate by five per cent, officials said.\n\nShare this article"), quotes: [], speakers: [] };
  it("prints the headline, one metadata line and the body", () => {
    expect(renderShow(doc, { width: 60 })).toBe(
      "Council raises tax\n4 June 2024 · By Jane Doe\n\nThe council voted on Tuesday to raise the local tax rate by\nfive per cent, officials said.\n",
    );
  });
  it("lists what was dropped, with positions, when verbose", () => {
    const input = "Council raises tax\n\n4 June 2024\n\nBy Jane Doe\n\nThe council voted on Tuesday to raise the local tax rate by five per cent, officials said.\n\nShare this article";
    expect(renderShow(doc, { width: 80, verbose: true, input })).toContain("Left out of the body:\n  9:1 dropped: share  Share this article\n");
  });
});
