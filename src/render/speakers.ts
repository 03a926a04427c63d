// The speakers table: who is quoted, how often, and their share of the quoted words, fitted to
// the width of the terminal.
import type { ArticleDocument, Speaker } from "../types.js";
import { PLAIN_STYLE, speakerPaints, type Style } from "./style.js";
import { displayWidth, fit, oneLine } from "./text.js";

const WORD = /[\p{L}\p{N}]+(?:(?:['’]|(?<=\d)[.,](?=\d))[\p{L}\p{N}]+)*/gu;

/** Words in a quote: runs of letters and digits, with inner apostrophes and digit separators ("don't", "2.5", "3,000" are one each). */
export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

export interface SpeakerRow {
  speaker: Speaker;
  /** Words of the quotes attributed to this speaker. */
  words: number;
  /** words / words of all attributed quotes (0 when no quote has a speaker). */
  share: number;
}

/** One row per speaker, sorted by number of quotes (most first), then by name. */
export function speakerRows(doc: Pick<ArticleDocument, "quotes" | "speakers">): SpeakerRow[] {
  const words = new Map<string, number>(doc.speakers.map((s) => [s.id, 0]));
  let total = 0;
  for (const q of doc.quotes) {
    if (!q.speaker || !words.has(q.speaker.id)) continue;
    const n = countWords(q.text);
    words.set(q.speaker.id, words.get(q.speaker.id)! + n);
    total += n;
  }
  const rows = doc.speakers.map((speaker) => {
    const w = words.get(speaker.id)!;
    return { speaker, words: w, share: total ? w / total : 0 };
  });
  const key = (s: Speaker) => s.name.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
  return rows.sort(
    (a, b) =>
      b.speaker.quotes - a.speaker.quotes ||
      (key(a.speaker) < key(b.speaker) ? -1 : key(a.speaker) > key(b.speaker) ? 1 : 0) ||
      (a.speaker.name < b.speaker.name ? -1 : a.speaker.name > b.speaker.name ? 1 : 0),
  );
}

const EIGHTHS = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"];

/** A bar of `share` (0..1) over `width` cells, in eighths of a cell. Not padded. */
export function bar(share: number, width: number): string {
  const eighths = Math.round(Math.max(0, Math.min(1, share)) * width * 8);
  return "█".repeat(eighths >> 3) + EIGHTHS[eighths & 7];
}

/** "58%"; "<1%" for a share that rounds to nothing but is not nothing. */
export function percent(share: number): string {
  const p = Math.round(share * 100);
  return p === 0 && share > 0 ? "<1%" : `${p}%`;
}

export interface SpeakersOptions {
  /** Columns available (the table fits in it, down to a point). */
  width: number;
  style?: Style;
  /** Put before every line ("  " under a label in `show`). */
  indent?: string;
}

const SEP = "  ";

/** `s` fitted to `width` cells, painted without the padding. */
function padded(s: string, width: number, paint: (s: string) => string): string {
  const cut = fit(s, width);
  const text = cut.trimEnd();
  return paint(text) + cut.slice(text.length);
}
const MAX_BAR = 30;
const MIN_BAR = 10;
const MIN_NAME = 8;
/** Room for name and role below which the bar goes, and then the role. */
const ROOM_WITH_BAR = 26;
const ROOM_WITH_ROLE = 20;
const MIN_ROLE = 4;

/**
 * Widths for the name and role columns, wanting `a` and `b` cells, in `room`: what does not fit is
 * cut from the one over its part (the name's part is 60 %, it matters more), then from both;
 * never below the minimums.
 */
function split(room: number, a: number, b: number): [number, number] {
  if (a + b <= room) return [a, b];
  const roleRoom = Math.floor(room * 0.4);
  if (b <= roleRoom) return [Math.max(MIN_NAME, room - b), b];
  if (a <= room - roleRoom) return [a, Math.max(Math.min(b, MIN_ROLE), room - a)];
  return [Math.max(MIN_NAME, room - roleRoom), Math.max(Math.min(b, MIN_ROLE), roleRoom)];
}

/**
 * The table, a header line then one line per speaker (each ending in a newline), or "" when the
 * document has no speakers:
 *
 *     speaker         role              kind    quotes  mentions  share
 *     Ramon Castillo  operations chief  person       2         3   58% ███████████▌
 *
 * Name and role are cut (…) to fit the width, the longer first; the bar takes what is left, up to
 * 30 cells, and is left out when fewer than 10 remain or name and role would have fewer than 26;
 * below about 60 columns the role goes too.
 * The other columns are never cut, so a table can be wider than a very narrow terminal.
 */
export function renderSpeakers(doc: Pick<ArticleDocument, "quotes" | "speakers">, options: SpeakersOptions): string {
  const rows = speakerRows(doc);
  if (!rows.length) return "";
  const style = options.style ?? PLAIN_STYLE;
  const indent = options.indent ?? "";
  const paintOf = speakerPaints(doc, style);
  const cells = rows.map((r) => ({
    row: r,
    name: oneLine(r.speaker.name),
    role: r.speaker.role ? oneLine(r.speaker.role) : "-",
    kind: r.speaker.kind,
    quotes: String(r.speaker.quotes),
    mentions: String(r.speaker.mentions.length),
    pct: percent(r.share),
  }));
  const widest = (header: string, values: string[]) => Math.max(displayWidth(header), ...values.map(displayWidth));
  const kindW = widest("kind", cells.map((c) => c.kind));
  const quotesW = widest("quotes", cells.map((c) => c.quotes));
  const mentionsW = widest("mentions", cells.map((c) => c.mentions));
  const pctW = 5; // "share" over "100%"
  const nameNat = widest("speaker", cells.map((c) => c.name));
  const roleNat = widest("role", cells.map((c) => c.role));
  // Room for name, role and bar once the fixed columns and the five separators are placed.
  const avail = options.width - displayWidth(indent) - 5 * SEP.length - kindW - quotesW - mentionsW - pctW;
  // What gives way as the width shrinks: name and role down to a fair split, then the bar, then
  // the role.
  let barW = Math.min(MAX_BAR, avail - nameNat - roleNat - 1);
  if (barW < MIN_BAR) barW = avail - 1 - MIN_BAR >= ROOM_WITH_BAR ? MIN_BAR : 0;
  const room = avail - (barW ? barW + 1 : 0);
  const withRole = room >= ROOM_WITH_ROLE;
  const [nameW, roleW] = withRole ? split(room, nameNat, roleNat) : [Math.max(MIN_NAME, room + SEP.length), 0];
  const row = (cells: string[]) => (withRole ? cells : [cells[0]!, ...cells.slice(2)]).join(SEP);

  const header = row([fit("speaker", nameW), fit("role", roleW), fit("kind", kindW), fit("quotes", quotesW, true), fit("mentions", mentionsW, true), "share"]);
  const lines = [indent + style.label(header)];
  for (const c of cells) {
    const paint = paintOf(c.row.speaker.id);
    const drawn = barW ? bar(c.row.share, barW) : "";
    const share = fit(c.pct, pctW, true) + (drawn ? ` ${paint(drawn)}` : "");
    lines.push(
      indent +
        row([padded(c.name, nameW, paint), fit(c.role, roleW), fit(c.kind, kindW), fit(c.quotes, quotesW, true), fit(c.mentions, mentionsW, true), share]),
    );
  }
  return lines.join("\n") + "\n";
}
