// Where the article body is in a copied page. Each unit gets a weight: prose counts for its
// length, furniture against; the body is the stretch with the highest total (a maximum-sum
// segment), never crossing a heading such as "Comments" or "Related articles".
import type { DropReason } from "../types.js";
import type { Unit } from "./lines.js";
import {
  bylineOf,
  CAPTION_CREDIT,
  CAPTION_OPENER,
  CREDIT,
  CREDIT_LINE,
  capitalRatio,
  ENDS_SENTENCE,
  furnitureReason,
  isSectionBreak,
  PHOTO_SLUG,
  READING_TIME,
  stopwordRatio,
  words,
} from "./patterns.js";
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
  | "reading-time";

export interface Cell {
  unit: Unit;
  words: string[];
  role: Role;
  /** Why this unit is furniture, when it is. */
  reason: DropReason | null;
  /** A heading after which the article does not go on ("Comments", "Related articles"). */
  sectionBreak: boolean;
  date: DateMatch | null;
  byline: string[] | null;
  weight: number;
}

export function isProse(text: string, ws: string[]): boolean {
  if (ws.length < 6) return false;
  const stop = stopwordRatio(ws);
  if (ENDS_SENTENCE.test(text)) return stop >= 0.1 || ws.length >= 12;
  return ws.length >= 14 && stop >= 0.22 && capitalRatio(ws) < 0.5;
}

export function describe(unit: Unit): Cell {
  const text = unit.text;
  const ws = words(text);
  const cell: Cell = { unit, words: ws, role: "short", reason: null, sectionBreak: false, date: null, byline: null, weight: 0 };
  const reason = furnitureReason(text);
  if (READING_TIME.test(text)) {
    cell.role = "reading-time";
  } else if ((cell.date = dateLine(text))) {
    cell.role = "date";
  } else if ((cell.byline = bylineOf(text)?.names ?? null)) {
    cell.role = "byline";
  } else if (CREDIT.test(text) && text.length < 200) {
    cell.role = "credit";
  } else if (reason) {
    cell.role = "furniture";
    cell.reason = reason;
    cell.sectionBreak = isSectionBreak(text, reason);
  } else if (CREDIT_LINE.test(text)) {
    cell.role = "photo-credit";
  } else if (text.length < 400 && (CAPTION_OPENER.test(text) || (CAPTION_CREDIT.test(text) && ws.length >= 4))) {
    cell.role = "caption";
  } else if (PHOTO_SLUG.test(text) && text.length <= 40) {
    cell.role = "caption";
  } else if (isProse(text, ws)) {
    cell.role = "prose";
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
      return len >= 20 && ENDS_SENTENCE.test(cell.unit.text) ? len * 0.3 : -Math.min(40, 10 + len * 0.3);
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

/** The maximum-sum run of cells that crosses no section break. Null when nothing is positive. */
export function bodyRegion(cells: Cell[]): Region | null {
  let best: Region | null = null;
  let bestSum = 0;
  let sum = 0;
  let from = 0;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i]!;
    if (cell.sectionBreak) {
      sum = 0;
      from = i + 1;
      continue;
    }
    if (sum <= 0) {
      sum = 0;
      from = i;
    }
    sum += cell.weight;
    if (sum > bestSum) {
      bestSum = sum;
      best = { first: from, last: i };
    }
  }
  return best;
}
