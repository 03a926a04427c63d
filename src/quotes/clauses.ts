// Indirect speech: the content clause a cue introduces ("X said (that) CLAUSE", "CLAUSE, X
// said.", "according to X, CLAUSE"), the subject of a sentence, and the small measures of a
// masked sentence. Quotations are masked with U+E000, so their words are never a clause's.
import { BARE_CLAUSE, type Cue } from "./cues.js";
import { MASK } from "./marks.js";
import { isPronoun, subjectBefore, type SourcePhrase } from "./sources.js";
import type { Resolution } from "./speakers.js";

export { MASK } from "./marks.js";

/** A source named for a cue in a sentence. */
export interface Found {
  phrase: SourcePhrase;
  cue: Cue;
  resolution: Resolution | null;
  /** The source stands after the quote or clause it attributes. */
  after: boolean;
}

/** Only spaces, punctuation and symbols: a scan, as a Unicode class over the whole text is slow. */
export const PUNCT_ONLY = {
  test(text: string): boolean {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c < 128) {
        if ((c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122)) return false;
      } else if (!PUNCT_OR_SPACE.test(text[i]!)) return false;
    }
    return true;
  },
};
const PUNCT_OR_SPACE = /[\s\p{P}\p{S}]/u;
const TIME_OR_PLACE = /^(?:\s*(?:on|late|early|in|at|during|to|via|before|after|last|this|earlier|later|yesterday|today|tonight|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:in|at|during) (?:a|an|the|his|her|its|their) [\w -]{1,40}?)\b[^,.;:\uE000]{0,60}?)(?=\s+that\b|,|$)/i;
// Words that open a content clause without "that": a subject.
const CLAUSE_OPENER = /^\s*(?:[\p{L}\d£$€\uE000])/u;
const NOT_A_CLAUSE = /^\s*(?:to|in|on|at|for|with|by|of|about|from|as|and|but|so|or|nothing|something|anything|goodbye|hello|sorry|thanks|thank|please|why|how|what|when|where|who|whether|if|it\.|this\.|that\.|so\.|no(?=[.,!?])|yes(?=[.,!?])|otherwise|more|less|much|little|very|too|enough|again|later|earlier|recently|previously|also|only|just|even|repeatedly|publicly|privately|instead|goodbye|adding|saying|noting|telling|warning|explaining|citing|insisting|stressing|arguing|claiming|after|before|during|since|until|following|ahead|amid|despite|outside|inside)\b/i;
// Where an indirect clause stops: another cue's participle, "according to", a semicolon.
const CLAUSE_END = /,\s*(?:adding|saying|noting|explaining|according to|warning|stressing|insisting|arguing|claiming|citing|as\s+\S+\s+(?:said|says))\b|;\s|\s[—–]\s(?=[\p{Ll}])|,?\s+(?:and|but)\s+(?:\p{Ll}+ly\s+)?(?:said|added|warned|noted|stressed|insisted|argued|claimed|told|urged|called|described|admitted|explained|acknowledged|conceded|cautioned)\b/u;

/** The subject opening a sentence: the words before its first verb ("Turesi Governor Amina Dida criticised"). */
export function sentenceSubject(sm: string): SourcePhrase | null {
  const lead = /^(?:(?:however|but|and|meanwhile|still|yet|separately|earlier|later|also|instead|in a statement|on \w+)\s*,?\s*)*/i.exec(sm)![0].length;
  const verb = /\s(?:\p{Ll}+(?:ed|ised|ized)|is|was|are|were|has|had|have|declined|refused|said|says|told|added|noted|warned|went|came|made|took|gave|spoke|wrote|sought|met|left|began|criticised|criticized|would|could|will|can|did|does|do|should|may|might|must)\b/u.exec(sm.slice(lead));
  if (!verb || verb.index > 80) return null;
  const text = sm.slice(lead, lead + verb.index);
  // "The chairman of the market association, Alhaji Musa Bello, appealed": through the appositive.
  if (text.includes(",")) return subjectBefore(sm, lead + verb.index, lead);
  if (!text || text.includes(MASK) || text.split(/\s+/).length > 8) return null;
  if (!isPronoun(text) && !/^(?:\p{Lu}|the\s)/u.test(text)) return null;
  return { start: lead, end: lead + text.length, text, role: null };
}

/** How many quotations are masked in `text` (each counts as a word of the clause). */
export function countOf(text: string, mark: string): number {
  let n = 0;
  for (let i = text.indexOf(mark); i >= 0; i = text.indexOf(mark, i)) {
    n++;
    while (text[i] === mark) i++; // past the rest of this quotation
  }
  return n;
}

/** Words holding a letter or digit (a masked quotation counts as none). */
export function countWordsOf(s: string): number {
  let n = 0;
  let counted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c <= 32 || c === 0xa0) {
      counted = false;
      continue;
    }
    if (!counted && ((c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) || (c > 127 && c !== 0xe000 && /[\p{L}\p{N}]/u.test(s[i]!)))) {
      n++;
      counted = true;
    }
  }
  return n;
}
/** "X said (on Tuesday) (that) CLAUSE", "X told Reuters CLAUSE", "..., adding CLAUSE". */
export function clauseAfter(sm: string, cue: Cue, own: Found | null): [number, number] | null {
  let s = cue.end;
  if (own?.after) {
    // "said CNN, citing ..." has no clause after it.
    s = own.phrase.end;
    if (!/^\s*,?\s*that\s/.test(sm.slice(s))) return null;
  }
  let rest = sm.slice(s);
  // "In the meantime, she said, people who ...": a parenthetical cue; what follows is the content.
  const parenthetical = own && !own.after && /,\s*$/.test(sm.slice(0, own.phrase.start)) ? /^\s*,\s*/.exec(rest) : null;
  if (parenthetical && countWordsOf(sm.slice(s + parenthetical[0].length)) >= 4) return [s + parenthetical[0].length, clauseEnd(sm, s + parenthetical[0].length)];
  // The listener after "told": "told Reuters", "told reporters", "told the BBC".
  if (cue.lemma === "tell") {
    const listener = /^\s+(?:(?:(?:this|that|his|her|their|our)\s+[\p{L}-]+|the|a|an|local|state|foreign|reporters|journalists|parliament|lawmakers|MPs|investors|analysts|[\p{Lu}][\p{L}.'’&-]*)(?:\s+(?:[\p{Lu}][\p{L}.'’&-]*|news agency|newspaper|radio|television|TV|broadcaster|reporters|journalists|conference|press|briefing|meeting|committee|court|jury|crowd))*(?:\s+(?:over|by|on)\s+(?:the\s+)?(?:phone|telephone))?)/u.exec(rest);
    if (!listener) return null;
    s += listener[0].length;
    rest = sm.slice(s);
  }
  for (let k = 0; k < 3; k++) {
    const m = TIME_OR_PLACE.exec(rest);
    if (!m || !m[0].trim() || /^\s*(?:to|in|on|at)\s+(?:the\s+)?(?:[\p{Ll}]+\s+){0,2}(?:be|have|do|make|take|get|help|see|say|keep|stop|work|pay|cut|raise|build|start|end)\b/u.test(rest)) break;
    s += m[0].length;
    rest = sm.slice(s);
    if (rest.startsWith(",")) {
      s++;
      rest = sm.slice(s);
    }
  }
  const that = /^\s*,?\s*that\s+/.exec(rest);
  if (that) s += that[0].length;
  else {
    // "“…,” he said After the deal ...": a cue closing a quotation starts no clause of its own.
    if (own && /\uE000[\s,]*$/.test(sm.slice(0, Math.min(own.phrase.start, cue.start)))) return null;
    // "The Ledger reported the talks had collapsed": report takes a clause when one plainly follows.
    const reportClause = cue.lemma === "report" && /^\s*(?:the|a|an|he|she|it|they|there|this|his|her|its|their)\s+(?:[\p{L}'’-]+\s+){0,4}?(?:had|has|have|was|were|is|are|would|will|could|might|may)\b/iu.test(rest);
    if (!BARE_CLAUSE.has(cue.lemma) && cue.lemma !== "according to" && !reportClause) return null;
    if (!CLAUSE_OPENER.test(rest) || NOT_A_CLAUSE.test(rest) || /^\s*[,.;:!?]/.test(rest)) return null;
    // "said Monday", "told him": a few words and the sentence ends, no clause.
    if (countWordsOf(rest.replaceAll(MASK, " x ")) < 4) return null;
    // "told him", "asked her to": a listener; "said her mother was ..." is a clause.
    if (/^\s*(?:him|them|us|me)\b/i.test(rest) || /^\s*her\s*(?:$|[,.;]|to\b|that\b|about\b|and\b)/i.test(rest)) return null;
  }
  const end = clauseEnd(sm, s);
  return [s, end];
}

/** "CLAUSE, X said." / "CLAUSE, said X." */
export function clauseBefore(sm: string, cue: Cue, own: Found | null): [number, number] | null {
  if (!own || cue.form !== "finite") return null;
  // A parenthetical cue (", she said, people who ...") takes what follows, in clauseAfter.
  if (!own.after && /,\s*$/.test(sm.slice(0, own.phrase.start)) && /^\s*,/.test(sm.slice(cue.end)) && countWordsOf(sm.slice(cue.end)) >= 4) return null;
  const sourceStart = Math.min(own.phrase.start, cue.start);
  const tail = sm.slice(Math.max(own.phrase.end, cue.end));
  // Only the source, its role and a time may follow.
  if (!/^(?:\s*,?\s*(?:on|in|at|late|early|last|this|earlier|later|yesterday|today|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|who|a|an|the|adding|citing)\b[^\uE000]*|\s*,[^\uE000]*)?[\s.!?"”’]*$/.test(tail) && !PUNCT_ONLY.test(tail)) return null;
  const head = sm.slice(0, sourceStart);
  // The clause ends at a comma, a dash, or a closing quotation mark ("... were “all over the map,” he said").
  const end = /(?:,|\s[—–]|\uE000)\s*$/.exec(head);
  if (!end) return null;
  return [0, end.index + (end[0].startsWith(MASK) ? 1 : 0)];
}

/** "According to X, CLAUSE." / "CLAUSE, according to X." / "The cedi, according to the reports, has ..." */
export function accordingClause(sm: string, cue: Cue, own: Found): [number, number] | null {
  const afterSource = sm.slice(own.phrase.end);
  const head = sm.slice(0, cue.start);
  if (PUNCT_ONLY.test(head)) {
    // According to X, CLAUSE.
    const comma = /^\s*,\s*/.exec(afterSource);
    if (!comma) return null;
    return [own.phrase.end + comma[0].length, clauseEnd(sm, own.phrase.end + comma[0].length)];
  }
  // "CLAUSE, according to X." and "CLAUSE, according to X, which said ...": the clause before.
  if (/^[\s.!?"”’]*$/.test(afterSource) || /^\s*,\s*(?:which|who)\b/.test(afterSource) || (own.phrase.role && /^\s*,[^,;\uE000]*[.!?"”’]*\s*$/.test(afterSource))) return [0, head.search(/[,\s]*$/)];
  // In the middle: the whole sentence is the content.
  if (/,\s*$/.test(head) && /^\s*,/.test(afterSource)) return [0, clauseEnd(sm, own.phrase.end)];
  return null;
}

export function clauseEnd(sm: string, from: number): number {
  const rest = sm.slice(from);
  const stop = CLAUSE_END.exec(rest);
  return from + (stop ? stop.index : rest.length);
}

export function trimClause(sm: string, s: number, e: number): [number, number] {
  // Paired marks are masked; a mark still here is a stray one, no part of the clause.
  while (s < e && /[\s,:;—–"“”‘’'«»-]/.test(sm[s]!)) s++;
  while (e > s && /[\s.,;:!?—–"“”‘’'«»-]/.test(sm[e - 1]!)) e--;
  return [s, e];
}
