// Choosing quotes: by kind, and by speaker name as a person would type it ("burns" for William
// Burns, "al thani" for Mohammed bin Abdulrahman Al Thani, "qatars" for "Qatar's"). Pure: no I/O.
import { QUOTE_KINDS, type ArticleDocument, type Quote, type QuoteKind, type Speaker } from "./types.js";

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

/** The quotes of `doc` that pass `filter`, in document order. */
export function selectQuotes(doc: Pick<ArticleDocument, "quotes" | "speakers">, filter: QuoteFilter = {}): Quote[] {
  const kinds = filter.kinds?.length ? new Set(filter.kinds) : null;
  const patterns = (filter.speakers ?? []).map(nameWords);
  let bySpeaker: ((q: Quote) => boolean) | null = null;
  if (patterns.length) {
    const words = new Map<string, string[][]>();
    for (const s of doc.speakers) words.set(s.id, speakerNames(s).map(nameWords));
    const matches = new Map<string, boolean>();
    bySpeaker = (q) => {
      if (!q.speaker) return false;
      const key = q.speaker.id;
      let hit = matches.get(key);
      if (hit === undefined) {
        const names = [...(words.get(key) ?? []), nameWords(q.speaker.name)];
        hit = patterns.some((p) => names.some((n) => wordsMatch(p, n)));
        matches.set(key, hit);
      }
      return hit;
    };
  }
  return doc.quotes.filter((q) => (!kinds || kinds.has(q.kind)) && (!bySpeaker || bySpeaker(q)));
}
