// The document `article` produces: one typed tree for one input. Every node that carries text
// carries `start`/`end`: UTF-16 code-unit offsets into the decoded input (BOM removed, line ends
// as in the file), end exclusive, so `input.slice(start, end) === text` for text input.

export const SCHEMA_VERSION = 1 as const;

export interface Span {
  start: number;
  end: number;
}

export interface TextSpan extends Span {
  text: string;
}

export type InputFormat = "text" | "html";

export interface Source {
  /** File path as given, or null for standard input. */
  path: string | null;
  format: InputFormat;
  /** Length of the decoded input in UTF-16 code units. */
  length: number;
  /** The encoding the bytes were decoded from. */
  encoding: "utf-8" | "utf-16le" | "utf-16be";
}

export interface Caption extends TextSpan {
  /** A photo credit printed inside the caption ("[Getty]", "Photo: AP"), when there is one. */
  credit: TextSpan | null;
}

/** Metadata fields that are a single stretch of the input. */
export type MetadataField =
  | "headline"
  | "subheadline"
  | "standfirst"
  | "dateText"
  | "byline"
  | "dateline"
  | "readingTime";

export interface Metadata {
  headline: string | null;
  subheadline: string | null;
  standfirst: string | null;
  /** Publication date as ISO YYYY-MM-DD, null when the text prints none (or only a relative one). */
  date: string | null;
  /** The date as written ("29 November, 2023", "Updated 3 hours ago"). */
  dateText: string | null;
  /** Author names; agency bylines as written ("IANS", "CBS/AP"). Empty when there is none. */
  byline: string[];
  /** Place line opening the first paragraph ("NEW DELHI", "Dhaka"); it stays inside that paragraph. */
  dateline: string | null;
  readingTime: string | null;
  captions: Caption[];
  /** Agency and copyright credits ("(Agencies contributed to this report)", "-Reuters"). */
  credits: TextSpan[];
  /** Where each present single-stretch field sits in the input. */
  spans: Partial<Record<MetadataField, TextSpan>>;
}

export interface Paragraph extends TextSpan {
  index: number;
}

/** Why a part of the page is not article text. */
export const DROP_REASONS = [
  "navigation",
  "page-title",
  "related-links",
  "share",
  "comments",
  "advertisement",
  "newsletter",
  "reading-time",
  "furniture",
  "footer",
  "cookie-notice",
  "summary",
  "duplicate",
] as const;
export type DropReason = (typeof DROP_REASONS)[number];

export interface Dropped extends TextSpan {
  reason: DropReason;
}

export interface Diagnostic extends Span {
  severity: "warning" | "info";
  code: string;
  message: string;
}

export const QUOTE_KINDS = ["direct", "partial", "indirect"] as const;
/** direct: a whole utterance in quotation marks; partial: quoted words inside the reporter's
 * sentence; indirect: reported speech without marks ("X said that ..."). */
export type QuoteKind = (typeof QUOTE_KINDS)[number];

export const ATTRIBUTION_METHODS = [
  "named-before",
  "named-after",
  "pronoun",
  "description",
  "carried-over",
  "nested",
  "none",
] as const;
/**
 * How the speaker was found: named in the sentence before or after the quote, a pronoun or a
 * description ("the official") resolved to an earlier source, carried over from the quote before
 * it, or nested ("Quoting a US official, The Wall Street Journal reported": the Journal speaks,
 * the official is kept as `via`). "none": no source.
 */
export type AttributionMethod = (typeof ATTRIBUTION_METHODS)[number];

export interface Attribution {
  method: AttributionMethod;
  /** The words in the text that name the source for this quote ("Burns", "he", "one official"). */
  mention: TextSpan | null;
  /** A source the speaker quotes in turn ("a US official" in "Quoting a US official, the Journal reported"). */
  via: TextSpan | null;
}

export interface SpeakerRef {
  id: string;
  name: string;
}

export interface Quote extends TextSpan {
  /** "q1", "q2", ... in order of start. */
  id: string;
  kind: QuoteKind;
  /** Index of the paragraph holding the quote. */
  paragraph: number;
  speaker: SpeakerRef | null;
  /** The verb or phrase that marks the speech ("said", "told", "according to"); null when none is printed. */
  cue: TextSpan | null;
  attribution: Attribution;
  /** For the later segments of a quote that runs over several paragraphs: the first segment's id. */
  continues: string | null;
}

export const SPEAKER_KINDS = ["person", "organisation", "media", "group", "anonymous"] as const;
export type SpeakerKind = (typeof SPEAKER_KINDS)[number];

export const MENTION_KINDS = ["name", "surname", "title", "description", "pronoun"] as const;
/** How a mention refers to its speaker: full name, surname ("Burns"), title ("Mr Burns", "the CIA director"), description ("a source briefed on the visit"), pronoun. */
export type MentionKind = (typeof MENTION_KINDS)[number];

export interface Mention extends TextSpan {
  kind: MentionKind;
}

export interface Speaker {
  /** "s1", "s2", ... in order of first mention. */
  id: string;
  /** The fullest name the article gives ("William Burns"), else the description as written ("one official"). */
  name: string;
  /** Every other way the article names this source, distinct, in order of appearance. */
  aliases: string[];
  /** Role from an appositive or title ("CIA director", "a local police commander"), when one is given. */
  role: string | null;
  kind: SpeakerKind;
  /** Quotes attributed to this source. */
  quotes: number;
  mentions: Mention[];
}

export const CLAIM_KINDS = ["count", "money", "percent", "fraction", "ratio", "measure", "duration", "age", "multiplier"] as const;
/** What a number is: a count of things, an amount of money, a percentage, a fraction ("half"), a ratio ("four in 10"), a measure ("6 miles"), a duration, an age, a multiplier ("10 times"). */
export type ClaimKind = (typeof CLAIM_KINDS)[number];

export const QUALIFIERS = ["exact", "at_least", "more_than", "at_most", "less_than", "about", "up_to", "range"] as const;
/** How the number is hedged: "at least 69" at_least, "more than 200" more_than, "nearly" less_than, "about" about, "up to" up_to, "between 10 and 20" range. */
export type Qualifier = (typeof QUALIFIERS)[number];

export interface Claim extends TextSpan {
  /** "c1", "c2", ... in order of start. */
  id: string;
  /** The number: 2.3 million gives 2300000, half 0.5, 45% 45; a range's low end. */
  value: number;
  /** A range's high end, else null. */
  high: number | null;
  qualifier: Qualifier;
  /** ISO currency code ("USD"), "percent", a measure ("km"), or the noun counted ("hostages"); null when none is said. */
  unit: string | null;
  kind: ClaimKind;
  /** Index of the paragraph holding the number. */
  paragraph: number;
  /** Who states the number: the speaker of the quote or attributed clause it sits in; null when the reporter does. */
  source: SpeakerRef | null;
  /** The id of that quote, or null. */
  quote: string | null;
}

export interface ArticleDocument {
  schemaVersion: typeof SCHEMA_VERSION;
  source: Source;
  metadata: Metadata;
  paragraphs: Paragraph[];
  dropped: Dropped[];
  quotes: Quote[];
  speakers: Speaker[];
  claims: Claim[];
  diagnostics: Diagnostic[];
}
