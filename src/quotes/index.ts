// Quotes and their speakers, from the body paragraphs: quotation marks give direct and partial
// quotes (marks.ts), cues give indirect ones (cues.ts), the words around a cue name the source
// (sources.ts), the clauses they introduce are indirect quotes (clauses.ts), and sources become
// speakers with every alias (speakers.ts).
import type { AttributionMethod, Diagnostic, Quote, QuoteKind, Speaker, TextSpan } from "../types.js";
import { accordingClause, clauseAfter, clauseBefore, countOf, countWordsOf, MASK, PUNCT_ONLY, sentenceSubject, trimClause, type Found } from "./clauses.js";
import { findCues, QUOTE_ONLY } from "./cues.js";
import { findQuotedSpans, type ParagraphSpan, type QuotedSpan } from "./marks.js";
import { sentenceSpans } from "./sentences.js";
import { datelineOf } from "../text/patterns.js";
import { isPronoun, objectAfter, subjectBefore, type SourcePhrase } from "./sources.js";
import { SpeakerRegistry, type Resolution } from "./speakers.js";

export interface QuoteReading {
  quotes: Quote[];
  speakers: Speaker[];
  diagnostics: Diagnostic[];
}


interface Draft {
  start: number;
  end: number;
  kind: QuoteKind;
  paragraph: number;
  source: Resolution | null;
  method: AttributionMethod;
  mention: TextSpan | null;
  via: TextSpan | null;
  cue: TextSpan | null;
  /** Index of the draft this segment continues (multi-paragraph quotes). */
  continues: number | null;
}


// Quoted words that are a name or a title, not speech: the film “Night Harbour”, known as “the Duke”.
const NAMING_BEFORE = /(?:\b(?:known as|dubbed|nicknamed|titled|entitled|named|called|so-called|the (?:film|movie|book|novel|song|album|single|show|series|programme|program|play|documentary|podcast|column|exhibition|campaign|operation|hashtag|slogan|motto|word|term|phrase|project|initiative|app|game|brand|magazine|newspaper))|\bgoes by|\bwent by|\bbrand(?:ed)?)\s*$/i;
// "what she called “market rumors”" is speech; "a drama called “The Crossing”" a name (NAMING_BEFORE).
const SPEAKER_CALLED = /\b(?:he|she|they|we|i|it|\p{Lu}[\p{L}'’-]+)\s+(?:called|named|dubbed|branded|described as)\s*$/u;

export function findQuotes(input: string, paragraphs: ParagraphSpan[], options: { authors?: string[] } = {}): QuoteReading {
  const { spans, diagnostics } = findQuotedSpans(paragraphs);
  const registry = new SpeakerRegistry(options.authors ?? []);
  const drafts: Draft[] = [];
  let lastQuote: Draft | null = null;
  let lastQuoteParagraph = -2;
  let announced: Found | null = null; // "He said in a statement:" with the quote in the next paragraph

  paragraphs.forEach((paragraph, p) => {
    const quoted = spans[p]!;
    const { text } = paragraph;
    const base = paragraph.start;
    const local = quoted
      .map((q) => shifted(q, base, Infinity))
      // Greg “Stumpy” Halloran, Douglas 'Dougie' Fenwick: a nickname inside a name, not a quote.
      .filter((q) => !(/\p{Lu}[\p{L}.'’-]*\s$/u.test(text.slice(Math.max(0, q.open - 20), q.open)) && /^\s\p{Lu}/u.test(text.slice(q.close, q.close + 3)) && /^\p{Lu}[\p{L}'’-]*$/u.test(text.slice(q.start, q.end))));
    // Built in one pass: rebuilding the string for each quotation is quadratic in a long paragraph.
    const pieces: string[] = [];
    let from = 0;
    for (const q of local) {
      if (q.open < from) continue;
      pieces.push(text.slice(from, q.open), MASK.repeat(q.close - q.open));
      from = q.close;
    }
    pieces.push(text.slice(from));
    const masked = pieces.join("");
    const sentences = sentenceSpans(text, local.map((q) => ({ start: q.open, end: q.close })));
    // "SAN ISIDRO, Philippines — Landslides ...": the dateline is no part of what anyone said.
    const dateline = p === 0 ? datelineOf(text) : null;
    if (dateline && sentences[0] && dateline.length < sentences[0].end) sentences[0] = { start: dateline.length + (text.slice(dateline.length).length - text.slice(dateline.length).trimStart().length), end: sentences[0].end };
    const paragraphAnnounced = announced;
    announced = null;

    let nextQuote = 0;
    for (const sentence of sentences) {
      const sm = masked.slice(sentence.start, sentence.end);
      const at = base + sentence.start;
      while (nextQuote < local.length && local[nextQuote]!.open < sentence.start) nextQuote++;
      const inSentence: QuotedSpan[] = [];
      for (let k = nextQuote; k < local.length && local[k]!.open < sentence.end; k++) inSentence.push(shifted(local[k]!, sentence.start, sentence.end));
      const cues = findCues(sm).filter((c) => !inSentence.some((q) => c.start >= q.open && c.start < q.close));
      // Most sentences hold neither a quotation nor a cue: only their names matter, for later pronouns.
      if (!cues.length && !inSentence.length) {
        registry.noteNames(sm, at);
        continue;
      }
      const span = (s: number, e: number): TextSpan => ({ text: input.slice(at + s, at + e), start: at + s, end: at + e });
      const resolve = (phrase: SourcePhrase | null): Resolution | null => (phrase ? registry.resolve(span(phrase.start, phrase.end), phrase.role) : null);

      // "Quoting a US official, The Wall Street Journal reported": the official is `via`.
      let via: TextSpan | null = null;
      const quoting = cues.find((c) => c.form === "quoting" && c.start < 3);
      if (quoting) {
        const comma = sm.indexOf(",", quoting.end);
        if (comma > 0) via = span(quoting.end + 1, comma);
      }

      // ---------- the sources named in this sentence, one per speech cue ----------
      const found: Found[] = [];
      for (const cue of cues) {
        if (cue.form === "quoting") continue;
        if (cue.form === "according") {
          const phrase = objectAfter(sm, cue.end);
          if (phrase) found.push({ phrase, cue, resolution: null, after: true });
          continue;
        }
        if (cue.form === "participle") {
          // "with the company saying ...": a subject right before the participle; else the sentence's.
          const candidate = subjectBefore(sm, cue.start, lastMaskEnd(sm, cue.start));
          const lead = candidate ? /^with\s+/.exec(candidate.text) : null;
          const subject = candidate && lead ? { start: candidate.start + lead[0].length, end: candidate.end, text: candidate.text.slice(lead[0].length), role: candidate.role } : null;
          if (subject) found.push({ phrase: subject, cue, resolution: null, after: false });
          continue;
        }
        // "when asked by journalists", "was told": no one speaks here.
        if (/\b(?:when|if|after|before|being|was|were|been|is|are)\s+$/i.test(sm.slice(0, cue.start)) || /^\s+(?:by|about|whether|if|to)\b/i.test(sm.slice(cue.end)) && cue.lemma === "ask") continue;
        // The subject is looked for after the last quotation ("“…,” he said"), or across it when
        // only a comma lies between: "X, author of “Borrowed Time”, said".
        const from = lastMaskEnd(sm, cue.start);
        const before = subjectBefore(sm, cue.start, from) ?? (from > 0 && /^[\s,]*$/.test(sm.slice(from, cue.start)) ? subjectBefore(sm, cue.start, 0) : null);
        // The one told or asked listens: "told the Herald" names no source.
        const inverted = cue.lemma === "tell" || cue.lemma === "ask" || cue.lemma === "urge" ? null : objectAfter(sm, cue.end);
        // "“…,” said Pat Hogan" / "…, said CNN.": the source follows the cue.
        const invertedFits = inverted && (!before || PUNCT_ONLY.test(sm.slice(lastMaskEnd(sm, cue.start), cue.start))) && /^\s*(?:[,.;:!?]|$|\s+(?:on|in|at|who|adding|saying)\b)/.test(sm.slice(inverted.end));
        if (invertedFits && !isPronoun(inverted!.text) === !isPronoun(inverted!.text)) found.push({ phrase: inverted!, cue, resolution: null, after: true });
        else if (before) found.push({ phrase: before, cue, resolution: null, after: false });
      }
      for (const f of found) f.resolution = resolve(f.phrase);
      const main = found.find((f) => f.cue.form === "according" && f.resolution) ?? found.find((f) => f.resolution) ?? null;
      // The subject of the sentence speaks when no cue names anyone: "Amina Dida criticised the
      // extension, saying ...", "Holmgaard declined to comment, but said ...".
      let subject: Resolution | null | undefined;
      const sentenceSource = () => (subject !== undefined ? subject : (subject = resolve(sentenceSubject(sm))));
      // Only sentences with a participle cue ask for it: resolving every sentence's subject would
      // cost time and fill the registry with things that never speak.
      const participleSource = () => main?.resolution ?? sentenceSource() ?? (lastQuote && lastQuoteParagraph >= p - 1 ? lastQuote.source : null);

      // ---------- quotation marks ----------
      const quotesHere: Draft[] = [];
      inSentence.forEach((q, k) => {
        const prevClose = k > 0 ? inSentence[k - 1]!.close : 0;
        const nextOpen = k + 1 < inSentence.length ? inSentence[k + 1]!.open : sm.length;
        const before = sm.slice(prevClose, q.open);
        const after = sm.slice(q.close, nextOpen);
        const words = input.slice(at + q.start, at + q.end);
        const continued = q.continued && drafts.length > 0;
        // Cue after the quote (before the next one), else the nearest cue before it.
        const cueAfter = found.find((f) => f.cue.start >= q.close && f.cue.start < nextOpen);
        const cueBefore = [...found].reverse().find((f) => f.cue.end <= q.open);
        const attribution = cueAfter ?? cueBefore ?? (found.length ? found[0] : null) ?? null;
        // After the quote, only its attribution: the source (with a role set off before it) and the cue.
        const frameBetween = cueAfter ? sm.slice(q.close, Math.min(cueAfter.cue.start, cueAfter.phrase.start)) : "";
        const frameAfterOnly = PUNCT_ONLY.test(after) || (cueAfter !== undefined && (PUNCT_ONLY.test(frameBetween) || (cueAfter.phrase.role !== null && PUNCT_ONLY.test(frameBetween.replace(cueAfter.phrase.role, "")))));
        const introduced = /(?:[:,]|\b(?:said|says|added|asked|wrote|told \S+(?: \S+)?|declared|replied|continued|explained|insisted))\s*$/i.test(before) && /^[\s\p{P}]*[\p{Lu}\d]/u.test(words);
        const opensSentence = PUNCT_ONLY.test(before) || (k > 0 && PUNCT_ONLY.test(before.replace(/\b(?:he|she|they|it|[\p{Lu}][\p{L}.'’-]*)(?:\s+[\p{Lu}][\p{L}.'’-]*){0,3}\s+(?:said|says|added|asked|continued|explained|went on)\b|\b(?:said|says|added)\s+(?:he|she|they|[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*){0,3})/gu, "")));
        let kind: QuoteKind;
        if (q.runsOn || continued) kind = "direct";
        else if ((opensSentence || introduced) && frameAfterOnly) kind = "direct";
        else if (introduced && !/\bthat\s*$/.test(before)) kind = "direct";
        else kind = "partial";
        // Names and titles in quotation marks are not speech.
        if (isTitleCase(words) || (kind === "partial" && NAMING_BEFORE.test(sm.slice(0, q.open)) && !SPEAKER_CALLED.test(sm.slice(0, q.open)))) return;

        let source: Resolution | null = null;
        let method: AttributionMethod = "none";
        let mention: TextSpan | null = null;
        let cue: TextSpan | null = null;
        const prior = drafts.at(-1);
        if (continued && prior?.source) {
          source = prior.source;
          method = prior.method === "none" ? "none" : "carried-over";
        } else if (attribution?.resolution) {
          source = attribution.resolution;
          mention = span(attribution.phrase.start, attribution.phrase.end);
          cue = span(attribution.cue.start, attribution.cue.end);
          method = via && attribution === main ? "nested" : methodFor(attribution, q.open);
        } else if (kind === "partial" && cues.some((c) => c.form === "participle" && c.end <= q.open) && participleSource()) {
          source = participleSource();
          const c = [...cues].reverse().find((c) => c.form === "participle" && c.end <= q.open)!;
          cue = span(c.start, c.end);
          method = "carried-over";
        } else if (kind === "direct" && paragraphAnnounced?.resolution && quotesHere.length === 0) {
          source = paragraphAnnounced.resolution;
          method = "named-before";
        } else if (kind === "direct" && lastQuote && lastQuoteParagraph >= p - 1) {
          source = lastQuote.source;
          method = source ? "carried-over" : "none";
        }
        // A short direct quote with no source is a slogan or a title; a partial waits for its clause.
        if (!source && kind === "direct" && !continued && !q.runsOn && countWordsOf(words) < 6) return;
        const end = q.runsOn ? trimEndOf(input, at + q.end) : at + q.end;
        const draft: Draft = {
          start: at + q.start,
          end,
          kind,
          paragraph: p,
          source,
          method,
          mention,
          via: method === "nested" ? via : null,
          cue,
          continues: continued ? (prior!.continues ?? drafts.length - 1) : null,
        };
        quotesHere.push(draft);
      });

      // ---------- indirect speech ----------
      const clauses: Draft[] = [];
      for (const cue of cues) {
        if (cue.form === "quoting" || QUOTE_ONLY.has(cue.lemma)) continue;
        const own = found.find((f) => f.cue === cue);
        // "X said ..., but warned that ...": a second verb without a subject shares the first one's.
        const shared = !own && cue.form === "finite" && /(?:,|\b(?:and|but))\s*$/.test(sm.slice(0, cue.start)) ? main?.resolution ?? sentenceSource() : null;
        const source = own?.resolution ?? (cue.form === "participle" ? participleSource() : shared);
        if (!source) continue;
        const clause = cue.form === "according" ? accordingClause(sm, cue, own!) : clauseAfter(sm, cue, own ?? null) ?? clauseBefore(sm, cue, own ?? null);
        if (!clause) continue;
        let [s, e] = clause;
        // "the US told Israel that it must ..., according to US officials": the inner clause.
        if (cue.form === "according") {
          const inner = findCues(sm.slice(s, e)).find((c) => c.form === "finite" && !QUOTE_ONLY.has(c.lemma));
          const that = inner ? /^[^.;\uE000]{0,40}?\bthat\s+/.exec(sm.slice(s + inner.end, e)) : null;
          if (inner && that) s = s + inner.end + that[0].length;
        }
        [s, e] = trimClause(sm, s, e);
        const content = sm.slice(s, e);
        if (e <= s || countWordsOf(content) + countOf(content, MASK) < 3 || PUNCT_ONLY.test(content.replaceAll(MASK, ""))) continue;
        clauses.push({
          start: at + s,
          end: at + e,
          kind: "indirect",
          paragraph: p,
          source,
          method: cue.form === "participle" ? "carried-over" : via && own === main ? "nested" : own ? methodFor(own, s) : "carried-over",
          mention: own ? span(own.phrase.start, own.phrase.end) : null,
          via: via && own === main ? via : null,
          cue: span(cue.start, cue.end),
          continues: null,
        });
      }
      // Quoted words inside an attributed clause are partial quotes of that clause's source.
      for (const q of quotesHere) {
        const holder = clauses.find((c) => q.start >= c.start && q.end <= c.end);
        if (holder && !q.continues) {
          q.kind = "partial";
          q.source = holder.source;
          q.cue = holder.cue;
          q.mention = holder.mention;
          q.method = holder.method;
          q.via = holder.via;
        }
      }
      for (const d of [...quotesHere, ...clauses].sort((a, b) => a.start - b.start)) {
        if (!d.source && d.kind === "partial") continue; // scare quotes: no one says them
        // "X reported that A, according to Y": one clause, the according-to source's (as its own cue found it too).
        if (d.kind === "indirect" && clauses.some((c) => c !== d && c.start === d.start && c.end === d.end && c.cue?.text.toLowerCase() === "according to" && d.cue?.text.toLowerCase() !== "according to")) continue;
        // A clause that is only the quoted words is reported once, as the partial quote.
        if (d.kind === "indirect" && quotesHere.some((q) => q.start - 1 <= d.start && q.end + 1 >= d.end)) continue;
        drafts.push(d);
        if (d.source) registry.countQuote(d.source.entity);
      }
      const quoteDrafts = quotesHere.filter((q) => q.kind === "direct");
      if (quoteDrafts.length) {
        lastQuote = quoteDrafts.at(-1)!;
        lastQuoteParagraph = p;
      } else if (clauses.length && main?.resolution) {
        lastQuote = clauses.at(-1)!;
        lastQuoteParagraph = p;
      }
      if (!inSentence.length && main?.resolution && /:\s*$/.test(sm)) announced = main;
      registry.noteNames(sm, at);
    }
  });

  // A quote over several paragraphs attributed only in a later segment: the source holds for all.
  drafts.forEach((d) => {
    if (d.continues === null || !d.source) return;
    for (let i = d.continues; i < drafts.length && drafts[i] !== d; i++) {
      const segment = drafts[i]!;
      if (segment.source || (i !== d.continues && segment.continues !== d.continues)) continue;
      segment.source = d.source;
      segment.method = "carried-over";
      registry.countQuote(d.source.entity);
    }
  });
  drafts.sort((a, b) => a.start - b.start);
  const { speakers, ids } = registry.finish(input, paragraphs);
  const nameById = new Map(speakers.map((s) => [s.id, s.name]));
  const quotes: Quote[] = drafts.map((d, i) => ({
    id: `q${i + 1}`,
    kind: d.kind,
    text: input.slice(d.start, d.end),
    start: d.start,
    end: d.end,
    paragraph: d.paragraph,
    speaker: d.source ? { id: ids.get(d.source.entity)!, name: nameById.get(ids.get(d.source.entity)!)! } : null,
    cue: d.cue,
    attribution: { method: d.source ? d.method : "none", mention: d.mention, via: d.via },
    continues: null,
  }));
  // Link later segments of multi-paragraph quotes to their first segment by id.
  drafts.forEach((d, i) => {
    if (d.continues !== null) {
      let first = d.continues;
      while (drafts[first]?.continues !== null && drafts[first]?.continues !== undefined) first = drafts[first]!.continues!;
      const target = quotes.find((q) => q.start === drafts[first]?.start);
      quotes[i]!.continues = target && target !== quotes[i] ? target.id : null;
    }
  });
  return { quotes, speakers, diagnostics };
}

/** A quoted span with its offsets made relative to `base` and cut at `limit` (a literal, not a spread: spreading then overriding is slow in V8). */
function shifted(q: QuotedSpan, base: number, limit: number): QuotedSpan {
  return { open: q.open - base, close: Math.min(q.close, limit) - base, start: q.start - base, end: Math.min(q.end, limit) - base, runsOn: q.runsOn, continued: q.continued };
}

function methodFor(f: Found, quoteAt: number): AttributionMethod {
  const kind = f.resolution?.mentionKind;
  if (kind === "pronoun") return "pronoun";
  if (kind === "description" && /^the\b/i.test(f.phrase.text)) return "description";
  return f.phrase.start < quoteAt ? "named-before" : "named-after";
}

/** End of the last quotation mask before `at`, so a subject is never looked for inside a quote. */
function lastMaskEnd(sm: string, at: number): number {
  const i = sm.lastIndexOf(MASK, at - 1);
  return i < 0 ? 0 : i + 1;
}

const trimEndOf = (text: string, end: number) => {
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  return end;
};

/** "The Crossing", "Salt on the Wheel", "Whiteout.": a title or a name in quotation marks. */
function isTitleCase(words: string): boolean {
  const trimmed = words.trim();
  const ws = trimmed.split(/\s+/);
  if (ws.length > 6 || !ws.length) return false;
  if (/[!?,;:]$/.test(trimmed) || (/\.$/.test(trimmed) && ws.length > 3)) return false;
  if (ws.length === 1 && /^(?:No|Yes|Absolutely|Never|Thanks|Sorry|Please|Exactly|Nothing|Everything|Maybe|Definitely|Certainly|Perhaps)\.?$/.test(trimmed)) return false;
  const content = ws.filter((w) => !/^(?:a|an|the|of|and|in|on|for|to|at|by|with|or|from)$/i.test(w));
  return content.length > 0 && content.every((w) => /^[\p{Lu}\d]/u.test(w));
}

