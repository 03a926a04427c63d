// The `quotes` listing, grep-like: one line per quote, `file:line:col: Speaker: “text”`, and with
// `explain` a second, indented line with the evidence for it.
import type { Quote, TextSpan } from "../types.js";
import type { LineColumn } from "../position.js";
import { PLAIN_STYLE, type Paint, type Style } from "./style.js";
import { oneLine, printable } from "./text.js";

export interface QuoteLineOptions {
  /** The input's name, or null to leave the `file:` prefix out (a single input, like grep). */
  file: string | null;
  /** Offset to line and column in the decoded input. */
  at: (offset: number) => LineColumn;
  style?: Style;
  /** The speaker's colour (see `speakerPaints`). */
  paintOf?: (id: string | null) => Paint;
  explain?: boolean;
}

const OPENERS = /^["“„«‹”]/;
const CLOSERS = /["”“»›]$/;

/** The quote's words on one line, without the quotation marks around it when it holds them. */
export function quoteText(text: string): string {
  const t = oneLine(text);
  if (t.length >= 2 && OPENERS.test(t) && CLOSERS.test(t) && !/["“”„«»]/.test(t.slice(1, -1))) return t.slice(1, -1).trim();
  return t;
}

const position = (at: QuoteLineOptions["at"], offset: number) => {
  const { line, column } = at(offset);
  return `${line}:${column}`;
};

/** `file:line:col: Speaker: “text”` (no `file:` when `file` is null). */
export function renderQuoteLine(q: Quote, options: QuoteLineOptions): string {
  const style = options.style ?? PLAIN_STYLE;
  const file = options.file === null ? "" : `${style.file(printable(options.file))}:`;
  const who = q.speaker ? style.strong((options.paintOf?.(q.speaker.id) ?? ((s: string) => s))(oneLine(q.speaker.name))) : style.dim("(unattributed)");
  return `${file}${style.position(position(options.at, q.start))}: ${who}: “${quoteText(q.text)}”`;
}

/**
 * The evidence, indented: `q3 direct · cue “said” 24:74 · named-after “Ramon Castillo” 24:79 ·
 * via “a US official” 20:1 · continues q2`. Without a printed cue: `no cue`; the method stands
 * alone when no words name the source (`none`, or a carried-over speaker).
 */
export function renderExplain(q: Quote, options: QuoteLineOptions): string {
  const style = options.style ?? PLAIN_STYLE;
  const span = (s: TextSpan) => `“${oneLine(s.text)}” ${style.position(position(options.at, s.start))}`;
  const parts = [`${q.id} ${style.label(q.kind)}`];
  parts.push(q.cue ? `cue ${span(q.cue)}` : "no cue");
  const a = q.attribution;
  parts.push(a.mention ? `${style.label(a.method)} ${span(a.mention)}` : style.label(a.method));
  if (a.via) parts.push(`via ${span(a.via)}`);
  if (q.continues) parts.push(`continues ${q.continues}`);
  return `    ${parts.join(style.dim(" · "))}`;
}

/** The lines for `quotes` (each ending in a newline), with the evidence lines when `explain`. */
export function renderQuotes(quotes: readonly Quote[], options: QuoteLineOptions): string {
  let out = "";
  for (const q of quotes) {
    out += renderQuoteLine(q, options) + "\n";
    if (options.explain) out += renderExplain(q, options) + "\n";
  }
  return out;
}
