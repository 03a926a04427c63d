// Where the article body is in a copied page. Each unit gets a weight: prose counts for its
// length, furniture against; the body is the stretch with the highest total (a maximum-sum
// segment), never crossing a heading such as "Comments" or "Related articles".
import type { DropReason } from "../types.js";
import type { Unit } from "./lines.js";
import {
  bylineOf,
  CAPTION_OPENER,
  isPhotoCreditLine,
  capitalRatio,
  countWords,
  endsSentence,
  hasCaptionCredit,
  isLinkLine,
  isOutletName,
  ROLE_LINE,
  pageSentenceReason,
  isCredit,
  furnitureReason,
  isSectionBreak,
  PHOTO_SLUG,
  READING_TIME,
  stopwordRatio,
  words,
} from "./patterns.js";
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
  /** Words counted, up to 40 (enough for every decision made on them). */
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

function isProse(text: string, ws: string[]): boolean {
  if (ws.length < 6) return false;
  if (endsSentence(text)) return ws.length >= 12 || stopwordRatio(ws) >= 0.1;
  // Without a full stop only long text counts: shorter lines are headlines, teasers and links.
  return text.length >= 150 && ws.length >= 14 && stopwordRatio(ws) >= 0.22 && capitalRatio(ws) < 0.5;
}

function mayBeDate(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return /ago\b|[Tt]oday|[Yy]esterday|[Jj]ust now/.test(text);
}

/** Bylines open with "By" or a slash, name a job, say staff/reports, or are a few parts apart by bars. */
const BYLINE_HINT = /eporter|riter|orrespondent|ditor|olumnist|ontributor|ournalist|taff|TAFF|eports| [|•·/] |^(?:[Ww]ritten|[Rr]eported|[Pp]osted|[Ss]tory|[Ww]ords|[Tt]ext) [Bb]y\b/;
function mayBeByline(text: string): boolean {
  const c0 = text.charCodeAt(0);
  if (c0 === 47) return true;
  if ((c0 === 66 || c0 === 98) && (text.charCodeAt(1) | 32) === 121) return true; // By, by
  if (c0 === 0x2014 || c0 === 0x2013 || /^(?:[Ss]tory|[Ww]ords|[Tt]ext|[Rr]eporting)\s*:/.test(text)) return true; // sign-offs, "Story: Name"
  return BYLINE_HINT.test(text.length > 80 ? text.slice(0, 80) : text);
}

// Words that open credits and links even in a long line.
const SPECIAL_OPENERS = new Set(
  "reporting additional with editing copyright staff wire compiled inputs read related also more see watch listen click follow sign subscribe download tags topics published updated posted by photo image picture caption".split(" "),
);

/** Opens with a capital or a quote, ends a sentence, and opens with no word that credits or links do. */
function plainParagraph(text: string): boolean {
  const c = text.charCodeAt(0);
  const opensWell = (c >= 65 && c <= 90) || c === 0x201c || c === 34 || c === 0x2018 || c === 39 || c > 0xbf;
  if (!opensWell || !endsSentence(text)) return false;
  const first = /^[“"‘']?([A-Za-z]+)/.exec(text);
  return !first || !SPECIAL_OPENERS.has(first[1]!.toLowerCase());
}

// Zero-width marks copied with a page: read as spaces (one for one, so offsets stay right).
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;
const ZERO_WIDTH_ANY = /[\u200B-\u200D\u2060\uFEFF]/;

export function describe(unit: Unit): Cell {
  const text = ZERO_WIDTH_ANY.test(unit.text) ? unit.text.replace(ZERO_WIDTH, " ") : unit.text;
  const len = text.length;
  const cell: Cell = { unit, wordCount: 0, capitals: 0, role: "short", reason: null, sectionBreak: false, date: null, byline: null, parts: null, weight: 0, summaryPoint: false };
  if (len >= 100 && (cell.wordCount = countWords(text, 40)) >= 15 && plainParagraph(text)) {
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
  const ws = words(text, 40);
  cell.wordCount = ws.length;
  cell.capitals = ws.length <= 12 ? capitalRatio(ws) : 0;
  // Furniture, dates and bylines are short; most of a page's text is long, so look cheaply first.
  // Longer page sentences (appeals, disclaimers) are looked for at the ends of the body only:
  // see trimPageSentences.
  const reason =
    (len <= 160 ? furnitureReason(text, ws.length) : null) ?? (isLinkLine(text) ? "related-links" : len <= 80 ? pageSentenceReason(text) : null);
  const dateLike = len <= 100 && mayBeDate(text);
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
  } else if (len <= 160 && isPhotoCreditLine(text)) {
    cell.role = "photo-credit";
  } else if (len < 400 && (CAPTION_OPENER.test(text) || (ws.length >= 4 && hasCaptionCredit(text)))) {
    cell.role = "caption";
  } else if (len <= 40 && PHOTO_SLUG.test(text)) {
    cell.role = "caption";
  } else if (isProse(text, ws) && !isTeaser(text)) {
    cell.role = "prose";
    if (len < 1000 && isCookieNotice(text)) {
      cell.role = "furniture";
      cell.reason = "cookie-notice";
    }
  }
  cell.weight = weigh(cell);
  return cell;
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

export interface Region {
  first: number;
  last: number;
}

/** A line followed by a photo credit line ("Picture: Getty") is that photo's caption. */
export function markCaptions(cells: Cell[]): void {
  for (let i = 0; i + 1 < cells.length; i++) {
    const cell = cells[i]!;
    if (cells[i + 1]!.role === "photo-credit" && (cell.role === "short" || cell.role === "prose") && cell.unit.text.length < 400) {
      cell.role = "caption";
      cell.weight = -20;
    }
  }
}

/**
 * Appeals, disclaimers and site sentences that close (or open) a story read like prose; they
 * are tested at the ends of the body's stretch, where they occur, not on every line.
 */
export function trimPageSentences(cells: Cell[], region: Region): void {
  const tested = new Set<Cell>();
  const test = (cell: Cell) => {
    const fresh = !tested.has(cell);
    tested.add(cell);
    const reason = fresh && (cell.role === "prose" || cell.role === "short") ? pageSentenceReason(cell.unit.text) : null;
    if (reason) {
      cell.role = "furniture";
      cell.reason = reason;
      cell.weight = -40;
    }
    return reason !== null || cell.role === "furniture";
  };
  // From the end: page sentences, and the short lines left between or after them.
  let removed = 0;
  for (let n = 0; n < 12 && region.last > region.first; n++) {
    const cell = cells[region.last]!;
    if (test(cell)) removed++;
    else if (cell.role === "prose" || (cell.role === "short" && !removed)) break;
    region.last--;
  }
  for (let n = 0; n < 3 && region.first < region.last && test(cells[region.first]!); n++) region.first++;
  // Within the body, the lines just inside the ends may be such sentences too.
  for (let i = Math.max(region.first, region.last - 4); i <= region.last; i++) test(cells[i]!);
}

/** Consecutive identical lines (an image's alt text above its caption, a doubled title). */
export function markRepeats(cells: Cell[]): void {
  for (let i = 1; i < cells.length; i++) {
    const a = cells[i - 1]!, b = cells[i]!;
    if (b.unit.text === a.unit.text && b.role !== "furniture") {
      b.role = "furniture";
      b.reason = "duplicate";
      b.weight = -20;
    }
  }
}

/**
 * Context adjusts the weights: a long run of short lines is a menu or a tag list, and a short
 * prose line alone between title-like lines is a teaser (title, author, summary, repeated).
 */
export function weighInContext(cells: Cell[]): void {
  let run = 0;
  for (const cell of cells) {
    if (cell.role === "prose") run = 0;
    else if (cell.weight < 0) {
      run++;
      if (run > 2) cell.weight *= Math.min(3, 1 + (run - 2) * 0.25);
    }
  }
  const neighbour = (i: number, step: number) => {
    for (let j = i + step; j >= 0 && j < cells.length; j += step) if (cells[j]!.role !== "furniture") return cells[j]!;
    return null;
  };
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i]!;
    if (cell.role !== "prose" || cell.unit.text.length >= 350) continue;
    const before = neighbour(i, -1), after = neighbour(i, 1);
    if (before?.role === "short" && after?.role === "short" && !before.unit.text.endsWith(":")) cell.weight *= 0.4;
  }
}

/** Weight of a section heading ("Trending", "More in World"): sidebars interrupt articles too. */
const SOFT_BREAK = -150;

/**
 * Stretches of positive total, each ended where its running sum falls to zero or at a hard
 * break ("Comments"), with the best end point of each. Kadane's algorithm, keeping every run.
 */
function segments(cells: Cell[], startAt = 0, stopAtComments = false): (Region & { score: number })[] {
  const out: (Region & { score: number })[] = [];
  let current: (Region & { score: number }) | null = null;
  let sum = 0;
  for (let i = startAt; i < cells.length; i++) {
    const cell = cells[i]!;
    const hard = cell.sectionBreak && (cell.reason === "comments" || cell.reason === "furniture");
    const weight = cell.sectionBreak ? SOFT_BREAK : cell.weight;
    if (hard || sum + weight <= 0) {
      if (current) out.push(current);
      // Comments follow the article; once a plausible body has been seen, nothing after counts.
      if (hard && stopAtComments && out.some((r) => r.score >= 200)) break;
      current = null;
      sum = 0;
      if (hard || weight <= 0) continue;
    }
    if (!current) current = { first: i, last: i, score: -Infinity };
    sum += weight;
    if (sum > current.score) {
      current.score = sum;
      current.last = i;
    }
  }
  if (current) out.push(current);
  return out.filter((r) => r.score > 0);
}

function bodyRegion(cells: Cell[], startAt = 0, stopAtComments = false): Region | null {
  let best: (Region & { score: number }) | null = null;
  for (const r of segments(cells, startAt, stopAtComments)) if (!best || r.score > best.score) best = r;
  return best;
}

const normTitle = (s: string) => s.toLowerCase().replace(/\s+/g, " ").replace(/[‘’]/g, "'").replace(/[“”]/g, '"').trim();

/** "Headline | Site", "Headline - Section - Site": the part before the first separator. */
function titlePart(text: string): string {
  return text.split(/\s+(?:\||::|»|·|-|–|—)\s+/)[0]!.trim();
}

export interface BodyLayout {
  region: Region | null;
  /** The page's <title> line, when the page was copied whole with it. */
  titleAt: number;
  /** The on-page headline repeating that title. */
  anchorAt: number;
}

/**
 * A page copied whole starts with its <title>, and the headline above the article repeats it.
 * The body is then looked for after that headline, so a long footer or comment cannot win.
 */
export function findBody(cells: Cell[]): BodyLayout {
  const region = bodyRegion(cells, 0, true);
  const opening = cells.findIndex((c) => c.role !== "furniture");
  // Only a line that could be a title is one: a caption repeated is not a headline's echo.
  const titleAt = opening >= 0 && cells[opening]!.role === "short" && !isOutletName(cells[opening]!.unit.text) ? opening : -1;
  let anchorAt = -1;
  // A title is a line of a few words; a long first unit is text, and normalising it would cost time.
  if (titleAt >= 0 && cells[titleAt]!.unit.text.length <= 300) {
    const full = normTitle(cells[titleAt]!.unit.text);
    const head = normTitle(titleText(cells[titleAt]!.unit.text));
    const initial = full.charAt(0);
    for (let i = titleAt + 1; i < cells.length; i++) {
      const raw = cells[i]!.unit.text;
      if (raw.length < 15 || raw.length > full.length + 5 || raw.charAt(0).toLowerCase() !== initial) continue;
      if (!full.startsWith(normTitle(raw.slice(0, 12)))) continue;
      const t = normTitle(raw);
      if (t === full || t === head || (full.startsWith(t) && t.length >= head.length * 0.9)) {
        anchorAt = i;
        break;
      }
    }
  }
  if (anchorAt < 0 || !region) return { region, titleAt, anchorAt };
  // After the headline, the article is the first stretch of real weight, not the heaviest one
  // further down (a footer, a cookie notice, a block of teasers).
  const after = segments(cells, anchorAt + 1, true);
  const top = Math.max(0, ...after.map((r) => r.score));
  const first = after.find((r) => r.score >= 0.5 * top);
  if (first && top >= 0.3 * score(cells, region)) return { region: first, titleAt, anchorAt };
  return { region, titleAt, anchorAt: -1 };
}

function titleText(text: string): string {
  return titlePart(text);
}

function score(cells: Cell[], r: Region): number {
  let sum = 0;
  for (let i = r.first; i <= r.last; i++) sum += cells[i]!.weight;
  return sum;
}
