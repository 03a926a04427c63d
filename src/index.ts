// The library: bytes or text in, one ArticleDocument out. Knows nothing of files, argv or terminals.
import { decodeBytes } from "./text/decode.js";
import { findClaims } from "./claims/index.js";
import { findQuotes } from "./quotes/index.js";
import { readText } from "./text/reader.js";
import { SCHEMA_VERSION, type ArticleDocument, type Diagnostic, type InputFormat, type Source } from "./types.js";

export * from "./types.js";
export { decodeBytes } from "./text/decode.js";
export { lineColumn, type LineColumn } from "./position.js";
export { findQuotes, type QuoteReading } from "./quotes/index.js";
export { findClaims } from "./claims/index.js";

export interface ParseOptions {
  /** Shown in `source.path`; null for standard input. */
  path?: string | null;
  format?: InputFormat | "auto";
  encoding?: Source["encoding"];
}

export type ParseResult =
  | { ok: true; document: ArticleDocument }
  | { ok: false; reason: "binary" | "empty" | "unsupported"; message: string };

const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/i;

/** html when the name says .html/.htm or the text starts like a page, else text. */
export function detectFormat(path: string | null | undefined, text: string): InputFormat {
  if (path && /\.x?html?$/i.test(path)) return "html";
  return HTML_START.test(text.slice(0, 4096)) ? "html" : "text";
}

/** Parse decoded text. Never throws. */
export function parseText(text: string, options: ParseOptions = {}): ArticleDocument {
  const reading = readText(text);
  const diagnostics: Diagnostic[] = [];
  if (!reading.paragraphs.length && text.trim()) {
    diagnostics.push({ severity: "warning", code: "no-body", message: "no article body found", start: 0, end: 0 });
  }
  const said = findQuotes(text, reading.paragraphs, { authors: reading.metadata.byline });
  for (const d of said.diagnostics) diagnostics.push(d); // a loop: spreading 100,000 arguments overflows the stack
  return {
    schemaVersion: SCHEMA_VERSION,
    source: { path: options.path ?? null, format: "text", length: text.length, encoding: options.encoding ?? "utf-8" },
    metadata: reading.metadata,
    paragraphs: reading.paragraphs,
    dropped: reading.dropped,
    quotes: said.quotes,
    speakers: said.speakers,
    claims: findClaims(text, reading.paragraphs, said.quotes),
    diagnostics,
  };
}

/** Decode and parse raw bytes. Never throws: binary or empty input is a refusal value. */
export function parseBytes(bytes: Uint8Array, options: ParseOptions = {}): ParseResult {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return decoded;
  const format = !options.format || options.format === "auto" ? detectFormat(options.path, decoded.text) : options.format;
  if (format === "html") {
    return { ok: false, reason: "unsupported", message: "HTML input is not supported yet; save the page as text or use --format text" };
  }
  const document = parseText(decoded.text, { ...options, encoding: decoded.encoding });
  document.diagnostics = decoded.diagnostics.concat(document.diagnostics);
  return { ok: true, document };
}
