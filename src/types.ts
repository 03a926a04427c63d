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

// Quotes, speakers and claims are filled by later stages; until those land they are empty.
export type Quote = never;
export type Speaker = never;
export type Claim = never;

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
