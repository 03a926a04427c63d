// How rendered text is painted. Styling comes in as functions, so the render modules know
// nothing of terminals or colour libraries: the CLI builds a Style from chalk when colour is on.
import type { ArticleDocument } from "../types.js";

export type Paint = (s: string) => string;

export interface Style {
  headline: Paint;
  subheadline: Paint;
  meta: Paint;
  dim: Paint;
  label: Paint;
  /** grep-like listings: the file name and the line:column. */
  file: Paint;
  position: Paint;
  strong: Paint;
  /** One colour per speaker, handed out in turn (the palette cycles). */
  speakers: readonly Paint[];
  /** Quotes without a speaker. */
  unattributed: Paint;
  /** A numeric claim in running text; put inside a quote's colour, so it must not set one. */
  claim: Paint;
}

const plain: Paint = (s) => s;
export const PLAIN_STYLE: Style = {
  headline: plain,
  subheadline: plain,
  meta: plain,
  dim: plain,
  label: plain,
  file: plain,
  position: plain,
  strong: plain,
  speakers: [plain],
  unattributed: plain,
  claim: plain,
};

/**
 * The colour of each speaker: the n-th speaker of the document (ids "s1", "s2", ... in order of
 * first mention) gets the n-th colour of the palette, so `quotes`, `speakers` and `show` agree.
 * A null id (an unattributed quote) gets `unattributed`.
 */
export function speakerPaints(doc: Pick<ArticleDocument, "speakers">, style: Style): (id: string | null | undefined) => Paint {
  const index = new Map(doc.speakers.map((s, i) => [s.id, i]));
  const palette = style.speakers.length ? style.speakers : [plain];
  return (id) => {
    if (id === null || id === undefined) return style.unattributed;
    let i = index.get(id);
    if (i === undefined) {
      // A speaker missing from the list: fall back on the number in its id, else a hash.
      const n = /(\d+)$/.exec(id);
      i = n ? Number(n[1]) - 1 : [...id].reduce((h, c) => (h * 31 + c.codePointAt(0)!) >>> 0, 7);
    }
    return palette[Math.abs(i) % palette.length]!;
  };
}
