// What each unit of a copied page is, on its own: a paragraph of prose, a short line, page
// furniture, a caption, a credit, a date, a byline, a reading time, or a header line holding
// several of these. Each gets a weight for body finding (body.ts).
import type { DropReason } from "../types.js";
import type { Unit } from "./lines.js";
import { bylineOf, ROLE_LINE } from "./bylines.js";
import { furnitureReason, isLinkLine, isSectionBreak, pageSentenceReason } from "./furniture.js";
import { CAPTION_OPENER, countWords, endsSentence, foldedHash, foldedHashes, hasCaptionCredit, isAsciiLetter, isCredit, isPhotoCreditLine, lineShape, MARK, PHOTO_SLUG, READING_TIME, stopwordCount, type LineShape } from "./patterns.js";
import { headerParts, type LinePart } from "./compound.js";
import { dateLine, type DateMatch } from "./dates.js";

export type Role =
  | "prose"
  | "short"
  | "furniture"
  | "caption"
  | "credit"
  | "photo-credit"
  | "date"
  | "byline"
  | "reading-time"
  | "header-line";

export interface Cell {
  unit: Unit;
  /**
   * Words counted, up to 40 (enough for every decision made on them). For a plain paragraph of
   * over 160 characters the count stops at 15: all that is asked of it is whether it has 3 or 4.
   */
  wordCount: number;
  /** Share of those words that start with a capital. */
  capitals: number;
  role: Role;
  /** Why this unit is furniture, when it is. */
  reason: DropReason | null;
  /** A heading after which the article does not go on ("Comments", "Related articles"). */
  sectionBreak: boolean;
  date: DateMatch | null;
  byline: string[] | null;
  /** One of the points under "Key points" above the story. */
  summaryPoint: boolean;
  /** The fields of a header line holding several ("By X | date | 3 min read"). */
  parts: LinePart[] | null;
  weight: number;
}

const COOKIES = /\bcookies?\b/i;
const COOKIE_CONTEXT = /\b(?:website|site|browser|consent|experience|privacy|opt[- ]out|third[- ]party|analytics)\b/i;
const DATA_NOTICE = /\b(?:personal data|data protection|privacy policy|terms of (?:use|service))\b.*\b(?:consent|agree|revoke|processing|disclosed|transmitted|collect)|\b(?:by (?:submitting|clicking|continuing|using)|you agree|you consent)\b.*\b(?:privacy|terms|personal data|cookies)\b/i;
const NOTICE_HINT = /ookie|rivacy|ersonal data|ata protection|erms of|you agree|you consent|[Bb]y (?:submitting|clicking|continuing|using)/;
function isCookieNotice(text: string): boolean {
  if (!NOTICE_HINT.test(text.length > 100 ? text.slice(0, 100) : text)) return false;
  return (COOKIES.test(text) && COOKIE_CONTEXT.test(text)) || DATA_NOTICE.test(text);
}

/** A cut-off summary linking elsewhere: "Microsoft removes the safeguard hold for..." */
function isTeaser(text: string): boolean {
  return /(?:\.\.\.|…)\s*(?:read more|more|»|›|>)?$/i.test(text.slice(-16)) && !/[.!?]["”’]?\s*(?:\.\.\.|…)$/.test(text.slice(-8));
}

function isProse(text: string, wordCount: number, shape: LineShape | null): boolean {
  if (wordCount < 6) return false;
  // Shares of the first forty words (wordCount counts no more), counted without making them.
  if (endsSentence(text)) return wordCount >= 12 || hasStopwordShare(text, wordCount, 0.1);
  // Without a full stop only long text counts: shorter lines are headlines, teasers and links.
  return text.length >= 150 && wordCount >= 14 && hasStopwordShare(text, wordCount, 0.22) && (shape ?? lineShape(text, 40)).capitals / wordCount < 0.5;
}

/** stopwordCount(text, 40) / wordCount >= share, counting only as far as that takes. */
function hasStopwordShare(text: string, wordCount: number, share: number): boolean {
  let enough = 0;
  while (enough / wordCount < share) enough++;
  return stopwordCount(text, 40, enough) >= enough;
}

const RELATIVE_DAY = /ago\b|[Tt]oday|[Yy]esterday|[Jj]ust now/;
function mayBeDate(text: string, marks: number): boolean {
  return (marks & MARK.DIGIT) !== 0 || RELATIVE_DAY.test(text);
}

/** Bylines open with "By" or a slash, name a job, say staff/reports, or are a few parts apart by bars. */
const BYLINE_HINT = /eporter|riter|orrespondent|ditor|olumnist|ontributor|ournalist|taff|TAFF|eports| [|•·/] |^(?:[Ww]ritten|[Rr]eported|[Pp]osted|[Ss]tory|[Ww]ords|[Tt]ext) [Bb]y\b/;
function mayBeByline(text: string): boolean {
  const c0 = text.charCodeAt(0);
  if (c0 === 47) return true;
  if ((c0 === 66 || c0 === 98) && text.length > 1 && (text.charCodeAt(1) | 32) === 121) return true; // By, by
  if (c0 === 0x2014 || c0 === 0x2013 || /^(?:[Ss]tory|[Ww]ords|[Tt]ext|[Rr]eporting)\s*:/.test(text)) return true; // sign-offs, "Story: Name"
  return BYLINE_HINT.test(text.length > 80 ? text.slice(0, 80) : text);
}

// Words that open credits and links even in a long line.
const SPECIAL_OPENERS = new Set(
  "reporting additional with editing copyright staff wire compiled inputs read related also more see watch listen click follow sign subscribe download tags topics published updated posted by photo image picture caption".split(" "),
);

const SPECIAL_OPENER_HASHES = foldedHashes(SPECIAL_OPENERS);

/** Opens with a capital or a quote, ends a sentence, and opens with no word that credits or links do. */
function plainParagraph(text: string): boolean {
  const c = text.charCodeAt(0);
  const opensWell = (c >= 65 && c <= 90) || c === 0x201c || c === 34 || c === 0x2018 || c === 39 || c > 0xbf;
  if (!opensWell || !endsSentence(text)) return false;
  // The first word: ASCII letters, after a quote.
  const from = c === 0x201c || c === 34 || c === 0x2018 || c === 39 ? 1 : 0;
  let to = from;
  while (to < text.length && isAsciiLetter(text.charCodeAt(to))) to++;
  // The hash rules most words out before one is cut out and lower-cased to be looked up.
  return to === from || !(SPECIAL_OPENER_HASHES.has(foldedHash(text, from, to)) && SPECIAL_OPENERS.has(text.slice(from, to).toLowerCase()));
}

// Zero-width marks copied with a page: read as spaces (one for one, so offsets stay right).
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;
const ZERO_WIDTH_ANY = /[\u200B-\u200D\u2060\uFEFF]/;

export function describe(unit: Unit): Cell {
  const raw = unit.text;
  const len = raw.length;
  // Lines of up to 160 characters, most of a page's, get one scan for their words, capitals and
  // marks; the marks let the tests below skip patterns that need characters the line lacks.
  // Longer units have their zero-width marks found by a pattern.
  let shape = len <= 160 ? lineShape(raw, 40) : null;
  const zeroWidth = shape ? (shape.marks & MARK.ZERO_WIDTH) !== 0 : ZERO_WIDTH_ANY.test(raw);
  const text = zeroWidth ? raw.replace(ZERO_WIDTH, " ") : raw;
  if (zeroWidth && shape) shape = lineShape(text, 40);
  const cell: Cell = { unit, wordCount: 0, capitals: 0, role: "short", reason: null, sectionBreak: false, date: null, byline: null, parts: null, weight: 0, summaryPoint: false };
  // Fifteen words make a plain paragraph possible; most long units are one, and need no more.
  if (len >= 100 && (cell.wordCount = shape ? shape.count : countWords(text, 15)) >= 15 && plainParagraph(text)) {
    // A plain paragraph: of the other kinds only a caption, a teaser or a notice looks like one.
    if (CAPTION_OPENER.test(text) || hasCaptionCredit(text)) cell.role = "caption";
    else if (isTeaser(text)) cell.role = "short";
    else if (len < 1000 && isCookieNotice(text)) {
      cell.role = "furniture";
      cell.reason = "cookie-notice";
    } else cell.role = "prose";
    cell.weight = weigh(cell);
    return cell;
  }
  // Long units are prose or not by their opening: forty words tell, and splitting more costs time.
  // Counted without making the words (as words(text, 40) would split them).
  if (len < 100) cell.wordCount = shape!.count;
  else if (!shape && cell.wordCount >= 15) cell.wordCount = countWords(text, 40);
  const wordCount = cell.wordCount;
  if (wordCount <= 12) cell.capitals = (shape ?? lineShape(text, 40)).capitals / wordCount || 0;
  const marks = shape?.marks;
  // Furniture, dates and bylines are short; most of a page's text is long, so look cheaply first.
  // Longer page sentences (appeals, disclaimers) are looked for at the ends of the body only:
  // see trimPageSentences.
  const reason =
    (len <= 160 ? furnitureReason(text, wordCount, marks) : null) ?? (isLinkLine(text, marks) ? "related-links" : len <= 80 ? pageSentenceReason(text, marks) : null); // see pageSentenceOf
  const dateLike = len <= 100 && mayBeDate(text, marks!);
  const bylineLike = len <= 160 && mayBeByline(text);
  if (len <= 40 && dateLike && READING_TIME.test(text)) {
    cell.role = "reading-time";
  } else if (len <= 90 && dateLike && (cell.date = dateLine(text))) {
    cell.role = "date";
  } else if ((dateLike || bylineLike) && (cell.parts = headerParts(text))) {
    cell.role = "header-line";
  } else if (len <= 120 && bylineLike && (cell.byline = bylineOf(text)?.names ?? null)) {
    cell.role = "byline";
  } else if (isCredit(text)) {
    cell.role = "credit";
  } else if (len <= 60 && ROLE_LINE.test(text)) {
    cell.role = "furniture"; // "Senior Reporter" under the author's name
    cell.reason = "furniture";
  } else if (reason) {
    cell.role = "furniture";
    cell.reason = reason;
    cell.sectionBreak = isSectionBreak(text, reason);
  } else if (len <= 160 && isPhotoCreditLine(text, marks)) {
    cell.role = "photo-credit";
  } else if (len < 400 && (CAPTION_OPENER.test(text) || (wordCount >= 4 && hasCaptionCredit(text)))) {
    cell.role = "caption";
  } else if (len <= 40 && PHOTO_SLUG.test(text)) {
    cell.role = "caption";
  } else if (isProse(text, wordCount, shape) && !isTeaser(text)) {
    cell.role = "prose";
    if (len < 1000 && isCookieNotice(text)) {
      cell.role = "furniture";
      cell.reason = "cookie-notice";
    }
  }
  cell.weight = weigh(cell);
  return cell;
}

/**
 * pageSentenceReason(cell.unit.text), for a prose or short cell. describe has tested lines of up
 * to 80 characters already (a prose or short cell is none of what it tests for), so those are
 * not tested again, but for lines with zero-width marks, which it tested as spaces.
 */
export function pageSentenceOf(cell: Cell): DropReason | null {
  const text = cell.unit.text;
  if (text.length <= 80 && (cell.role === "prose" || cell.role === "short") && !ZERO_WIDTH_ANY.test(text)) return null;
  return pageSentenceReason(text);
}

function weigh(cell: Cell): number {
  const len = cell.unit.text.length;
  switch (cell.role) {
    case "prose":
      return len;
    case "short":
      // A short sentence ("The case continues.") may end a story; a short line without one is a label.
      return len >= 12 && cell.wordCount >= 3 && endsSentence(cell.unit.text) ? len * 0.3 : -Math.min(40, 10 + len * 0.3);
    case "furniture":
      return -40;
    default:
      return -20;
  }
}

