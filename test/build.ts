// Documents with quotes, speakers and claims made by hand, for testing what renders them before
// (and independently of) the quote and claim engines: give the words, and the offsets are found
// in the text.
import type {
  ArticleDocument,
  AttributionMethod,
  Claim,
  ClaimKind,
  MentionKind,
  Qualifier,
  Quote,
  QuoteKind,
  Speaker,
  SpeakerKind,
  TextSpan,
} from "../src/types.js";
import { SCHEMA_VERSION } from "../src/types.js";

export interface SpeakerSpec {
  name: string;
  aliases?: string[];
  role?: string | null;
  kind?: SpeakerKind;
  /** Texts found in the input (every occurrence, or the one inside the first `in`); kind "name" unless given. */
  mentions?: (string | { text: string; kind: MentionKind; in?: string })[];
}

type Near = string | { text: string; in: string };

export interface QuoteSpec {
  /** The quote's words as they are in the input; the first occurrence after `after` (if given). */
  text: string;
  after?: string;
  kind?: QuoteKind;
  /** Index into the speakers list, or null for an unattributed quote. */
  speaker?: number | null;
  /** Found in the quote's paragraph (the first occurrence, or the one inside the first `in`). */
  cue?: Near;
  mention?: Near;
  method?: AttributionMethod;
  via?: Near;
  continues?: string;
}

function find(input: string, text: string, from = 0): TextSpan {
  const start = input.indexOf(text, from);
  if (start < 0) throw new Error(`not in the input: ${JSON.stringify(text)}`);
  return { text, start, end: start + text.length };
}

/** Adds quotes and speakers, located in `input`, to `doc` (a copy). */
export function withQuotes(doc: ArticleDocument, input: string, spec: { speakers?: SpeakerSpec[]; quotes?: QuoteSpec[] }): ArticleDocument {
  const speakers: Speaker[] = (spec.speakers ?? []).map((s, i) => {
    const mentions = (s.mentions ?? [s.name]).flatMap((m) => {
      const { text, kind } = typeof m === "string" ? { text: m, kind: "name" as MentionKind } : m;
      if (typeof m !== "string" && m.in) {
        const span = find(input, text, find(input, m.in).start);
        return [{ ...span, kind }];
      }
      const found: Speaker["mentions"] = [];
      for (let at = input.indexOf(text); at >= 0; at = input.indexOf(text, at + 1)) found.push({ text, start: at, end: at + text.length, kind });
      return found;
    });
    mentions.sort((a, b) => a.start - b.start);
    return { id: `s${i + 1}`, name: s.name, aliases: s.aliases ?? [], role: s.role ?? null, kind: s.kind ?? "person", quotes: 0, mentions };
  });
  const quotes: Quote[] = (spec.quotes ?? []).map((q) => {
    const span = find(input, q.text, q.after ? find(input, q.after).start : 0);
    const paragraph = doc.paragraphs.find((p) => p.start <= span.start && span.end <= p.end);
    if (!paragraph) throw new Error(`not in a paragraph: ${JSON.stringify(q.text)}`);
    const near = (n: Near | undefined) =>
      n === undefined ? null : typeof n === "string" ? find(input, n, paragraph.start) : find(input, n.text, find(input, n.in, paragraph.start).start);
    const speaker = q.speaker === undefined || q.speaker === null ? null : speakers[q.speaker]!;
    if (speaker) speaker.quotes++;
    return {
      id: "",
      ...span,
      kind: q.kind ?? "direct",
      paragraph: paragraph.index,
      speaker: speaker ? { id: speaker.id, name: speaker.name } : null,
      cue: near(q.cue),
      attribution: { method: q.method ?? (speaker ? "named-after" : "none"), mention: near(q.mention), via: near(q.via) },
      continues: q.continues ?? null,
    };
  });
  quotes.sort((a, b) => a.start - b.start).forEach((q, i) => (q.id = `q${i + 1}`));
  return { ...doc, quotes, speakers };
}

export interface ClaimSpec {
  /** The claim's words as they are in the input; the first occurrence after `after` (if given). */
  text: string;
  after?: string;
  value: number;
  high?: number | null;
  qualifier?: Qualifier;
  unit?: string | null;
  kind?: ClaimKind;
  /** Index into the speakers list; by default the speaker of the quote holding the claim, if any. */
  speaker?: number | null;
}

/** Sets the claims of `doc` (a copy), located in `input`; each is tied to the quote holding it. */
export function withClaims(doc: ArticleDocument, input: string, specs: ClaimSpec[]): ArticleDocument {
  const claims: Claim[] = specs.map((c) => {
    const span = find(input, c.text, c.after ? find(input, c.after).start : 0);
    const paragraph = doc.paragraphs.find((p) => p.start <= span.start && span.end <= p.end);
    if (!paragraph) throw new Error(`not in a paragraph: ${JSON.stringify(c.text)}`);
    const quote = doc.quotes.find((q) => q.start <= span.start && span.end <= q.end) ?? null;
    const speaker = c.speaker === undefined ? null : c.speaker === null ? null : doc.speakers[c.speaker]!;
    const source = c.speaker === undefined ? (quote?.speaker ?? null) : speaker ? { id: speaker.id, name: speaker.name } : null;
    return {
      id: "",
      ...span,
      value: c.value,
      high: c.high ?? null,
      qualifier: c.qualifier ?? (c.high !== undefined && c.high !== null ? "range" : "exact"),
      unit: c.unit ?? null,
      kind: c.kind ?? "count",
      paragraph: paragraph.index,
      source,
      quote: quote ? quote.id : null,
    };
  });
  claims.sort((a, b) => a.start - b.start).forEach((c, i) => (c.id = `c${i + 1}`));
  return { ...doc, claims };
}

/** A document whose body is `paragraphs` (separated by blank lines), with no metadata. */
export function makeDoc(
  paragraphs: string[],
  spec: { speakers?: SpeakerSpec[]; quotes?: QuoteSpec[]; claims?: ClaimSpec[] } = {},
): { doc: ArticleDocument; input: string } {
  const input = paragraphs.join("\n\n");
  let at = 0;
  const doc: ArticleDocument = {
    schemaVersion: SCHEMA_VERSION,
    source: { path: null, format: "text", length: input.length, encoding: "utf-8" },
    metadata: { headline: null, subheadline: null, standfirst: null, date: null, dateText: null, byline: [], dateline: null, readingTime: null, captions: [], credits: [], spans: {} },
    paragraphs: paragraphs.map((text, index) => {
      const start = at;
      at += text.length + 2;
      return { index, text, start, end: start + text.length };
    }),
    dropped: [],
    quotes: [],
    speakers: [],
    claims: [],
    diagnostics: [],
  };
  return { doc: withClaims(withQuotes(doc, input, spec), input, spec.claims ?? []), input };
}
