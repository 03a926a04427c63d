// Page furniture said in words: menus, share bars, comment blocks, newsletter boxes, footers,
// links set into the story, and the sentences sites print around every story (appeals,
// disclaimers, wire-feed notes). A line that is only one of these is not article text.
import type { DropReason } from "../types.js";
import { foldedHash, foldedHashes, isAsciiLetter, MARK } from "./patterns.js";


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
    "next article|next story|previous article|previous story|scorers|teams|line-ups|lineups|starting line-up|starting lineups|match facts|match stats|image|photo|video|audio|gallery|play video|watch|loading|loading...|please wait|please wait...|view gallery|view slideshow|view photos|enlarge|enlarge this image|toggle caption|hide caption|caption|expand|collapse|font size|a|aa|a-|a+|print this page",
};
const PHRASE_REASON = new Map<string, DropReason>();
for (const [reason, list] of Object.entries(PHRASES)) for (const p of list.split("|")) if (!PHRASE_REASON.has(p)) PHRASE_REASON.set(p, reason as DropReason);
const LONGEST_PHRASE = Math.max(...[...PHRASE_REASON.keys()].map((p) => p.length));

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
// As char codes: a set of numbers costs less to look up than one-character strings made to ask,
// and a table for ASCII, where most lines start and end, less than the set.
const MARK_SET = new Set([..."|•·›»>«<←→↑↓▶►▸▾▼✕×+-–—*#:"].map((c) => c.charCodeAt(0)));
const ASCII_MARKS = new Uint8Array(128).map((_, c) => (MARK_SET.has(c) ? 1 : 0));
const isMark = (c: number) => (c < 128 ? ASCII_MARKS[c] === 1 : MARK_SET.has(c));

/** What makes a key need normalising: whitespace runs, tabs, no-break spaces, curly apostrophes. */
const UNEVEN = /\s\s|[\t\u00a0’‘]/;

/** The end of text without the marks around it (bullets, arrows, pipes, "×"), from `s`. */
function unmarkedEnd(text: string, s: number): number {
  let e = text.length;
  while (e > s && (text.charCodeAt(e - 1) <= 32 || (isMark(text.charCodeAt(e - 1)) && text.charCodeAt(e - 1) !== 45 && text.charCodeAt(e - 1) !== 42))) e--;
  return e;
}

/**
 * text[s..e) (the line without the marks around it) lower-cased, whitespace runs as one space,
 * curly apostrophes straight. `uneven` is false when the text is known to hold nothing to
 * normalise.
 */
function furnitureKey(text: string, s: number, e: number, uneven: boolean): string {
  const key = text.slice(s, e).toLowerCase();
  // Most keys are plain ASCII with single spaces: one pattern scan tells.
  return uneven && UNEVEN.test(key) ? key.replace(/\s+/g, " ").replace(/[’‘]/g, "'") : key;
}

// A variable form can only match when one of these words is there: test them first.
// The first words the variable forms open with: a set lookup before any pattern runs.
const FORM_FIRST = new Set(
  ("share follow click leave your required save notify this be read more copyright all powered first about media press for " +
    "scorers scorer teams team tries conversions conversion penalties penalty drop referee attendance venue lineups line-ups " +
    "substitutes subs yellow red bookings man player half-time halftime full-time fulltime comments comment get thanks thank by you subscribe sign (c)").split(" "),
);
const FORM_FIRST_HASHES = foldedHashes(FORM_FIRST);
/** : . , ! ? */
const isStop = (c: number) => c === 58 || c === 46 || c === 44 || c === 33 || c === 63;
const PHRASE_HASHES = foldedHashes(PHRASE_REASON.keys());
const NEWSLETTER = /newsletter/i;
/**
 * For a line with nothing to normalise, whose key is text[s..e) lower-cased: whether that key
 * may be a phrase or pass formHint. Found on the line as it is, so most lines are ruled out
 * without making the key (a lower-cased copy of a line costs more than these tests). Phrases
 * and form openers are ASCII, and only ASCII lower-cases to ASCII but for "İ" and the Kelvin
 * sign: the line must hold neither.
 */
function mayBeKeyed(text: string, s: number, e: number): boolean {
  if (e - s <= LONGEST_PHRASE && PHRASE_HASHES.has(foldedHash(text, s, e))) return true;
  let bare = e; // without the full stops, colons and exclamation marks after it
  while (bare > s && (text.charCodeAt(bare - 1) === 46 || text.charCodeAt(bare - 1) === 58 || text.charCodeAt(bare - 1) === 33)) bare--;
  if (bare < e && PHRASE_HASHES.has(foldedHash(text, s, bare))) return true;
  // What formHint looks at: the first character, the first word, " says" at the end, "newsletter".
  const c = text.charCodeAt(s);
  if ((c >= 48 && c <= 57) || c === 91 || c === 0xa9) return true;
  let end = text.indexOf(" ", s);
  if (end < 0 || end > e) end = e;
  while (end > s && isStop(text.charCodeAt(end - 1))) end--;
  if (FORM_FIRST_HASHES.has(foldedHash(text, s, end))) return true;
  if (e - s >= 5 && text.charCodeAt(e - 5) === 32 && SAYS === foldedHash(text, e - 4, e)) return true;
  return e - s >= 10 && NEWSLETTER.test(text);
}
const SAYS = foldedHash("says", 0, 4);

function formHint(key: string): boolean {
  const c = key.charCodeAt(0);
  if ((c >= 48 && c <= 57) || c === 91 || c === 0xa9) return true; // "34 comments", "[ 167 comments ]", "©"
  let end = key.indexOf(" ");
  if (end < 0) end = key.length;
  while (end > 0 && isStop(key.charCodeAt(end - 1))) end--;
  // The hash rules most first words out before one is cut out to be looked up.
  return (FORM_FIRST_HASHES.has(foldedHash(key, 0, end)) && FORM_FIRST.has(key.slice(0, end))) || key.endsWith(" says") || key.includes("newsletter");
}

/** "Home / Companies / News / Headline", "News > World > Asia": where the page sits. */
const BREADCRUMB = /^[^/>»›]{1,40}(?:\s(?:\/|>|»|›)\s[^/>»›]{1,120}){2,}$|^[^/>»›.!?]{1,40}(?:\s[»›]\s[^/>»›.!?]{1,60})+$/;

// What the menu tests below look for, found in one pass: most lines have none of it, and one
// loop over the characters costs less than a search per separator. MENU_HINT finds the lines
// that have any: a pattern of one character class scans faster than that loop.
const MENU_HINT = /[\t|/>»›]|  /;
const SEPARATED = 1; // " / ", " > ", " » ", " › "
const BARS = 2; // three or more " | "
const DIGIT = 4;
const GAP = 8; // two spaces or a tab
function menuMarks(text: string): number {
  let marks = 0;
  let bars = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) marks |= DIGIT;
    else if (c === 32 || c === 9) {
      // Reading past the end would make V8 slow every read here: look only within the line.
      const next = i + 1 < text.length ? text.charCodeAt(i + 1) : -1;
      if (next === 32 || next === 9 || c === 9) marks |= GAP;
      else if (i + 2 < text.length && text.charCodeAt(i + 2) === 32) {
        if (next === 47 || next === 62 || next === 0xbb || next === 0x203a) marks |= SEPARATED;
        else if (next === 124 && ++bars >= 3) marks |= BARS;
      }
    }
  }
  return marks;
}

/**
 * A line that is page furniture and nothing else, with why. Long lines are never furniture here.
 * `marks`: lineShape(text).marks, when the caller has them (they spare passes over the line).
 */
export function furnitureReason(text: string, wordCount: number, marks?: number): DropReason | null {
  if (text.length <= 250 && (marks !== undefined ? (marks & MARK.MENU) !== 0 : MENU_HINT.test(text))) {
    const marks = menuMarks(text);
    if (marks & SEPARATED && BREADCRUMB.test(text)) return "navigation";
    // "Home | News | Business | Culture": a menu with bars between its items.
    if (text.length <= 200 && (marks & (BARS | DIGIT)) === BARS && text.split(" | ").every((item) => item.split(" ").length <= 3)) return "navigation";
    // "Press Releases | Media Kit | Contact", "Environment · Space · Health": a few short items
    // side by side. A kicker ("Analysis | Why rates rise") has a longer item, a date line is read first.
    if (text.length <= 120 && (text.includes(" | ") || text.includes(" · "))) {
      const items = text.split(/ [|·] /).map((item) => item.trim());
      if (items.length >= 2 && items.every((item) => item.split(/\s+/).length <= 3 && /^[\p{Lu}\d]/u.test(item) && !/[.!?:,]$/.test(item))) return "navigation";
    }
    // "Home   World   Business   Health": a menu copied as one line, items apart by wide gaps.
    if (marks & GAP && (text.match(/\S(?: {2,}|\t+)(?=\S)/g)?.length ?? 0) >= 3 && !/[.!?]$/.test(text)) return "navigation";
  }
  // Furniture is a few words; the longest forms ("be the first to comment on this article") stay under 16.
  if (text.length > 160 || wordCount > 16) return null;
  let s = 0;
  while (s < text.length && (text.charCodeAt(s) <= 32 || isMark(text.charCodeAt(s)))) s++;
  const e = unmarkedEnd(text, s);
  if (s === e) return "furniture";
  // Lines that can be no phrase and open no form are let go before their key is made.
  if (marks !== undefined && !(marks & (MARK.LOWERS_TO_ASCII | MARK.UNEVEN | MARK.SIDE_BY_SIDE)) && !mayBeKeyed(text, s, e)) return null;
  const key = furnitureKey(text, s, e, marks === undefined || (marks & MARK.UNEVEN) !== 0);
  const last = key.charCodeAt(key.length - 1);
  // A key longer than every phrase is none: hashing it for the look-up would cost more.
  const phrase = (key.length <= LONGEST_PHRASE ? PHRASE_REASON.get(key) : undefined) ?? (last === 46 || last === 58 || last === 33 ? PHRASE_REASON.get(key.replace(/[.:!]+$/, "")) : undefined);
  if (phrase) return phrase;
  // "Advertisement · Scroll to continue", "Share | Print": furniture phrases side by side.
  if ((marks === undefined || (marks & MARK.SIDE_BY_SIDE) !== 0) && (key.includes(" · ") || key.includes(" | "))) {
    const parts = key.split(/ [·|] /).map((part) => PHRASE_REASON.get(part.replace(/[.:!]+$/, "")));
    if (parts.every((reason) => reason)) return parts[0]!;
  }
  if (!formHint(key)) return null;
  for (const [reason, re] of FURNITURE_FORMS) if (re.test(key)) return reason;
  return null;
}

/** The facts box after a match report: "Scorers:", "Teams:". */
const MATCH_FACTS = /^(?:scorers|teams|line-?ups|match facts|match stats|starting line-?ups?|next article|next story|previous article|previous story)\s*:?\s*$/i;

/** Headings after which the rest of the page is not the article: comments, related, newsletters. */
export function isSectionBreak(text: string, reason: DropReason | null): boolean {
  if (!reason || text.length > 60) return false;
  if (reason === "furniture") return MATCH_FACTS.test(text);
  if (reason === "footer") return /^(?:about\b|media contacts?\b|press contacts?\b)/i.test(text.trim());
  if (reason === "comments") return !/^(?:comment|reply|report.*|\d+ comments?)$/i.test(text.trim()) || /^\d+ comments?$/i.test(text.trim());
  if (reason === "related-links") return !/^(?:read more|latest|up next)$/i.test(text.trim());
  return reason === "newsletter" && /sign up|newsletter/i.test(text);
}

/** "READ MORE: <headline>", "Also Read | <headline>", "RELATED: ...": links set into the body. */
const LINK_LINE_PATTERN = /^(?:breaking(?: news)?|live(?: updates)?|developing|read more|also read|read also|more|related|related story|related stories|related articles?|related video|see also|must read|recommended|watch|watch now|listen|click here|top stories|trending|don'?t miss|more from [^:|]{1,30})\s*(?::|\||-|–|—|»|>)\s*\S/i;

const LINK_OPENERS = foldedHashes("read also more related see must recommended watch listen click top trending don't dont breaking live developing".split(" "));
// The pattern needs one of these after its opener; most lines have none.
const LINK_SEPARATOR = /[:|\-–—»>]/;
/** `marks`: lineShape(text).marks, when the caller has them. */
export function isLinkLine(text: string, marks?: number): boolean {
  // The first word, letters and apostrophes: the openers are 3 to 11 of them.
  let k = 0;
  while (k < text.length && (isAsciiLetter(text.charCodeAt(k)) || text.charCodeAt(k) === 39)) k++;
  if (k < 3 || k > 11 || !(marks !== undefined ? (marks & MARK.LINK_SEPARATOR) !== 0 : LINK_SEPARATOR.test(text))) return false;
  // The pattern opens with one of the openers, so the set only rules lines out.
  return LINK_OPENERS.has(foldedHash(text, 0, k)) && LINK_LINE_PATTERN.test(text);
}

/**
 * Sentences every page of a site prints under its stories: wire-feed notes, follow-us and
 * app prompts, tag lists, disclaimers. They read like prose, so they are named here.
 */
interface PageSentence {
  reason: DropReason;
  pattern: RegExp;
  /** First words (lower case) with which the sentence may open. */
  openers?: string[];
  /** Words or phrases it holds somewhere. */
  tokens?: string[];
}

// Sentences a site prints around its stories. A pattern runs only when the line opens with one
// of its openers or holds one of its tokens: compiling and running all of them on every line
// would cost more than the rest of the reading.
const PAGE_SENTENCES: PageSentence[] = [
  { reason: "furniture", pattern: /^\(?(?:this (?:story|article|report|copy)(?: by [^,]{2,60}?)? (?:has been|was|is) (?:published|auto-generated|generated|edited|not been edited|originally published|first published)|this (?:story|article) (?:has not been|was not) edited|(?:only )?the headline(?: and picture)? of this (?:report|story) may have been reworked|disclaimer\b|originally published\b|this (?:article|story) (?:originally )?appeared (?:on|in)\b|edited by\b|produced by\b)/i, openers: ["this", "only", "disclaimer", "originally", "edited", "produced"], tokens: ["the headline"] },
  { reason: "share", pattern: /^(?:follow\b.{0,60}\b(?:twitter|facebook|instagram|google news|linkedin|youtube|telegram|whatsapp|threads|tiktok|bbc sounds)\b|(?:like|join) us on (?:facebook|twitter|x|instagram|telegram|whatsapp)|click (?:here|to) (?:to )?(?:read|subscribe|follow|join|download|share|see|watch|get|sign)|download (?:the|our) [\w .&'’-]{1,30} app|get the [\w .&'’-]{1,30} app)\b/i, openers: ["follow", "like", "join", "click", "download", "get"] },
  { reason: "newsletter", pattern: /\binbox\b.{0,80}$|^.{0,80}\binbox\b|^get breaking news\b|\bdelivered (?:every |each )?(?:weekday|daily|week) ?(?:mornings?|evenings?)?\b|^(?:get (?:the latest|our|breaking)[\w ,'’-]{0,60}(?:news|headlines|updates|stories)?[\w ,'’-]{0,40}(?:delivered|in|to) (?:to )?your inbox|sign up (?:for|to) [\w .&'’-]{1,60}|subscribe (?:to|for) [\w .&'’-]{1,60}(?:newsletter|updates|alerts))/i, openers: ["get", "sign", "subscribe"], tokens: ["delivered", "inbox"] },
  { reason: "related-links", pattern: /^(?:tags?|topics?|related topics|filed under|categories|more on|more about|keywords)\s*[:|]?\s*$|^(?:tags?|topics?|filed under|categories|keywords)\s*:\s*\S/i, openers: ["tags", "tag", "topics", "topic", "related", "filed", "categories", "more", "keywords"] },
  { reason: "footer", pattern: /^[A-Z][\w.'’ -]{2,40} (?:is|was) an? (?:[\w-]+ ){0,4}(?:reporter|writer|correspondent|editor|journalist|columnist|contributor|producer|intern|lecturer|professor|researcher|fellow|director|author|founder|campaigner|consultant|chair|president|chief executive|former [\w-]+)\b|^[A-Z][\w.'’ -]{2,40} (?:covers|reports on|writes about|writes for|reports for) .{2,100}\.$/, tokens: ["reports", "was an", "covers", "writes", "is an", "was a", "is a"] },
  { reason: "newsletter", pattern: /^(?:support|subscribe to|donate to|become a (?:member|subscriber|supporter)|join)\b.{0,80}$|\bplease consider (?:supporting|subscribing|donating)\b|\byour support (?:is|means|matters|helps)\b|\bby (?:subscribing|donating|becoming a (?:member|subscriber)), you\b|\bjoin now!?$|\bfor the price of a coffee\b|\bquality journalism\b|\bindependent journalism\b|\b(?:join|follow) (?:[\w'’]+ ){0,3}(?:whatsapp|telegram) channel\b/i, openers: ["join", "subscribe", "support", "donate", "become"], tokens: ["please consider", "by subscribing", "your support", "by donating", "by becoming", "journalism", "join now", "channel", "coffee"] },
  { reason: "footer", pattern: /\bonly be liable\b|\bsubject to change without notice\b|\bforward-looking statements?\b|\bappeared in the .{0,60}print edition\b|\bprint edition as\b/i, tokens: ["forward-looking", "without notice", "print edition", "liable"] },
  { reason: "footer", pattern: /\b(?:may not be|must not be) (?:published|reproduced|broadcast|rewritten|redistributed|copied)\b/i, tokens: ["must not be", "may not be"] },
  { reason: "share", pattern: /\bdownload (?:the|our) [\w .&'’-]{1,40} app\b|you can now listen to\b/i, tokens: ["can now listen", "download"] },
  { reason: "furniture", pattern: /\blocal democracy reporting service\b/i, tokens: ["democracy"] },
  { reason: "footer", pattern: /^(?:medical |legal |financial |investment )?disclaimer\b|\bfor (?:general )?informational purposes only\b|\bnot (?:a substitute|intended as a substitute) for professional\b|\bdoes not constitute (?:financial|investment|legal|medical) advice\b/i, openers: ["medical", "legal", "financial", "investment", "disclaimer"], tokens: ["informational purposes", "not a substitute", "does not constitute"] },
  { reason: "footer", pattern: /\b(?:data is a real-time snapshot|(?:data|quotes|prices) (?:is |are )?delayed (?:at least |by )?\d+ minutes)\b/i, tokens: ["snapshot", "delayed"] },
  { reason: "furniture", pattern: /^(?:this article is more than \d+ (?:years?|months?) old|(?:catch|track|get|read) all the\b)/i, openers: ["this", "get", "catch", "track", "read"] },
  { reason: "furniture", pattern: /^\(?(?:except for the headline|for (?:more|the latest) [\w ,&'’-]{2,60}(?:head to|visit|go to|download|follow|click|log on to|check out)|(?:track|catch) (?:all )?(?:the )?latest\b|our standards\b|all quotes delayed\b|this website (?:and associated newspapers )?adheres? to\b)/i, openers: ["this", "catch", "track", "except", "for", "our", "all"] },
  { reason: "footer", pattern: /^(?:have a (?:news )?tip\??|got a (?:news )?tip\??|contact (?:the (?:writer|author|reporter)|us|[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}) (?:at|on|via)|email (?:the (?:writer|author|reporter) )?at|to contact the (?:reporter|editor|writer))\b/i, openers: ["have", "got", "contact", "email", "to"] },
  { reason: "newsletter", pattern: /\b(?:free articles?|unlimited access|already a subscriber|to keep reading|subscribe to continue|continue reading with|subscribers only|for subscribers)\b/i, tokens: ["free article", "free articles", "unlimited access", "already a subscriber", "to keep reading", "subscribe to continue", "continue reading with", "subscribers only", "for subscribers"] },
];

const PAGE_SENTENCE_OPENERS = new Map<string, number[]>();
const PAGE_SENTENCE_TOKENS = new Map<string, number>();
PAGE_SENTENCES.forEach(({ openers = [], tokens = [] }, i) => {
  for (const w of openers) PAGE_SENTENCE_OPENERS.set(w, [...(PAGE_SENTENCE_OPENERS.get(w) ?? []), i]);
  for (const t of tokens) PAGE_SENTENCE_TOKENS.set(t, i);
});
const PAGE_SENTENCE_OPENER_HASHES = foldedHashes(PAGE_SENTENCE_OPENERS.keys());
// Longest first, so "free articles" wins over "free article". Case-insensitive, on the text
// itself: lower-casing a line first costs more than the search.
const PAGE_SENTENCE_TOKEN = new RegExp(
  `\\b(?:${[...PAGE_SENTENCE_TOKENS.keys()].sort((a, b) => b.length - a.length).join("|")})\\b`,
  "gi",
);
// Lower-casing makes ASCII letters of these two ("İ" and the Kelvin sign), which the
// case-insensitive search does not: a line holding one is lower-cased first, as the tokens and
// openers are defined on the lower-cased line.
const LOWERS_TO_ASCII = /[\u0130\u212A]/;

/** `marks`: lineShape(text).marks, when the caller has them. */
export function pageSentenceReason(text: string, marks?: number): DropReason | null {
  // These sentences are short, but for copyright notices; body paragraphs are mostly longer.
  if (text.length > 300 || (text.length > 200 && !/may not be|rights reserved|©/.test(text))) return null;
  const lowersToAscii = marks !== undefined ? (marks & MARK.LOWERS_TO_ASCII) !== 0 : LOWERS_TO_ASCII.test(text);
  const subject = lowersToAscii ? text.toLowerCase() : text;
  // Which patterns to try, as bits: by the first word, then by the tokens found.
  let mask = 0;
  // The first word: letters after an optional "(".
  const from = subject.charCodeAt(0) === 40 ? 1 : 0;
  let to = from;
  while (to < subject.length && isAsciiLetter(subject.charCodeAt(to))) to++;
  // The hash rules most first words out before one is cut out to be looked up.
  const openers = to > from && PAGE_SENTENCE_OPENER_HASHES.has(foldedHash(subject, from, to)) ? PAGE_SENTENCE_OPENERS.get(subject.slice(from, to).toLowerCase()) : undefined;
  if (openers) for (const i of openers) mask |= 1 << i;
  PAGE_SENTENCE_TOKEN.lastIndex = 0;
  for (let m = PAGE_SENTENCE_TOKEN.exec(subject); m; m = PAGE_SENTENCE_TOKEN.exec(subject)) mask |= 1 << PAGE_SENTENCE_TOKENS.get(m[0].toLowerCase())!;
  for (let i = 0; mask >> i; i++) {
    if (!((mask >> i) & 1)) continue;
    const { reason, pattern } = PAGE_SENTENCES[i]!;
    if (pattern.test(text)) return reason;
  }
  return null;
}
