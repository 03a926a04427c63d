#!/usr/bin/env node
// Speaker attribution on LitBank's 1,765 annotated quotations (19th/early-20th c. fiction, not
// news): how often findQuotes() finds each gold quotation and names its speaker. Figures are
// printed, never asserted. Usage (after npm run build): node bench/litbank.mjs [--dir PATH] [-v] [--detok]
//
// Data (../shared/corpus/litbank-quotations): quotations/<book>.txt is tokenised text, one
// sentence per line, tokens separated by single spaces; quotations/<book>.ann has rows
//   QUOTE  <qid> <startSent> <startTok> <endSent> <endTok> <text>   (end token inclusive)
//   ATTRIB <qid> <entityId>                                         (e.g. Winnie_Verloc-3)
// and coref/<book>.ann has MENTION <tid> <s1> <t1> <s2> <t2> <text> <PER|FAC|..> <PROP|NOM|PRON>
// and COREF <tid> <entityId> rows (COP/APPOS rows are not used).
//
// Text we feed the library: tokens joined by one space, as the brief for this script asks (with
// --detok, the spaces a tokeniser adds are closed up: ‘Oh dear!’ for ‘ Oh dear ! ’, don't for
// do n't; offsets still come from the tokens). Paragraphs: the files keep no paragraph breaks, so
// each line (sentence) is a paragraph, except that a line continues the paragraph before while a
// quotation opened there is still open (the book's commonest quotation mark among “ " ‘ ' is
// tracked) and the line does not itself start with an opening mark: a quote never straddles a
// break, and a line that reopens starts a new paragraph, as a multi-paragraph quote does.
// Paragraphs are separated by a blank line. Plain one-line-per-paragraph finds far fewer quotes.
//
// Judging rule, per gold quotation:
//  - found: our quote overlapping it most covers >= 50 % of its characters (quotation marks at
//    its two ends left out; our segments of a multi-paragraph quote count as one quote);
//  - right: found, and that quote's speaker matches the gold entity. The gold entity's names are
//    the texts of its proper-name (PROP) mentions in coref/ ("Elizabeth", "Lizzy", "Miss Bennet"),
//    or of its common-noun (NOM) mentions ("the old man") when it has no proper name. Names are
//    compared lower-cased, without punctuation, possessive 's, "the", "a", "an". Our speaker's name
//    matches a gold name when the words of either are all among the words of the other, with at
//    most two words more ("Darcy" ~ "Mr. Fitzwilliam Darcy"); an alias or non-pronoun mention of
//    our speaker matches when it holds all the words of a gold name (so our alias "Linden" does
//    not make Florence Linden right for Mr. Linden). The shorter side must hold a word that is not
//    a title or pronoun ("Mr" alone matches nothing; "Mr Verloc" !~ "Mrs Verloc").
//    Lenient where surnames are shared: our "Bennet" is right for Mr. and for Mrs. Bennet; and a
//    description is right for any gold entity described alike ("the man").
//  - can't be judged: a gold entity mentioned only by pronouns (a first-person narrator, "I-2")
//    has no name to compare; it counts as not right, and the number is printed.
// Headline: right / all gold quotations; also right / found.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const args = process.argv.slice(2);
const verbose = args.includes("-v");
const detok = args.includes("--detok"); // close up the tokeniser's spaces: ‘Oh dear!’ not ‘ Oh dear ! ’
const dirArg = args.indexOf("--dir");
const dir = dirArg >= 0 ? resolve(args[dirArg + 1] ?? "") : join(root, "../shared/corpus/litbank-quotations");
if (!existsSync(join(dir, "quotations"))) {
  console.log(`LitBank: no corpus at ${dir}/quotations; skipped.`);
  process.exit(0);
}
const { findQuotes } = await import("../dist/index.js");
const t0 = performance.now();

const rows = (path) => (existsSync(path) ? readFileSync(path, "utf8").split("\n").filter(Boolean).map((l) => l.split("\t")) : []);
const QUOTE_MARKS = new Set(["“", "”", '"', "‘", "’", "'", "``", "''", "—", "–", "--"]);
// Words that cannot tell one person from another: titles, pronouns, determiners ("the", "a" are dropped).
const VAGUE = new Set("mr mrs miss ms dr sir lady lord madam master mister my his her their our your its old young little poor he she i you we they him me us them it of and".split(" "));
const words = (s) => s.toLowerCase().replace(/['’]s\b/g, "").replace(/[^\p{L}\p{N}\s]/gu, " ").split(/\s+/).filter((w) => w && !/^(?:the|a|an)$/.test(w));
/** Every word of `a` is in `b`, one of them names someone, and `b` has at most two words more:
 *  "Darcy" within "Mr. Fitzwilliam Darcy", not "the man" within "a man with no hat , and with broken shoes". */
function within(a, b) {
  const [wa, wb] = [words(a), words(b)];
  return wa.some((w) => !VAGUE.has(w)) && wa.every((w) => wb.includes(w)) && wb.length <= wa.length + 2;
}

/** The book as one string, each token's offset, and the paragraphs (see the header). */
function rebuild(lines) {
  const toks = lines.map((l) => l.split(" "));
  // The book's quotation marks: the commonest of “…”, "…", ‘…’ and '…' as tokens of their own.
  const marks = toks.flat().filter((t) => /^[“”"‘’']+$/.test(t)).join("");
  const count = ([open]) => marks.split(open).length;
  const [opener, closer] = [["“", "”"], ['"', '"'], ["‘", "’"], ["'", "'"]].sort((a, b) => count(b) - count(a))[0];
  let text = "", depth = 0, paraStart = 0;
  const offsets = [], paragraphs = [];
  const close = () => paragraphs.push({ index: paragraphs.length, start: paraStart, end: text.length, text: text.slice(paraStart) });
  toks.forEach((line, i) => {
    if (i > 0 && (!depth || line[0].startsWith(opener))) { close(); text += "\n\n"; paraStart = text.length; depth = 0; }
    else if (i > 0) text += " ";
    let glued = true; // no space after the previous token (an opening mark or bracket)
    offsets.push(line.map((tok) => {
      let opens = false, closes = false;
      if (/^[“”"‘’']+$/.test(tok)) for (const c of tok) {
        if (opener === closer && c === opener) [opens, closes, depth] = [!depth, !!depth, depth ? 0 : 1];
        else if (c === opener) [opens, depth] = [true, depth + 1];
        else if (c === closer) [closes, depth] = [true, Math.max(0, depth - 1)];
        else if (c === "“" || c === "‘") opens = true;
        else if (c === "”" || c === "’") closes = true;
      }
      if (!glued && !(detok && (closes || /^(?:[,.;:!?)\]]|n['’]t|['’](?:s|ll|re|ve|d|m))$/i.test(tok)))) text += " ";
      glued = detok && (opens || /^[(\[]$/.test(tok));
      const at = text.length;
      text += tok;
      return at;
    }));
    // a straight mark ending a line closes, unless it follows "said ," or "said :"
    if (opener === closer && line.at(-1) === opener && line.length > 1 && !/^[,:;]$/.test(line.at(-2))) depth = 0;
  });
  if (toks.length) close();
  return { text, offsets, toks, paragraphs };
}

const books = readdirSync(join(dir, "quotations")).filter((f) => f.endsWith(".ann")).sort();
const total = { gold: 0, found: 0, right: 0, noSpeaker: 0, unjudgeable: 0, mismatched: 0, straddling: 0, chars: 0, ms: 0 };
const perBook = [], misses = [];
for (const file of books) {
  const ann = rows(join(dir, "quotations", file));
  if (!ann.length) continue; // 14 excerpts have no dialogue
  const lines = readFileSync(join(dir, "quotations", file.replace(/\.ann$/, ".txt")), "utf8").split("\n");
  if (lines.at(-1) === "") lines.pop();
  const { text, offsets, toks, paragraphs } = rebuild(lines);

  // gold speakers: entity id -> names
  const coref = rows(join(dir, "coref", file));
  const mention = new Map(coref.filter((r) => r[0] === "MENTION").map((r) => [r[1], { text: r[6], kind: r[8] }]));
  const byEntity = new Map();
  for (const [, tid, entity] of coref.filter((r) => r[0] === "COREF")) {
    const m = mention.get(tid);
    if (m) byEntity.set(entity, [...(byEntity.get(entity) ?? []), m]);
  }
  const namesOf = (entity) => {
    const ms = byEntity.get(entity) ?? [];
    const names = ms.filter((m) => m.kind === "PROP").map((m) => m.text);
    return [...new Set(names.length ? names : ms.filter((m) => m.kind === "NOM").map((m) => m.text))];
  };

  const t = performance.now();
  const { quotes, speakers } = findQuotes(text, paragraphs);
  total.ms += performance.now() - t;
  total.chars += text.length;
  const speakerById = new Map(speakers.map((s) => [s.id, s]));
  // a quote running over several paragraphs is one quote: its first segment and those continuing it
  const chains = new Map();
  for (const q of quotes) chains.set(q.continues ?? q.id, [...(chains.get(q.continues ?? q.id) ?? []), q]);
  const headOf = new Map(quotes.map((q) => [q.id, q]));

  const attrib = new Map(ann.filter((r) => r[0] === "ATTRIB").map((r) => [r[1], r[2]]));
  const book = { name: file.replace(/_brat\.ann$/, ""), gold: 0, found: 0, right: 0 };
  for (const [, qid, ...span] of ann.filter((r) => r[0] === "QUOTE")) {
    let [s1, t1, s2, t2] = span.slice(0, 4).map(Number);
    const goldText = text.slice(offsets[s1][t1], offsets[s2][t2] + toks[s2][t2].length);
    if (goldText.replace(/\s+/g, "") !== span[4].replace(/ /g, "")) total.mismatched++; // a sanity check: stays 0
    total.straddling += goldText.includes("\n\n");
    // leave out the quotation marks at the two ends
    while ((s1 < s2 || t1 < t2) && QUOTE_MARKS.has(toks[s1][t1])) [s1, t1] = t1 + 1 < toks[s1].length ? [s1, t1 + 1] : [s1 + 1, 0];
    while ((s1 < s2 || t1 < t2) && QUOTE_MARKS.has(toks[s2][t2])) [s2, t2] = t2 > 0 ? [s2, t2 - 1] : [s2 - 1, toks[s2 - 1].length - 1];
    const start = offsets[s1][t1], end = offsets[s2][t2] + toks[s2][t2].length;
    let best = null, overlap = 0;
    for (const [head, segments] of chains) {
      const o = segments.reduce((n, q) => n + Math.max(0, Math.min(end, q.end) - Math.max(start, q.start)), 0);
      if (o > overlap) [best, overlap] = [headOf.get(head), o];
    }
    const found = overlap >= 0.5 * (end - start);
    const entity = attrib.get(qid);
    const gold = namesOf(entity);
    const s = found && best.speaker ? speakerById.get(best.speaker.id) : null;
    // our name may be the shorter or the longer; an alias or mention must hold a whole gold name
    const ours = s ? [...s.aliases, ...s.mentions.filter((m) => m.kind !== "pronoun").map((m) => m.text)] : [];
    const right = !!s && gold.some((g) => within(s.name, g) || within(g, s.name) || ours.some((a) => within(g, a)));
    book.gold++, book.found += found, book.right += right;
    total.unjudgeable += gold.length === 0;
    total.noSpeaker += found && !s;
    if (!right) misses.push({ book: book.name, quote: text.slice(start, end), gold: gold.length ? gold.slice(0, 4).join(" / ") : `${entity} (no name)`, ours: !found ? "(no quote found)" : s ? [...new Set([s.name, ...ours])].slice(0, 4).join(" / ") : "(no speaker)" });
  }
  for (const k of ["gold", "found", "right"]) total[k] += book[k];
  perBook.push(book);
}

const pct = (n, d) => (d ? ((100 * n) / d).toFixed(1) : "0.0") + "%";
if (verbose) {
  console.log("book                                          gold  found  right");
  for (const b of perBook) console.log(`${b.name.slice(0, 44).padEnd(44)} ${String(b.gold).padStart(5)} ${String(b.found).padStart(6)} ${String(b.right).padStart(6)}`);
  const step = Math.max(1, Math.floor(misses.length / 30));
  console.log(`\nmisses (a sample of ${Math.ceil(misses.length / step)} of ${misses.length}):`);
  for (let i = 0; i < misses.length; i += step) {
    const m = misses[i];
    const q = m.quote.length > 70 ? m.quote.slice(0, 67) + "..." : m.quote;
    console.log(`  ${m.book.slice(0, 24)}: "${q}"\n      gold: ${m.gold}   ours: ${m.ours}`);
  }
  console.log();
}
console.log(`LitBank: ${total.gold} gold quotations in ${perBook.length} books; found ${total.found} (${pct(total.found, total.gold)}, overlap >= 50 %)`);
console.log(`LitBank: ${total.right}/${total.gold} attributed right (${pct(total.right, total.gold)}); ${pct(total.right, total.found)} of the found ones`);
console.log(`misses: ${total.gold - total.found} not found, ${total.noSpeaker} found with no speaker, ${total.found - total.noSpeaker - total.right} found with another speaker`);
console.log(`can't be judged (gold speaker has no name, only pronouns): ${total.unjudgeable}; gold quotes straddling our paragraph breaks: ${total.straddling}` + (total.mismatched ? `; gold text differing from the rebuilt text: ${total.mismatched}` : ""));
console.log(`time: findQuotes ${total.ms.toFixed(0)} ms for ${(total.chars / 1e6).toFixed(2)} MB; total ${(performance.now() - t0).toFixed(0)} ms`);
