// Text for the terminal: neutralising control characters, word wrap (also with painted stretches),
// and widths in terminal cells for tables.
import type { Paint } from "./style.js";

const UNPRINTABLE = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
const UNPRINTABLE_CHAR = new RegExp(UNPRINTABLE.source);
const escape = (c: string) => (c === "\t" ? " " : `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);

/** Control characters and bidi overrides would let input text steer the terminal. */
export function printable(s: string): string {
  return s.replace(UNPRINTABLE, escape);
}

/** One line for a listing: whitespace runs (line breaks included) become one space, then `printable`. */
export function oneLine(s: string): string {
  return printable(s.replace(/\s+/g, " ").trim());
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

/** A stretch of a text to paint: offsets into that text, end exclusive. */
export interface Mark {
  start: number;
  end: number;
  paint: Paint;
}

/**
 * `wrap(printable(text), width, indent)`, with the marked stretches painted. The lines break
 * exactly where `wrap` breaks them, since widths are counted before painting; paint is applied
 * per line (a stretch running over a break is closed at the line end and reopened on the next),
 * and the space between two words is painted when one mark covers both (and the space between).
 * Where marks overlap, the one starting later (the inner one) wins.
 */
export function wrapMarked(text: string, width: number, marks: readonly Mark[], indent = ""): string[] {
  const live = marks.filter((m) => m.end > m.start && m.start < text.length && m.end > 0);
  if (!live.length) return wrap(printable(text), width, indent);
  // The printable text, and where each input offset went in it.
  let out = "";
  const at = new Array<number>(text.length + 1);
  for (let i = 0; i < text.length; i++) {
    at[i] = out.length;
    const c = text[i]!;
    out += UNPRINTABLE_CHAR.test(c) ? escape(c) : c;
  }
  at[text.length] = out.length;
  // Which mark owns each character of `out` (-1: none).
  const owner = new Int32Array(out.length).fill(-1);
  const order = live.map((_, i) => i).sort((a, b) => live[a]!.start - live[b]!.start || live[b]!.end - live[a]!.end);
  const from = live.map((m) => at[Math.max(0, m.start)]!);
  const to = live.map((m) => at[Math.min(text.length, m.end)]!);
  for (const i of order) owner.fill(i, from[i]!, to[i]!);
  // The same greedy breaks as `wrap`.
  const lines: { start: number; end: number }[][] = [];
  let line: { start: number; end: number }[] = [];
  let length = 0;
  for (const w of out.matchAll(/\S+/g)) {
    const word = { start: w.index!, end: w.index! + w[0].length };
    const n = word.end - word.start;
    if (line.length && length + 1 + n > width - indent.length) {
      lines.push(line);
      line = [word];
      length = n;
    } else {
      line.push(word);
      length = line.length > 1 ? length + 1 + n : n;
    }
  }
  if (line.length) lines.push(line);
  const paintOf = (o: number) => (o < 0 ? (s: string) => s : live[o]!.paint);
  return lines.map((words) => {
    // Runs of characters with one owner, painted together.
    let result = indent;
    let run = "";
    let runOwner = -1;
    const put = (s: string, o: number) => {
      if (o !== runOwner) {
        if (run) result += paintOf(runOwner)(run);
        run = "";
        runOwner = o;
      }
      run += s;
    };
    words.forEach((w, k) => {
      // The space between two words is painted when one mark covers both words and the gap,
      // even where an inner mark wins over it (a quote's colour around a claim inside it).
      if (k) {
        const prev = words[k - 1]!.end - 1;
        const gap = owner[prev + 1]!;
        put(" ", gap >= 0 && from[gap]! <= prev && w.start < to[gap]! ? gap : -1);
      }
      for (let i = w.start; i < w.end; i++) put(out[i]!, owner[i]!);
    });
    if (run) result += paintOf(runOwner)(run);
    return result;
  });
}

const ZERO_WIDTH = /[\p{M}\u200B-\u200F\u2060-\u2064\uFEFF]/u;
function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf && cp !== 0x303f) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x1f900 && cp <= 0x1f9ff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

/** Terminal cells taken by `s` (no escape sequences): wide East Asian characters count 2, marks 0. */
export function displayWidth(s: string): number {
  if (!/[^\x20-\x7e]/.test(s)) return s.length;
  let n = 0;
  for (const c of s) n += ZERO_WIDTH.test(c) ? 0 : isWide(c.codePointAt(0)!) ? 2 : 1;
  return n;
}

/** `s` cut to at most `width` cells, ending in "…" when cut. */
export function truncate(s: string, width: number): string {
  if (displayWidth(s) <= width) return s;
  let out = "";
  let n = 0;
  for (const c of s) {
    const w = ZERO_WIDTH.test(c) ? 0 : isWide(c.codePointAt(0)!) ? 2 : 1;
    if (n + w > width - 1) break;
    out += c;
    n += w;
  }
  return width > 0 ? `${out}…` : "";
}

/** `s` cut or padded with spaces to exactly `width` cells; `right` aligns it to the right. */
export function fit(s: string, width: number, right = false): string {
  const cut = truncate(s, width);
  const pad = " ".repeat(Math.max(0, width - displayWidth(cut)));
  return right ? pad + cut : cut + pad;
}
