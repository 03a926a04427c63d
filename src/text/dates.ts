// Dates as news pages print them: "29 November, 2023", "Nov. 29, 2023 5:04 PM EST",
// "08 February 2021 22:06 IST", "2023-11-29T10:00Z", "Updated 3 hours ago".

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

/** 1-12 for a month name or its abbreviation ("Sept", "Nov."), else 0. */
function monthNumber(word: string): number {
  const w = word.toLowerCase();
  if (w.length < 3) return 0;
  const i = MONTHS.findIndex((m) => m.startsWith(w) || (w === "sept" && m === "september"));
  return i + 1;
}

// Small patterns with the month as any word, checked against the names afterwards: a regex
// with every month spelled out costs more to compile than the whole parse of an article.
const DAY_MONTH_YEAR = /\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([A-Za-z]{3,9})\.?,?\s+((?:19|20)\d\d)(?:\b|(?=[01]?\d:\d\d)|(?=[A-Z][a-z]))/g;
const MONTH_DAY_YEAR = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)(?:\b|(?=[01]?\d:\d\d)|(?=[A-Z][a-z]))/g;
const ISO_DATE = /\b((?:19|20)\d\d)-(\d\d?)-(\d\d?)(?:[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?(?![\d-])/g;
const NUMERIC_DATE = /\b(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d\d)\b/g;
const WEEKDAY_BEFORE = /(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+$/i;
const TIME_AFTER = /\s*(?:[,|/@•·–—-]|at)?\s*(?:[01]?\d|2[0-3])[:.][0-5]\d(?::[0-5]\d)?\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s*\(?(?:GMT[+-]\d{1,2}(?::?\d\d)?|UTC[+-]\d{1,2}(?::?\d\d)?|[A-Z]{2,4})\)?(?![a-z]))?/y;

const YEAR = /(?:19|20)\d\d/;
const RELATIVE_HINT = /ago|now|day/i; // in every relative form
const RELATIVE = /\b(?:\d+|an?|one|few)\s+(?:sec(?:ond)?s?|min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?)\s+ago\b|\b(?:just now|yesterday|today)\b/i;

export interface DateMatch {
  start: number;
  end: number;
  /** ISO YYYY-MM-DD, or null for a relative date. */
  iso: string | null;
  /** For 08/11/2022, where both readings are valid: the day-first one (iso holds month-first). */
  dayFirst?: string;
}

function iso(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null;
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

type Reader = (m: RegExpExecArray) => string | null;
const READERS: [RegExp, Reader][] = [
  [DAY_MONTH_YEAR, (m) => iso(+m[3]!, monthNumber(m[2]!), +m[1]!)],
  [MONTH_DAY_YEAR, (m) => iso(+m[3]!, monthNumber(m[1]!), +m[2]!)],
  [ISO_DATE, (m) => iso(+m[1]!, +m[2]!, +m[3]!)],
  [
    NUMERIC_DATE,
    (m) => {
      const a = +m[1]!, b = +m[3]!, y = +m[4]!;
      // Dots are day-first everywhere; slashes are ambiguous, so take the reading that is valid.
      return m[2] !== "/" || a > 12 ? iso(y, b, a) : iso(y, a, b);
    },
  ],
];

/** The first absolute date in `text` (with its weekday, time and zone), else a relative one. */
export function findDate(text: string): DateMatch | null {
  let best: DateMatch | null = null;
  // Every absolute form holds a year: most lines have none, and one scan for it costs less
  // than the four patterns.
  for (const [re, read] of YEAR.test(text) ? READERS : []) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m && (!best || m.index < best.start); m = re.exec(text)) {
      const value = read(m);
      if (!value) {
        re.lastIndex = m.index + 1;
        continue;
      }
      const ambiguous = re === NUMERIC_DATE && m[2] === "/" && +m[1]! <= 12 && +m[3]! <= 12 && m[1] !== m[3];
      let start = m.index;
      let end = m.index + m[0].length;
      const weekday = WEEKDAY_BEFORE.exec(text.slice(Math.max(0, start - 12), start));
      if (weekday) start -= weekday[0].length;
      TIME_AFTER.lastIndex = end;
      const time = TIME_AFTER.exec(text);
      if (time && time[0].length) end += time[0].length;
      best = { start, end, iso: value };
      if (ambiguous) best.dayFirst = iso(+m[4]!, +m[3]!, +m[1]!) ?? undefined;
      break;
    }
  }
  if (best) return best;
  const r = RELATIVE_HINT.test(text) ? RELATIVE.exec(text) : null;
  return r ? { start: r.index, end: r.index + r[0].length, iso: null } : null;
}

// Words that may stand around a date on a date line without making it something else.
const DATE_FURNITURE =
  /^(?:[\s|•·,:;/–—.-]|\([A-Z][a-z]+(?: [A-Z][a-z]+)?\)|(?<![a-z])(?:published|updated|last|first|modified|posted|issued|created|on|at|date|dated|edited|reviewed|the|this|story|article|was|is|and|time|ago|am|pm|a\.m\.|p\.m\.|update|updates|uhr|h|publié|publiée|mis à jour|le|à|about|around|uk|local time|local)(?![a-zé])|(?<!\d)[012]?\dh[0-5]\d(?!\d)|\b\d+ (?:years?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?) ago\b|(?<!\d)[012]?\d[:.][0-5]\d(?:\s?[ap]\.?m\.?)?(?!\d)|\b(?:GMT|UTC|BST|CET|CEST|EET|EST|EDT|CST|CDT|MST|MDT|PST|PDT|IST|ET|PT|CT|MT|AEST|AEDT|ACST|AWST|JST|KST|SGT|HKT|WIB|PKT|WAT|EAT|SAST|MSK|GST|NZST|NZDT|AST|ADT|TRT|ICT|PHT|CAT|BRT|ART|CLT|PET|COT|NZT|WITA|WIT)(?:[+-]\d{1,2})?\b)*$/i;

/** Only the words and times that stand around dates: "Updated 10.35AM IST". */
export function isDateFurniture(text: string): boolean {
  return /\d[:.]\d\d/.test(text) && DATE_FURNITURE.test(text);
}

/** A line that is a date and nothing more (allowing "Published", "Updated", bullets, times). */
export function dateLine(text: string): DateMatch | null {
  if (text.length > 90 && !(text.length <= 150 && /^(?:published|updated|posted|issued|first published|last updated)\b/i.test(text))) return null;
  const match = findDate(text);
  if (!match) return null;
  // "Updated - September 03, 2022 10:05 pm IST - CHENNAI": a place may close the line.
  const rest = (text.slice(0, match.start) + " " + text.slice(match.end)).replace(/\s[-–—|]\s*[A-Z][A-Z .]{2,30}$/, "");
  // Most date lines hold nothing else; the pattern for what may stand around a date is for the rest.
  if (!/^[\s|•·,:;/–—.-]*$/.test(rest) && !DATE_FURNITURE.test(rest)) {
    // A second date or time in the rest: "Published June 3, 2020 | Updated June 4, 2020 10:00".
    const again = findDate(rest);
    if (!again) return null;
    const rest2 = rest.slice(0, again.start) + " " + rest.slice(again.end);
    if (!DATE_FURNITURE.test(rest2)) return null;
    // "Updated 20/06/2024 ... Published 19/06/2024": the publication date is the one wanted.
    const second = findDate(text.slice(match.end));
    if (second && /(?:updat|modif)\w*\W*(?:on)?\W*$/i.test(text.slice(0, match.start)) && /(?:publish|post|issu)\w*\W*(?:on)?\W*$/i.test(text.slice(match.end, match.end + second.start))) {
      return { ...second, start: match.end + second.start, end: match.end + second.end };
    }
  }
  if (match.iso === null && !/\b(?:updated|published|posted|ago)\b/i.test(text)) return null;
  return match;
}
