// Splitting pasted text into units: one per non-blank line, or, for hard-wrapped text (every
// line broken at a fixed width, even mid-sentence), one per paragraph of joined lines.
import { dateLine } from "./dates.js";

/** Characters that count as blank: whitespace and the zero-width marks copied pages carry. */
export const BLANK = /[\s\u200B-\u200D\u2060]/;

export interface Unit {
  start: number;
  end: number;
  /** input.slice(start, end): may hold line breaks when wrapped lines were joined. */
  text: string;
  /** A blank line (or the start of input) comes before this unit. */
  blockStart: boolean;
  /** A blank line (or the end of input) comes after this unit. */
  blockEnd: boolean;
  lineCount: number;
}

interface Line {
  start: number;
  end: number;
  blankBefore: boolean;
}

/** BLANK.test(String.fromCharCode(c)), without making the string for most characters. */
export function isBlankCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || (c > 0x1000 && BLANK.test(String.fromCharCode(c)));
}

function isBreak(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029 || c === 12 || c === 11 || c === 0x85;
}

/** A line break other than LF: CR, LS, PS, FF, VT, NEL. Six searches cost less than one pattern scan. */
const hasOtherBreaks = (input: string) => ["\r", "\u2028", "\u2029", "\f", "\v", "\x85"].some((c) => input.includes(c));

/** Non-blank lines, trimmed, with whether a blank line precedes each. CRLF, CR, LF, LS, PS all end lines. */
function splitLines(input: string): Line[] {
  const lines: Line[] = [];
  let blankBefore = true;
  let pos = 0;
  const n = input.length;
  // Most text ends its lines with LF only; then indexOf finds them far faster than a char loop.
  const lfOnly = !hasOtherBreaks(input);
  while (pos <= n) {
    let end = pos;
    if (lfOnly) {
      end = input.indexOf("\n", pos);
      if (end < 0) end = n;
    } else while (end < n && !isBreak(input.charCodeAt(end))) end++;
    let s = pos;
    let e = end;
    while (s < e && isBlankCode(input.charCodeAt(s))) s++;
    while (e > s && isBlankCode(input.charCodeAt(e - 1))) e--;
    if (e > s) {
      lines.push({ start: s, end: e, blankBefore });
      blankBefore = false;
    } else blankBefore = true;
    if (end >= n) break;
    pos = end + (input.charCodeAt(end) === 13 && input.charCodeAt(end + 1) === 10 ? 2 : 1);
  }
  return lines;
}

const DATELINE_START = /^[A-Z][A-Z .'-]{2,30}(?:,\s*[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?)?(?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\s*\([A-Za-z ]{2,25}\))?\s*(?:—|–|--|-|\/\/|:)?\s/;
const CREDIT_END = /(?:[A-Z][a-z]+ [A-Z][\w'’-]+ ?\/ ?[A-Z]{2,8}|\/(?:AP|AFP|Reuters|Getty Images|EPA)|©\s*[^.]{2,60}|\((?:Photo|Image)[^)]*\))$/;

/** Most words capitalised, as headlines in title case are ("Salmon Catch Falls to 10-Year Low"). */
function titleCase(text: string): boolean {
  const ws = text.split(/\s+/);
  if (ws.length < 4) return false;
  let caps = 0;
  for (const w of ws) if (/^[A-Z0-9]/.test(w)) caps++;
  return caps / ws.length >= 0.6;
}

const isLowerAscii = (c: number) => c >= 97 && c <= 122;

/** Words no sentence or headline ends on: a line ending so goes on in the next. */
const DANGLING = /\s(?:the|a|an|of|in|on|at|to|for|from|with|by|and|or|but|that|which|who|whose|its|their|his|her|our|is|are|was|were|has|have|had)$/;

const BY_LABEL = /^(?:(?:text|words|story|written|reported|report) )?by:?$/i;

const ENDS_SENTENCE = /[.!?…:;]["'”’»)\]]*$|["”’»]$/;
const STARTS_CONTINUATION = /^[a-z\u00DF-\u00F6\u00F8-\u00FF0-9(“"'‘$£€]/;

/**
 * Hard-wrapped text: most longish lines stop short of a sentence end and the text goes on in the
 * next line. Measured over the document, because single pairs are ambiguous.
 */
function wrapWidth(input: string, lines: Line[]): number {
  let longest = 0;
  for (const l of lines) longest = Math.max(longest, l.end - l.start);
  if (longest > 120 || lines.length < 6) return 0;
  let candidates = 0;
  let continued = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i]!;
    const len = a.end - a.start;
    if (len < longest * 0.6) continue;
    candidates++;
    const next = lines[i + 1]!;
    if (next.blankBefore) continue;
    if (!ENDS_SENTENCE.test(input.slice(a.start, a.end))) continued++;
  }
  return candidates >= 4 && continued / candidates >= 0.5 ? longest : 0;
}

export function splitUnits(input: string): Unit[] {
  const lines = splitLines(input);
  const width = wrapWidth(input, lines);
  const units: Unit[] = [];
  for (let i = 0; i < lines.length; i++) {
    const first = lines[i]!;
    let last = first;
    let count = 1;
    // "Text by:" alone, the name on the next line: one byline.
    if (i + 1 < lines.length && first.end - first.start <= 12 && BY_LABEL.test(input.slice(first.start, first.end)) && !lines[i + 1]!.blankBefore) {
      last = lines[++i]!;
      count = 2;
    }
    // Without wrapping, a line that stops on "in", "the", "of" was broken mid-sentence: join it.
    while (!width && i + 1 < lines.length && !lines[i + 1]!.blankBefore && last.end - last.start >= 25 && isLowerAscii(input.charCodeAt(last.end - 1))) {
      const tail = input.slice(Math.max(last.start, last.end - 8), last.end);
      const next = lines[i + 1]!;
      const nextText = input.slice(next.start, next.end);
      if (!DANGLING.test(tail) || !/^[A-Za-z]/.test(nextText) || nextText.length < 30 || /^(?:By|BY) /.test(nextText) || dateLine(nextText)) break;
      last = lines[++i]!;
      count++;
    }
    if (width) {
      // Join while the line fills the width and does not end a sentence.
      while (i + 1 < lines.length) {
        const next = lines[i + 1]!;
        const text = input.slice(last.start, last.end);
        if (next.blankBefore || last.end - last.start < width * 0.6 || ENDS_SENTENCE.test(text)) break;
        // A line opening with a dateline starts the story: what stands above it is a headline.
        // A date or a byline line starts a header field.
        const nextText = input.slice(next.start, next.end);
        if (DATELINE_START.test(nextText) || /^(?:By|BY) [A-Z]/.test(nextText) || (nextText.length <= 60 && dateLine(nextText))) break;
        // A headline in title case, or a caption ending with its credit, is a line of its own.
        if (count === 1 && ((titleCase(text) && !DATELINE_START.test(text)) || CREDIT_END.test(text))) break;
        if (!STARTS_CONTINUATION.test(input.slice(next.start, next.end)) && !/[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u0370-\u03FF\u0400-\u04FF0-9,]$/.test(text)) break;
        last = next;
        count++;
        i++;
      }
    }
    units.push({
      start: first.start,
      end: last.end,
      text: input.slice(first.start, last.end),
      blockStart: first.blankBefore,
      blockEnd: i + 1 >= lines.length || lines[i + 1]!.blankBefore,
      lineCount: count,
    });
  }
  return units;
}
