// Who wrote it: bylines in their many forms ("By Jane Doe and John Roe", "Jane Doe | Reuters",
// "Story: Jane Doe", "— Jane Doe, Associated Press"), names alone on a line, agencies, outlets.
import { countWords, foldedHash, foldedHashes, isAsciiLetter } from "./patterns.js";

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

const BY_PREFIX = /^(?:\/\s*)?(?:(?:(?:written|reported|posted|story|words|text)\s+)?by[:\s]|author:)\s*/i;

export interface BylineMatch {
  names: string[];
}

/** Split "Jane Doe and John Roe", "Jane Doe, John Roe & Ann Poe" into names. */
function splitNames(s: string): string[] {
  return s
    .split(/\s*(?:,|;|&|\band\b|\bAND\b|\bund\b|\bet\b|\|)\s*/)
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
      .replace(/\s+for\s+[A-Z][\w.&'’ -]{1,30}$/i, "") // "ROSA TEMPLE FOR MAILONLINE"
      .replace(ROLE_TAIL, "");
    // "Jordan Pell The Canadian Press": the agency after the name, with no comma.
    let names = splitNames(t).map(withoutTrailingAgency);
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
  // Each needs its comma or its " in ": most lines have neither, and these patterns are long.
  const titled = (t.includes(",") ? NAME_WITH_ROLE.exec(t) : null) ?? (t.includes(" in ") ? NAME_IN_PLACE.exec(t) : null);
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
  const withAgency = text.includes(",") ? /^(?:[—–-]\s*)?([^,]{4,40}),\s*(.{2,30})$/.exec(text) : null;
  if (withAgency && PERSON_NAME.test(withAgency[1]!) && (isAgencyName(withAgency[2]!) || OUTLET.test(withAgency[2]!))) return [withAgency[1]!];
  if (PERSON_NAME.test(text) && !/^[A-Z\s.'’-]+$/.test(text)) return [text];
  // "Çağrı Öztürk and Elif Şahin": several names, each a person's.
  const several = text.split(/\s*(?:,|&|\band\b)\s*/).filter(Boolean);
  if (several.length > 1 && several.length <= 4 && several.every((n) => PERSON_NAME.test(n))) return several;
  // "Helen Pike Environment correspondent": a name, then a job, with no comma.
  const ws = text.split(/\s+/);
  for (let k = 2; k <= Math.min(4, ws.length - 1); k++) {
    const name = ws.slice(0, k).join(" ");
    if (PERSON_NAME.test(name) && ROLE_LINE.test(ws.slice(k).join(" "))) return [name];
  }
  const inPlace = text.includes(" in ") ? NAME_IN_PLACE.exec(text) : null;
  if (inPlace && PERSON_NAME.test(inPlace[1]!)) return [inPlace[1]!];
  return countWords(text, 5) <= 4 && (isAgencyName(text) || (OUTLET.test(text) && /[a-z]/.test(text))) ? [text] : null;
}

/** "Helena Voss in Amsterdam": an author and where the story was filed from. */
const NAME_IN_PLACE = new RegExp(`^(${NAME}) in [A-Z][A-Za-z.'’-]+(?: [A-Z][A-Za-z.'’-]+){0,2}$`);

/** A job title alone on a line, under the author's name: "Social Affairs Correspondent". */
const ROLE_LINE_PATTERN = new RegExp(`^(?:[A-Z][\\w&'’-]*\\s+){0,4}${ROLE_WORDS}$`, "i");
const ROLES = ROLE_WORDS.slice(3, ROLE_WORDS.indexOf(")")).split("|");
const ROLE_HASHES = foldedHashes([...ROLES, ...ROLES.map((r) => `${r}s`)]);
export const ROLE_LINE = {
  test(text: string): boolean {
    // The line ends with the job, in ASCII letters: look that word up before trying the pattern.
    let k = text.length;
    while (k > 0 && isAsciiLetter(text.charCodeAt(k - 1))) k--;
    return text.length - k >= 6 && ROLE_HASHES.has(foldedHash(text, k, text.length)) && ROLE_LINE_PATTERN.test(text);
  },
};

/** "The Moscow Times", "South China Morning Post", "FRANCE 24": a site's name, not a headline. */
export function isOutletName(text: string): boolean {
  return text.length <= 40 && (OUTLET.test(text) || /^[A-Z][A-Z0-9 &.'’-]{1,30}$/.test(text) && /\d|[A-Z]{3}/.test(text) && !/\s[A-Z]{1,2}\s/.test(text));
}

function withoutTrailingAgency(name: string): string {
  if (!/[a-z]/.test(name)) return name; // in capitals, a name and an agency look alike
  const ws = name.split(/\s+/);
  for (let k = 2; k < ws.length; k++) {
    const tail = ws.slice(k).join(" ");
    if (AGENCY.test(tail) || (OUTLET.test(tail) && /[a-z]/.test(tail))) return ws.slice(0, k).join(" ");
  }
  return name;
}

export function isAgencyName(text: string): boolean {
  return AGENCY.test(text.trim());
}
