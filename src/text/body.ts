// Where the article body is in a copied page. Each unit gets a weight: prose counts for its
// length, furniture against; the body is the stretch with the highest total (a maximum-sum
// segment), never crossing a heading such as "Comments" or "Related articles".
import { pageSentenceOf, type Cell } from "./cells.js";
import { isOutletName } from "./bylines.js";

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
    const reason = fresh && (cell.role === "prose" || cell.role === "short") ? pageSentenceOf(cell) : null;
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

// Most titles hold no whitespace but single spaces and no curly quotes: one scan tells.
const UNNORMAL = /[^\S ]|  |[‘’“”]/;
const normTitle = (s: string) => {
  const lower = s.toLowerCase();
  return UNNORMAL.test(lower) ? lower.replace(/\s+/g, " ").replace(/[‘’]/g, "'").replace(/[“”]/g, '"').trim() : lower.trim();
};

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
