// The small shapes of a line: its words, whether it ends a sentence, and whether it is a
// reading time, a credit, a photo caption or a dateline. Furniture is in furniture.ts, bylines
// in bylines.ts; where a line sits is judged in body.ts and header.ts.

const STOPWORDS = new Set(
  ("a an the and or but if of to in on at by for with from as into about over after before than that this these those " +
    "is are was were be been being has have had do does did will would can could should may might must " +
    "it its he she they we i you his her their our your him them us who whom which what when where while " +
    "not no so also just more most other such only then there here up out said says says").split(" "),
);

// Punctuation stripped from the ends of a word: ASCII non-alphanumerics and the common
// typographic marks. Scanning char codes keeps this hot path free of Unicode regexes.
const EDGE_MARKS = new Set([0x201c, 0x201d, 0x2018, 0x2019, 0x2014, 0x2013, 0x2026, 0xab, 0xbb, 0x2022, 0xb7, 0xa0]);
function isEdgeMark(c: number): boolean {
  if (c < 128) return !((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122));
  return EDGE_MARKS.has(c);
}

const isSpace = (c: number) => c <= 32 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x3000 || c === 0x202f;

// The word scans below run over every line: one table look-up per character costs less than
// the tests above. SPACE separates words, EDGE is trimmed from their ends, CAPITAL opens a
// capitalised word (for Latin-1; see isCapital), LETTER is an ASCII letter, WHITE is a space
// to isSpace or to \s. The bits from 16 up are the marks lineShape reports.
const SPACE = 1, EDGE = 2, CAPITAL = 4, LETTER = 8, WHITE = 16;

/** Characters some line patterns need, so a line without them can skip those patterns. */
export const MARK = {
  DIGIT: 1 << 16,
  /** \u200B-\u200D \u2060 \uFEFF, read as spaces (see describe). */
  ZERO_WIDTH: 1 << 17,
  /** A tab, | / > » ›, or two spaces in a row: what menu lines are made with. */
  MENU: 1 << 18,
  /** A tab, a no-break space, ‘ ’, or two spaces in a row: what furniture keys normalise. */
  UNEVEN: 1 << 19,
  /** : | - – — » >, which set a link's opener apart ("Read more: ..."). */
  LINK_SEPARATOR: 1 << 20,
  /** | or /, between a photographer and an agency. */
  SLASH_OR_BAR: 1 << 21,
  /** | or ·, between furniture phrases side by side ("Share | Print"). */
  SIDE_BY_SIDE: 1 << 22,
  /** "İ" or the Kelvin sign, which lower-case to ASCII letters. */
  LOWERS_TO_ASCII: 1 << 23,
};
const isWhite = (c: number) => isSpace(c) || /\s/.test(String.fromCharCode(c));
function classOf(c: number): number {
  let k = (isSpace(c) ? SPACE : isEdgeMark(c) ? EDGE : 0) | (isWhite(c) ? WHITE : 0);
  if (c < 256 && isCapital(c)) k |= CAPITAL;
  if ((c | 32) >= 97 && (c | 32) <= 122) k |= LETTER;
  if (c >= 48 && c <= 57) k |= MARK.DIGIT;
  if ((c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff) k |= MARK.ZERO_WIDTH;
  if ("\t|/>»›·".includes(String.fromCharCode(c))) k |= MARK.MENU;
  if ("\t\u00a0‘’".includes(String.fromCharCode(c))) k |= MARK.UNEVEN;
  if (":|-–—»>".includes(String.fromCharCode(c))) k |= MARK.LINK_SEPARATOR;
  if (c === 47 || c === 124) k |= MARK.SLASH_OR_BAR;
  if (c === 124 || c === 0xb7) k |= MARK.SIDE_BY_SIDE;
  if (c === 0x130 || c === 0x212a) k |= MARK.LOWERS_TO_ASCII;
  return k;
}
// Latin-1, and the block of spaces, dashes and quotes at U+2000; the few others by hand.
const LATIN1_CLASS = new Uint32Array(256).map((_, c) => classOf(c));
const PUNCTUATION_CLASS = new Uint32Array(0x70).map((_, i) => classOf(0x2000 + i));
const OTHER_CLASS = new Map([0x130, 0x1680, 0x212a, 0x3000, 0xfeff].map((c) => [c, classOf(c)]));
const charClass = (c: number) => (c < 256 ? LATIN1_CLASS[c]! : c >= 0x2000 && c < 0x2070 ? PUNCTUATION_CLASS[c - 0x2000]! : (OTHER_CLASS.get(c) ?? 0));

export const isAsciiLetter = (c: number) => (c | 32) >= 97 && (c | 32) <= 122;

/** A word's first character counts as a capital when it is an upper-case letter or a digit. */
function isCapital(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase();
}

/** How many words `words` would give, at most `limit`, without making them. */
export function countWords(text: string, limit: number): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length && n < limit; i++) {
    const k = charClass(text.charCodeAt(i));
    if (k & SPACE) inWord = false;
    else if (!inWord && !(k & EDGE)) {
      inWord = true;
      n++;
    }
  }
  return n;
}

export interface LineShape {
  /** countWords(text, limit). */
  count: number;
  /** How many of those words open with a capital (headline case, menus, names). */
  capitals: number;
  /** The MARK bits of the characters in the line. */
  marks: number;
}

/** The words of a line counted, with their capitals and the line's marks, in one pass. */
export function lineShape(text: string, limit: number): LineShape {
  let count = 0;
  let capitals = 0;
  let marks = 0;
  let inWord = false;
  let white = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const k = charClass(c);
    marks |= k;
    if (k & WHITE) {
      if (white) marks |= MARK.MENU | MARK.UNEVEN;
      white = true;
    } else white = false;
    if (k & SPACE) inWord = false;
    else if (!inWord && !(k & EDGE)) {
      inWord = true;
      if (count < limit) {
        count++;
        if (c < 256 ? k & CAPITAL : isCapital(c)) capitals++;
      }
    }
  }
  return { count, capitals, marks: marks & ~0xffff };
}

/** Whitespace-separated words with surrounding punctuation removed, at most `limit` of them. */
export function words(text: string, limit = Infinity): string[] {
  const out: string[] = [];
  const n = text.length;
  let i = 0;
  while (i < n && out.length < limit) {
    while (i < n && charClass(text.charCodeAt(i)) & SPACE) i++;
    let s = i;
    while (i < n && !(charClass(text.charCodeAt(i)) & SPACE)) i++;
    let e = i;
    while (s < e && charClass(text.charCodeAt(s)) & EDGE) s++;
    while (e > s && charClass(text.charCodeAt(e - 1)) & EDGE) e--;
    if (e > s) out.push(text.slice(s, e));
  }
  return out;
}

// Function words by a number made of their letters (five bits each), so a word can be looked
// up without cutting it out of the line and lower-casing it. Seven letters fit in 35 bits.
const stopwordKey = (text: string, s: number, e: number) => {
  let key = 0;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    // Only ASCII letters lower-case to a function word's letters (the Kelvin sign lower-cases to
    // "k", which none holds).
    if (c >= 256 || !(LATIN1_CLASS[c]! & LETTER)) return -1;
    key = key * 32 + ((c | 32) - 96);
  }
  return key;
};
const LONGEST_STOPWORD = Math.max(...[...STOPWORDS].map((w) => w.length));
const STOPWORD_KEYS = new Set([...STOPWORDS].map((w) => stopwordKey(w, 0, w.length)));

/**
 * How many of the first `limit` words (as words(text, limit) makes them) are function words:
 * their share tells prose from a list. The count stops at `enough`, when that is all the caller
 * needs to know.
 */
export function stopwordCount(text: string, limit: number, enough = Infinity): number {
  let found = 0;
  let count = 0;
  const n = text.length;
  let i = 0;
  while (i < n && count < limit && found < enough) {
    while (i < n && charClass(text.charCodeAt(i)) & SPACE) i++;
    let s = i;
    while (i < n && !(charClass(text.charCodeAt(i)) & SPACE)) i++;
    let e = i;
    while (s < e && charClass(text.charCodeAt(s)) & EDGE) s++;
    while (e > s && charClass(text.charCodeAt(e - 1)) & EDGE) e--;
    if (e > s) {
      count++;
      if (e - s <= LONGEST_STOPWORD && STOPWORD_KEYS.has(stopwordKey(text, s, e))) found++;
    }
  }
  return found;
}

/**
 * A number for the characters text[s..e) with ASCII letters in either case, to look a word up
 * in a set made by foldedHashes without cutting it out and lower-casing it (which costs more
 * than the look-up). Different words may share a number: use it to rule words out, not in, and
 * only for runs of ASCII letters (a few other characters lower-case to them).
 */
export function foldedHash(text: string, s: number, e: number): number {
  let h = 0;
  for (let i = s; i < e; i++) h = (Math.imul(h, 31) + (text.charCodeAt(i) | 32)) | 0;
  return h;
}
export const foldedHashes = (ws: Iterable<string>) => new Set([...ws].map((w) => foldedHash(w, 0, w.length)));

/** Ends like a sentence: full stop, question, exclamation, or a closing quote after one. */
export const ENDS_SENTENCE = /[.!?…]["'”’»)\]]*$|[.!?,]["”’»]$/;
export function endsSentence(text: string): boolean {
  return ENDS_SENTENCE.test(text.length > 6 ? text.slice(-6) : text);
}

// ---------- reading time ----------
export const READING_TIME = /^(?:reading time:?\s*)?(?:about\s+)?\d+(?:\s*[-–]\s*\d+)?\s*(?:min(?:ute)?s?|mins?\.?)(?:\s+(?:read|reading|to read|listen))?(?:\s+time)?$|^(?:estimated )?reading time:?\s*\d+\s*min(?:ute)?s?\.?$/i;

// ---------- credits ----------
/** Agency and copyright credits at the end of a story. */
export function isCredit(text: string): boolean {
  if (text.length >= 200) return false;
  const c = text.charCodeAt(0);
  // ( - – — © open the short forms; the long forms name what they are.
  if (c !== 40 && c !== 45 && c !== 0x2013 && c !== 0x2014 && c !== 0xa9 && !(text.length > 100 ? CREDIT_HINT.test(text.slice(0, 60)) || CREDIT_HINT.test(text.slice(-40)) : CREDIT_HINT.test(text))) return false;
  return CREDIT.test(text);
}
const CREDIT_HINT = /[Rr]eporting by|REPORTING BY|ontributed to|nputs from|[Ee]diting by|[Cc]opyright|COPYRIGHT|[Ss]taff [Rr]eport|[Ww]ire [Rr]eport|STAFF|^[Ss]taff$/;
const CREDIT =
  /^(?:\((?:agencies|with (?:inputs|agency inputs) from [^)]*|(?:additional )?reporting by [^)]*|editing by [^)]*|compiled by [^)]*|[\w ]{0,40} contributed to this (?:report|story|article)[^)]*|AFP|AP|Reuters|IANS|PTI|ANI)\)\.?|[-–—]\s*(?:Reuters|AFP|AP|IANS|PTI|ANI|Bloomberg|Xinhua|dpa|UPI|AAP|Agencies)\.?|(?:additional )?reporting by .{2,120}|(?:with )?(?:inputs|agency inputs) from .{2,60}|editing by .{2,80}|(?:the )?associated press contributed to this (?:report|story)\.?|[\w .,'’&-]{2,60} contributed to this (?:report|story|article)\.?|(?:©|\(c\)|copyright)\s*.{0,100}|(?:staff|wire) reports?)$/i;

// ---------- captions ----------
const PHOTO_AGENCY =
  "(?:Getty(?: Images)?|AFP(?:/Getty Images)?|AP(?: Photo| [Ff]ile)?|Reuters|EPA(?:-EFE)?|Shutterstock|PA(?: Wire| Media)?|Bloomberg|Xinhua|Anadolu(?: Agency)?|Alamy|iStock(?:photo)?|NurPhoto|SOPA Images|WireImage|Corbis|Supplied|File(?: photo)?|Handout|Courtesy[^.]{0,40})";
const BRACKET_CREDIT = /\s*\[[^\]\n]{2,50}\]\.?$/;
const PAREN_CREDIT = /\s*\((?:(?:photo|image|picture|credit|photograph|pic)s?(?: by| credit)?:?\s*)?[^)\n]{2,50}\)\.?$/i;
const LABELLED_CREDIT = /\b(?:photo|image|picture|credit|photograph|pic|illustration)s?(?: by| credit)?\s*[:|/]\s*[^.\n]{2,60}$/i;
const AGENCY_AT_END = new RegExp(`(?:^|[.|/—–-]\\s*|\\s[|/—–-]\\s*)${PHOTO_AGENCY}\\.?$`);

/** A photo credit at the end of a caption: "[Getty]", "(Photo: AP)", "Getty", "Photo: X/Reuters". */
export function hasCaptionCredit(text: string): boolean {
  const tail = text.length > 70 ? text.slice(-70) : text;
  const last = tail.charCodeAt(tail.length - 1) === 46 ? tail.charCodeAt(tail.length - 2) : tail.charCodeAt(tail.length - 1);
  if (last === 93) return BRACKET_CREDIT.test(tail); // ]
  if (last === 41) return PAREN_CREDIT.test(tail) && /photo|image|picture|credit|getty|afp|reuters|\bap\b|epa|\([A-Z][\w.'’ -]{1,40}\/[A-Z][\w.'’ -]{1,40}\)\.?$/i.test(tail);
  // The next two forms need one of these: one scan rules most lines out of both.
  const marked = CREDIT_MARKS.test(tail);
  if (marked && /:|\|\//.test(tail) && LABELLED_CREDIT.test(tail)) return true;
  // "... © Jane Doe, AFP", "... Yuri Smityuk / TASS": a photographer and an agency in capitals.
  if (marked && (tail.includes("©") || tail.includes("/")) && /©\s*[^.]{2,60}$|[A-Z][a-z]+ [A-Z][\w'’-]+ ?\/ ?[A-Z]{2,8}$/.test(tail)) return true;
  // Only look for an agency when the last word could end one.
  let end = tail.length;
  if (tail.charCodeAt(end - 1) === 46) end--;
  let start = end;
  while (start > 0 && ((tail.charCodeAt(start - 1) | 32) >= 97 && (tail.charCodeAt(start - 1) | 32) <= 122)) start--;
  if (!AGENCY_LAST_WORDS.has(foldedHash(tail, start, end)) && !tail.includes("ourtesy")) return false;
  return AGENCY_AT_END.test(tail);
}
const CREDIT_MARKS = /[:|©/]/;
const AGENCY_LAST_WORDS = foldedHashes(
  "getty images afp ap photo reuters epa efe shutterstock pa wire media bloomberg xinhua anadolu agency alamy istock istockphoto nurphoto wireimage corbis supplied file handout".split(" "),
);
/** Credit lines alone: "Picture: Getty", "Photo: AP", "Image Credit: WeWork". */
const CREDIT_LINE = /^(?:(?:photo|image|picture|credit|photograph|pic|illustration|video)s?(?: by| credits?| source| copyright)?\s*[:|,]?\s+[^\n]{2,80}|\[[^\]\n]{2,50}\]|\((?:photo|image|picture)[^)\n]{2,60}\))$/i;
/** Caption openers: "Above: ...", "Pictured: ...", "File photo: ...". */
export const CAPTION_OPENER = /^(?:(?:above|below|top|left|right|pictured|photo|file photo|main image|image|picture|in pictures|caption)\s*[:|,—-]|(?:image|media|photo|video) caption\b[:,]?)\s*\S/i;

/** "Natalie Naccache | Bloomberg | Getty Images", "Jane Doe/AP": a photographer and an agency. */
export function isPhotoCreditLine(text: string, marks?: number): boolean {
  // "Image caption: Villagers search ..." is a caption, not the credit line under one.
  if (/^(?:image|media|photo|video) caption\b/i.test(text)) return false;
  if (CREDIT_LINE.test(text)) return true;
  // The other forms need a slash or a bar (`marks`: lineShape(text).marks, when the caller has them).
  if (marks !== undefined && !(marks & MARK.SLASH_OR_BAR)) return false;
  // "DEPARTMENT OF CONSERVATION/SUPPLIED", "REUTERS/Jane Doe": capitals with a slash.
  if (text.length <= 80 && /^[A-Z][A-Z .&'’-]+\/\s?[A-Z][A-Za-z .&'’-]+$/.test(text)) return true;
  return text.length <= 80 && /[|/]/.test(text) && !/[.!?]$/.test(text) && hasCaptionCredit(text) && !/\b(?:the|and|of|to|in)\b/.test(text);
}

/** A slug in capitals that agency photos carry above their caption: "CHINA-QUAKE". */
export const PHOTO_SLUG = /^[A-Z\u00C0-\u00D6\u00D8-\u00DE0-9]+(?:[-_/][A-Z\u00C0-\u00D6\u00D8-\u00DE0-9]+)+$/;

// ---------- datelines ----------
/**
 * The place that opens a news story: "NEW DELHI —", "Dhaka :", "DUBAI //", "Beijing --",
 * "VIENNA, June 5", "TEXAS CITY, Texas (FOX 26) —", "(Reuters) —".
 */
const DATELINE = new RegExp(
  "^(?:" +
    // PLACE[, Region][ (Agency)] followed by a dash, double slash or colon
    "(?:[A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE][A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF.'’-]*(?:[ -][A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE][A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF.'’-]*){0,3}(?:,\\s*[A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE][A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF.'’-]*(?:\\s[A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE][A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF.'’-]*){0,2})?(?:,?\\s+(?:" +
    "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2}))?(?:\\s*\\([^)\\n]{1,30}\\))?\\s*(?:—|–|--|-|//|:)(?=\\s))" +
    // (Agency) —
    "|(?:\\([A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE][A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF ]{1,25}\\)\\s*(?:—|–|--|-|:)(?=\\s))" +
    // PLACE IN CAPITALS, Month D (Reuters wire style, no dash)
    "|(?:[A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE]{2,}(?:[ -][A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE]{2,}){0,3}(?:,\\s*[A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE][A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF.]*)?,\\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2}(?:\\s*\\([^)\\n]{1,30}\\))?(?=\\s))" +
    ")",
  "u",
);

export function datelineOf(text: string): { text: string; length: number } | null {
  // Every dateline has a dash, a colon, slashes, a parenthesis or a date within its first words.
  const head = text.slice(0, 60);
  if (!/[—–:(/]|-|\d/.test(head)) return null;
  const m = DATELINE.exec(text);
  if (!m) return null;
  const raw = m[0];
  // The place must be short and the sentence must go on after it.
  if (raw.length > 50 || text.length < raw.length + 20) return null;
  const place = raw.replace(/\s*(?:—|–|--|-|\/\/|:)$/, "").trim();
  // "Mr Smith:" or "Update:" are not places: a dateline is capitals, a known agency, or has a comma/date.
  const isCaps = /^[A-Z\u00C0-\u00D6\u00D8-\u00DE0-9 ,.'’()-]+$/.test(place.replace(/\([^)]*\)/g, "")) && /[A-Z\u00C0-\u00D6\u00D8-\u00DE]{2}/.test(place);
  const hasSep = /[—–]|--|\/\/| -$/.test(raw) || /^\(/.test(raw);
  const isColonPlace = /:$/.test(raw.trim()) && /\s:$/.test(raw.trim());
  if (!isCaps && !hasSep && !isColonPlace && !/,\s+[A-Z\u00C0-\u00D6\u00D8-\u00DE][a-z]*\.?\s+\d/.test(raw)) return null;
  if (/^(?:update|updated|editor'?s note|note|correction|warning|breaking|exclusive|watch|read|listen|photos?|video)\b/i.test(place)) return null;
  return { text: raw, length: raw.length };
}

