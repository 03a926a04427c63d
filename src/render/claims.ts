// The claims table: one row per numeric claim, where it is, its number (readably: 2,300,000;
// 0.5; 500–750), how it is hedged, its unit and kind, who states it, and the sentence it sits in
// with the claim's words highlighted, fitted to the width of the terminal.
import type { ArticleDocument, Claim, Span } from "../types.js";
import type { LineColumn } from "../position.js";
import { sentenceSpans } from "../quotes/sentences.js";
import { PLAIN_STYLE, speakerPaints, type Paint, type Style } from "./style.js";
import { displayWidth, fit, oneLine, printable, truncate } from "./text.js";

const GROUPED = new Intl.NumberFormat("en-US", { maximumFractionDigits: 3 });

/**
 * A number as people read it: thousands grouped ("2,300,000"), at most three decimals from 1 up
 * ("2.5", "1,234.568"), three significant digits below 1 ("0.5", "0.333", "0.00125").
 */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (n !== 0 && Math.abs(n) < 1) return String(Number(n.toPrecision(3)));
  return GROUPED.format(n);
}

/** The claim's number, or its range as "500–750". */
export function formatValue(claim: Pick<Claim, "value" | "high">): string {
  const low = formatNumber(claim.value);
  if (claim.high === null) return low;
  const high = formatNumber(claim.high);
  return high === low ? low : `${low}–${high}`;
}

/** The text around a claim for one line: `before` and `after` are cut with "…" where they were cut. */
export interface ClaimContext {
  before: string;
  claim: string;
  after: string;
}

/** Whitespace runs to one space, control characters neutralised. */
const flat = (s: string) => printable(s.replace(/\s+/g, " "));

/** The end of `s` in at most `width` cells, starting at a word when it can. */
function tail(s: string, width: number): string {
  const chars = [...s];
  let n = 0;
  let i = chars.length;
  while (i > 0) {
    const w = displayWidth(chars[i - 1]!);
    if (n + w > width) break;
    n += w;
    i--;
  }
  let out = chars.slice(i).join("");
  if (i > 0 && !/\s/.test(chars[i - 1]!)) {
    const space = out.indexOf(" ");
    if (space >= 0) out = out.slice(space + 1);
  }
  return out.trimStart();
}

/** The start of `s` in at most `width` cells, ending at a word when it can. */
function head(s: string, width: number): string {
  const chars = [...s];
  let n = 0;
  let i = 0;
  while (i < chars.length) {
    const w = displayWidth(chars[i]!);
    if (n + w > width) break;
    n += w;
    i++;
  }
  let out = chars.slice(0, i).join("");
  if (i < chars.length && !/\s/.test(chars[i]!)) {
    const space = out.lastIndexOf(" ");
    if (space >= 0) out = out.slice(0, space);
  }
  return out.trimEnd();
}

/** The paragraph holding the claim: the one it names, else the one around it. */
function paragraphOf(doc: Pick<ArticleDocument, "paragraphs">, claim: Claim) {
  const named = doc.paragraphs[claim.paragraph];
  if (named && named.start <= claim.start && claim.end <= named.end) return named;
  return doc.paragraphs.find((p) => p.start <= claim.start && claim.end <= p.end) ?? null;
}

/**
 * The sentence holding the claim (sentences as the quote engine cuts them: a quotation is never
 * cut), on one line; when it is wider than `width` cells, a window of it around the claim, as
 * even on both sides as the sentence allows, cut at words and marked with "…". A claim wider
 * than the width is cut itself.
 */
export function claimContext(doc: Pick<ArticleDocument, "paragraphs" | "quotes">, claim: Claim, width: number): ClaimContext {
  const p = paragraphOf(doc, claim);
  if (!p) return { before: "", claim: truncate(oneLine(claim.text), Math.max(1, width)), after: "" };
  const s = claim.start - p.start;
  const e = claim.end - p.start;
  // The quotation marks lie just outside a quote's span.
  const quoted: Span[] = doc.quotes
    .filter((q) => q.start < p.end && q.end > p.start)
    .map((q) => ({ start: Math.max(0, q.start - p.start - 1), end: Math.min(p.text.length, q.end - p.start + 1) }));
  let from = 0;
  let to = p.text.length;
  for (const span of sentenceSpans(p.text, quoted)) {
    if (span.end <= s) from = span.end;
    else if (span.start >= e) {
      to = Math.min(to, span.start);
      break;
    }
  }
  let before = flat(p.text.slice(from, s)).trimStart();
  const words = flat(p.text.slice(s, e)).trim();
  let after = flat(p.text.slice(e, to)).trimEnd();
  const claimW = displayWidth(words);
  if (displayWidth(before) + claimW + displayWidth(after) <= width) return { before, claim: words, after };
  if (claimW >= width - 2) return { before: "", claim: truncate(words, Math.max(1, width)), after: "" };
  // Share the room left over, half each, giving one side's spare to the other.
  const room = width - claimW;
  let roomBefore = Math.floor(room / 2);
  let roomAfter = room - roomBefore;
  const beforeW = displayWidth(before);
  const afterW = displayWidth(after);
  if (beforeW <= roomBefore) [roomBefore, roomAfter] = [beforeW, room - beforeW];
  else if (afterW <= roomAfter) [roomBefore, roomAfter] = [room - afterW, afterW];
  if (beforeW > roomBefore) before = `…${tail(before, roomBefore - 1)}`;
  if (afterW > roomAfter) after = `${head(after, roomAfter - 1)}…`;
  return { before, claim: words, after };
}

export interface ClaimsOptions {
  /** Columns available (the table fits in it, down to a point). */
  width: number;
  style?: Style;
  /** Offset to line and column in the decoded input. */
  at: (offset: number) => LineColumn;
}

const SEP = "  ";
/** The width the text column gets before anything is cut or left out for it. */
const WANT_TEXT = 40;
const SOURCE_FLOOR = 12;
const UNIT_FLOOR = 10;
/** Without the kind column, what the text gets by cutting source and unit further. */
const FAIR_TEXT = 26;
const LAST_SOURCE_FLOOR = 8;
const LAST_UNIT_FLOOR = 6;
const MIN_TEXT = 20;
const NONE = "—";

/** `s` fitted to `width` cells, painted without the padding. */
function padded(s: string, width: number, paint: Paint): string {
  const cut = fit(s, width);
  const text = cut.trimEnd();
  return paint(text) + cut.slice(text.length);
}

/**
 * The table, a header line then one line per claim (each ending in a newline), or "" when there
 * are none:
 *
 *     line:col      value  qualifier  unit     kind   source          text
 *     9:98             12  at_least   people   count  officials       …have killed at least 12 people in the…
 *
 * "exact" and the "—" of a missing unit or source are dim; the source is in its speaker's
 * colour, and so is the claim in the text, which is also painted with `style.claim`. When the
 * text would have fewer than 40 columns, the source and the unit are cut (…) down to 12 and 10
 * cells; then the kind column is left out (the unit mostly says it); then source and unit are cut
 * down to 8 and 6 cells for a text of 26. The text takes what is left, at least 20 columns, so a
 * table can be wider than a very narrow terminal.
 */
export function renderClaims(doc: Pick<ArticleDocument, "paragraphs" | "quotes" | "speakers">, claims: readonly Claim[], options: ClaimsOptions): string {
  if (!claims.length) return "";
  const style = options.style ?? PLAIN_STYLE;
  const paintOf = speakerPaints(doc, style);
  const cells = claims.map((c) => {
    const { line, column } = options.at(c.start);
    return {
      claim: c,
      where: `${line}:${column}`,
      value: formatValue(c),
      qualifier: c.qualifier,
      unit: c.unit === null ? NONE : oneLine(c.unit),
      kind: c.kind,
      source: c.source ? oneLine(c.source.name) : NONE,
    };
  });
  const widest = (header: string, values: string[]) => Math.max(displayWidth(header), ...values.map(displayWidth));
  const whereW = widest("line:col", cells.map((c) => c.where));
  const valueW = widest("value", cells.map((c) => c.value));
  const qualifierW = widest("qualifier", cells.map((c) => c.qualifier));
  const kindW = widest("kind", cells.map((c) => c.kind));
  const unitNat = widest("unit", cells.map((c) => c.unit));
  const sourceNat = widest("source", cells.map((c) => c.source));
  let unitW = unitNat;
  let sourceW = sourceNat;
  let textW = options.width - 6 * SEP.length - whereW - valueW - qualifierW - kindW - unitW - sourceW;
  // Cells for the text, taken from the source and then the unit, down to the floors given.
  const give = (want: number, sourceFloor: number, unitFloor: number) => {
    const fromSource = Math.min(Math.max(0, want - textW), Math.max(0, sourceW - sourceFloor));
    sourceW -= fromSource;
    textW += fromSource;
    const fromUnit = Math.min(Math.max(0, want - textW), Math.max(0, unitW - unitFloor));
    unitW -= fromUnit;
    textW += fromUnit;
  };
  give(WANT_TEXT, SOURCE_FLOOR, UNIT_FLOOR);
  const withKind = textW >= WANT_TEXT;
  if (!withKind) {
    textW += kindW + SEP.length;
    // What the kind's room brings over the text's want goes back to the unit, then the source.
    const toUnit = Math.min(Math.max(0, textW - WANT_TEXT), unitNat - unitW);
    unitW += toUnit;
    textW -= toUnit;
    const toSource = Math.min(Math.max(0, textW - WANT_TEXT), sourceNat - sourceW);
    sourceW += toSource;
    textW -= toSource;
  }
  give(FAIR_TEXT, LAST_SOURCE_FLOOR, LAST_UNIT_FLOOR);
  textW = Math.max(MIN_TEXT, textW);
  const row = (cells: string[]) => (withKind ? cells : [...cells.slice(0, 4), ...cells.slice(5)]).join(SEP);

  const header = row([
    fit("line:col", whereW),
    fit("value", valueW, true),
    fit("qualifier", qualifierW),
    fit("unit", unitW),
    fit("kind", kindW),
    fit("source", sourceW),
    "text",
  ]);
  const lines = [style.label(header)];
  for (const c of cells) {
    const speaker = c.claim.source ? paintOf(c.claim.source.id) : null;
    const mark: Paint = speaker ? (s) => speaker(style.claim(s)) : style.claim;
    const context = claimContext(doc, c.claim, textW);
    lines.push(
      row([
        padded(c.where, whereW, style.position),
        fit(c.value, valueW, true),
        padded(c.qualifier, qualifierW, c.qualifier === "exact" ? style.dim : (s) => s),
        padded(c.unit, unitW, c.claim.unit === null ? style.dim : (s) => s),
        fit(c.kind, kindW),
        padded(c.source, sourceW, speaker ?? style.dim),
        context.before + mark(context.claim) + context.after,
      ]),
    );
  }
  return lines.join("\n") + "\n";
}
