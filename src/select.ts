// Choosing quotes: by kind, and by speaker name as a person would type it ("burns" for William
// Burns, "al thani" for Mohammed bin Abdulrahman Al Thani, "qatars" for "Qatar's"). Choosing
// claims: by value, unit ("%", "usd", "hostage"), kind and the speaker who states them. Pure: no I/O.
import {
  CLAIM_KINDS,
  QUOTE_KINDS,
  type ArticleDocument,
  type Claim,
  type ClaimKind,
  type Quote,
  type QuoteKind,
  type Speaker,
  type SpeakerRef,
} from "./types.js";

// Letters NFKD does not take apart.
const LETTERS: Record<string, string> = { ß: "ss", æ: "ae", œ: "oe", ø: "o", ł: "l", đ: "d", ð: "d", þ: "th", ı: "i", ħ: "h" };

/**
 * The words of a name for matching: lower case, accents dropped (NFKD, combining marks removed),
 * apostrophes (' ’ ‘ ʼ) removed so "Qatar's" is "qatars", then runs of letters and digits.
 */
export function nameWords(s: string): string[] {
  const folded = s
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[ßæœøłđðþıħ]/g, (c) => LETTERS[c]!)
    .replace(/['’‘ʼ`´]/g, "");
  return folded.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** True when the words of `pattern` appear in `name`'s words, whole, in order and contiguous. */
export function wordsMatch(pattern: readonly string[], name: readonly string[]): boolean {
  if (!pattern.length) return false;
  outer: for (let i = 0; i + pattern.length <= name.length; i++) {
    for (let j = 0; j < pattern.length; j++) if (name[i + j] !== pattern[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * Every way the document names a speaker: its name, its aliases and the text of its mentions
 * (except pronouns, which would make "he" match every man quoted).
 */
export function speakerNames(speaker: Speaker): string[] {
  const names = [speaker.name, ...speaker.aliases];
  for (const m of speaker.mentions) if (m.kind !== "pronoun") names.push(m.text);
  return names;
}

/** Checks a list of kinds ("direct,partial" and the like, already split); returns the unknown ones. */
export function unknownKinds(kinds: readonly string[]): string[] {
  return kinds.filter((k) => !(QUOTE_KINDS as readonly string[]).includes(k));
}

export interface QuoteFilter {
  /** Speaker patterns, any of which may match (none: every quote, attributed or not). */
  speakers?: readonly string[];
  /** Kinds to keep (none: all). */
  kinds?: readonly QuoteKind[];
}

/**
 * A test for speaker references against name patterns (any may match), or null when there are no
 * patterns. A reference matches when one of the speaker's names (see `speakerNames`), or the
 * reference's own name, holds the words of a pattern; a null reference never matches.
 */
export function speakerMatcher(doc: Pick<ArticleDocument, "speakers">, patterns: readonly string[] | undefined): ((ref: SpeakerRef | null) => boolean) | null {
  const wanted = (patterns ?? []).map(nameWords);
  if (!wanted.length) return null;
  const words = new Map<string, string[][]>();
  for (const s of doc.speakers) words.set(s.id, speakerNames(s).map(nameWords));
  const matches = new Map<string, boolean>();
  return (ref) => {
    if (!ref) return false;
    const key = ref.id;
    let hit = matches.get(key);
    if (hit === undefined) {
      const names = [...(words.get(key) ?? []), nameWords(ref.name)];
      hit = wanted.some((p) => names.some((n) => wordsMatch(p, n)));
      matches.set(key, hit);
    }
    return hit;
  };
}

/** The quotes of `doc` that pass `filter`, in document order. */
export function selectQuotes(doc: Pick<ArticleDocument, "quotes" | "speakers">, filter: QuoteFilter = {}): Quote[] {
  const kinds = filter.kinds?.length ? new Set(filter.kinds) : null;
  const bySpeaker = speakerMatcher(doc, filter.speakers);
  return doc.quotes.filter((q) => (!kinds || kinds.has(q.kind)) && (!bySpeaker || bySpeaker(q.speaker)));
}

/** Checks a list of claim kinds (already split); returns the unknown ones. */
export function unknownClaimKinds(kinds: readonly string[]): string[] {
  return kinds.filter((k) => !(CLAIM_KINDS as readonly string[]).includes(k));
}

// Units as people type them, and as the document writes them, to one key: the symbol, the ISO
// code and the word for a currency; "%" and "per cent"; a measure's abbreviation and its words.
// Words are given in the singular (plurals are found by `pluralOf`).
const UNIT_ALIASES: Record<string, readonly string[]> = {
  percent: ["%", "percent", "per cent", "pct", "percentage"],
  usd: ["$", "usd", "us$", "dollar", "us dollar"],
  gbp: ["£", "gbp", "sterling", "pound sterling", "british pound"],
  eur: ["€", "eur", "euro"],
  jpy: ["¥", "jpy", "yen"],
  inr: ["₹", "inr", "rupee", "rs"],
  cny: ["cny", "yuan", "renminbi", "rmb"],
  km: ["km", "kilometre", "kilometer"],
  m: ["m", "metre", "meter"],
  cm: ["cm", "centimetre", "centimeter"],
  mm: ["mm", "millimetre", "millimeter"],
  mile: ["mi", "mile"],
  foot: ["ft", "foot"],
  inch: ["inch"],
  kg: ["kg", "kilogram", "kilo"],
  g: ["g", "gram"],
  lb: ["lb", "pound"],
  tonne: ["tonne"],
  litre: ["l", "litre", "liter"],
  hectare: ["ha", "hectare"],
  "km/h": ["km/h", "kph", "kmh", "kilometre per hour", "kilometer per hour"],
  mph: ["mph", "mile per hour"],
  degree: ["°", "°c", "°f", "degree", "celsius", "fahrenheit"],
};
const UNIT_KEY = new Map<string, string>();
for (const [key, names] of Object.entries(UNIT_ALIASES)) for (const n of names) UNIT_KEY.set(n, key);

const IRREGULAR: Record<string, string> = {
  person: "people",
  child: "children",
  man: "men",
  woman: "women",
  foot: "feet",
  tooth: "teeth",
  mouse: "mice",
  goose: "geese",
  criterion: "criteria",
  phenomenon: "phenomena",
  medium: "media",
  lb: "lbs",
};

/** The plurals a singular noun may take: +s, +es, y to ies, f(e) to ves, and the irregular ones. */
export function pluralOf(word: string): string[] {
  const forms = [`${word}s`, `${word}es`];
  if (/[^aeiou]y$/.test(word)) forms.push(`${word.slice(0, -1)}ies`);
  if (/fe?$/.test(word)) forms.push(word.replace(/fe?$/, "ves"));
  if (IRREGULAR[word]) forms.push(IRREGULAR[word]);
  return forms;
}

/** The ways a word may be written in the singular, itself included (for looking up aliases). */
function singulars(word: string): string[] {
  const out = [word];
  for (const [one, many] of Object.entries(IRREGULAR)) if (many === word) out.push(one);
  if (word.endsWith("ies")) out.push(`${word.slice(0, -3)}y`);
  if (word.endsWith("ves")) out.push(`${word.slice(0, -3)}f`, `${word.slice(0, -3)}fe`);
  if (word.endsWith("es")) out.push(word.slice(0, -2));
  if (word.endsWith("s")) out.push(word.slice(0, -1));
  return out;
}

const normUnit = (s: string) => s.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();

/** The alias key of a unit ("usd" for "$", "dollars" and "USD"), or null when it has none. */
export function unitKey(unit: string): string | null {
  const u = normUnit(unit);
  const at = u.lastIndexOf(" ");
  const head = u.slice(0, at + 1);
  for (const last of singulars(u.slice(at + 1))) {
    const key = UNIT_KEY.get(head + last);
    if (key) return key;
  }
  return null;
}

/**
 * True when the unit `pattern` names the claim's `unit`: the same words ignoring case and spacing,
 * or the one the plural of the other in its last word ("hostage", "hostages"; "person", "people"),
 * or two names of one unit ("%", "percent", "per cent"; "$", "usd", "dollars"; "£", "gbp"; "€",
 * "eur"; "km", "kilometres").
 */
export function unitMatches(pattern: string, unit: string | null): boolean {
  if (unit === null) return false;
  const p = normUnit(pattern);
  const u = normUnit(unit);
  if (!p) return false;
  if (p === u) return true;
  const key = unitKey(p);
  if (key !== null && key === unitKey(u)) return true;
  const split = (s: string) => {
    const at = s.lastIndexOf(" ");
    return [s.slice(0, at + 1), s.slice(at + 1)] as const;
  };
  const [ph, pw] = split(p);
  const [uh, uw] = split(u);
  return ph === uh && (pluralOf(pw).includes(uw) || pluralOf(uw).includes(pw));
}

export interface ClaimFilter {
  /** The claim's number, or a range's high end, at least this. */
  min?: number;
  /** The claim's number (a range's low end) at most this. */
  max?: number;
  /** Units, any of which may match (see `unitMatches`). */
  units?: readonly string[];
  kinds?: readonly ClaimKind[];
  /** Speaker patterns, as for quotes: the claim's source must match one; claims without a source never do. */
  speakers?: readonly string[];
}

/**
 * The claims of `doc` that pass `filter`, in document order; the filters AND together. A range
 * passes `min` and `max` when any part of it lies between them.
 */
export function selectClaims(doc: Pick<ArticleDocument, "claims" | "speakers">, filter: ClaimFilter = {}): Claim[] {
  const kinds = filter.kinds?.length ? new Set(filter.kinds) : null;
  const units = filter.units?.length ? filter.units : null;
  const bySpeaker = speakerMatcher(doc, filter.speakers);
  return doc.claims.filter(
    (c) =>
      (filter.min === undefined || Math.max(c.value, c.high ?? c.value) >= filter.min) &&
      (filter.max === undefined || c.value <= filter.max) &&
      (!kinds || kinds.has(c.kind)) &&
      (!units || units.some((u) => unitMatches(u, c.unit))) &&
      (!bySpeaker || bySpeaker(c.source)),
  );
}
