// Quotation marks: which marks open and close a quotation, in each paragraph and across
// paragraphs. Double marks (straight, curly, low-9) and guillemets pair first; single marks
// (British style) only where no double quotation is open, and only when they cannot be
// apostrophes (don't, Qatar's, '90s, rock 'n' roll, the workers' union).
import type { Diagnostic, Span } from "../types.js";

/** What a quotation is replaced with, character for character, where its words must not be read as the reporter's. */
export const MASK = "\uE000";
const MAX_WARNINGS = 100;

export interface QuotedSpan extends Span {
  /** Where the marks are: [open, close) covers the marks too; start/end are the words inside. */
  open: number;
  close: number;
  /** The quotation runs on into the next paragraph (no closing mark here; the next one reopens). */
  runsOn: boolean;
  /** This segment reopens a quotation left running at the end of the paragraph before. */
  continued: boolean;
}

export interface ParagraphSpan extends Span {
  text: string;
}

type Family = "double" | "guillemet" | "single";
interface Mark {
  at: number;
  family: Family;
  /** Which way the mark can face, judged by its shape and its neighbours. */
  opens: boolean;
  closes: boolean;
}

const isLetter = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isSpaceOrEdge = (c: string | undefined) => c === undefined || /[\s([{\u2014\u2013/-]/.test(c);
const isCloseContext = (c: string | undefined) => c === undefined || /[\s.,;:!?)\]}\u2014\u2013…-]/.test(c);

// Words that begin with an apostrophe: '90s, 'n', 'em, 'til, 'cause, 'tis, 'twas.
const ELISION = /^(?:\d\ds?\b|n'|n’|em\b|til\b|cause\b|tis\b|twas\b|bout\b)/i;

// "rock 'n' roll": both marks are apostrophes.
const N_ELISION = /(?<=\s)['‘’]n['‘’](?=\s)/g;

const ANY_MARK = /["'\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019]/g;

function marksOf(text: string): Mark[] {
  const marks: Mark[] = [];
  ANY_MARK.lastIndex = 0;
  const skip = new Set<number>();
  if (/['‘’]n['‘’]/.test(text)) for (const m of text.matchAll(N_ELISION)) skip.add(m.index).add(m.index + 2);
  // Jump from mark to mark: most characters are none.
  for (let hit = ANY_MARK.exec(text); hit; hit = ANY_MARK.exec(text)) {
    const i = hit.index;
    const ch = text[i]!;
    if (skip.has(i)) continue;
    const before = text[i - 1];
    const after = text[i + 1];
    switch (ch) {
      case "\u201c": // “ (some sites close with it too: like us.“)
      case "\u201e": // „
        marks.push({ at: i, family: "double", opens: true, closes: ch === "\u201c" && !isSpaceOrEdge(before) && isCloseContext(after) && !isLetter(after) });
        break;
      case "\u201d": // ” (and some open with it: ”Yes,” she said)
        marks.push({ at: i, family: "double", opens: isSpaceOrEdge(before) && isLetter(after), closes: !(isSpaceOrEdge(before) && isLetter(after)) });
        break;
      case '"':
        marks.push({ at: i, family: "double", opens: isSpaceOrEdge(before) || !isLetter(before) && !/[.,!?]/.test(before ?? ""), closes: !isSpaceOrEdge(before) || isCloseContext(after) });
        break;
      case "\u00ab": // «
        marks.push({ at: i, family: "guillemet", opens: true, closes: false });
        break;
      case "\u00bb": // »
        marks.push({ at: i, family: "guillemet", opens: false, closes: true });
        break;
      case "\u2018": // ‘
      case "'":
      case "\u2019": {
        // ’
        if (isLetter(before) && isLetter(after)) break; // don't, Qatar's
        const opens = ch !== "\u2019" && isSpaceOrEdge(before) && isLetter(after) && !ELISION.test(text.slice(i + 1, i + 5));
        const closes = ch !== "\u2018" && !isSpaceOrEdge(before) && isCloseContext(after);
        if (opens || closes) marks.push({ at: i, family: "single", opens, closes });
        break;
      }
    }
  }
  return marks;
}

/** Pairs the marks of one family, left to right; returns pairs and the mark left open at the end. */
function pair(marks: Mark[], family: Family, text: string, warn: (at: number, message: string) => void) {
  const pairs: [number, number][] = [];
  let open: Mark | null = null;
  const ofFamily = marks.filter((m) => m.family === family);
  for (let k = 0; k < ofFamily.length; k++) {
    const m = ofFamily[k]!;
    if (!open) {
      if (m.opens) open = m;
      else if (family !== "single") warn(m.at, "closing quotation mark with no opening mark");
      continue;
    }
    if (m.closes && !(m.opens && !m.closes)) {
      // A single mark after "s" may be a plural possessive (the workers' union): close on a
      // later mark when one follows.
      if (family === "single" && /s$/i.test(text.slice(0, m.at)) && /^\s+\p{Ll}/u.test(text.slice(m.at + 1)) && ofFamily.slice(k + 1).some((n) => n.closes)) continue;
      pairs.push([open.at, m.at]);
      open = null;
    } else if (m.opens) {
      if (family !== "single") warn(open.at, "quotation mark opened and never closed");
      open = m;
    }
  }
  return { pairs, open };
}

const OPENING_AT_START = /^\s*[\u201c\u201e"\u00ab\u2018']/;

/**
 * The quoted stretches of every paragraph. A mark left open at the end of a paragraph runs on
 * when the next paragraph opens with a mark of the same kind (the news convention); otherwise it
 * is unbalanced: a warning, and no quotation, so it cannot swallow the rest of the article.
 */
export function findQuotedSpans(paragraphs: ParagraphSpan[]): { spans: QuotedSpan[][]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  let unreported = 0;
  const spans: QuotedSpan[][] = [];
  let carried = false;
  for (let p = 0; p < paragraphs.length; p++) {
    const { text, start } = paragraphs[p]!;
    const warn = (at: number, message: string) => {
      // A hundred warnings say what is wrong; a million would only bury the document.
      if (diagnostics.length < MAX_WARNINGS) diagnostics.push({ severity: "warning", code: "unbalanced-quote", message, start: start + at, end: start + at + 1 });
      else unreported++;
    };
    const marks = marksOf(text);
    const found: QuotedSpan[] = [];
    const doubles = pair(marks, "double", text, warn);
    const guillemets = pair(marks, "guillemet", text, warn);
    const pairs = [...doubles.pairs, ...guillemets.pairs];
    let open = doubles.open ?? guillemets.open;
    // Single marks quote only outside double quotations (inside, they are nested and belong to them).
    pairs.sort((x, y) => x[0] - y[0]);
    const outside = (at: number) => !covering(pairs, at, at) && !(open && at > open.at);
    const singles = pair(marks.filter((m) => m.family !== "single" || outside(m.at)), "single", text, warn);
    for (const p of singles.pairs) pairs.push(p);
    if (!open && singles.open && singles.open.opens) open = singles.open;
    pairs.sort((a, b) => a[0] - b[0]);
    const wasCarried = carried;
    carried = false;
    for (const [a, b] of pairs) {
      if (covering(pairs, a, b)) continue; // nested in another
      found.push({ open: start + a, close: start + b + 1, start: start + a + 1, end: start + b, runsOn: false, continued: wasCarried && a === firstMark(text) });
    }
    if (open) {
      const next = paragraphs[p + 1];
      const inside = covering(pairs, open.at, open.at);
      if (!inside && next && OPENING_AT_START.test(next.text) && text.length - open.at > 1) {
        found.push({ open: start + open.at, close: start + text.length, start: start + open.at + 1, end: start + text.trimEnd().length, runsOn: true, continued: wasCarried && open.at === firstMark(text) });
        carried = true;
      } else if (!inside && open.family !== "single") {
        warn(open.at, "quotation mark opened and never closed");
      }
    }
    found.sort((x, y) => x.start - y.start);
    spans.push(found.filter((s) => s.end > s.start));
  }
  if (unreported) {
    const last = diagnostics.at(-1)!;
    diagnostics.push({ severity: "info", code: "unbalanced-quote", message: `${unreported} more unbalanced quotation marks not listed`, start: last.end, end: last.end });
  }
  return { spans, diagnostics };
}

/**
 * Whether a pair in `pairs` (sorted by start) holds the stretch [from, to] strictly inside it.
 * Pairs of one family never overlap, so the few that start last before `from` are all to check:
 * a search, not a scan, so a paragraph of 50,000 quotations stays linear.
 */
function covering(pairs: [number, number][], from: number, to: number): boolean {
  let lo = 0;
  let hi = pairs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pairs[mid]![0] < from) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo - 1; k >= 0 && k >= lo - 4; k--) if (pairs[k]![1] > to) return true;
  return false;
}

function firstMark(text: string): number {
  return text.length - text.trimStart().length;
}
