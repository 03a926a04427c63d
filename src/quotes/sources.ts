// The words that name a source around a cue: the subject before "said" ("Iraq's Oil Minister
// Adel Abdel Mahdi"), the name after an inverted cue ("said Pat Hogan, a spokesman for ..."),
// the object of "according to"; and how such words divide into a name and a role.
import type { SpeakerKind } from "../types.js";
import { MASK } from "./marks.js";

export interface SourcePhrase {
  /** Offsets relative to the masked sentence. */
  start: number;
  end: number;
  text: string;
  /** An appositive or title phrase that says what the source is ("a spokesman for the airport"). */
  role: string | null;
}

const PRONOUN = /^(?:he|she|they|it|we|i|you)$/i;
export const isPronoun = (s: string) => PRONOUN.test(s.trim());

const WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
// What may stand between a subject and its verb: auxiliaries, adverbs, times.
const BETWEEN_SUBJECT_AND_CUE = new RegExp(
  `(?:\\s+|^)(?:has|have|had|also|later|previously|further|earlier|then|again|separately|recently|would|will|could|may|might|once|first|repeatedly|publicly|reportedly|privately|already|since|subsequently|initially|yesterday|today|tonight|last\\s+(?:week|month|year|night)|this\\s+(?:week|month|year|morning|afternoon)|on\\s+${WEEKDAY}(?:\\s+(?:night|morning|evening|afternoon))?|${WEEKDAY}(?:\\s+(?:night|morning|evening|afternoon))?|in\\s+a\\s+statement|in\\s+an\\s+interview|who|which|had\\s+earlier|was\\s+quoted\\s+as|is\\s+quoted\\s+as|were\\s+quoted\\s+as)\\s*$`,
  "i",
);
const LEADING_CONNECTIVE = /^(?:(?:but|and|however|meanwhile|still|yet|so|now|separately|earlier|later|also|instead|then|in addition|moreover|further|furthermore|indeed|while|though|although|as|when|because|after|before|since|if|where|that)\b[,\s]*)+/i;
const BOUNDARY = /[,;:()\[\]\uE000]|(?:^|\s)(?:that|but|while|as|when|because|after|before|since|if|although|though|where|whether|so|than|and then|or|what|which|whom)(?=\s)/g;
const APPOSITIVE_ROLE = /^(?:a|an|the|his|her|its|their|our|who|whose|one of|head of|chief of|director of|\d+|[\p{Ll}])/u;
const COMMON_VERBS = new Set("cut set put hit made took gave won lost met saw got kept left ran sold bought paid fell rose grew began became held spent brought is was are were has had have".split(" "));

function trimEdges(text: string, start: number, end: number): [number, number] {
  while (start < end && /[\s,;:—–-]/.test(text[start]!)) start++;
  while (end > start && /[\s,;:—–-]/.test(text[end - 1]!)) end--;
  return [start, end];
}

const phrase = (masked: string, start: number, end: number, role: string | null = null): SourcePhrase | null => {
  [start, end] = trimEdges(masked, start, end);
  if (end <= start || masked.slice(start, end).includes(MASK)) return null;
  return { start, end, text: masked.slice(start, end), role };
};

/** A plausible source: short, and headed by a name, a pronoun or a noun, not a clause. */
function plausible(text: string): boolean {
  const words = text.split(/\s+/);
  if (words.length > 12 || !text) return false;
  if (isPronoun(text)) return true;
  if (/^(?:it|this|that|there|which|what|who)$/i.test(words.at(-1)!)) return false;
  // A clause's verb in the middle ("the truce was extended") means this is not a noun phrase.
  if (words.some((w) => /^(?:is|are|was|were|be|been|being|has|have|had|do|does|did|will|would|can|could|should|shall)$/i.test(w))) return false;
  return /[\p{L}]/u.test(text);
}

/** The subject before a cue: "Officials said", "Jane Doe, a spokeswoman, said", "a source briefed on the visit told". */
export function subjectBefore(masked: string, cueStart: number, from = 0): SourcePhrase | null {
  let end = cueStart;
  let pre = masked.slice(from, end);
  // "Daniel Price, 34, who told the crowd", "Robert Hale, who argued": the name the relative follows.
  const relative = /,\s*(?:who|which)\s+(?:(?:also|later|then|has|had|have)\s+)*$/i.exec(pre);
  if (relative) {
    const before = pre.slice(0, relative.index).replace(/,\s*\d{1,3}$/, "");
    const name = /([\p{Lu}][\p{L}'’.-]*(?:\s+(?:(?:bin|al|de|van|von)\s+)?[\p{Lu}][\p{L}'’.-]*){0,4})$/u.exec(before);
    return name ? phrase(masked, from + before.length - name[1]!.length, from + before.length) : null;
  }
  for (let m = BETWEEN_SUBJECT_AND_CUE.exec(pre); m && m[0].length; m = BETWEEN_SUBJECT_AND_CUE.exec(pre)) {
    end -= m[0].length;
    pre = masked.slice(from, end);
  }
  // "Sen. Carol Whitmore (R-Neb.), the lead negotiator, said": a party tag is part of the name.
  const trimmed = pre.replace(/\s+$/, "").replace(/\s*\([^()]{1,30}\)(?=,?$)/, "");
  end = from + Math.min(trimmed.length, pre.replace(/\s+$/, "").length);
  // "Jane Doe, a spokeswoman for the ministry, said": the name before the appositive, which
  // may hold commas of its own ("Desisa, born in the small, central town of Ambo, said").
  if (trimmed.endsWith(",")) {
    const inner = trimmed.slice(0, -1);
    for (let comma = inner.lastIndexOf(","); comma > 0; comma = inner.lastIndexOf(",", comma - 1)) {
      const appositive = inner.slice(comma + 1).trim();
      const head = subjectBefore(masked, from + comma, from);
      if (!head) continue;
      if (/^(?:such as|including)\b/i.test(appositive)) return head;
      if (/^for (?:his|her|its|their|our) part$/i.test(appositive)) return head;
      if (APPOSITIVE_ROLE.test(appositive) && /\p{Lu}/u.test(head.text[0] ?? "")) return { start: head.start, end: head.end, text: head.text, role: appositive.replace(/^who is\s+/i, "") };
      // "Its director, Sunita Bhamra, said": the name is the appositive, the role stands before it.
      const name = nameParts(appositive);
      if (name.name && name.name.split(/\s+/).length >= 2 && (/^(?:the|its|his|her|their|our|a|an)\s/i.test(head.text) || /^[\p{Lu}][\p{L}.&-]*(?:\s[\p{Lu}][\p{L}.&-]*)*['’]s\s/u.test(head.text)) && appositive.split(/\s+/).length <= 6) {
        const s0 = from + comma + 1 + (inner.slice(comma + 1).length - inner.slice(comma + 1).trimStart().length);
        return { start: s0, end: s0 + appositive.length, text: appositive, role: head.text };
      }
    }
    return null;
  }
  // The last stretch after a boundary is the subject.
  // A subject is at most a dozen words: only the last 150 characters are looked through.
  const window = Math.max(0, trimmed.length - 150);
  let start = window;
  BOUNDARY.lastIndex = 0;
  const scanned = `${trimmed.slice(window)} `;
  for (let m = BOUNDARY.exec(scanned); m; m = BOUNDARY.exec(scanned)) {
    // "US and Israeli officials", "Hamas and Israel": "and" between capitals stays inside.
    start = window + m.index + m[0].length;
  }
  const lead = LEADING_CONNECTIVE.exec(trimmed.slice(start));
  if (lead) start += lead[0].length;
  if (start >= trimmed.length) return null;
  const found = phrase(masked, from + start, end);
  if (found && /^(?:and|but|or|nor|then|so|yet|also|however|while|as|not)$/i.test(found.text)) return null;
  // "the packaged-food maker cut its forecast and said": the subject is before the first verb.
  if (found && /\sand$/.test(found.text)) {
    const words = found.text.split(/\s+/);
    const verb = words.findIndex((w, i) => i > 0 && (/^\p{Ll}+ed$/u.test(w) || COMMON_VERBS.has(w)));
    if (verb <= 0) return null;
    const text = words.slice(0, verb).join(" ");
    return plausible(text) ? { start: found.start, end: found.start + text.length, text, role: found.role } : null;
  }
  return found && plausible(found.text) ? found : null;
}

/** The source after an inverted cue or "according to": "said Pat Hogan, a spokesman for the airport." */
export function objectAfter(masked: string, cueEnd: number): SourcePhrase | null {
  const rest = masked.slice(cueEnd);
  const m = /^\s*((?:(?:the|a|an|one|two|three|several|some|many)\s+)?(?:(?:\p{L}\.){2,}|(?:Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|Dr|Mr|Mrs|Ms|Prof|St|Rev|Hon|Insp|Det|Supt|Cllr|Coun|Maj|Adm|Cmdr)\.|(?:[^\s,.;:!?\uE000—–()]|\.(?=\S))+)(?:\s+(?!(?:on|in|at|to|after|before|during|when|while|as|who|adding|saying|noting|that|and|but|according|because|if|published|released|issued|conducted|carried|led|funded|seen|obtained|reviewed|based|compiled|commissioned|of\s+the\s+(?:\w+\s+)?(?:killed|dead|wounded))\b)(?:(?:\p{L}\.){2,}|(?:[^\s,.;:!?\uE000—–()]|\.(?=\S))+)){0,9})/iu.exec(rest);
  if (!m) return null;
  const start = cueEnd + m[0].length - m[1]!.length;
  let end = start + m[1]!.length;
  let text = masked.slice(start, end);
  // "according to US officials familiar with the talks": a description may go on with "of", "for", "familiar with".
  const role = /^,\s*((?:a|an|the|his|her|its|who)\b[^,.;:!?\uE000]{2,120})/i.exec(masked.slice(end));
  if (!/^(?:the|a|an|one)\s/i.test(text) && !/^\p{Lu}/u.test(text) && !isPronoun(text)) {
    if (!/^[\p{Ll}]/u.test(text) || text.split(/\s+/).length > 4) return null;
  }
  // Trailing lowercase words after a name belong to the sentence, not the name: "said Smith yesterday".
  const words = text.split(/\s+/);
  if (/^\p{Lu}/u.test(words[0]!) && words.length > 1) {
    let keep = words.length;
    while (keep > 1 && /^[\p{Ll}\d]/u.test(words[keep - 1]!) && !/^(?:of|de|al|bin|van|von|da|du|la|le)$/.test(words[keep - 1]!)) keep--;
    if (keep < words.length) {
      text = words.slice(0, keep).join(" ");
      end = start + masked.slice(start).indexOf(text) + text.length;
    }
  }
  if (!plausible(text)) return null;
  const roleText = role && !/\b(?:will|would|is|was|are|were|has|have|had|can|could|should|may|might)\b/.test(role[1]!) && role[1]!.split(/\s+/).length <= 14 ? role[1]!.trim() : null;
  return { start, end, text, role: roleText };
}

// ---------- names and roles ----------
const TITLES = new Set(
  ("mr mrs ms miss dr prof professor sir dame lord lady rev coun cllr sen senator rep gov governor gen general col colonel capt captain lt sgt det insp supt " +
    "president minister director head chief executive secretary spokesman spokeswoman spokesperson mayor leader chairman chairwoman chair ceo cfo coo md " +
    "commander officer manager founder analyst economist coach ambassador envoy judge justice lawyer attorney prosecutor inspector superintendent sheriff " +
    "chancellor premier king queen prince princess sheikh pope cardinal bishop imam rabbi deputy vice acting interim former").split(" "),
);
const COURTESY = /^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Lord|Lady|Sheikh|Rev|Cllr|Coun|Sen|Rep|Gov|Gen|Col|Capt|Lt|Sgt|Det|Insp|Supt)\.?$/;
const ORGANISATION_WORD = /^(?:Agency|Ministry|Department|Office|Council|Company|Bank|University|Police|Commission|Authority|Association|Union|Party|Committee|Board|Institute|Foundation|Service|Court|Government|Army|Organisation|Organization|Corporation|Inc|Ltd|Group|Survey|Bureau)$/;
const NAME_PARTICLE = /^(?:of|the|for|and|&|de|del|della|di|da|dos|du|la|le|van|von|der|den|bin|ibn|al|el|ben|abu|y)$/;
const NAME_PREFIX = /^(?:al|el|bin|ibn|abu|de|van|von|ben)-/i;
const isCapitalised = (w: string) => /^[\p{Lu}\d]/u.test(w) || NAME_PREFIX.test(w);
const isPossessive = (w: string) => /['’]s?$/.test(w) && w.length > 2;

export interface NameParts {
  /** The proper name at the end of the phrase, or null for a description ("one official"). */
  name: string | null;
  /** What stands before the name ("Iraqi Oil Minister"), when anything does. */
  role: string | null;
  /** A courtesy title before a surname: "Mr", "Dr", "Coun". */
  title: string | null;
}

/** "Director of the CIA William Burns" gives William Burns and "Director of the CIA". */
export function nameParts(text: string): NameParts {
  // Greg “Stumpy” Halloran: the nickname is no part of the name.
  const words = text.trim().split(/\s+/).filter((w, i, all) => !(i > 0 && i < all.length - 1 && /^["“‘'].+["”’']$/.test(w)));
  let i = words.length;
  while (i > 0) {
    const w = words[i - 1]!;
    const bare = w.replace(/[.,]$/, "");
    if (isCapitalised(w) && !isPossessive(w)) {
      if (i < words.length && TITLES.has(bare.toLowerCase())) break;
      // "... Intelligence Agency William Burns": a body's name ends where a person's begins.
      if (words.length - i >= 2 && ORGANISATION_WORD.test(bare) && /^\p{Lu}\p{Ll}/u.test(words[i]!)) break;
      i--;
      continue;
    }
    // Particles inside a name: "Ministry of Emergency Management", "bin Salman", "de la Cruz".
    if (NAME_PARTICLE.test(w) && i < words.length && i > 1 && isCapitalised(words[i - 2]!) && !isPossessive(words[i - 2]!)) {
      if (w === "the" && TITLES.has(words[i - 2]!.toLowerCase())) break;
      i--;
      continue;
    }
    break;
  }
  // A weekday or a month is a date, never a source's name.
  if (i < words.length && words.slice(i).every((w) => /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/.test(w))) i = words.length;
  // Leading "The" belongs to the sentence, not the name.
  while (i < words.length && /^(?:the|a|an)$/i.test(words[i]!)) i++;
  while (i < words.length && NAME_PARTICLE.test(words[i]!) && !NAME_PREFIX.test(words[i]!)) i++;
  if (i >= words.length) return { name: null, role: null, title: null };
  let nameWords = words.slice(i);
  let title: string | null = null;
  // The courtesy title the walk stopped at: "Mr Burns", "Dr. Patel".
  if (i > 0 && COURTESY.test(words[i - 1]!)) {
    title = words[i - 1]!;
    i--;
  }
  // A courtesy title opening the name: "Mr Burns", "Dr. Patel".
  while (nameWords.length > 1 && TITLES.has(nameWords[0]!.replace(/\.$/, "").toLowerCase())) {
    title = title ? `${title} ${nameWords[0]}` : nameWords[0]!;
    nameWords = nameWords.slice(1);
  }
  let role = words.slice(0, i).join(" ").trim() || null;
  if (title && !role) role = null;
  if (role && (/^(?:the|a|an)$/i.test(role) || (/^\p{Lu}[\p{L}.-]*['’]s?$/u.test(role)))) role = null;
  if (role && title) role = `${role} ${title}`;
  else if (title && !["Mr", "Mrs", "Ms", "Miss", "Mr.", "Mrs.", "Ms.", "Dr", "Dr.", "Sir", "Dame"].includes(title)) role = title;
  return { name: nameWords.join(" "), role, title };
}

// ---------- kinds ----------
const MEDIA = /\b(?:CNN|BBC|Reuters|AP|AFP|Associated Press|Agence France-Presse|Bloomberg|Al Jazeera|Xinhua|TASS|RIA|Interfax|IANS|PTI|ANI|CCTV|NHK|Yonhap|Kyodo|Fox News|NBC|CBS|ABC|Sky News|NPR|PBS|Guardian|Times|Post|Journal|Telegraph|Herald|Tribune|Gazette|Daily|News|Chronicle|Independent|Observer|Economist|Politico|Axios|Haaretz|Wafa|SPA|WAM|IRNA|Anadolu|Bernama|Antara|Kompas|Dawn|Hindu)\b|\b(?:broadcaster|newspaper|news agency|state media|state television|state TV|outlet|magazine|television|radio|tabloid|daily|website|report|reports)\b/;
const ORGANISATION = /\b(?:Ministry|Department|Office|Agency|Council|Company|Inc|Ltd|Corp|Corporation|Group|Bank|University|Police|Survey|Commission|Authority|Association|Union|Party|Committee|Board|Institute|Foundation|Services?|Court|Government|Army|Forces|Navy|Organisation|Organization|Federation|Trust|Fund|Club|Airport|Airlines?|Hospital|School|College|Centre|Center|Bureau|Administration|Embassy|Parliament|Congress|Senate|Cabinet|Secretariat|Society|Network|Partners|Alliance|Forum|Coalition|Chamber|Movement|Front|League|Initiative|Project|Campaign|Watch|Trust|Federation|Confederation|Syndicate|Cooperative|Co-operative|Collective|Consortium|Holdings|Technologies|Systems|Motors|Energy|Pharma|Pharmaceuticals|Capital|Industries|International|Instruments|Foods|Airways|Electronics|Software|Labs|Media|Resources|Mining|Metals|Logistics|Solutions|Brands|Stores|Retail|Insurance|Properties|Communications|Networks|Entertainment|Semiconductors?|Telecom|Automotive|Shipping|Ventures|Enterprises|Corp\.|Co\.|plc|LLC|AG|SA|GmbH|NV)\b|\b(?:ministry|department|office|agency|council|company|firm|group|bank|police|government|authority|authorities|regulator|watchdog|retailer|maker|airline|operator|developer|manufacturer|insurer|lender|carrier|chain|charity|club|team|website|organisation|organization|court|army|military|embassy|consulate|prosecutors?|statement|bureau|service|institute|centre|center|commission|board|secretariat|directorate|inspectorate|office)\b/;
export const GROUP = /\b(?:officials|residents|analysts|experts|witnesses|sources|authorities|protesters|protestors|lawmakers|legislators|doctors|people|activists|critics|economists|traders|investors|researchers|scientists|workers|villagers|locals|organisers|organizers|rescuers|medics|police|parents|students|teachers|families|relatives|neighbours|neighbors|leaders|ministers|diplomats|observers|campaigners|unions|officers|troops|militants|rebels|insiders|executives|others|members|fans|players|voters|citizens|survivors|scholars)\b/i;
const ANONYMOUS = /^(?:a|an|one|another|the)\s+(?:(?:senior|junior|top|local|former|second|third|western|israeli|us|u\.s\.|european|government|police|military|security|administration|white house|diplomatic|intelligence|hospital|health|industry|company|party|palestinian|iraqi|iranian|russian|ukrainian|chinese|indian|pakistani|british|french|german|\w+)\s+){0,3}(?:source|official|person|spokesperson|spokesman|spokeswoman|insider|diplomat|aide|officer|witness|resident|analyst|expert|employee|member|worker|staffer|adviser|advisor|executive|representative)\b/i;

export function speakerKind(text: string, name: string | null): SpeakerKind {
  if (isPronoun(text)) return /^(?:they|we)$/i.test(text) ? "group" : /^it$/i.test(text) ? "organisation" : "person";
  const nameText = name ?? "";
  if (MEDIA.test(nameText)) return "media";
  if (name && ORGANISATION.test(nameText)) return "organisation";
  if (name && /^\p{Lu}\p{Ll}+$/u.test(name) && GROUP.test(name) && name === text.trim()) return "group";
  if (!name && ANONYMOUS.test(text)) return "anonymous";
  if (!name && MEDIA.test(text)) return "media";
  if (GROUP.test(name ? "" : text)) return "group";
  if (!name && ORGANISATION.test(text)) return "organisation";
  if (name) {
    const words = name.split(/\s+/);
    // A one-word name first met without a title is a company or body ("Dealz", "Rightmove"), an
    // all-capitals word an acronym ("CNN", "TI").
    if (words.length === 1 && (/^[\p{Lu}\d&.-]{2,}$/u.test(name) || !/\b(?:Mr|Mrs|Ms|Dr|Prof)\b/.test(text))) return "organisation";
    return "person";
  }
  return GROUP.test(text) ? "group" : "anonymous";
}
