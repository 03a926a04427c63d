// Dates as news pages print them: "29 November, 2023", "Nov. 29, 2023 5:04 PM EST",
// "08 February 2021 22:06 IST", "2023-11-29T10:00Z", "Updated 3 hours ago".

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH =
  "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
const WEEKDAY = "(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|sday|urday|rsday)?\\.?,?\\s+";
const DAY = "(?:[0-2]?\\d|3[01])(?:st|nd|rd|th)?";
const YEAR = "(?:19|20)\\d\\d";
const TIME =
  "(?:\\s*(?:[,|/@•·–—-]|at)?\\s*(?:[01]?\\d|2[0-3])[:.][0-5]\\d(?::[0-5]\\d)?\\s*(?:[ap]\\.?m\\.?)?(?:\\s*\\(?(?:[A-Z]{2,4}|GMT[+-]\\d{1,2}(?::?\\d\\d)?|UTC[+-]?\\d{0,2})\\)?(?![A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF]))?)";

const PATTERNS: { re: RegExp; order: "dmy" | "mdy" | "iso" | "num" }[] = [
  { re: new RegExp(`(?:${WEEKDAY})?\\b(${DAY})\\s+(?:of\\s+)?(${MONTH}),?\\s+(${YEAR})\\b${TIME}?`, "i"), order: "dmy" },
  { re: new RegExp(`(?:${WEEKDAY})?\\b(${MONTH})\\s+(${DAY}),?\\s+(${YEAR})\\b${TIME}?`, "i"), order: "mdy" },
  { re: new RegExp(`\\b(${YEAR})-(0?[1-9]|1[0-2])-(0?[1-9]|[12]\\d|3[01])(?:[T ][0-2]\\d:[0-5]\\d(?::[0-5]\\d(?:\\.\\d+)?)?(?:Z|[+-]\\d\\d:?\\d\\d)?)?\\b`), order: "iso" },
  { re: new RegExp(`\\b(\\d{1,2})([/.])(\\d{1,2})\\2(${YEAR})\\b${TIME}?`), order: "num" },
];

const RELATIVE = /\b(?:\d+|an?|one|few)\s+(?:sec(?:ond)?s?|min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?)\s+ago\b|\b(?:just now|yesterday|today)\b/i;

export interface DateMatch {
  start: number;
  end: number;
  /** ISO YYYY-MM-DD, or null for a relative date. */
  iso: string | null;
}

function iso(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null;
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

const monthNumber = (s: string) => MONTHS[s.toLowerCase().replace(/\.$/, "").slice(0, s.toLowerCase().startsWith("sept") ? 4 : 3)] ?? 0;

/** The first absolute date in `text` (with its time and zone), else a relative one. */
export function findDate(text: string): DateMatch | null {
  let best: DateMatch | null = null;
  for (const { re, order } of PATTERNS) {
    const m = re.exec(text);
    if (!m || (best && m.index >= best.start)) continue;
    let value: string | null = null;
    if (order === "dmy") value = iso(+m[3]!, monthNumber(m[2]!), parseInt(m[1]!, 10));
    else if (order === "mdy") value = iso(+m[3]!, monthNumber(m[1]!), parseInt(m[2]!, 10));
    else if (order === "iso") value = iso(+m[1]!, +m[2]!, +m[3]!);
    else {
      const a = +m[1]!, b = +m[3]!, y = +m[4]!;
      // Dots are day-first everywhere; slashes are ambiguous, so take the reading that is valid.
      value = m[2] === "." || a > 12 ? iso(y, b, a) : iso(y, a, b);
    }
    if (value) best = { start: m.index, end: m.index + m[0].length, iso: value };
  }
  if (best) return best;
  const r = RELATIVE.exec(text);
  return r ? { start: r.index, end: r.index + r[0].length, iso: null } : null;
}

// Words that may stand around a date on a date line without making it something else.
const DATE_FURNITURE =
  /^(?:[\s|•·,:;/–—-]|\b(?:published|updated|last|first|modified|posted|created|on|at|date|dated|edited|reviewed|the|this|story|article|was|is|and|time|ago|am|pm|a\.m\.|p\.m\.)\b)*$/i;

/** A line that is a date and nothing more (allowing "Published", "Updated", bullets, times). */
export function dateLine(text: string): DateMatch | null {
  if (text.length > 90) return null;
  const match = findDate(text);
  if (!match) return null;
  const rest = text.slice(0, match.start) + " " + text.slice(match.end);
  if (!DATE_FURNITURE.test(rest)) {
    // A second date or time in the rest: "Published June 3, 2020 | Updated June 4, 2020 10:00".
    const again = findDate(rest);
    if (!again) return null;
    const rest2 = rest.slice(0, again.start) + " " + rest.slice(again.end);
    if (!DATE_FURNITURE.test(rest2)) return null;
  }
  if (match.iso === null && !/\b(?:updated|published|posted|ago)\b/i.test(text)) return null;
  return match;
}
