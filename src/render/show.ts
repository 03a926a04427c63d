// The document for a person: headline block, one metadata line, wrapped body paragraphs, and
// with `verbose` what was left out and why. Styling comes in as functions, so this module
// knows nothing of terminals or colour libraries.
import type { ArticleDocument } from "../types.js";
import { lineColumn } from "../position.js";

export interface Style {
  headline(s: string): string;
  subheadline(s: string): string;
  meta(s: string): string;
  dim(s: string): string;
  label(s: string): string;
}

const plain = (s: string) => s;
export const PLAIN_STYLE: Style = { headline: plain, subheadline: plain, meta: plain, dim: plain, label: plain };

export interface ShowOptions {
  width: number;
  style?: Style;
  verbose?: boolean;
  /** The decoded input, for line:column positions in the verbose listing. */
  input?: string;
}

/** Control characters and bidi overrides would let input text steer the terminal. */
export function printable(s: string): string {
  return s.replace(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g, (c) =>
    c === "\t" ? " " : `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/** Greedy word wrap; a word longer than the width stands alone on its line. */
export function wrap(text: string, width: number, indent = ""): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width - indent.length) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(indent + line);
  return lines;
}

export function renderShow(doc: ArticleDocument, options: ShowOptions): string {
  const style = options.style ?? PLAIN_STYLE;
  const width = Math.max(20, options.width);
  const m = doc.metadata;
  const out: string[] = [];
  const block = (text: string, paint: (s: string) => string) => {
    for (const line of wrap(printable(text), width)) out.push(paint(line));
  };
  if (m.headline) block(m.headline, style.headline);
  if (m.subheadline) block(m.subheadline, style.subheadline);
  const facts = [
    m.dateText ?? m.date,
    m.byline.length ? `By ${m.byline.join(", ")}` : null,
    m.readingTime,
  ].filter((x): x is string => Boolean(x));
  if (facts.length) out.push(style.meta(printable(facts.join(" · "))));
  if (m.standfirst) {
    out.push("");
    block(m.standfirst, style.subheadline);
  }
  if (out.length) out.push("");
  for (const p of doc.paragraphs) {
    block(p.text, (s) => s);
    out.push("");
  }
  if (!doc.paragraphs.length) out.push(style.dim("(no article body found)"), "");
  if (options.verbose) {
    const at = options.input ? lineColumn(options.input) : null;
    const where = (offset: number) => {
      if (!at) return "";
      const { line, column } = at(offset);
      return `${line}:${column} `;
    };
    const notes: [number, string, string][] = [];
    for (const c of m.captions) notes.push([c.start, "caption", c.text]);
    for (const c of m.credits) notes.push([c.start, "credit", c.text]);
    if (m.dateline) notes.push([m.spans.dateline!.start, "dateline", m.dateline]);
    for (const d of doc.dropped) notes.push([d.start, `dropped: ${d.reason}`, d.text]);
    notes.sort((a, b) => a[0] - b[0]);
    if (notes.length) out.push(style.label("Left out of the body:"));
    for (const [start, label, text] of notes) {
      const one = printable(text.replace(/\s+/g, " "));
      const short = one.length > width - 30 ? `${one.slice(0, Math.max(10, width - 31))}…` : one;
      out.push(`  ${style.dim(where(start))}${style.label(label)}  ${short}`);
    }
    for (const d of doc.diagnostics) out.push(`  ${style.dim(where(d.start))}${style.label(d.severity)}  ${printable(d.message)}`);
    if (notes.length || doc.diagnostics.length) out.push("");
  }
  while (out.length && out.at(-1) === "") out.pop();
  return out.join("\n") + "\n";
}
