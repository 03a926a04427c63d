// The pasted-text reader: splits the input into units, finds the body (body.ts), and gives
// every other unit a home: a metadata field, a caption or credit, or `dropped` with a reason.
import type { Caption, Dropped, DropReason, Metadata, MetadataField, Paragraph, TextSpan } from "../types.js";
import { findBody, markCaptions, markRepeats, trimPageSentences, weighInContext } from "./body.js";
import { describe, pageSentenceOf, type Cell } from "./cells.js";
import { findDate, type DateMatch } from "./dates.js";
import { headlineBeforeMetadata, moveHeaderOutOfBody, nearestHeadline } from "./header.js";
import { isBlankCode, splitUnits } from "./lines.js";
import { bareByline } from "./bylines.js";
import { datelineOf, ENDS_SENTENCE } from "./patterns.js";

export interface TextReading {
  metadata: Metadata;
  paragraphs: Paragraph[];
  dropped: Dropped[];
}

function emptyMetadata(): Metadata {
  return {
    headline: null,
    subheadline: null,
    standfirst: null,
    date: null,
    dateText: null,
    byline: [],
    dateline: null,
    readingTime: null,
    captions: [],
    credits: [],
    spans: {},
  };
}

/** American usage: an ambiguous 08/11/2022 is then read month first; elsewhere day first. */
const MONTH_FIRST = /\b(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT)\b|\bU\.S\.|\b(?:color|center|favor|labor|neighbor)s?\b/;

/** The date in a dateline: "NEW YORK, Sept. 12, 2018 /PRNewswire/ --". */
function datelineDate(text: string): DateMatch | null {
  if (!/\d/.test(text.slice(0, 60))) return null;
  const d = findDate(text.slice(0, 120));
  if (!d || !d.iso || d.start > 50) return null;
  return /^\s*(?:\([^)]{1,30}\)|\/[^/\n]{1,30}\/)?\s*(?:--|—|–|-|:)\s/.test(text.slice(d.end)) ? d : null;
}

const span = (input: string, start: number, end: number): TextSpan => ({ text: input.slice(start, end), start, end });

/** [from, to) without surrounding whitespace. */
function trimmed(input: string, from: number, to: number): [number, number] {
  while (from < to && isBlankCode(input.charCodeAt(from))) from++;
  while (to > from && isBlankCode(input.charCodeAt(to - 1))) to--;
  return [from, to];
}

/** The part of a line from its first to its last letter, digit or closing bracket. */
function core(input: string, start: number, end: number): [number, number] {
  const text = input.slice(start, end);
  const lead = /^[^A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u0370-\u03FF\u0400-\u04FF0-9([“"'‘$£€]*/.exec(text)![0].length;
  const trail = /[^A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u0370-\u03FF\u0400-\u04FF0-9)\]”"'’.!?%]*$/.exec(text.slice(lead))![0].length;
  return [start + lead, end - trail];
}

/** "Headline | Site", "Headline :: Site": the headline part of a page title. */
function withoutSiteName(text: string): string {
  const parts = text.split(/\s+(?:\||::|»|·)\s+/);
  return parts.length > 1 ? parts[0]!.trim() : text.trim();
}

export function readText(input: string): TextReading {
  const cells = splitUnits(input).map(describe);
  markRepeats(cells);
  markCaptions(cells);
  weighInContext(cells);
  const metadata = emptyMetadata();
  const dropped: Dropped[] = [];
  const paragraphs: Paragraph[] = [];
  const layout = findBody(cells);
  const region = layout.region ?? { first: cells.length, last: cells.length - 1 };
  const owner: (string | null)[] = cells.map(() => null);
  const drop = (cell: Cell, reason: DropReason, from = cell.unit.start, to = cell.unit.end) => {
    const [s, e] = trimmed(input, from, to);
    // Written out, not spread: V8 builds a spread-then-add literal on a slow path.
    if (e > s) dropped.push({ reason, text: input.slice(s, e), start: s, end: e });
  };
  const setField = (field: MetadataField, cell: Cell, from = cell.unit.start, to = cell.unit.end) => {
    const node = span(input, from, to);
    metadata.spans[field] = node;
    // Furniture around the value ("• ", " |") is dropped so every character keeps one owner.
    drop(cell, "furniture", cell.unit.start, from);
    drop(cell, "furniture", to, cell.unit.end);
    return node.text;
  };

  moveHeaderOutOfBody(cells, region);
  trimPageSentences(cells, region);

  // ---------- body ----------
  for (let i = region.first; i <= region.last; i++) {
    const cell = cells[i]!;
    if (cell.role === "prose" || cell.role === "short") {
      paragraphs.push({ index: paragraphs.length, text: input.slice(cell.unit.start, cell.unit.end), start: cell.unit.start, end: cell.unit.end });
      owner[i] = "body";
    }
  }
  const lead = paragraphs[0];
  if (lead) {
    const dl = datelineOf(lead.text);
    if (dl) {
      const [s, e] = core(input, lead.start, lead.start + dl.length);
      // The place only: "LONDON (Reuters) -" gives LONDON, "VIENNA, June 5" gives VIENNA.
      const place = input
        .slice(s, e)
        .replace(/\s*(?:—|–|--|-|\/\/|:)$/, "")
        .replace(/\s*\([^)]*\)$/, "")
        .replace(/,\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}$/, "");
      metadata.dateline = place;
      metadata.spans.dateline = span(input, s, s + place.length);
    }
  }
  // "NEW YORK, Sept. 12, 2018 /PRNewswire/ --": a dated dateline, the only date some stories print.
  const datedLead = lead ? datelineDate(lead.text) : null;

  // ---------- header: headline, subheadline, standfirst, bylines ----------
  const headerEnd = region.first;
  let headlineAt = layout.anchorAt;
  const first = layout.titleAt;
  if (headlineAt >= 0) {
    owner[first] = "dropped";
    drop(cells[first]!, "page-title");
  }
  if (headlineAt < 0) headlineAt = headlineBeforeMetadata(cells, headerEnd);
  if (headlineAt < 0) headlineAt = nearestHeadline(cells, headerEnd);
  if (headlineAt >= 0) {
    const cell = cells[headlineAt]!;
    let end = cell.unit.end;
    if (headlineAt === first) {
      // A page title with the site's name: keep the headline part, drop the name.
      const head = withoutSiteName(cell.unit.text);
      end = cell.unit.start + head.length;
    }
    metadata.headline = setField("headline", cell, cell.unit.start, end);
    if (end < cell.unit.end) dropped[dropped.length - 1]!.reason = "page-title";
    owner[headlineAt] = "headline";
    const next = cells[headlineAt + 1];
    const nextIsName = next && bareByline(next.unit.text) !== null;
    if (next && !nextIsName && headlineAt + 1 < headerEnd && (next.role === "short" || next.role === "prose") && next.unit.text.length < 400) {
      if (ENDS_SENTENCE.test(next.unit.text) && next.role === "prose") {
        metadata.standfirst = setField("standfirst", next);
      } else if (next.unit.text.toLowerCase() !== cell.unit.text.toLowerCase()) {
        metadata.subheadline = setField("subheadline", next);
      }
      if (metadata.standfirst !== null || metadata.subheadline !== null) owner[headlineAt + 1] = "meta";
    }
  }
  const from = headlineAt + 1;
  let bare: string[] | null = null;
  // A "By ..." line in the header outranks a bare name.
  const signedHeader = cells.slice(from, headerEnd).some((c) => c.role === "byline" || c.parts?.some((p) => p.kind === "byline"));
  for (let i = from; i < headerEnd; i++) {
    const cell = cells[i]!;
    if (owner[i]) continue;
    if (cell.summaryPoint) {
      drop(cell, "summary");
      owner[i] = "dropped";
    } else if (cell.role === "prose" && metadata.standfirst === null && headlineAt >= 0) {
      metadata.standfirst = setField("standfirst", cell);
      owner[i] = "meta";
    } else if (cell.role === "prose" && metadata.standfirst !== null && i >= headerEnd - 6) {
      // Summary points between the standfirst and the story ("Key Points").
      drop(cell, "summary");
      owner[i] = "dropped";
    } else if (
      cell.role === "short" &&
      !metadata.byline.length &&
      !signedHeader &&
      (headlineAt >= 0 || ["date", "header-line"].includes(cells[i - 1]?.role ?? "")) &&
      (bare = bareByline(cell.unit.text))
    ) {
      metadata.byline = bare;
      setField("byline", cell);
      owner[i] = "meta";
    }
  }

  // ---------- everything outside the body that carries metadata ----------
  // A date above the headline is the site's date bar when the story prints its own below.
  const laterDate = headlineAt >= 0 && cells.slice(headlineAt + 1).some((c) => c.role === "date" || c.parts?.some((p) => p.kind === "date"));
  let dateCell: Cell | null = null;
  let tailReason: DropReason = "footer";
  const seen = new Set<string>();
  let pendingSlug: Cell | null = null;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i]!;
    if (owner[i]) continue;
    const inBody = i >= region.first && i <= region.last;
    const u = cell.unit;
    if (cell.sectionBreak && i > region.last && cell.reason) tailReason = cell.reason;
    if (pendingSlug && (cell.role !== "caption" || cell === pendingSlug)) {
      if (cell !== pendingSlug) {
        drop(pendingSlug, "furniture");
        pendingSlug = null;
      }
    }
    switch (cell.role) {
      case "reading-time":
        if (metadata.readingTime === null) {
          metadata.readingTime = setField("readingTime", cell);
          continue;
        }
        drop(cell, "reading-time");
        continue;
      case "date":
        if (metadata.dateText === null && !(i < headlineAt && laterDate) && !publishedFollows(cells, i)) {
          const [s, e] = core(input, u.start, u.end);
          metadata.dateText = setField("dateText", cell, s, e);
          metadata.date = cell.date!.iso;
          dateCell = cell;
          continue;
        }
        drop(cell, "furniture");
        continue;
      case "header-line": {
        // "By Jane Doe | March 3, 2020 | 4 min read": each part to its field, the rest dropped.
        let at = u.start;
        for (const part of cell.parts!) {
          const [s, e] = core(input, u.start + part.start, u.start + part.end);
          drop(cell, "furniture", at, s);
          at = e;
          if (part.kind === "byline" && !metadata.byline.length) {
            metadata.byline = part.names!;
            metadata.spans.byline = span(input, s, e);
          } else if (part.kind === "date" && metadata.dateText === null) {
            metadata.dateText = input.slice(s, e);
            metadata.spans.dateText = span(input, s, e);
            metadata.date = part.date!.iso;
          } else if (part.kind === "reading-time" && metadata.readingTime === null) {
            metadata.readingTime = input.slice(s, e);
            metadata.spans.readingTime = span(input, s, e);
          } else drop(cell, part.kind === "reading-time" ? "reading-time" : "furniture", s, e);
        }
        drop(cell, "furniture", at, u.end);
        continue;
      }
      case "byline":
        if (!metadata.byline.length) {
          metadata.byline = cell.byline!;
          setField("byline", cell);
          continue;
        }
        if (/staff|reports?/i.test(u.text)) {
          metadata.credits.push(span(input, u.start, u.end));
          continue;
        }
        drop(cell, "furniture");
        continue;
      case "credit":
        metadata.credits.push(span(input, u.start, u.end));
        continue;
      case "photo-credit": {
        const last = metadata.captions.at(-1);
        if (last && !last.credit && cells[i - 1]?.role === "caption" && owner[i - 1] !== "body") {
          // "Image Credit: X" under its caption: one caption node spanning both lines.
          last.credit = span(input, u.start, u.end);
          last.end = u.end;
          last.text = input.slice(last.start, last.end);
        } else metadata.credits.push(span(input, u.start, u.end));
        continue;
      }
      case "caption": {
        if (/^[A-Z\u00C0-\u00D6\u00D8-\u00DE0-9]+(?:[-_/][A-Z\u00C0-\u00D6\u00D8-\u00DE0-9]+)+$/.test(u.text) && !pendingSlug) {
          pendingSlug = cell; // "CHINA-QUAKE" above its caption
          continue;
        }
        const start = pendingSlug ? pendingSlug.unit.start : u.start;
        pendingSlug = null;
        metadata.captions.push(caption(input, start, u.end));
        continue;
      }
      default:
        break;
    }
    if (cell.role === "furniture") {
      drop(cell, cell.reason ?? "furniture");
      continue;
    }
    if (inBody) continue;
    if (i < region.first) {
      const key = u.text.toLowerCase();
      drop(cell, seen.has(key) ? "duplicate" : "navigation");
      seen.add(key);
    } else drop(cell, cell.reason ?? pageSentenceOf(cell) ?? (cell.role === "short" && tailReason === "footer" && cell.capitals > 0.5 ? "related-links" : tailReason));
  }
  if (pendingSlug) drop(pendingSlug, "furniture");

  if (metadata.dateText === null && datedLead && lead) {
    metadata.date = datedLead.iso;
    metadata.spans.dateText = span(input, lead.start + datedLead.start, lead.start + datedLead.end);
    metadata.dateText = metadata.spans.dateText.text;
  }
  if (dateCell?.date?.dayFirst && !MONTH_FIRST.test(input.slice(0, 50_000))) metadata.date = dateCell.date.dayFirst;
  dropped.sort((a, b) => a.start - b.start);
  metadata.captions.sort((a, b) => a.start - b.start);
  metadata.credits.sort((a, b) => a.start - b.start);
  return { metadata, paragraphs, dropped };
}

/** "Updated Oct 02, 2024" with "Published Oct 01, 2024" just below: the publication date wins. */
function publishedFollows(cells: Cell[], i: number): boolean {
  if (!/^\W*(?:updated|last updated|modified|last modified)\b/i.test(cells[i]!.unit.text)) return false;
  for (let j = i + 1; j < Math.min(cells.length, i + 4); j++) {
    // A labelled publication date, or an unlabelled date under the update ("Updated 15 January"
    // above "January 14, 2024 22:05").
    if (cells[j]!.role === "date" && !/^\W*(?:updated|last updated|modified|last modified)\b/i.test(cells[j]!.unit.text)) return true;
  }
  return false;
}

function caption(input: string, start: number, end: number): Caption {
  const text = input.slice(start, end);
  const credit = /\s*(\[[^\]\n]{2,50}\]|\((?:photo|image|picture|credit)[^)\n]{2,50}\))\.?$/i.exec(text);
  const node: Caption = { text, start, end, credit: null };
  if (credit) {
    const s = start + credit.index + credit[0].indexOf(credit[1]!);
    node.credit = span(input, s, s + credit[1]!.length);
  }
  return node;
}

