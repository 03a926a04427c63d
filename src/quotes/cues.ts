// Cues: the words that mark reported speech ("said", "told", "according to"), found in a
// sentence whose quotations are masked, so words inside a quote are never taken for a cue.

export interface Cue {
  start: number;
  end: number;
  /** The verb's base form ("say" for "said"), or "according to", "quoting". */
  lemma: string;
  /** said/says/told: finite; saying/adding: participle; "according to": prepositional. */
  form: "finite" | "participle" | "according" | "quoting";
}

// base: inflected forms. Said-verbs take a content clause; some only with "that".
const VERBS: Record<string, string[]> = {
  say: ["said", "says", "say", "saying"],
  tell: ["told", "tells", "telling"],
  add: ["added", "adds", "adding"],
  state: ["stated", "states", "stating"],
  explain: ["explained", "explains", "explaining"],
  note: ["noted", "notes", "noting"],
  warn: ["warned", "warns", "warning"],
  caution: ["cautioned", "cautions", "cautioning"],
  claim: ["claimed", "claims", "claiming"],
  argue: ["argued", "argues", "arguing"],
  insist: ["insisted", "insists", "insisting"],
  acknowledge: ["acknowledged", "acknowledges", "acknowledging"],
  admit: ["admitted", "admits", "admitting"],
  announce: ["announced", "announces", "announcing"],
  confirm: ["confirmed", "confirms", "confirming"],
  declare: ["declared", "declares", "declaring"],
  report: ["reported", "reports", "reporting"],
  write: ["wrote", "writes", "writing"],
  tweet: ["tweeted", "tweets"],
  comment: ["commented", "comments"],
  reply: ["replied", "replies"],
  respond: ["responded", "responds"],
  stress: ["stressed", "stresses", "stressing"],
  emphasise: ["emphasised", "emphasized", "emphasises", "emphasizes", "emphasising", "emphasizing"],
  suggest: ["suggested", "suggests", "suggesting"],
  predict: ["predicted", "predicts", "predicting"],
  recall: ["recalled", "recalls", "recalling"],
  remark: ["remarked", "remarks"],
  observe: ["observed", "observes"],
  concede: ["conceded", "concedes", "conceding"],
  contend: ["contended", "contends"],
  allege: ["alleged", "alleges", "alleging"],
  reveal: ["revealed", "reveals", "revealing"],
  disclose: ["disclosed", "discloses"],
  assert: ["asserted", "asserts", "asserting"],
  reiterate: ["reiterated", "reiterates", "reiterating"],
  vow: ["vowed", "vows", "vowing"],
  promise: ["promised", "promises", "promising"],
  pledge: ["pledged", "pledges", "pledging"],
  complain: ["complained", "complains", "complaining"],
  boast: ["boasted", "boasts"],
  joke: ["joked", "jokes"],
  quip: ["quipped", "quips"],
  shout: ["shouted"],
  whisper: ["whispered"],
  ask: ["asked", "asks", "asking"],
  continue: ["continued"],
  conclude: ["concluded", "concludes"],
  believe: ["believes", "believed"],
  estimate: ["estimated", "estimates"],
  point: ["pointed out", "points out", "pointing out"],
  go: ["went on"],
  describe: ["described", "describes", "describing"],
  call: ["called", "calls", "calling"],
  deny: ["denied", "denies", "denying"],
  indicate: ["indicated", "indicates"],
  forecast: ["forecast", "forecasts"],
  urge: ["urged", "urges", "urging"],
  agree: ["agreed", "agrees"],
  hope: ["hoped", "hopes"],
  quote: ["quoted"],
  maintain: ["maintained", "maintains", "maintaining"],
  find: ["found", "finds"],
  // Verbs that frame dialogue, in fiction and in features: "“Hold your noise!” cried a voice."
  cry: ["cried"],
  exclaim: ["exclaimed"],
  answer: ["answered"],
  murmur: ["murmured"],
  mutter: ["muttered"],
  scream: ["screamed"],
  sigh: ["sighed"],
  retort: ["retorted"],
  rejoin: ["rejoined"],
  interrupt: ["interrupted"],
  demand: ["demanded"],
  inquire: ["inquired", "enquired"],
  groan: ["groaned"],
  plead: ["pleaded"],
  protest: ["protested"],
  gasp: ["gasped"],
  stammer: ["stammered"],
  growl: ["growled"],
  snap: ["snapped"],
  roar: ["roared"],
  sob: ["sobbed"],
  term: ["termed", "terms"],
};

const LEMMA = new Map<string, string>();
for (const [lemma, forms] of Object.entries(VERBS)) for (const f of forms) LEMMA.set(f, lemma);

/** Verbs that introduce a content clause without "that": "Jones added weak contracts allowed ...". */
// Not "report" ("reported slower growth") nor "believe" (a belief, not speech): those need "that".
export const BARE_CLAUSE = new Set(["say", "add", "tell", "warn", "claim", "insist", "argue", "admit", "predict", "note", "state", "explain", "write", "concede", "acknowledge", "stress", "estimate", "confirm", "suggest", "reiterate"]);
/** Verbs that only frame a quotation ("he continued"), never a clause of their own. */
export const QUOTE_ONLY = new Set(["continue", "joke", "quip", "shout", "whisper", "ask", "go", "describe", "call", "quote", "urge", "term", "cry", "exclaim", "answer", "murmur", "mutter", "scream", "sigh", "retort", "rejoin", "interrupt", "demand", "inquire", "groan", "plead", "protest", "gasp", "stammer", "growl", "snap", "roar", "sob"]);

// Cue words found by looking each word up: one pattern of all the forms would try every form
// at every position of every sentence.
const SECOND_WORD = new Map([["according", "to"], ["pointed", "out"], ["points", "out"], ["pointing", "out"], ["went", "on"]]);
const NEXT_WORD = /^\s+([A-Za-z]+)/;
/** First letter and length of every word that can open a cue ("said": s and 4). */
const CUE_SHAPES = new Set([...LEMMA.keys(), ...SECOND_WORD.keys(), "in", "quoting", "citing"].map((w) => (w.charCodeAt(0) << 5) | w.split(" ")[0]!.length));

/** Every cue in a masked sentence, in order. */
export function findCues(masked: string): Cue[] {
  const cues: Cue[] = [];
  // ASCII letter runs by char code: a pattern run per word costs more than the look-up after it.
  for (let i = 0; i < masked.length; ) {
    let c = masked.charCodeAt(i);
    if (!((c | 32) >= 97 && (c | 32) <= 122)) {
      i++;
      continue;
    }
    const start = i;
    while (i < masked.length && (((c = masked.charCodeAt(i)) | 32) >= 97 && (c | 32) <= 122)) i++;
    // Only a word whose first letter and length some cue has is looked up: most are not.
    if (!CUE_SHAPES.has(((masked.charCodeAt(start) | 32) << 5) | (i - start))) continue;
    const raw = masked.slice(start, i);
    let word = raw.charCodeAt(0) <= 90 ? raw.toLowerCase() : raw;
    let end = i;
    const second = SECOND_WORD.get(word);
    if (second) {
      const next = NEXT_WORD.exec(masked.slice(end, end + 24));
      if (!next || next[1]!.toLowerCase() !== second) continue;
      end += next[0].length;
      word = `${word} ${second}`;
      i = end;
    } else if (word === "in") {
      const words = /^\s+the\s+words\s+of\b/i.exec(masked.slice(end, end + 24));
      if (!words) continue;
      end += words[0].length;
      word = "in the words of";
      i = end;
    } else if (!LEMMA.has(word) && word !== "quoting" && word !== "citing") continue;
    const text = masked.slice(start, end);
    if (word === "according to") cues.push({ start, end, lemma: "according to", form: "according" });
    else if (word === "quoting" || word === "citing" || word === "in the words of") cues.push({ start, end, lemma: "quoting", form: "quoting" });
    else {
      // A capitalised cue mid-sentence is a name ("Says Law"), and "Reports" opening a heading is a noun.
      if (/^\p{Lu}/u.test(text) && start > 0 && !/[“"‘'«]\s*$/.test(masked.slice(0, start))) continue;
      const lemma = LEMMA.get(word)!;
      // "added to the evidence", "adds up": not speech.
      if (lemma === "add" && /^\s+(?:to|up)\b/i.test(masked.slice(end, end + 5))) continue;
      // "an estimated £1.2 million", "the reported figure": after an article the word is no verb.
      if (/\b(?:a|an|the)\s+$/i.test(masked.slice(Math.max(0, start - 5), start))) continue;
      // "were denied", "was told", "is expected": a passive names no speaker here.
      if (/\b(?:was|were|is|are|been|be|being|get|got)\s+$/i.test(masked.slice(Math.max(0, start - 8), start)) && lemma !== "quote") continue;
      // "the claims", "his remarks", "these estimates": nouns. A verb in -s follows its subject.
      if (/s$/.test(word) && !["say", "tell", "add"].includes(lemma)) {
        const previous = /([\p{L}'’]+)\s*$/u.exec(masked.slice(0, start))?.[1] ?? "";
        const afterArticle = /\b(?:the|this|that)\s+[\p{L}\d'’-]+\s+$/iu.test(masked.slice(Math.max(0, start - 30), start)) && !/^(?:the|this|that)$/i.test(previous);
        if (!afterArticle && !/^(?:he|she|it|who|which|that)$/i.test(previous) && (!/^\p{Lu}/u.test(previous) || /^(?:the|his|her|its|their|these|those|our|my|your|a|an|this|that|such|some|many|new|further)$/i.test(previous))) continue;
      }
      cues.push({ start, end, lemma, form: /ing(?: out)?$/.test(word) && !["bring"].includes(word) ? "participle" : "finite" });
    }
  }
  return cues;
}
