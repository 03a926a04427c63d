// Header lines that carry several fields: "By Jane Doe | March 3, 2020 | 4 min read",
// "5 Mar 2021 · 3 min read", "Reuters November 18, 2019 11:03 PM".
import { dateLine, findDate, isDateFurniture, type DateMatch } from "./dates.js";
import { bylineOf, isAgencyName, PERSON_NAME, ROLE_LINE } from "./bylines.js";
import { furnitureReason } from "./furniture.js";
import { countWords, READING_TIME } from "./patterns.js";

export interface LinePart {
  kind: "byline" | "date" | "reading-time" | "furniture";
  /** Offsets relative to the start of the line. */
  start: number;
  end: number;
  names?: string[];
  date?: DateMatch;
}

const SEPARATOR = /\s+[|•·/.–—-]\s+|\s*\|\s*/g;
/** Where SEPARATOR can match: most lines have no such place, and this scan costs less. */
const SEPARATOR_HINT = /\s[|•·/.–—-]\s|\|/;
const GLUED_READING_TIME = /^(.*\D)(\d{1,2}\s*min(?:ute)?s?\s+read)$/i;
/** Ends with "read", in any case: the glued reading time can only match then. */
const endsWithRead = (s: string) => {
  const n = s.length;
  return n > 4 && (s.charCodeAt(n - 4) | 32) === 114 && (s.charCodeAt(n - 3) | 32) === 101 && (s.charCodeAt(n - 2) | 32) === 97 && (s.charCodeAt(n - 1) | 32) === 100;
};

function classify(part: string, start: number, hasByline: boolean): LinePart | null {
  const end = start + part.length;
  if (READING_TIME.test(part)) return { kind: "reading-time", start, end };
  const date = dateLine(part);
  if (date) return { kind: "date", start, end, date };
  // "Amaru Quispe | Political Correspondent": the author's job.
  if (hasByline && ROLE_LINE.test(part)) return { kind: "furniture", start, end, names: [] };
  const by = bylineOf(part);
  if (by) return { kind: "byline", start, end, names: by.names };
  if (part.length <= 40 && (isAgencyName(part) || PERSON_NAME.test(part))) {
    // "Jane Doe | Reuters": the agency after an author is the author's employer, not a second byline.
    return hasByline ? { kind: "furniture", start, end } : { kind: "byline", start, end, names: [part] };
  }
  if (furnitureReason(part, countWords(part, Infinity)) || isDateFurniture(part)) return { kind: "furniture", start, end };
  // "Jana Kröger | with dpa, epd": the agencies that helped.
  if (hasByline && /^with [\w ,&]{2,40}$/i.test(part)) return { kind: "furniture", start, end, names: [] };
  // A section label beside the date ("India News | ... | Updated: July 21, 2022").
  if (countWords(part, 5) <= 4 && /^[A-Z]/.test(part) && !/[.!?,;]$/.test(part)) return { kind: "furniture", start, end, names: [] };
  return null;
}

/** The fields of a short line made of byline, date and reading-time parts, or null. */
export function headerParts(text: string): LinePart[] | null {
  if (text.length > 160) return null;
  const parts: LinePart[] = [];
  let from = 0;
  const pieces: [string, number][] = [];
  SEPARATOR.lastIndex = 0;
  for (let m = SEPARATOR_HINT.test(text) ? SEPARATOR.exec(text) : null; m; m = SEPARATOR.exec(text)) {
    pieces.push([text.slice(from, m.index), from]);
    from = m.index + m[0].length;
  }
  pieces.push([text.slice(from), from]);
  // "By Jane Doe3 min read": a reading time glued to the part before it.
  for (let k = 0; k < pieces.length; k++) {
    const [piece, at] = pieces[k]!;
    const glued = endsWithRead(piece) ? GLUED_READING_TIME.exec(piece) : null;
    if (glued && glued[1]!.trim()) pieces.splice(k, 1, [glued[1]!, at], [glued[2]!, at + glued[1]!.length]);
  }
  if (pieces.length === 1) {
    const d = findDate(text);
    return d && d.iso ? (nameThenDate(text, d) ?? dateThenName(text, d)) : null;
  }
  for (const [raw, at] of pieces) {
    const lead = raw.length - raw.trimStart().length;
    const piece = raw.trim();
    if (!piece) continue;
    const part = classify(piece, at + lead, parts.some((p) => p.kind === "byline"));
    if (!part) return null;
    parts.push(part);
  }
  const dated = parts.some((p) => p.kind === "date" || p.kind === "reading-time");
  const signed = parts.some((p) => p.kind === "byline" && /^by\b/i.test(text.slice(p.start, p.end)));
  // "Claire Fougère · CBC News": a name, then the outlet.
  const nameThenOutlet = parts.length === 2 && parts[0]!.kind === "byline" && parts[1]!.kind === "furniture" && parts[1]!.names !== undefined;
  const labels = parts.some((p) => p.kind === "furniture" && p.names !== undefined);
  if (parts.length < 2 || (labels && !dated && !nameThenOutlet)) return null;
  return dated || signed || nameThenOutlet ? parts : null;
}

/** "Posted on November 19, 2014 by Marcy Delgado": a date, then its author. */
function dateThenName(text: string, d: DateMatch): LinePart[] | null {
  const by = /^\s*,?\s*by\s+(.+)$/i.exec(text.slice(d.end));
  if (!by || !dateLine(text.slice(0, d.end))) return null;
  const names = bylineOf(`By ${by[1]!}`)?.names;
  if (!names) return null;
  const byStart = text.length - by[0].trimStart().length;
  return [
    { kind: "date", start: 0, end: d.end, date: d },
    { kind: "byline", start: byStart, end: text.length, names },
  ];
}

/** "Reuters November 18, 2019 11:03 PM": a name, then a date, with no separator. */
function nameThenDate(text: string, d: DateMatch): LinePart[] | null {
  if (d.start === 0 || text.length - d.end > 30) return null;
  // "Posted by Grace Mwangi on April 29, 2018": the name, then "on" and the date.
  const before = text.slice(0, d.start).replace(/[\s|•·,–—-]+$/, "").replace(/\s+(?:on|at)$/i, "");
  const names = bylineOf(before)?.names ?? (isAgencyName(before) || PERSON_NAME.test(before) ? [before] : null);
  if (!names) return null;
  const rest = text.slice(d.end).trim();
  if (rest && !dateLine(`${text.slice(d.start, d.end)} ${rest}`)) return null;
  return [
    { kind: "byline", start: 0, end: before.length, names },
    { kind: "date", start: d.start, end: text.length, date: d },
  ];
}
