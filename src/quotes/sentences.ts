// Sentences of a paragraph, for attribution. A quotation is never cut: "A. B," he said. is one
// sentence, so the quote and its cue stay together.
import type { Span } from "../types.js";

// Words after which a full stop does not end a sentence.
const ABBREVIATIONS = new Set(
  ("mr mrs ms dr prof st jr sr gen col lt sgt capt cpl maj adm gov sen rep rev hon inc ltd co corp bros vs no nos fig " +
    "jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun approx est dept univ cllr coun messrs mt ft").split(" "),
);
const NOT_AFTER_PM = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|ET|EST|EDT|GMT|BST|UTC|local)\b/;

/** [start, end) of each sentence, relative to `text`; `quoted` are [open, close) spans to keep whole. */
export function sentenceSpans(text: string, quoted: Span[]): Span[] {
  const out: Span[] = [];
  let from = 0;
  // Boundaries come in order, and so do the quotations: one pointer walks both.
  let k = 0;
  const inside = (i: number) => {
    while (k < quoted.length && quoted[k]!.end - 1 <= i) k++;
    return k < quoted.length && i > quoted[k]!.start && i < quoted[k]!.end - 1;
  };
  const re = /[.!?…]+["”’»)\]]*(?=\s+["“‘'«(\[]?[\p{Lu}\p{N}])/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const at = m.index;
    const end = at + m[0].length;
    if (inside(at) || inside(end - 1)) continue;
    if (m[0][0] === ".") {
      const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, at - 12), at))?.[1] ?? "";
      if (ABBREVIATIONS.has(word.toLowerCase())) continue;
      if (/^\p{Lu}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word)) {
        // "J. Smith", "U.S. officials": initials go on unless a plain word follows a country's initials.
        if (word.length === 1 || !/^\s+(?:The|A|An|He|She|It|They|We|But|In|On)\b/.test(text.slice(end))) continue;
      }
      if (/^(?:a\.m|p\.m)$/i.test(word) && NOT_AFTER_PM.test(text.slice(end).trimStart())) continue;
    }
    out.push({ start: from, end });
    from = end;
    while (from < text.length && /\s/.test(text[from]!)) from++;
  }
  if (from < text.length && text.slice(from).trim()) out.push({ start: from, end: text.trimEnd().length });
  return out;
}
