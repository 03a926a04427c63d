// What a single line of a copied page is, judged on its own: page furniture, a byline, a
// caption, a credit, a reading time. Where a line sits is judged in body.ts and header.ts.
import type { DropReason } from "../types.js";

const STOPWORDS = new Set(
  ("a an the and or but if of to in on at by for with from as into about over after before than that this these those " +
    "is are was were be been being has have had do does did will would can could should may might must " +
    "it its he she they we i you his her their our your him them us who whom which what when where while " +
    "not no so also just more most other such only then there here up out said says says").split(" "),
);

// Punctuation stripped from the ends of a word: ASCII non-alphanumerics and the common
// typographic marks. Scanning char codes keeps this hot path free of Unicode regexes.
const EDGE_MARKS = new Set([0x201c, 0x201d, 0x2018, 0x2019, 0x2014, 0x2013, 0x2026, 0xab, 0xbb, 0x2022, 0xb7, 0xa0]);
function isEdgeMark(c: number): boolean {
  if (c < 128) return !((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122));
  return EDGE_MARKS.has(c);
}

const isSpace = (c: number) => c <= 32 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x3000 || c === 0x202f;

/** How many words `words` would give, at most `limit`, without making them. */
export function countWords(text: string, limit: number): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length && n < limit; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) inWord = false;
    else if (!inWord && !isEdgeMark(c)) {
      inWord = true;
      n++;
    }
  }
  return n;
}

/** Whitespace-separated words with surrounding punctuation removed, at most `limit` of them. */
export function words(text: string, limit = Infinity): string[] {
  const out: string[] = [];
  const n = text.length;
  let i = 0;
  while (i < n && out.length < limit) {
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    let s = i;
    while (i < n && !isSpace(text.charCodeAt(i))) i++;
    let e = i;
    while (s < e && isEdgeMark(text.charCodeAt(s))) s++;
    while (e > s && isEdgeMark(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push(text.slice(s, e));
  }
  return out;
}

/** Share of function words, over the first 40 words (enough to tell prose from a list). */
export function stopwordRatio(ws: string[]): number {
  const count = Math.min(ws.length, 40);
  if (!count) return 0;
  let n = 0;
  for (let i = 0; i < count; i++) if (STOPWORDS.has(ws[i]!.toLowerCase())) n++;
  return n / count;
}

/** Ends like a sentence: full stop, question, exclamation, or a closing quote after one. */
export const ENDS_SENTENCE = /[.!?…]["'”’»)\]]*$|[.!?,]["”’»]$/;
export function endsSentence(text: string): boolean {
  return ENDS_SENTENCE.test(text.length > 6 ? text.slice(-6) : text);
}

/** Share of words that start with a capital letter (headline case, menus, names). */
export function capitalRatio(ws: string[]): number {
  if (!ws.length) return 0;
  let n = 0;
  for (const w of ws) {
    const c = w.charCodeAt(0);
    if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c > 127 && w[0] !== w[0]!.toLowerCase())) n++;
  }
  return n / ws.length;
}

// ---------- furniture lexicon: a line that is only this is not article text ----------

// Whole lines, lower-cased, marks and spaces normalised. Looked up in a map: one big regex of
// these phrases would cost more to compile than parsing an article.
const PHRASES: Record<Exclude<DropReason, "page-title" | "reading-time" | "duplicate" | "cookie-notice">, string> = {
  navigation:
    "skip to content|skip to main content|skip to the content|skip to article|skip to the article|skip to navigation|skip to main navigation|skip navigation|skip to search|jump to content|jump to main content|jump to navigation|menu|main menu|open menu|close menu|navigation|main navigation|open navigation|close navigation|toggle navigation|search|search our archive|search the site|search site|search icon|home|homepage|sign in|sign up|sign out|log in|login|log out|logout|register|my account|back to top|go to top|back to home|sections|topics|categories|all categories|close|open|more|previous|next|accept|accept all|accept cookies|accept all cookies|all >",
  share:
    "share|shares|share this|share this article|share this story|share this page|share this post|share the article|share the story|share article|share story|share page|share via|share via email|share on facebook|share on twitter|share on x|share on linkedin|share on whatsapp|share on email|share on reddit|share on pinterest|share tweet|tweet|tweet this|email|e-mail|email this|email this article|print|print this|print this article|print this page|print article|copy link|copy the link|copy link to clipboard|link copied|facebook|twitter|x|whatsapp|linkedin|pinterest|reddit|messenger|telegram|flipboard|tumblr|pocket|instagram|youtube|save|save article|save for later|save this|saved|read later|save to read later|bookmark|gift article|gift this article|comment|follow|follow us|listen|listen to this article|listen to this story|listen to article",
  comments:
    "comment|comments|view comments|show comments|read comments|see comments|hide comments|load comments|load more comments|view all comments|show all comments|read all comments|post a comment|add a comment|write a comment|leave a comment|leave a reply|cancel reply|leave a reply cancel reply|reply|replies|report|report abuse|report comment|join the conversation|join the discussion|no comments|no comments yet|comments are closed|comments are closed on this article|top rated comments|reader comments|readers comments|readers' comments|recent comments|most popular|newest|oldest|view all|(view all)",
  advertisement:
    "advertisement|advertising|advert|ad|ads|sponsored|sponsored content|sponsored stories|sponsored links|promoted|promoted content|promoted stories|paid post|paid content|story continues below|story continues below advertisement|article continues below|article continues after advertisement|continue reading|continue reading below|continue reading the main story|scroll to continue|scroll down to continue|scroll to continue with content|supported by|partner content|click to skip ad",
  newsletter:
    "sign up|sign up now|sign up today|sign up here|subscribe|subscribe now|subscribe today|subscribe here|newsletter|newsletters|newsletter signup|newsletter sign-up|newsletter sign up|enter your email|enter your email address|your email|your email address|keep up to date|stay up to date",
  "related-links":
    "related|related articles|related article|related stories|related content|related coverage|related news|related posts|related topics|related links|related reading|related video|related videos|more stories|more news|more articles|more headlines|read more|read next|read also|also read|more to read|read the full report here|read the full report|read the full story|read the full statement|read the full study|read more here|click here to read more|you may also like|you might also like|you may be interested in|you might be interested in|you may have missed|you might have missed|recommended|recommended for you|recommended stories|recommended articles|recommended reading|most read|most popular|most viewed|most shared|most emailed|most watched|top read|top stories|trending|trending now|trending stories|trending news|see also|editor's picks|editors picks|editor's choice|latest|latest news|latest stories|latest articles|latest posts|latest headlines|what to read next|around the web|from the web|from our partners|don't miss|dont miss|popular now|popular today|popular stories|in case you missed it|in other news|up next|watch next|more on this story",
  footer:
    "privacy|privacy policy|privacy notice|privacy settings|terms|terms of use|terms of service|terms and conditions|terms & conditions|cookie policy|cookies policy|cookie settings|cookie preferences|cookies|contact|contact us|about|about us|careers|advertise|advertise with us|sitemap|site map|accessibility|help|faq|do not sell my info|do not sell my personal information|do not sell my personal info|manage preferences|manage cookies|all rights reserved",
  summary: "key points|key takeaways|takeaways|highlights|story highlights|what you need to know|in brief|at a glance|summary|the big picture|tl;dr|quick read|in short",
  furniture:
    "scorers|teams|line-ups|lineups|starting line-up|starting lineups|match facts|match stats|image|photo|video|audio|gallery|play video|watch|loading|loading...|please wait|please wait...|view gallery|view slideshow|view photos|enlarge|enlarge this image|toggle caption|hide caption|caption|expand|collapse|font size|a|aa|a-|a+|print this page",
};
const PHRASE_REASON = new Map<string, DropReason>();
for (const [reason, list] of Object.entries(PHRASES)) for (const p of list.split("|")) if (!PHRASE_REASON.has(p)) PHRASE_REASON.set(p, reason as DropReason);

// The forms with a variable part.
const FURNITURE_FORMS: [DropReason, RegExp][] = [
  ["share", /^(?:(?:share|follow)(?: [\w.@'’-]+){0,5} on (?:facebook|twitter|x|linkedin|whatsapp|email|instagram|flipboard|rss|youtube|tiktok|pinterest|reddit)|click to (?:share|email|print)\b.*|\d+ shares?)$/i],
  ["comments", /^(?:\[?\s*\d+\s+(?:comments?|responses?|replies|thoughts)\b.*|comments?(?: \(\d+\)|:.*)|(?:leave a (?:reply|comment)|your email address will not be published|required fields are marked|save my name,? email|notify me of (?:new|follow-up)|this site uses akismet|be the first to comment|read the rules here)\b.*|[\w .'’@-]{1,40} says:?)$/i],
  ["newsletter", /\b(?:subscribe to (?:our|the) (?:[\w-]+ )?newsletter|sign up (?:for|to) (?:our|the) (?:[\w-]+ ){0,3}newsletter|newsletter sign-?up)\b|^(?:get (?:our|the) .{0,40}newsletter|thanks? (?:you )?for signing up|by signing up|you have success?fully subscribed)/i],
  ["related-links", /^(?:more (?:from|on|about|in) .{1,60}|more articles (?:from|by) .{1,40})$/i],
  ["footer", /^(?:©|\(c\)|copyright\b|all rights reserved)/i],
  ["furniture", /^(?:powered by .{1,40}|first published\b.*|\d+\s*(?:photos|images|slides))$/i],
  ["furniture", /^(?:scorers?|teams?|tries|conversions?|penalties|penalty|drop goals?|referee|attendance|venue|line-?ups?|substitutes|subs|yellow cards?|red cards?|bookings|man of the match|player of the match|half-?time|full-?time)\s*:.*$/i],
  ["footer", /^(?:about (?:the )?[a-z0-9][\w&.'’ -]{1,40}|media contacts?:?.*|press contacts?:?.*|for more information,? (?:visit|contact|please).*)$/i],
];

// Marks that decorate furniture lines: bullets, arrows, pipes, "×" close buttons.
const MARKS = new Set("|•·›»>«<←→↑↓▶►▸▾▼✕×+-–—*#:".split(""));

/** Lower-cased, marks trimmed from both ends, whitespace runs as one space, curly apostrophes straight. */
function furnitureKey(text: string): string {
  let s = 0;
  let e = text.length;
  while (s < e && (text.charCodeAt(s) <= 32 || MARKS.has(text[s]!))) s++;
  while (e > s && (text.charCodeAt(e - 1) <= 32 || (MARKS.has(text[e - 1]!) && text[e - 1] !== "-" && text[e - 1] !== "*"))) e--;
  let key = text.slice(s, e).toLowerCase();
  if (/\s\s|[\t\u00a0’‘]/.test(key)) key = key.replace(/\s+/g, " ").replace(/[’‘]/g, "'");
  return key;
}

// A variable form can only match when one of these words is there: test them first.
// The first words the variable forms open with: a set lookup before any pattern runs.
const FORM_FIRST = new Set(
  ("share follow click leave your required save notify this be read more copyright all powered first about media press for " +
    "scorers scorer teams team tries conversions conversion penalties penalty drop referee attendance venue lineups line-ups " +
    "substitutes subs yellow red bookings man player half-time halftime full-time fulltime comments comment get thanks thank by you subscribe sign (c)").split(" "),
);
function formHint(key: string): boolean {
  const c = key.charCodeAt(0);
  if ((c >= 48 && c <= 57) || c === 91 || c === 0xa9) return true; // "34 comments", "[ 167 comments ]", "©"
  const space = key.indexOf(" ");
  const first = (space < 0 ? key : key.slice(0, space)).replace(/[:.,!?]+$/, "");
  return FORM_FIRST.has(first) || key.endsWith(" says") || key.includes("newsletter");
}

/** "Home / Companies / News / Headline", "News > World > Asia": where the page sits. */
const BREADCRUMB = /^[^/>»›]{1,40}(?:\s(?:\/|>|»|›)\s[^/>»›]{1,120}){2,}$|^[^/>»›.!?]{1,40}(?:\s[»›]\s[^/>»›.!?]{1,60})+$/;

/** A line that is page furniture and nothing else, with why. Long lines are never furniture here. */
export function furnitureReason(text: string, wordCount: number): DropReason | null {
  if (text.length <= 250 && (text.includes(" / ") || text.includes(" > ") || text.includes(" » ") || text.includes(" › ")) && BREADCRUMB.test(text)) return "navigation";
  // "Home   World   Business   Health": a menu copied as one line, items apart by wide gaps.
  if (text.length <= 250 && (text.includes("  ") || text.includes("\t")) && (text.match(/\S(?: {2,}|\t+)(?=\S)/g)?.length ?? 0) >= 3 && !/[.!?]$/.test(text)) return "navigation";
  // Furniture is a few words; the longest forms ("be the first to comment on this article") stay under 16.
  if (text.length > 160 || wordCount > 16) return null;
  const key = furnitureKey(text);
  if (!key) return "furniture";
  const phrase = PHRASE_REASON.get(key) ?? PHRASE_REASON.get(key.replace(/[.:!]+$/, ""));
  if (phrase) return phrase;
  if (!formHint(key)) return null;
  for (const [reason, re] of FURNITURE_FORMS) if (re.test(key)) return reason;
  return null;
}

/** The facts box after a match report: "Scorers:", "Teams:". */
const MATCH_FACTS = /^(?:scorers|teams|line-?ups|match facts|match stats|starting line-?ups?)\s*:?\s*$/i;

/** Headings after which the rest of the page is not the article: comments, related, newsletters. */
export function isSectionBreak(text: string, reason: DropReason | null): boolean {
  if (!reason || text.length > 60) return false;
  if (reason === "furniture") return MATCH_FACTS.test(text);
  if (reason === "footer") return /^(?:about\b|media contacts?\b|press contacts?\b)/i.test(text.trim());
  if (reason === "comments") return !/^(?:comment|reply|report.*|\d+ comments?)$/i.test(text.trim()) || /^\d+ comments?$/i.test(text.trim());
  if (reason === "related-links") return !/^(?:read more|latest|up next)$/i.test(text.trim());
  return reason === "newsletter" && /sign up|newsletter/i.test(text);
}

// ---------- reading time ----------
export const READING_TIME = /^(?:reading time:?\s*)?(?:about\s+)?\d+(?:\s*[-–]\s*\d+)?\s*(?:min(?:ute)?s?|mins?\.?)(?:\s+(?:read|reading|to read|listen))?(?:\s+time)?$|^(?:estimated )?reading time:?\s*\d+\s*min(?:ute)?s?\.?$/i;

// ---------- bylines ----------
const NAME_WORD = "(?:[A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE\\u0130\\u015A\\u0160\\u017B\\u017D\\u0141\\u0106\\u010C\\u0110\\u0600-\\u06FF][A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF\\u0600-\\u06FF\\u1E00-\\u1EFF'’.-]*|(?:de|da|del|della|der|van|von|bin|al|el|la|le|du|dos|di|ibn|ben)\\b)";
const NAME = `${NAME_WORD}(?:\\s+${NAME_WORD}){0,4}`;
const WHOLE_NAME = new RegExp(`^${NAME}$`);
/** A person's name alone on a line: two to five capitalised words. */
const PERSON_NAME_SHAPE = new RegExp(`^${NAME_WORD}(?:\\s+${NAME_WORD}){1,4}$`);

// Capitalised words that menus, sections and widgets are made of, and names rarely are.
const NOT_NAME_WORDS = new Set(
  ("news latest just in top stories story live watch listen video videos audio menu open close navigation search home sign log subscribe " +
    "share sharing social follow feedback ad ads advertisement sponsored more world local national international politics business economy " +
    "markets money tech technology science health climate environment education weather travel lifestyle life style culture arts food " +
    "sport sports opinion analysis features magazine podcast podcasts newsletter newsletters edition region city country rural urban " +
    "america americas africa asia europe middle east australia pacific india china uk us usa contact about privacy terms cookie cookies " +
    "settings help jobs careers classifieds obituaries events photos gallery galleries shop deals reviews review guide guides entertainment " +
    "quizzes puzzles games crosswords fact check for you today now breaking special report reports premium exclusive trending popular " +
    "read reading related topics topic coverage keyboard shortcuts player the of and our your my all new skip content main page site short url link links").split(" "),
);

/** A person's name alone: two to five capitalised words, none of them a menu word. */
export const PERSON_NAME = {
  test(text: string): boolean {
    if (!PERSON_NAME_SHAPE.test(text)) return false;
    return !text.split(/\s+/).some((w) => NOT_NAME_WORDS.has(w.toLowerCase()));
  },
};
const AGENCY = /^(?:[A-Z]{2,6}(?:\/[A-Z]{2,6})*|Reuters|(?:The )?Associated Press|Press Trust of India|Asian News International|Indo-Asian News Service|United News of India|Deutsche Presse-Agentur|Xinhua News Agency|Kyodo News|Yonhap News Agency|Bernama|Antara|(?:The )?Canadian Press|Australian Associated Press|PA Media|Agence France-Presse|Press Association|Bloomberg|Xinhua|Anadolu(?: Agency)?|dpa|Yonhap|Kyodo|IANS|PTI|ANI|AFP|AP|UPI|TNS|Staff|Staff reports?|From staff reports|Staff writers?|News desk|Web desk|Newsroom|Editorial (?:board|staff|team))$/;

const BY_PREFIX = /^(?:(?:written|reported|posted|story|words|text)\s+)?by[:\s]\s*/i;

export interface BylineMatch {
  names: string[];
}

/** Split "Jane Doe and John Roe", "Jane Doe, John Roe & Ann Poe" into names. */
function splitNames(s: string): string[] {
  return s
    .split(/\s*(?:,|;|&|\band\b|\bAND\b|\|)\s*/)
    .map((n) => n.replace(/^[\s,;:-]+|[\s,;:.-]+$/g, "").trim())
    .filter(Boolean);
}

const ROLE_TAIL = /\s*[,|–—-]\s*(?:(?:senior |chief |staff |special |political |foreign |business |sports |deputy |associate |contributing |freelance |managing |courts? |crime |health |science |tech(?:nology)? |education |city |local |digital |news |features |investigations? |legal |environment(?:al)? |economics? )*(?:writer|reporter|correspondent|editor|columnist|contributor|journalist|producer|analyst|critic)s?\b.*|for [A-Z].*|in [A-Z][A-Za-z]+.*)$/i;

/** "By Jane Doe and John Roe", "By IANS,", "/ CBS/AP", "Staff reports". */
export function bylineOf(text: string): BylineMatch | null {
  if (text.length > 120) return null;
  let t = text.trim();
  const by = BY_PREFIX.exec(t);
  if (by) {
    // "By Jane Doe | Fox News": what follows a separator is the outlet.
    t = t
      .slice(by[0].length)
      .split(/\s+[|•·/]\s+/)[0]!
      .replace(/\s+\([^)]*\)$/, "") // "(Marseille, correspondent)"
      .replace(/\s+with\s+(?:AP|AFP|Reuters|dpa|agencies|wires|[A-Z]{2,5})(?:,\s*[A-Za-z]{2,6})*$/i, "")
      .replace(ROLE_TAIL, "");
    let names = splitNames(t);
    if (!names.length || names.length > 6) return null;
    if (!names.every((n) => WHOLE_NAME.test(n) || AGENCY.test(n) || OUTLET.test(n))) return null;
    // "By Rohan Mehta, CNN": the outlet after a person is not a second author.
    const people = names.filter((n) => !OUTLET.test(n) && !(AGENCY.test(n) && n.length <= 6));
    if (people.length) names = people;
    return { names };
  }
  // "Story: Aoife Brennan; Photos: Declan Ruane", "— Tomás Ferreira, Associated Press".
  const labelled = /^(?:story|words|text|reporting|report)\s*:\s*([^;|]{4,40}?)\s*(?:[;|]\s*(?:photos?|pictures?|images?|video|graphics?)\s*:.*)?$/i.exec(t);
  if (labelled && PERSON_NAME.test(labelled[1]!)) return { names: [labelled[1]!] };
  const signOff = /^[—–]\s*([^,]{4,40}),\s*(.{2,40})$/.exec(t);
  if (signOff && PERSON_NAME.test(signOff[1]!) && (isAgencyName(signOff[2]!) || OUTLET.test(signOff[2]!))) return { names: [signOff[1]!] };
  const titled = NAME_WITH_ROLE.exec(t) ?? NAME_IN_PLACE.exec(t);
  if (titled && PERSON_NAME.test(titled[1]!)) return { names: [titled[1]!] };
  const slash = /^\/\s*([A-Z\u00C0-\u00D6\u00D8-\u00DE][A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u0370-\u03FF\u0400-\u04FF/ ]{1,30})$/.exec(t);
  if (slash && AGENCY.test(slash[1]!.trim())) return { names: [slash[1]!.trim()] };
  if (/^(?:from )?staff reports?$|^staff writers?$/i.test(t)) return { names: [t] };
  return null;
}

/** An outlet's name: "CNN", "Fox News", "The Washington Post". */
const OUTLET = /^(?:[A-Z]{2,5}|[A-Z]{2,10} \d{1,3}|(?:The )?[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3} (?:News|Times|Post|Journal|Herald|Tribune|Press|Media|Network|Radio|TV|Television|Magazine|Telegraph|Guardian|Independent|Express|Mail|Gazette|Chronicle|Observer|Review|Online|Daily|Today|Digital))$/;

const ROLE_WORDS =
  "(?:reporter|writer|correspondent|editor|columnist|contributor|journalist|producer|analyst|critic|photographer|presenter|anchor|commentator|intern)s?";
/** "Farah Al Mansoori, Senior Reporter": a name, a comma, a job title. */
const NAME_WITH_ROLE = new RegExp(`^(${NAME}),\\s+(?:[A-Z][\\w&'’-]*\\s+){0,4}${ROLE_WORDS}(?:,.*)?$`, "i");
/** A byline line without "By": a person's name, "Name in Place", or an agency alone. */
export function bareByline(text: string): string[] | null {
  if (text.length > 60) return null;
  // "Simon Hale, Reuters", "— Tomás Ferreira, Associated Press": an author and the agency.
  const withAgency = /^(?:[—–-]\s*)?([^,]{4,40}),\s*(.{2,30})$/.exec(text);
  if (withAgency && PERSON_NAME.test(withAgency[1]!) && (isAgencyName(withAgency[2]!) || OUTLET.test(withAgency[2]!))) return [withAgency[1]!];
  if (PERSON_NAME.test(text) && !/^[A-Z\s.'’-]+$/.test(text)) return [text];
  // "Çağrı Öztürk and Elif Şahin": several names, each a person's.
  const several = text.split(/\s*(?:,|&|\band\b)\s*/).filter(Boolean);
  if (several.length > 1 && several.length <= 4 && several.every((n) => PERSON_NAME.test(n))) return several;
  const inPlace = NAME_IN_PLACE.exec(text);
  if (inPlace && PERSON_NAME.test(inPlace[1]!)) return [inPlace[1]!];
  return words(text).length <= 4 && (isAgencyName(text) || (OUTLET.test(text) && /[a-z]/.test(text))) ? [text] : null;
}

/** "Helena Voss in Amsterdam": an author and where the story was filed from. */
const NAME_IN_PLACE = new RegExp(`^(${NAME}) in [A-Z][A-Za-z.'’-]+(?: [A-Z][A-Za-z.'’-]+){0,2}$`);

/** A job title alone on a line, under the author's name: "Social Affairs Correspondent". */
export const ROLE_LINE = new RegExp(`^(?:[A-Z][\\w&'’-]*\\s+){0,4}${ROLE_WORDS}$`, "i");

/** "The Moscow Times", "South China Morning Post", "FRANCE 24": a site's name, not a headline. */
export function isOutletName(text: string): boolean {
  return text.length <= 40 && (OUTLET.test(text) || /^[A-Z][A-Z0-9 &.'’-]{1,30}$/.test(text) && /\d|[A-Z]{3}/.test(text) && !/\s[A-Z]{1,2}\s/.test(text));
}

export function isAgencyName(text: string): boolean {
  return AGENCY.test(text.trim());
}

// ---------- credits ----------
/** Agency and copyright credits at the end of a story. */
export function isCredit(text: string): boolean {
  if (text.length >= 200) return false;
  const c = text.charCodeAt(0);
  // ( - – — © open the short forms; the long forms name what they are.
  if (c !== 40 && c !== 45 && c !== 0x2013 && c !== 0x2014 && c !== 0xa9 && !(text.length > 100 ? CREDIT_HINT.test(text.slice(0, 60)) || CREDIT_HINT.test(text.slice(-40)) : CREDIT_HINT.test(text))) return false;
  return CREDIT.test(text);
}
const CREDIT_HINT = /[Rr]eporting by|REPORTING BY|ontributed to|nputs from|[Ee]diting by|[Cc]opyright|COPYRIGHT|[Ss]taff [Rr]eport|[Ww]ire [Rr]eport|STAFF|^[Ss]taff$/;
const CREDIT =
  /^(?:\((?:agencies|with (?:inputs|agency inputs) from [^)]*|(?:additional )?reporting by [^)]*|editing by [^)]*|compiled by [^)]*|[\w ]{0,40} contributed to this (?:report|story|article)[^)]*|AFP|AP|Reuters|IANS|PTI|ANI)\)\.?|[-–—]\s*(?:Reuters|AFP|AP|IANS|PTI|ANI|Bloomberg|Xinhua|dpa|UPI|AAP|Agencies)\.?|(?:additional )?reporting by .{2,120}|(?:with )?(?:inputs|agency inputs) from .{2,60}|editing by .{2,80}|(?:the )?associated press contributed to this (?:report|story)\.?|[\w .,'’&-]{2,60} contributed to this (?:report|story|article)\.?|(?:©|\(c\)|copyright)\s*.{0,100}|(?:staff|wire) reports?)$/i;

// ---------- captions ----------
const PHOTO_AGENCY =
  "(?:Getty(?: Images)?|AFP(?:/Getty Images)?|AP(?: Photo| [Ff]ile)?|Reuters|EPA(?:-EFE)?|Shutterstock|PA(?: Wire| Media)?|Bloomberg|Xinhua|Anadolu(?: Agency)?|Alamy|iStock(?:photo)?|NurPhoto|SOPA Images|WireImage|Corbis|Supplied|File(?: photo)?|Handout|Courtesy[^.]{0,40})";
const BRACKET_CREDIT = /\s*\[[^\]\n]{2,50}\]\.?$/;
const PAREN_CREDIT = /\s*\((?:(?:photo|image|picture|credit|photograph|pic)s?(?: by| credit)?:?\s*)?[^)\n]{2,50}\)\.?$/i;
const LABELLED_CREDIT = /\b(?:photo|image|picture|credit|photograph|pic|illustration)s?(?: by| credit)?\s*[:|/]\s*[^.\n]{2,60}$/i;
const AGENCY_AT_END = new RegExp(`(?:^|[.|/—–-]\\s*|\\s[|/—–-]\\s*)${PHOTO_AGENCY}\\.?$`);

/** A photo credit at the end of a caption: "[Getty]", "(Photo: AP)", "Getty", "Photo: X/Reuters". */
export function hasCaptionCredit(text: string): boolean {
  const tail = text.length > 70 ? text.slice(-70) : text;
  const last = tail.charCodeAt(tail.length - 1) === 46 ? tail.charCodeAt(tail.length - 2) : tail.charCodeAt(tail.length - 1);
  if (last === 93) return BRACKET_CREDIT.test(tail); // ]
  if (last === 41) return PAREN_CREDIT.test(tail) && /photo|image|picture|credit|getty|afp|reuters|\bap\b|epa|\([A-Z][\w.'’ -]{1,40}\/[A-Z][\w.'’ -]{1,40}\)\.?$/i.test(tail);
  if (/:|\|\//.test(tail) && LABELLED_CREDIT.test(tail)) return true;
  // "... © Jane Doe, AFP", "... Yuri Smityuk / TASS": a photographer and an agency in capitals.
  if ((tail.includes("©") || tail.includes("/")) && /©\s*[^.]{2,60}$|[A-Z][a-z]+ [A-Z][\w'’-]+ ?\/ ?[A-Z]{2,8}$/.test(tail)) return true;
  // Only look for an agency when the last word could end one.
  let end = tail.length;
  if (tail.charCodeAt(end - 1) === 46) end--;
  let start = end;
  while (start > 0 && ((tail.charCodeAt(start - 1) | 32) >= 97 && (tail.charCodeAt(start - 1) | 32) <= 122)) start--;
  const lastWord = tail.slice(start, end).toLowerCase();
  if (!AGENCY_LAST_WORDS.has(lastWord) && !tail.includes("ourtesy")) return false;
  return AGENCY_AT_END.test(tail);
}
const AGENCY_LAST_WORDS = new Set(
  "getty images afp ap photo reuters epa efe shutterstock pa wire media bloomberg xinhua anadolu agency alamy istock istockphoto nurphoto wireimage corbis supplied file handout".split(" "),
);
/** Credit lines alone: "Picture: Getty", "Photo: AP", "Image Credit: WeWork". */
const CREDIT_LINE = /^(?:(?:photo|image|picture|credit|photograph|pic|illustration|video)s?(?: by| credits?| source| copyright)?\s*[:|,]?\s+[^\n]{2,80}|\[[^\]\n]{2,50}\]|\((?:photo|image|picture)[^)\n]{2,60}\))$/i;
/** Caption openers: "Above: ...", "Pictured: ...", "File photo: ...". */
export const CAPTION_OPENER = /^(?:(?:above|below|top|left|right|pictured|photo|file photo|main image|image|picture|in pictures|caption)\s*[:|,—-]|(?:image|media|photo|video) caption\b[:,]?)\s*\S/i;

/** "Natalie Naccache | Bloomberg | Getty Images", "Jane Doe/AP": a photographer and an agency. */
export function isPhotoCreditLine(text: string): boolean {
  if (CREDIT_LINE.test(text)) return true;
  // "DEPARTMENT OF CONSERVATION/SUPPLIED", "REUTERS/Jane Doe": capitals with a slash.
  if (text.length <= 80 && /^[A-Z][A-Z .&'’-]+\/\s?[A-Z][A-Za-z .&'’-]+$/.test(text)) return true;
  return text.length <= 80 && /[|/]/.test(text) && !/[.!?]$/.test(text) && hasCaptionCredit(text) && !/\b(?:the|and|of|to|in)\b/.test(text);
}

/** A slug in capitals that agency photos carry above their caption: "CHINA-QUAKE". */
export const PHOTO_SLUG = /^[A-Z\u00C0-\u00D6\u00D8-\u00DE0-9]+(?:[-_/][A-Z\u00C0-\u00D6\u00D8-\u00DE0-9]+)+$/;

// ---------- datelines ----------
/**
 * The place that opens a news story: "NEW DELHI —", "Dhaka :", "DUBAI //", "Beijing --",
 * "VIENNA, June 5", "TEXAS CITY, Texas (FOX 26) —", "(Reuters) —".
 */
const DATELINE = new RegExp(
  "^(?:" +
    // PLACE[, Region][ (Agency)] followed by a dash, double slash or colon
    "(?:[A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE][A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF.'’-]*(?:[ -][A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE][A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF.'’-]*){0,3}(?:,\\s*[A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE][A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF.'’-]*(?:\\s[A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE][A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF.'’-]*){0,2})?(?:,?\\s+(?:" +
    "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2}))?(?:\\s*\\([^)\\n]{1,30}\\))?\\s*(?:—|–|--|-|//|:)(?=\\s))" +
    // (Agency) —
    "|(?:\\([A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE][A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF ]{1,25}\\)\\s*(?:—|–|--|-|:)(?=\\s))" +
    // PLACE IN CAPITALS, Month D (Reuters wire style, no dash)
    "|(?:[A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE]{2,}(?:[ -][A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE]{2,}){0,3}(?:,\\s*[A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE][A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF.]*)?,\\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2}(?:\\s*\\([^)\\n]{1,30}\\))?(?=\\s))" +
    ")",
  "u",
);

export function datelineOf(text: string): { text: string; length: number } | null {
  // Every dateline has a dash, a colon, slashes, a parenthesis or a date within its first words.
  const head = text.slice(0, 60);
  if (!/[—–:(/]|-|\d/.test(head)) return null;
  const m = DATELINE.exec(text);
  if (!m) return null;
  const raw = m[0];
  // The place must be short and the sentence must go on after it.
  if (raw.length > 50 || text.length < raw.length + 20) return null;
  const place = raw.replace(/\s*(?:—|–|--|-|\/\/|:)$/, "").trim();
  // "Mr Smith:" or "Update:" are not places: a dateline is capitals, a known agency, or has a comma/date.
  const isCaps = /^[A-Z\u00C0-\u00D6\u00D8-\u00DE0-9 ,.'’()-]+$/.test(place.replace(/\([^)]*\)/g, "")) && /[A-Z\u00C0-\u00D6\u00D8-\u00DE]{2}/.test(place);
  const hasSep = /[—–]|--|\/\/| -$/.test(raw) || /^\(/.test(raw);
  const isColonPlace = /:$/.test(raw.trim()) && /\s:$/.test(raw.trim());
  if (!isCaps && !hasSep && !isColonPlace && !/,\s+[A-Z\u00C0-\u00D6\u00D8-\u00DE][a-z]*\.?\s+\d/.test(raw)) return null;
  if (/^(?:update|updated|editor'?s note|note|correction|warning|breaking|exclusive|watch|read|listen|photos?|video)\b/i.test(place)) return null;
  return { text: raw, length: raw.length };
}

// ---------- lines that are about the page, not the story ----------
/** "READ MORE: <headline>", "Also Read | <headline>", "RELATED: ...": links set into the body. */
const LINK_LINE_PATTERN = /^(?:breaking(?: news)?|live(?: updates)?|developing|read more|also read|read also|more|related|related story|related stories|related articles?|related video|see also|must read|recommended|watch|watch now|listen|click here|top stories|trending|don'?t miss|more from [^:|]{1,30})\s*(?::|\||-|–|—|»|>)\s*\S/i;

const LINK_OPENERS = new Set("read also more related see must recommended watch listen click top trending don't dont breaking live developing".split(" "));
export function isLinkLine(text: string): boolean {
  const first = /^[A-Za-z']+/.exec(text)?.[0].toLowerCase();
  return first !== undefined && LINK_OPENERS.has(first) && LINK_LINE_PATTERN.test(text);
}

/**
 * Sentences every page of a site prints under its stories: wire-feed notes, follow-us and
 * app prompts, tag lists, disclaimers. They read like prose, so they are named here.
 */
// Sentences a site prints around its stories, each with its pattern. A pattern runs only when
// the line opens with one of its words or holds one of its tokens: compiling and running all of
// them on every line would cost more than the rest of the reading.
const PAGE_SENTENCES: [DropReason, RegExp][] = [
  ["furniture", /^\(?(?:this (?:story|article|report|copy)(?: by [^,]{2,60}?)? (?:has been|was|is) (?:published|auto-generated|generated|edited|not been edited|originally published|first published)|this (?:story|article) (?:has not been|was not) edited|(?:only )?the headline(?: and picture)? of this (?:report|story) may have been reworked|disclaimer\b|originally published\b|this (?:article|story) (?:originally )?appeared (?:on|in)\b|edited by\b|produced by\b)/i],
  ["share", /^(?:follow (?:us|[\w .&'’-]{1,40}) on (?:twitter|x|facebook|instagram|google news|linkedin|youtube|telegram|whatsapp|threads)|(?:like|join) us on (?:facebook|twitter|x|instagram|telegram|whatsapp)|click (?:here|to) (?:to )?(?:read|subscribe|follow|join|download|share|see|watch|get|sign)|download (?:the|our) [\w .&'’-]{1,30} app|get the [\w .&'’-]{1,30} app)\b/i],
  ["newsletter", /\binbox\b.{0,80}$|^.{0,80}\binbox\b|^get breaking news\b|\bdelivered (?:every |each )?(?:weekday|daily|week) ?(?:mornings?|evenings?)?\b|^(?:get (?:the latest|our|breaking)[\w ,'’-]{0,60}(?:news|headlines|updates|stories)?[\w ,'’-]{0,40}(?:delivered|in|to) (?:to )?your inbox|sign up (?:for|to) [\w .&'’-]{1,60}|subscribe (?:to|for) [\w .&'’-]{1,60}(?:newsletter|updates|alerts))/i],
  ["related-links", /^(?:tags?|topics?|related topics|filed under|categories|more on|more about|keywords)\s*[:|]?\s*$|^(?:tags?|topics?|filed under|categories|keywords)\s*:\s*\S/i],
  ["footer", /^[A-Z][\w.'’ -]{2,40} (?:is|was) an? (?:[\w-]+ ){0,4}(?:reporter|writer|correspondent|editor|journalist|columnist|contributor|producer|intern)\b|^[A-Z][\w.'’ -]{2,40} (?:covers|reports on|writes about|writes for|reports for) .{2,100}\.$/],
  ["newsletter", /^(?:support|subscribe to|donate to|become a (?:member|subscriber|supporter)|join)\b.{0,80}$|\bplease consider (?:supporting|subscribing|donating)\b|\byour support (?:is|means|matters|helps)\b|\bby (?:subscribing|donating|becoming a (?:member|subscriber)), you\b|\bjoin now!?$|\bfor the price of a coffee\b|\bquality journalism\b|\bindependent journalism\b|\b(?:join|follow) (?:[\w'’]+ ){0,3}(?:whatsapp|telegram) channel\b/i],
  ["footer", /\bonly be liable\b|\bsubject to change without notice\b|\bforward-looking statements?\b|\bappeared in the .{0,60}print edition\b|\bprint edition as\b/i],
  ["footer", /\b(?:may not be|must not be) (?:published|reproduced|broadcast|rewritten|redistributed|copied)\b/i],
  ["share", /\bdownload (?:the|our) [\w .&'’-]{1,40} app\b|you can now listen to\b/i],
  ["furniture", /\blocal democracy reporting service\b/i],
  ["furniture", /^(?:this article is more than \d+ (?:years?|months?) old|(?:catch|track|get|read) all the\b)/i],
  ["furniture", /^\(?(?:except for the headline|for (?:more|the latest) [\w ,&'’-]{2,60}(?:head to|visit|go to|download|follow|click|log on to|check out)|(?:track|catch) (?:all )?(?:the )?latest\b|our standards\b|all quotes delayed\b|this website (?:and associated newspapers )?adheres? to\b)/i],
  ["footer", /^(?:have a (?:news )?tip\??|got a (?:news )?tip\??|contact (?:the (?:writer|author|reporter)|us|[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}) (?:at|on|via)|email (?:the (?:writer|author|reporter) )?at|to contact the (?:reporter|editor|writer))\b/i],
  ["newsletter", /\b(?:free articles?|unlimited access|already a subscriber|to keep reading|subscribe to continue|continue reading with|subscribers only|for subscribers)\b/i],
];
const PAGE_SENTENCE_OPENERS = new Map<string, number[]>([
  ["this", [0, 10, 11]],
  ["only", [0]],
  ["disclaimer", [0]],
  ["originally", [0]],
  ["edited", [0]],
  ["produced", [0]],
  ["follow", [1]],
  ["like", [1]],
  ["join", [1, 5]],
  ["click", [1]],
  ["download", [1]],
  ["get", [1, 2, 10]],
  ["sign", [2]],
  ["subscribe", [2, 5]],
  ["tags", [3]],
  ["tag", [3]],
  ["topics", [3]],
  ["topic", [3]],
  ["related", [3]],
  ["filed", [3]],
  ["categories", [3]],
  ["more", [3]],
  ["keywords", [3]],
  ["support", [5]],
  ["donate", [5]],
  ["become", [5]],
  ["catch", [10, 11]],
  ["track", [10, 11]],
  ["read", [10]],
  ["except", [11]],
  ["for", [11]],
  ["our", [11]],
  ["all", [11]],
  ["have", [12]],
  ["got", [12]],
  ["contact", [12]],
  ["email", [12]],
  ["to", [12]],
]);
const PAGE_SENTENCE_TOKENS = new Map<string, number>([
  ["free article", 13],
  ["free articles", 13],
  ["unlimited access", 13],
  ["already a subscriber", 13],
  ["to keep reading", 13],
  ["subscribe to continue", 13],
  ["continue reading with", 13],
  ["subscribers only", 13],
  ["for subscribers", 13],
  ["please consider", 5],
  ["forward-looking", 6],
  ["by subscribing", 5],
  ["without notice", 6],
  ["can now listen", 8],
  ["print edition", 6],
  ["your support", 5],
  ["the headline", 0],
  ["by donating", 5],
  ["by becoming", 5],
  ["must not be", 7],
  ["journalism", 5],
  ["may not be", 7],
  ["delivered", 2],
  ["democracy", 9],
  ["join now", 5],
  ["download", 8],
  ["reports", 4],
  ["channel", 5],
  ["was an", 4],
  ["covers", 4],
  ["writes", 4],
  ["coffee", 5],
  ["liable", 6],
  ["inbox", 2],
  ["is an", 4],
  ["was a", 4],
  ["is a", 4],
]);
const PAGE_SENTENCE_TOKEN = /\b(?:already a subscriber|subscribe to continue|continue reading with|subscribers only|unlimited access|for subscribers|to keep reading|free articles|free article|please consider|forward-looking|by subscribing|without notice|can now listen|print edition|your support|the headline|by donating|by becoming|must not be|journalism|may not be|delivered|democracy|join now|download|reports|channel|was an|covers|writes|coffee|liable|inbox|is an|was a|is a)\b/g;

export function pageSentenceReason(text: string): DropReason | null {
  // These sentences are short, but for copyright notices; body paragraphs are mostly longer.
  if (text.length > 300 || (text.length > 200 && !/may not be|rights reserved|©/.test(text))) return null;
  const lower = text.toLowerCase();
  // Which patterns to try, as bits: by the first word, then by the tokens found.
  let mask = 0;
  const opener = /^\(?([a-z]+)/.exec(lower);
  for (const i of (opener && PAGE_SENTENCE_OPENERS.get(opener[1]!)) || []) mask |= 1 << i;
  PAGE_SENTENCE_TOKEN.lastIndex = 0;
  for (let m = PAGE_SENTENCE_TOKEN.exec(lower); m; m = PAGE_SENTENCE_TOKEN.exec(lower)) mask |= 1 << PAGE_SENTENCE_TOKENS.get(m[0])!;
  for (let i = 0; mask >> i; i++) {
    if (!((mask >> i) & 1)) continue;
    const [reason, pattern] = PAGE_SENTENCES[i]!;
    if (pattern.test(text)) return reason;
  }
  return null;
}
