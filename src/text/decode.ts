// Bytes to text. UTF-8 with or without BOM, UTF-16 LE/BE with BOM. Invalid UTF-8 becomes U+FFFD
// with a warning, so nothing is dropped without a trace. Never throws: refusals are values.
import type { Diagnostic, Source } from "../types.js";

export type Decoded =
  | { ok: true; text: string; encoding: Source["encoding"]; diagnostics: Diagnostic[] }
  | { ok: false; reason: "binary" | "empty"; message: string };

export function decodeBytes(bytes: Uint8Array): Decoded {
  let encoding: Source["encoding"] = "utf-8";
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) encoding = "utf-16le";
  else if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) encoding = "utf-16be";
  else if (bytes.includes(0)) return { ok: false, reason: "binary", message: "binary input (NUL bytes)" };

  const text = new TextDecoder(encoding).decode(bytes); // strips the BOM
  if (text.includes("\u0000")) return { ok: false, reason: "binary", message: "binary input (NUL characters)" };
  if (!/\S/.test(text)) return { ok: false, reason: "empty", message: "empty input" };

  const diagnostics: Diagnostic[] = [];
  const bad = encoding === "utf-8" ? text.indexOf("\uFFFD") : -1;
  if (bad >= 0 && !isValidUtf8(bytes)) {
    diagnostics.push({
      severity: "warning",
      code: "invalid-utf8",
      message: "invalid UTF-8 byte sequences were replaced with U+FFFD",
      start: bad,
      end: bad + 1,
    });
  }
  return { ok: true, text, encoding, diagnostics };
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
