// Sources as entities: every way the article names one source joins one entry. "Burns" joins
// "William Burns", "the official" joins "one official", "the company" joins the last company
// quoted, and "he" joins the nearest earlier person who fits.
import type { Mention, MentionKind, Speaker, SpeakerKind, TextSpan } from "../types.js";
import { GROUP, isPronoun, nameParts, speakerKind } from "./sources.js";

interface Entity {
  name: string;
  /** Whether `name` is a proper name (else a description such as "one official"). */
  proper: boolean;
  role: string | null;
  kind: SpeakerKind;
  gender: "m" | "f" | null;
  mentions: Mention[];
  /** Where the mentions start, so a mention is added once without a search. */
  starts: Set<number>;
  quotes: number;
  /** Offset of the last mention: the most recent entity is the likeliest antecedent. */
  lastAt: number;
  firstAt: number;
}

const MALE_TITLE = /^(?:mr|sir|lord|king|prince|sheikh|father|brother|mister)\.?$/i;
const FEMALE_TITLE = /^(?:mrs|ms|miss|dame|lady|queen|princess|sister|madam)\.?$/i;
// A few hundred common forenames would be better; these are the frequent ones in news.
const MALE_NAMES = new Set(
  "john james robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle noah ethan jeremy walter christian keith roger terry austin sean gerald carl harold dylan arthur lawrence jordan jesse bryan billy bruce gabriel joe logan alan juan albert willie elijah wayne randy vincent mason roy ralph bobby russell bradley philip eugene barry nick rich steve pat mohammed muhammad mohamed ahmed ali hassan hussein omar abdul ibrahim yusuf khalid mahmoud adel abbas emmanuel joe vladimir xi narendra rishi boris keir olaf benjamin recep volodymyr lelisa sergei ivan dmitry pierre jean francois hans klaus raj rahul amit arjun vijay".split(" "),
);
const FEMALE_NAMES = new Set(
  "mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret sandra ashley kimberly emily donna michelle carol amanda dorothy melissa deborah stephanie rebecca sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma nicole helen samantha katherine christine debra rachel carolyn janet catherine maria heather diane ruth julie olivia joyce virginia victoria kelly lauren christina joan evelyn judith megan andrea cheryl hannah jacqueline martha gloria teresa ann sara madison frances kathryn janice jean abigail alice judy sophia grace denise amber doris marilyn danielle beverly isabella theresa diana natalie brittany charlotte marie kayla alexis lori aretha fatima aisha layla mariam noor priya anita sunita kamala hillary angela ursula giorgia theresa jacinda liz".split(" "),
);

const DEFINITE = /^the\s+/i;
const SENTENCE_OPENERS = new Set("then the but and when after in on at as if so yet still meanwhile however earlier later now this that his her its their our a an while with for from by of to since before during under over despite".split(" "));
const LONGER_NAME_BEFORE = /\p{Lu}\p{L}*\s+(?:of|for|and|&|de)\s+$/u;
const PLACE_BEFORE = /\b(?:in|at|from|to|near|across|into|outside|inside|of|through|via|towards?)\s+(?:the\s+)?$/i;
const NAME_LINK = new Set(["bin", "ibn", "al", "de", "van", "von", "da", "du", "la", "le"]);
const isUpper = (c: string) => {
  const code = c.charCodeAt(0);
  return code < 128 ? code >= 65 && code <= 90 : c !== c.toLowerCase() && c === c.toUpperCase();
};
const isWordChar = (c: string) => {
  const code = c.charCodeAt(0);
  return code < 128 ? (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122) : /[\p{L}\d]/u.test(c);
};

/**
 * Runs of two to six capitalised words ("Adel Abdel Mahdi", "Mohammed bin Salman"), and every
 * capitalised word, in one pass over the words: a pattern over the whole sentence costs ten
 * times more.
 */
function capitalisedRuns(text: string): { runs: { start: number; end: number }[]; capitalised: Set<string> } {
  const runs: { start: number; end: number }[] = [];
  const capitalised = new Set<string>();
  let runStart = -1;
  let runEnd = -1;
  let count = 0;
  const close = () => {
    if (count >= 2) runs.push({ start: runStart, end: runEnd });
    runStart = -1;
    count = 0;
  };
  const word = /[^\s]+/g;
  for (let m = word.exec(text); m; m = word.exec(text)) {
    const raw = m[0];
    // Leading and trailing punctuation: a name ends at a comma or a full stop.
    let s = 0;
    let e = raw.length;
    while (s < e && !isWordChar(raw[s]!)) s++;
    while (e > s && !isWordChar(raw[e - 1]!)) e--;
    const w = raw.slice(s, e);
    const capital = w.length > 1 && (isUpper(w[0]!) || (w.startsWith("al-") && isUpper(w[3] ?? "")));
    if (capital) capitalised.add(w);
    if (s > 0 && runStart >= 0) close();
    if (capital) {
      if (runStart < 0) runStart = m.index + s;
      runEnd = m.index + e;
      count++;
      if (count > 6) close();
    } else if (runStart >= 0 && NAME_LINK.has(w) && s === 0 && e === raw.length) {
      // "bin", "de" inside a name: the run goes on only if a capital follows.
    } else close();
    if (e < raw.length && runStart >= 0) close();
  }
  close();
  return { runs, capitalised };
}
const wordsOf = (s: string) => new Set(s.toLowerCase().split(/[^\p{L}\d-]+/u));
// Capitalised runs that name events, places and things, not people.
const NOT_PERSON = /\b(?:Marathon|Half-Marathon|Cup|League|Championships?|Games|Olympics|Festival|Awards?|Prize|Open|Tour|Series|Stadium|Arena|Park|Street|Road|Avenue|Square|Bridge|River|Lake|Mountains?|Island|Islands|Valley|Desert|Sea|Ocean|Gulf|Coast|Station|Hotel|Mall|Tower|Museum|Palace|Hall|Church|Mosque|Temple|Day|Week|Act|Bill|Treaty|Agreement|Accord|Plan|Index|Strip|Bank|Street|Airport|Port|Province|State|County|District|City|Region|Republic|Kingdom|Emirates|Union|Nations|Council|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b/;
const DETERMINER = /^(?:the|a|an|one|another|two|three|some|several|many)\s+/i;
// Where a description's head noun ends: "a source briefed on the visit" -> source.
const POST_MODIFIER = /\s+(?:briefed|familiar|close|with|of|for|at|in|on|from|who|speaking|involved|knowledgeable|based|working|told|to)\b.*$/i;
const ORGANISATION_NOUN = /^(?:company|firm|group|retailer|bank|agency|ministry|department|council|government|authority|regulator|watchdog|maker|airline|operator|developer|manufacturer|insurer|lender|carrier|chain|charity|club|website|site|organisation|organization|business|supermarket|grocer|brand|board|office|party|union|court|police|army|military|embassy|institute|university|school|hospital|centre|center|team|publisher|platform|network|service|store|startup|utility|commission)$/i;
const GENDERED_HEAD = /^(?:spokeswoman|spokesman|spokesperson|woman|man|mother|father|daughter|son|wife|husband|sister|brother|girl|boy|chairwoman|chairman|businesswoman|businessman|policewoman|policeman|official|source|officer|resident|witness|neighbour|neighbor|friend|relative|teacher|doctor|nurse|lawyer|worker|employee|aide|adviser|advisor|diplomat|insider|executive|customer|shopper|owner|driver|passenger|student|victim)$/i;
const GENERIC_ORGANISATION = /^(?:company|firm|group|organisation|organization|business|body|operator|brand|chain|retailer|website|site|startup|maker|manufacturer|developer|publisher|platform)$/i;
const MEDIA_NOUN = /^(?:newspaper|paper|broadcaster|agency|outlet|magazine|channel|station|network|daily|tabloid|report|website)$/i;

function headOf(description: string): string {
  const words = description.replace(DETERMINER, "").replace(POST_MODIFIER, "").trim().split(/\s+/);
  return (words.at(-1) ?? "").toLowerCase().replace(/['’]s$/, "");
}
const singular = (w: string) => w.replace(/(?<=[^s])s$/, "");

const mentionOf = (span: TextSpan, kind: MentionKind): Mention => ({ text: span.text, start: span.start, end: span.end, kind });

export interface Resolution {
  entity: number;
  /** How the mention refers: a name, a description resolved to a named source, a pronoun. */
  mentionKind: MentionKind;
}

/** The earliest mention: a loop, as spreading thousands of mentions into Math.min overflows the stack. */
function firstMention(e: Entity): number {
  let first = Infinity;
  for (const m of e.mentions) if (m.start < first) first = m.start;
  return first;
}

export class SpeakerRegistry {
  private entities: Entity[] = [];
  /** People named in the text who have not spoken (yet): antecedents for "he" and "she". */
  /** Entities by the last word of the name they were first given, for many-source inputs. */
  private byLastWord = new Map<string, number[]>();
  /** Sentences whose names are not read yet, in order. */
  private pending: { text: string; offset: number }[] = [];
  private people: { name: string; at: number; gender: "m" | "f" | null; /** the words at `at`: the name or its surname */ said: string }[] = [];

  constructor(private readonly authors: string[]) {}

  private genderOf(name: string, title: string | null): "m" | "f" | null {
    if (title && MALE_TITLE.test(title)) return "m";
    if (title && FEMALE_TITLE.test(title)) return "f";
    const first = name.split(/\s+/)[0]!.toLowerCase();
    if (MALE_NAMES.has(first)) return "m";
    if (FEMALE_NAMES.has(first)) return "f";
    return null;
  }

  private add(entity: Omit<Entity, "mentions" | "starts" | "quotes" | "lastAt" | "firstAt">, mention: Mention): number {
    const { name, proper, role, kind } = entity;
    // A description says the gender when its head does: "an RSPCA spokeswoman".
    const head = proper ? "" : headOf(name);
    const gender = entity.gender ?? (/^(?:spokeswoman|woman|mother|daughter|wife|sister|girl|chairwoman|businesswoman|policewoman)$/i.test(head) ? "f" : /^(?:spokesman|man|father|son|husband|brother|boy|chairman|businessman|policeman)$/i.test(head) ? "m" : null);
    this.entities.push({ name, proper, role, kind, gender, mentions: [mention], starts: new Set([mention.start]), quotes: 0, lastAt: mention.start, firstAt: mention.start });
    const last = name.toLowerCase().split(/\s+/).at(-1)!;
    this.byLastWord.set(last, [...(this.byLastWord.get(last) ?? []), this.entities.length - 1]);
    return this.entities.length - 1;
  }

  private touch(index: number, mention: Mention): number {
    const e = this.entities[index]!;
    if (!e.starts.has(mention.start)) {
      e.starts.add(mention.start);
      e.mentions.push(mention);
    }
    e.lastAt = Math.max(e.lastAt, mention.start);
    return index;
  }

  /** The entity a proper name refers to: the same name, a surname, an acronym, or a fuller form. */
  private findByName(name: string): number {
    const lower = name.toLowerCase();
    const words = lower.split(/\s+/);
    // Past a few hundred sources (never an article; a hostile input), only sources sharing the
    // last word are compared, so the work stays linear.
    const candidates = this.entities.length > 300 ? (this.byLastWord.get(words.at(-1)!) ?? []) : null;
    for (let k = (candidates ?? this.entities).length - 1; k >= 0; k--) {
      const i = candidates ? candidates[k]! : k;
      const e = this.entities[i]!;
      if (!e.proper) continue;
      const own = e.name.toLowerCase();
      if (own === lower) return i;
      const ownWords = own.split(/\s+/);
      // "Burns" ~ "William Burns", "Abdel Mahdi" ~ "Adel Abdel Mahdi", and the other way round.
      const suffix = (a: string[], b: string[]) => b.length < a.length && b.every((w, k) => a[a.length - b.length + k] === w);
      if (e.kind === "person" && (suffix(ownWords, words) || suffix(words, ownWords))) return i;
      // "Texas Instruments" and "Texas Instruments Inc", "The Halifax" and "Halifax".
      if (e.kind !== "person" && (own.startsWith(`${lower} `) || lower.startsWith(`${own} `))) return i;
      // "TI" ~ "Texas Instruments".
      if (/^[A-Z]{2,6}$/.test(name) && ownWords.length > 1 && ownWords.map((w) => w[0]).join("") === lower) return i;
    }
    return -1;
  }

  /** Resolve the words naming a source at `span`; null when they name nobody who can speak. */
  resolve(span: TextSpan, role: string | null): Resolution | null {
    const text = span.text.trim();
    if (isPronoun(text)) return this.resolvePronoun(span);
    const parts = nameParts(text);
    // "Officials warned" opening a sentence is the same group as "officials said": no name.
    if (parts.name && !parts.name.includes(" ") && /^\p{Lu}\p{Ll}+$/u.test(parts.name) && GROUP.test(parts.name) && parts.name.toLowerCase() === text.toLowerCase()) parts.name = null;
    if (parts.name) {
      if (this.authors.some((a) => a.toLowerCase() === parts.name!.toLowerCase())) return null;
      const found = this.findByName(parts.name);
      const kindOfMention: MentionKind = parts.title && parts.name.split(/\s+/).length === 1 ? "title" : parts.name.split(/\s+/).length === 1 && found >= 0 && this.entities[found]!.kind === "person" ? "surname" : "name";
      const mention = mentionOf(span, kindOfMention);
      if (found >= 0) {
        const e = this.entities[found]!;
        // The fullest name is the canonical one.
        if (parts.name.split(/\s+/).length > e.name.split(/\s+/).length) e.name = parts.name;
        e.role ??= role ?? parts.role;
        e.gender ??= this.genderOf(parts.name, parts.title);
        return { entity: this.touch(found, mention), mentionKind: kindOfMention };
      }
      // A surname alone that belongs to a person named earlier in the text.
      if (!parts.name.includes(" ")) this.catchUp(span.start);
      const person = parts.name.split(/\s+/).length === 1 ? this.people.find((p) => p.name.split(/\s+/).at(-1) === parts.name) : undefined;
      const name = person ? person.name : parts.name;
      let kind = person ? "person" : speakerKind(text, parts.title ? `${parts.title} ${parts.name}` : parts.name);
      // "Computer chip maker Texas Instruments": the role says what kind of source this is.
      const roleHead = headOf(role ?? parts.role ?? "");
      if (kind === "person" && ORGANISATION_NOUN.test(roleHead)) kind = "organisation";
      if (kind === "person" && MEDIA_NOUN.test(roleHead)) kind = "media";
      return {
        entity: this.add({ name, proper: true, role: role ?? parts.role, kind, gender: this.genderOf(name, parts.title) ?? person?.gender ?? null }, mentionOf(span, person ? "surname" : mention.kind)),
        mentionKind: mention.kind,
      };
    }
    // A description: "the official" is "one official" met before; "the company" the last company.
    const head = headOf(text);
    const mention = mentionOf(span, "description");
    const normalized = text.replace(DETERMINER, "").toLowerCase();
    for (let i = this.entities.length - 1; i >= 0; i--) {
      const e = this.entities[i]!;
      const own = e.name.replace(DETERMINER, "").toLowerCase();
      if (own === normalized) return { entity: this.touch(i, mention), mentionKind: "description" };
    }
    // "the company" is the company last named, before any description of one.
    if (DEFINITE.test(text) && GENERIC_ORGANISATION.test(head)) {
      for (let i = this.entities.length - 1; i >= 0; i--) {
        const e = this.entities[i]!;
        if (e.proper && e.kind === "organisation") return { entity: this.touch(i, mention), mentionKind: "description" };
      }
    }
    if (DEFINITE.test(text) || !DETERMINER.test(text)) {
      for (let i = this.entities.length - 1; i >= 0; i--) {
        const e = this.entities[i]!;
        const sameHead = !e.proper && (headOf(e.name) === head || singular(headOf(e.name)) === singular(head));
        const roleHead = e.role !== null && head.length > 2 && wordsOf(e.role).has(head);
        // "the company" may be any company quoted; "the central bank" only one with "bank" in its name.
        const named = wordsOf(`${e.name} ${e.role ?? ""}`).has(head);
        const orgNoun = ORGANISATION_NOUN.test(head) && (e.kind === "organisation" || (e.kind === "media" && MEDIA_NOUN.test(head))) && (GENERIC_ORGANISATION.test(head) || named);
        const mediaNoun = MEDIA_NOUN.test(head) && e.kind === "media";
        if ((DEFINITE.test(text) && (sameHead || roleHead || orgNoun || mediaNoun)) || (!DETERMINER.test(text) && sameHead)) {
          return { entity: this.touch(i, mention), mentionKind: "description" };
        }
      }
    }
    if (!/\p{L}{2,}/u.test(text)) return null;
    return { entity: this.add({ name: text.replace(/[.,;:]+$/, ""), proper: false, role, kind: speakerKind(text, null), gender: null }, mention), mentionKind: "description" };
  }

  /** He and she: the nearest earlier person who fits; they: a group or body; it: a body. */
  resolvePronoun(span: TextSpan): Resolution | null {
    const p = span.text.trim().toLowerCase();
    const mention = mentionOf(span, "pronoun");
    this.catchUp(span.start);
    if (p === "he" || p === "she") {
      const gender = p === "he" ? "m" : "f";
      let best = -1;
      let bestAt = -Infinity;
      // A name with no known forename and no title may be a company ("Circular Materials"): it
      // wins only when nothing surer is near.
      const weight = (e: Entity) => e.lastAt - (e.gender === null && e.role === null && !this.genderOf(e.name, null) ? 400 : 0);
      this.entities.forEach((e, i) => {
        const person = e.kind === "person" || (e.kind === "anonymous" && !e.proper && GENDERED_HEAD.test(headOf(e.name)));
        if (person && e.gender !== (gender === "m" ? "f" : "m") && e.lastAt < span.start && weight(e) > bestAt) {
          best = i;
          bestAt = weight(e);
        }
      });
      let person: (typeof this.people)[number] | undefined;
      for (const x of this.people) if (x.at < span.start && x.gender !== (gender === "m" ? "f" : "m") && (!person || x.at > person.at)) person = x;
      if (person && (person.at > bestAt || best < 0)) {
        const found = this.findByName(person.name);
        if (found >= 0) best = found;
        else best = this.add({ name: person.name, proper: true, role: null, kind: "person", gender }, { text: person.said, start: person.at, end: person.at + person.said.length, kind: person.said === person.name ? "name" : "surname" });
      }
      if (best < 0) return null;
      this.entities[best]!.gender ??= gender;
      return { entity: this.touch(best, mention), mentionKind: "pronoun" };
    }
    const fits = (e: Entity) => (p === "it" ? e.kind === "organisation" || e.kind === "media" : p === "they" ? e.kind !== "person" || false : false);
    let best = -1;
    this.entities.forEach((e, i) => {
      if (fits(e) && e.lastAt < span.start && (best < 0 || e.lastAt > this.entities[best]!.lastAt)) best = i;
    });
    return best < 0 ? null : { entity: this.touch(best, mention), mentionKind: "pronoun" };
  }

  /** People named in a sentence, for later pronouns: "Burns met al-Thani. He said ..." */
  noteNames(text: string, offset: number): void {
    this.pending.push({ text, offset });
  }

  /** Names are read only when a pronoun or a bare surname needs them: most sentences never do. */
  private catchUp(before: number): void {
    while (this.pending.length && this.pending[0]!.offset < before) {
      const { text, offset } = this.pending.shift()!;
      this.readNames(text, offset);
    }
  }

  private readNames(text: string, offset: number): void {
    const { runs, capitalised } = capitalisedRuns(text);
    for (const run of runs) {
      const before = text.slice(Math.max(0, run.start - 30), run.start);
      // "the Institute for Circular Materials": the end of a longer name.
      if (LONGER_NAME_BEFORE.test(before)) continue;
      // "in Abu Dhabi", "from New York": places.
      if (PLACE_BEFORE.test(before)) continue;
      let words = text.slice(run.start, run.end).replace(/['’]s$/, "");
      // "Then David Cole", "But Sarah Quinn": a capitalised word opening the sentence.
      const opener = /^(\S+)\s+/.exec(words);
      if (opener && SENTENCE_OPENERS.has(opener[1]!.toLowerCase())) words = words.slice(opener[0].length);
      const parts = nameParts(words);
      if (!parts.name || parts.name.split(/\s+/).length < 2 || NOT_PERSON.test(parts.name) || speakerKind(parts.name, parts.name) !== "person") continue;
      if (this.authors.some((a) => a.toLowerCase() === parts.name!.toLowerCase())) continue;
      const at = offset + run.start + text.slice(run.start, run.end).lastIndexOf(parts.name);
      const known = this.people.find((x) => x.name === parts.name);
      if (known && at > known.at) Object.assign(known, { at, said: parts.name });
      else if (!known) this.people.push({ name: parts.name, at, gender: this.genderOf(parts.name, parts.title), said: parts.name });
      const found = this.findByName(parts.name);
      if (found >= 0) this.entities[found]!.lastAt = Math.max(this.entities[found]!.lastAt, at);
    }
    // A surname alone brings its person back: "Kemper, wearing a gray suit, spoke briefly."
    for (const person of this.people) {
      const surname = person.name.slice(person.name.lastIndexOf(" ") + 1);
      if (!capitalised.has(surname)) continue;
      const i = text.lastIndexOf(surname);
      if (offset + i > person.at) Object.assign(person, { at: offset + i, said: surname });
    }
    // Surnames of known people keep them recent.
    for (const e of this.entities) {
      if (e.kind !== "person" || !e.proper) continue;
      const surname = e.name.split(/\s+/).at(-1)!;
      const i = text.lastIndexOf(surname);
      if (i >= 0 && offset + i > e.lastAt) e.lastAt = offset + i;
    }
  }

  countQuote(entity: number): void {
    this.entities[entity]!.quotes++;
  }

  ref(entity: number): { name: string } {
    return this.entities[entity]!;
  }

  /** The speakers that spoke, in order of first mention, with every mention in the body. */
  finish(input: string, body: TextSpan[]): { speakers: Speaker[]; ids: Map<number, string> } {
    const order = this.entities
      .map((e, i) => ({ e, i }))
      .filter(({ e }) => e.quotes > 0)
      .sort((a, b) => firstMention(a.e) - firstMention(b.e));
    const ids = new Map<number, string>();
    const speakers = order.map(({ e, i }, k) => {
      const id = `s${k + 1}`;
      ids.set(i, id);
      const mentions = [...e.mentions];
      // Every place the body names this source, beyond the attributions (skipped past a hundred
      // sources, where the scan would be quadratic: no article quotes that many).
      if (e.proper && order.length <= 100) {
        const covered = new Set<number>();
        for (const m of mentions) for (let at = m.start; at < m.end; at++) covered.add(at);
        const forms = new Set([e.name, ...(e.kind === "person" && e.name.includes(" ") ? [e.name.split(/\s+/).at(-1)!] : [])]);
        for (const p of body) {
          for (const form of forms) {
            if (form.length < 2) continue;
            for (let at = p.text.indexOf(form); at >= 0; at = p.text.indexOf(form, at + form.length)) {
              const start = p.start + at;
              const before = p.text[at - 1];
              const after = p.text[at + form.length];
              if ((before && /[\p{L}\d]/u.test(before)) || (after && /[\p{L}\d]/u.test(after))) continue;
              if (covered.has(start)) continue;
              for (let c = start; c < start + form.length; c++) covered.add(c);
              mentions.push({ text: input.slice(start, start + form.length), start, end: start + form.length, kind: form === e.name ? "name" : "surname" });
            }
          }
        }
      }
      mentions.sort((a, b) => a.start - b.start);
      const aliases: string[] = [];
      for (const m of mentions) {
        const t = m.text.replace(/\s+/g, " ");
        if (m.kind !== "pronoun" && t !== e.name && !aliases.includes(t)) aliases.push(t);
      }
      return { id, name: e.name.replace(/\s+/g, " "), aliases, role: e.role, kind: e.kind, quotes: e.quotes, mentions };
    });
    return { speakers, ids };
  }
}
