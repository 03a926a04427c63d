// The document for a person: headline block, one metadata line, wrapped body paragraphs (when
// colouring, quotes in their speaker's colour and claims highlighted), and with `verbose` what was
// left out and why; then the speakers table when anyone is quoted.
// Styling comes in as functions, so this module knows nothing of terminals or colour libraries.
import type { ArticleDocument, Paragraph, Quote } from "../types.js";
import { lineColumn } from "../position.js";
import { renderSpeakers } from "./speakers.js";
import { PLAIN_STYLE, speakerPaints, type Paint, type Style } from "./style.js";
import { printable, wrap, wrapMarked, type Mark } from "./text.js";

export { PLAIN_STYLE, type Style } from "./style.js";
export { printable, wrap } from "./text.js";

export interface ShowOptions {
  width: number;
  style?: Style;
  verbose?: boolean;
  /** The decoded input, for line:column positions in the verbose listing. */
  input?: string;
}

/** The quotes inside paragraph `p`, as marks in its text painted in their speaker's colour. */
function quoteMarks(doc: ArticleDocument, p: Paragraph, paintOf: ReturnType<typeof speakerPaints>): Mark[] {
  const marks: Mark[] = [];
  for (const q of doc.quotes) {
    const start = Math.max(q.start, p.start);
    const end = Math.min(q.end, p.end);
    if (start < end) marks.push({ start: start - p.start, end: end - p.start, paint: paintOf(q.speaker?.id ?? null) });
  }
  return marks;
}

/**
 * The claims inside paragraph `p`, as marks painted with `style.claim`: the part of a claim inside
 * a quote keeps that quote's colour (the claim's paint goes inside it), so a claim mark, which
 * starts later and so wins over the quote's, does not take the quote's colour away.
 */
function claimMarks(doc: ArticleDocument, p: Paragraph, claim: Paint, paintOf: ReturnType<typeof speakerPaints>): Mark[] {
  const marks: Mark[] = [];
  const quotes = doc.quotes.filter((q) => q.start < p.end && q.end > p.start);
  for (const c of doc.claims) {
    const start = Math.max(c.start, p.start);
    const end = Math.min(c.end, p.end);
    if (start >= end) continue;
    // Cut the claim where a quote starts or ends, and paint each piece inside the quote that
    // wrapMarked lets win there (the one starting last; of two starting together, the shorter).
    const cuts = [start, end];
    for (const q of quotes) for (const at of [q.start, q.end]) if (at > start && at < end) cuts.push(at);
    cuts.sort((a, b) => a - b);
    for (let i = 0; i + 1 < cuts.length; i++) {
      const [a, b] = [cuts[i]!, cuts[i + 1]!];
      if (a === b) continue;
      let owner: Quote | null = null;
      for (const q of quotes) {
        if (q.start > a || q.end < b) continue;
        if (!owner || q.start > owner.start || (q.start === owner.start && q.end < owner.end)) owner = q;
      }
      const inQuote = owner ? paintOf(owner.speaker?.id ?? null) : null;
      marks.push({ start: a - p.start, end: b - p.start, paint: inQuote ? (s) => inQuote(claim(s)) : claim });
    }
  }
  return marks;
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
  // Quotes take their speaker's colour and claims are highlighted (inside a quote's colour when
  // they sit in one); without colour the body is left as it is.
  const paintOf = options.style && (doc.quotes.length || doc.claims.length) ? speakerPaints(doc, style) : null;
  for (const p of doc.paragraphs) {
    if (paintOf) for (const line of wrapMarked(p.text, width, [...quoteMarks(doc, p, paintOf), ...claimMarks(doc, p, style.claim, paintOf)])) out.push(line);
    else block(p.text, (s) => s);
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
  const speakers = renderSpeakers(doc, { width, style, indent: "  " });
  if (speakers) out.push(style.label("Speakers:"), ...speakers.slice(0, -1).split("\n"), "");
  while (out.length && out.at(-1) === "") out.pop();
  return out.join("\n") + "\n";
}
