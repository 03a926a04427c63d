// The page's header: which line is the headline, and where the story starts when the body's
// stretch begins with the standfirst or summary points above the date and the caption.
import type { Region } from "./body.js";
import type { Cell } from "./cells.js";
import { isOutletName, PERSON_NAME } from "./bylines.js";
import { datelineOf, ENDS_SENTENCE } from "./patterns.js";

const titleLike = (cell: Cell, allowFullStop = false) => {
  const t = cell.unit.text;
  if (cell.role !== "short" && cell.role !== "prose") return false;
  if (t.length < 12 || t.length > 180 || cell.wordCount < 3 || cell.unit.lineCount > 2) return false;
  const fullStop = allowFullStop && /[^.]\.$/.test(t) && t.length <= 130;
  if (/[.:,;]$/.test(t) && !/\.\.\.$|…$/.test(t) && !fullStop) return false;
  // A line stopping on "in", "the", "of" was cut mid-sentence, not written as a headline.
  if (/\s(?:the|a|an|of|to|for|from|with|and|or|but|that|which|who)$/.test(t) || /^by\s/i.test(t)) return false;
  if ((UI_VERBS.has(/^[A-Za-z']+/.exec(t)?.[0].toLowerCase() ?? "") && UI_PROMPT.test(t)) || isOutletName(t)) return false;
  const c = t.charAt(0);
  return c !== c.toLowerCase() || /^[0-9"“‘'$£€\[(]/.test(t);
};

const UI_VERBS = new Set(
  "discover sign log subscribe search click tap follow share download join register create enter accept manage skip jump go back show hide view load try start continue update install enable allow choose select open close already don't forgot".split(" "),
);

/** Lines that ask the reader to do something on the page: "Sign in to your account". */
const UI_PROMPT =
  /^(?:discover|sign|log|subscribe|search|click|tap|follow|share|download|join|register|create|enter|accept|manage|skip|jump|go|back|show|hide|view|load|try|start|continue|update|install|enable|allow|choose|select|open|close|already|don't have|forgot)\b.*\b(?:account|app|cookies?|newsletter|notifications?|browser|subscription|subscribers?|settings|password|email|page|site|menu|here|now|free|today|more|all)\b/i;


const METADATA_ROLES = new Set(["date", "byline", "header-line", "reading-time", "caption", "photo-credit"]);
const isNameLine = (cell: Cell) => cell.role === "short" && cell.wordCount <= 4 && PERSON_NAME.test(cell.unit.text);

/**
 * The headline is the first title-like line that the page's metadata follows closely: a
 * byline, a date, a caption, the author's name, or the story itself. Menu items are title-like
 * too, but nothing of the kind follows them.
 */
export function headlineBeforeMetadata(cells: Cell[], headerEnd: number): number {
  for (let i = 0; i < headerEnd; i++) {
    const cell = cells[i]!;
    // Menu items are one to three words; headlines say more. Some outlets end headlines with a
    // full stop: such a line counts when a byline, date or caption follows it, not the story.
    const stopped = !titleLike(cell) && titleLike(cell, true);
    if (!titleLike(cell, true) || cell.wordCount < 4 || isNameLine(cell)) continue;
    let seen = 0;
    for (let j = i + 1; j <= headerEnd && seen < 6; j++) {
      if (j === headerEnd) {
        if (stopped) break;
        return i;
      }
      const next = cells[j]!;
      if (stopped && next.role !== "furniture") {
        // A headline with a full stop: its byline or date comes right under it.
        if (["date", "byline", "header-line", "reading-time"].includes(next.role) || isNameLine(next)) return i;
        break;
      }
      if (METADATA_ROLES.has(next.role) || isNameLine(next)) return i;
      if (next.role !== "furniture") seen++;
    }
  }
  return -1;
}

/**
 * A headline is the title-like line nearest before the body with only metadata between them;
 * when the line before it is title-like too, that one is the headline and this the subheadline.
 */
export function nearestHeadline(cells: Cell[], headerEnd: number): number {
  let prose = 0;
  for (let i = headerEnd - 1; i >= 0; i--) {
    const cell = cells[i]!;
    if (titleLike(cell)) {
      const prev = cells[i - 1];
      if (prev && titleLike(prev) && !ENDS_SENTENCE.test(prev.unit.text) && i - 1 >= 0) {
        const before = cells[i - 2];
        // A run of three title-like lines is a list of links, not a headline block.
        if (!before || !titleLike(before)) return i - 1;
      }
      return i;
    }
    if (cell.role === "prose" && ++prose > 1) break;
    if (cell.role === "furniture" && cell.sectionBreak) break;
  }
  const firstTitle = cells.findIndex((c, i) => i < headerEnd && titleLike(c));
  return firstTitle;
}

/**
 * The maximum-sum run often starts at a standfirst that sits above the caption or date of the
 * page's header. When a header line (date, byline, caption, reading time) or a dateline opens
 * the body a few lines in, the body starts there.
 */
export function moveHeaderOutOfBody(cells: Cell[], region: Region): void {
  if (region.first > region.last) return;
  skipSummaryPoints(cells, region);
  const headerish = new Set(["date", "byline", "reading-time", "caption", "photo-credit", "header-line"]);
  let cut = -1;
  // A dateline opens the story: a few summary points or a standfirst may stand above it.
  let prose = 0;
  for (let i = region.first; i <= Math.min(region.last - 1, region.first + 10); i++) {
    const cell = cells[i]!;
    if (cell.role !== "prose") continue;
    if (i > region.first && datelineOf(cell.unit.text) && prose <= 3) {
      cut = i;
      break;
    }
    // Bulleted summary points above the story do not count against it.
    if (!/^[•·▪◦*-]\s/.test(cell.unit.text) && ++prose > 3) break;
  }
  // Else a header line (date, byline, caption, reading time) a line or two into the stretch.
  prose = 0;
  const datelineCut = cut;
  for (let i = region.first; datelineCut < 0 && i <= Math.min(region.last - 1, region.first + 6); i++) {
    const cell = cells[i]!;
    if (headerish.has(cell.role)) cut = i + 1;
    else if (cell.role === "prose" && ++prose > 1) break;
  }
  if (cut > region.first && cut <= region.last) {
    const rest = cells.slice(cut, region.last + 1);
    if (rest.some((c) => c.role === "prose")) region.first = cut;
  }
  while (region.last > region.first && !["prose", "short"].includes(cells[region.last]!.role)) region.last--;
  extendWithList(cells, region);
}

/** "What you need to know:" and its short points, just above the story, are not the story. */
function skipSummaryPoints(cells: Cell[], region: Region): void {
  for (let h = Math.max(0, region.first - 1); h <= Math.min(region.last, region.first + 4); h++) {
    if (cells[h]!.reason !== "summary") continue;
    let j = h + 1;
    while (j <= region.last && j - h <= 8 && cells[j]!.unit.text.length <= 120 && cells[j]!.role !== "furniture") j++;
    if (j > region.first && j <= region.last && cells.slice(j, region.last + 1).some((c) => c.role === "prose")) {
      for (let k = h + 1; k < j; k++) cells[k]!.summaryPoint = true;
      region.first = j;
    }
    return;
  }
}

/**
 * A body line ending with a colon announces a list ("The tour dates:"): the short lines that
 * follow it belong to the story, however little prose they hold.
 */
function extendWithList(cells: Cell[], region: Region): void {
  for (let i = Math.max(region.first, region.last - 2); i <= Math.min(region.last + 1, cells.length - 1); i++) {
    if (!/:\s*$/.test(cells[i]!.unit.text) || cells[i]!.role === "furniture" || cells[i]!.wordCount < 4) continue;
    let j = i + 1;
    while (j < cells.length && j - i <= 80 && (cells[j]!.role === "short" || cells[j]!.role === "caption") && !cells[j]!.sectionBreak) j++;
    if (j - i - 1 >= 3 && j - 1 > region.last) region.last = j - 1;
    return;
  }
}
