import { describe, expect, it } from "vitest";
import { decodeBytes, parseText } from "../src/index.js";

const utf16 = (s: string, le: boolean) => {
  const body = Buffer.from(s, "utf16le");
  if (!le) for (let i = 0; i < body.length; i += 2) [body[i], body[i + 1]] = [body[i + 1]!, body[i]!];
  return Buffer.concat([Buffer.from(le ? [0xff, 0xfe] : [0xfe, 0xff]), body]);
};

describe("decodeBytes", () => {
  it("reads UTF-8 and drops its BOM", () => {
    const r = decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("Café “news”")]));
    expect(r).toMatchObject({ ok: true, text: "Café “news”", encoding: "utf-8", diagnostics: [] });
  });

  it("reads UTF-16 LE and BE with a BOM", () => {
    expect(decodeBytes(utf16("Doha — talks", true))).toMatchObject({ ok: true, text: "Doha — talks", encoding: "utf-16le" });
    expect(decodeBytes(utf16("Doha — talks", false))).toMatchObject({ ok: true, text: "Doha — talks", encoding: "utf-16be" });
  });

  it("refuses NUL bytes as binary and blank input as empty", () => {
    expect(decodeBytes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]))).toMatchObject({ ok: false, reason: "binary" });
    expect(decodeBytes(Buffer.from(""))).toMatchObject({ ok: false, reason: "empty" });
    expect(decodeBytes(Buffer.from("\n \t\r\n"))).toMatchObject({ ok: false, reason: "empty" });
  });

  it("replaces invalid UTF-8 and says where", () => {
    const r = decodeBytes(Buffer.from([0x41, 0x42, 0xc3, 0x28, 0x43]));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.text).toBe("AB\uFFFD(C");
    expect(r.diagnostics).toEqual([expect.objectContaining({ code: "invalid-utf8", start: 2, end: 3 })]);
  });

  it("keeps a real U+FFFD in valid UTF-8 without a warning", () => {
    const r = decodeBytes(Buffer.from("a\uFFFDb"));
    expect(r.ok && r.diagnostics).toEqual([]);
  });
});

describe("line ends", () => {
  const lf = "Headline here for the test\n\nBy Jane Doe\n\nThe council voted on Tuesday to raise the rate by five per cent, officials said.\n";
  it.each([
    ["LF", lf],
    ["CRLF", lf.replace(/\n/g, "\r\n")],
    ["CR", lf.replace(/\n/g, "\r")],
  ])("reads %s text the same way, with offsets into it", (_, text) => {
    const doc = parseText(text);
    expect(doc.metadata.headline).toBe("Headline here for the test");
    expect(doc.metadata.byline).toEqual(["Jane Doe"]);
    expect(doc.paragraphs.map((p) => p.text)).toEqual(["The council voted on Tuesday to raise the rate by five per cent, officials said."]);
    for (const p of doc.paragraphs) expect(text.slice(p.start, p.end)).toBe(p.text);
  });
});
