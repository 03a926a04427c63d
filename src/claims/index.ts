// Numeric claims in the body: each numeral (numbers.ts) with its hedge ("at least", "nearly"),
// the range it ends ("between 10 and 20"), the noun it counts ("69 of the more than 200
// hostages"), its kind, and the speaker of the quote it sits in. Dates, years, times, ordinals,
// phone numbers and numbers in names are left out.
import type { Claim, ClaimKind, Paragraph, Qualifier, Quote } from "../types.js";
import { numeralAt, type Numeral } from "./numbers.js";

// Hedges before the number, longest first (../shared/corpus/hedge-lexicon).
const HEDGES_BEFORE: [string, Qualifier][] = (
  [
    ["no fewer than", "at_least"], ["no less than", "at_least"], ["not less than", "at_least"], ["a minimum of", "at_least"], ["at least", "at_least"], ["as few as", "at_least"],
    ["more than", "more_than"], ["in excess of", "more_than"], ["greater than", "more_than"], ["upwards of", "more_than"], ["upward of", "more_than"], ["well over", "more_than"],
    ["well above", "more_than"], ["north of", "more_than"], ["just over", "more_than"], ["just above", "more_than"], ["exceeding", "more_than"], ["over", "more_than"], ["above", "more_than"],
    ["no more than", "at_most"], ["not more than", "at_most"], ["a maximum of", "at_most"], ["at most", "at_most"],
    ["less than", "less_than"], ["fewer than", "less_than"], ["lower than", "less_than"], ["just under", "less_than"], ["just below", "less_than"], ["just shy of", "less_than"], ["shy of", "less_than"], ["short of", "less_than"], ["under", "less_than"], ["below", "less_than"],
    ["up to", "up_to"], ["as many as", "up_to"], ["as much as", "up_to"], ["as high as", "up_to"],
    ["approximately", "about"], ["an estimated", "about"], ["estimated", "about"], ["roughly", "about"], ["around", "about"], ["about", "about"], ["nearly", "about"], ["almost", "about"],
    ["close to", "about"], ["closer to", "about"], ["in the region of", "about"], ["on the order of", "about"], ["something like", "about"], ["some", "about"], ["approx.", "about"], ["circa", "about"], ["c.", "about"], ["~", "about"],
    ["greater than or equal to", "at_least"], ["greater or equal than", "at_least"], ["higher or equal than", "at_least"], ["larger or equal than", "at_least"],
    ["less than or equal to", "at_most"], ["less or equal than", "at_most"], ["smaller or equal than", "at_most"], ["lower or equal than", "at_most"],
    ["larger than", "more_than"], ["bigger than", "more_than"], ["higher than", "more_than"], ["exceed", "more_than"], ["exceeds", "more_than"], ["smaller than", "less_than"],
    [">=", "at_least"], ["≥", "at_least"], ["<=", "at_most"], ["≤", "at_most"], [">", "more_than"], ["<", "less_than"],
    ["exactly", "exact"], ["precisely", "exact"], ["a total of", "exact"], ["just", "exact"],
  ] as [string, Qualifier][]
).sort((a, b) => b[0].length - a[0].length);
const HEDGE_QUALIFIER = new Map(HEDGES_BEFORE);

/** The hedge just before a number, looked up by its last one to four words (longest first). */
function hedgeBefore(lowerBefore: string): { length: number; qualifier: Qualifier } | null {
  if (lowerBefore.endsWith("~")) return { length: 1, qualifier: "about" };
  if (!lowerBefore.endsWith(" ")) return null;
  const words = lowerBefore.slice(0, -1).split(" ");
  for (let k = Math.min(4, words.length); k >= 1; k--) {
    const phrase = words.slice(-k).join(" ");
    const q = HEDGE_QUALIFIER.get(phrase);
    // "hand over 3,400 units", "took over 12 shops": a particle, not a hedge.
    if (q && phrase === "over" && /^(?:hand|hands|handed|handing|take|takes|took|taken|taking|turn|turns|turned|turning|pass|passed|roll|rolled|win|won|carry|carried)$/.test(words[words.length - 2] ?? "")) return null;
    // The window may cut a word: the phrase must start the window or follow a space.
    if (q && (k < words.length || lowerBefore.length < 24)) return { length: phrase.length + 1, qualifier: q };
  }
  return null;
}
const HEDGES_AFTER: [RegExp, Qualifier][] = [
  [/^\s*(?:or more|and above|and over|and up|or higher)\b/i, "at_least"],
  [/^(?:\s*-?\s*plus\b|\+)/i, "more_than"],
  [/^\s*(?:or less|or fewer|and under|or lower)\b/i, "at_most"],
  [/^\s*(?:or so|more or less|give or take)\b/i, "about"],
];

const PHONE = /(?<![\d,.])(?:(?:\+\d{1,3}[\s-]?|\(?0)\d{1,4}\)?(?:[\s-]\d{2,4}){2,4}|\d{3}-\d{4})(?!\d|,\d)/g;
const MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
const DATE_AFTER = new RegExp(`^(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\b`);
const DATE_BEFORE = new RegExp(`\\b${MONTH}\\.?\\s+$`);
const TIME_AFTER = /^(?:[:.]\d\d(?:\s?(?:[ap]\.?m\.?|GMT|BST|UTC|ET|EST|EDT|PT|IST|hrs|h\b))?|\s?(?:[ap]\.m\.|[ap]m\b)|h\d\d\b)/i;
const MEASURES = new Map<string, string>(
  Object.entries({
    km: "km", kms: "km", kilometre: "km", kilometres: "km", kilometer: "km", kilometers: "km", mile: "miles", miles: "miles", m: "metres", metre: "metres", metres: "metres", meter: "metres", meters: "metres",
    cm: "cm", mm: "mm", millimetres: "mm", millimeters: "mm", millimetre: "mm", centimetres: "cm", centimeters: "cm", centimetre: "cm", ft: "feet", foot: "feet", feet: "feet", inch: "inches", inches: "inches", yards: "yards", yard: "yards", kg: "kg", kilogram: "kg", kilograms: "kg", kilos: "kg", g: "grams", grams: "grams",
    ml: "ml", millilitres: "ml", milliliters: "ml", cl: "cl", l: "litres", km2: "square km", m2: "square metres", sqm: "square metres", mi: "miles",
    tonnes: "tonnes", tonne: "tonnes", tons: "tons", ton: "tons", lb: "pounds", lbs: "pounds", litres: "litres", litre: "litres", liters: "litres", gallons: "gallons", barrels: "barrels", bpd: "bpd",
    kilogrammes: "kg", kilogramme: "kg", pounds: "pounds", pound: "pounds", ounces: "ounces", ounce: "ounces", oz: "ounces", c: "degrees Celsius", "°c": "degrees Celsius", f: "degrees Fahrenheit", "°f": "degrees Fahrenheit", sqkm: "square km",
    hectares: "hectares", hectare: "hectares", ha: "hectares", acres: "acres", acre: "acres", mph: "mph", kph: "km/h", "km/h": "km/h", degrees: "degrees", celsius: "degrees", mw: "MW", gw: "GW", kwh: "kWh", magnitude: "magnitude",
  }),
);
const DURATIONS = new Set(["second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades", "century", "centuries"]);
// Words after which a number is part of a name: "Article 5", "Flight 17", "Phase two".
const NAME_BEFORE = /\b(?:Article|Section|Chapter|Phase|Stage|Level|Category|Room|Flight|Route|Highway|Interstate|Gate|Terminal|Platform|No\.?|Number|Resolution|Paragraph|Page|Apollo|Boeing|Airbus|Windows|iPhone|Galaxy|Covid|COVID|Grade|Year|Class|Division|Group|Block|Sector|Ward|Zone|District|Unit|Channel|Vol\.?|Volume|Episode|Season|Series|Act|Rule|Clause|Schedule|Item|Model|Version|v)\s*$/;
// Nouns that end a counted phrase at once; the words after them belong to the sentence.
const STOP = new Set(
  "across around through throughout near within without among between against along beyond toward towards upon via inside outside including like each every of in on at to for from with by as and or but that which who whom whose were was is are be been being has have had will would could should can may might must said says say told than then into over under about after before since during while per a an the this these those its their his her our your it they he she we i you".split(" "),
);
const ADVERB = /^(?:more|less|fewer|other|additional|extra|new|further|such)$/i;

/** One claim per numeral in the paragraphs, hedged, counted, and tied to the quote it sits in. */
export function findClaims(input: string, paragraphs: Paragraph[], quotes: Quote[] = []): Claim[] {
  const claims: Claim[] = [];
  paragraphs.forEach((paragraph, p) => {
    const text = paragraph.text;
    const found: { n: Numeral; start: number; end: number; qualifier: Qualifier; high: number | null }[] = [];
    const candidates = /(?<![\d\w])\.\d|\d|\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a dozen|dozen|half|an? (?:third|quarter|fifth|tenth)|(?:one|two|three|four|five|six|seven|eight|nine)[- ](?:thirds?|quarters?|fifths?|tenths?))\b/gi;
    let skipTo = 0;
    // Phone numbers: "020 7946 0958", "+44 20 7946 0958".
    const phones = /\d[\s-]\d\d/.test(text) || /[*#]\d/.test(text) ? [...text.matchAll(PHONE)].map((m) => [m.index, m.index + m[0].length] as const) : [];
    for (let m = candidates.exec(text); m; m = candidates.exec(text)) {
      if (m.index < skipTo) continue;
      const phone = phones.find(([a, b]) => m!.index >= a && m!.index < b);
      if (phone) {
        skipTo = phone[1];
        continue;
      }
      // Inside a word or a code ("G20", "MH17", "Covid-19"), or after a decimal point: not a number of its own.
      if (m[0][0] !== "." && (/[A-Za-z\d.,/:]$/.test(text.slice(0, m.index)) || /[A-Za-z]-$/.test(text.slice(Math.max(0, m.index - 2), m.index))) && /\d/.test(m[0]) && !/[$£€¥₹₦]$|(?:US|A|C|NZ|HK|S|R)\$$|(?:^|[^A-Za-z])(?:Rs|Dh|Tk|Rp|RM|QR|SR|KSh|Ksh|Sh|N|R|AED|USD|EUR|GBP|INR)\.?\s?$/.test(text.slice(Math.max(0, m.index - 5), m.index)) && !/(?:^|\s)[(~≈]$/.test(text.slice(0, m.index))) {
        skipTo = m.index + 1;
        while (skipTo < text.length && /[\d.,]/.test(text[skipTo]!)) skipTo++;
        continue;
      }
      const n = numeralAt(text, m.index);
      if (!n) continue;
      skipTo = n.end;
      if (!isClaim(text, n)) continue;
      let start = n.start;
      let end = n.end;
      let qualifier: Qualifier = "exact";
      let high: number | null = null;
      // "one in five adults", "four in 10": a ratio, one claim.
      const ratio = /^\s+(?:in|out\s+of)\s+(?=\d|ten\b|five\b|four\b|three\b|two\b|six\b|eight\b|seven\b|nine\b)/i.exec(text.slice(n.end, n.end + 20));
      const of = ratio ? numeralAt(text, n.end + ratio[0].length) : null;
      if (of && of.value > n.value && !(of.value >= 1800 && of.value <= 2100 && Number.isInteger(of.value)) && !n.currency && !n.percent) {
        n.value = Math.round((n.value / of.value) * 1e9) / 1e9;
        n.ratio = true;
        end = of.end;
        skipTo = of.end;
      }
      const before = text.slice(Math.max(0, start - 24), start);
      const lowerBefore = before.toLowerCase().replace(/[\s"“”‘’'(\[]/g, " ");
      // One pattern of every hedge, longest first ("just over" before "just"), anchored at the number.
      const hedge = hedgeBefore(lowerBefore);
      if (hedge) {
        start -= hedge.length;
        qualifier = hedge.qualifier;
      }
      // Ranges: "between 10 and 20", "10-20", "10 to 20", "two or three", "$10-$20".
      // "150mm to 200mm": the same measure after both numbers.
      const unitBetween = /^(?:mm|cm|km|m|kg|g|C|°C|ft|in)(?=\s?(?:[-–—]|to\b))/.exec(text.slice(n.end, n.end + 8))?.[0] ?? "";
      const range = /^(?:\s?[-–—~]\s?|\s+to\s+|\s+through\s+|\s+and\s+|\s+or\s+)/i.exec(text.slice(n.end + unitBetween.length, n.end + unitBetween.length + 10));
      if (range) {
        // The second number may carry its own currency sign: "$12.9bn–$13.1bn", "Dh50,000 to Dh100,000".
        const after = n.end + unitBetween.length + range[0].length;
        const sign = /^(?:US\$|[$£€¥₹₦]|Dh|Rs\.?\s?|Sh|KSh\s?|N(?=\d)|AED\s?)?/.exec(text.slice(after, after + 5))![0];
        const next = numeralAt(text, after + sign.length);
        if (next && unitBetween && !text.startsWith(unitBetween, next.end)) next.value = NaN;
        const between = /\bbetween\s+$/i.test(text.slice(Math.max(0, n.start - 9), n.start));
        const sep = range[0].trim().toLowerCase();
        // "rose from 52 million to 78 million": a change, two values; "from Dh50,000 to Dh100,000": a range.
        const change = /\b(?:rose|fell|increased|decreased|grew|dropped|climbed|jumped|slipped|declined|up|down|rising|falling|increasing|growing|dropping|raised|cut|lowered|reduced|boosted|went|gone|soared|surged|leapt|leaped|plunged|slumped|shrank|widened|narrowed|doubled|halved|moved|changed|shifted)\s+(?:\S+\s+){0,3}?(?:from\s+|by\s+)?$/i.test(text.slice(Math.max(0, n.start - 40), n.start));
        if (next && !change && next.value >= n.value * (next.value < 1 ? 0 : 1) && (sep !== "and" || between) && !(sep === "or" && !n.words) && (n.words === next.words || next.currency)) {
          // "between 2 and 3 million": the scale of the second number is the first's too.
          const own = /(?:hundred|thousand|million|billion|trillion|lakhs?|crores?|k|m|mn|bn|tn)$/i.test(text.slice(n.start, n.end));
          const digits = Number(text.slice(next.start, next.end).replace(/^[^\d]+/, "").replace(/,/g, "").match(/^[\d.]+/)?.[0] ?? "");
          if (!own && digits > 0 && next.value / digits >= 1000 && !n.percent) n.value *= next.value / digits;
          high = next.value;
          n.currency ??= next.currency;
          n.percent ||= next.percent;
          end = next.end;
          skipTo = next.end;
          if (between) start = Math.min(start, n.start - "between ".length);
          qualifier = "range";
        }
      }
      // "greater than 100 and smaller than 300", "at most 100 and at least 20": one range.
      if (qualifier !== "exact" && qualifier !== "range" && qualifier !== "about") {
        const other = /^,?\s+(?:and|but)\s+/i.exec(text.slice(end, end + 8));
        const at = other ? end + other[0].length : -1;
        const second = other ? /^([a-z<>=≤≥ ]{1,30}?\s?)(?=\d)/i.exec(text.slice(at, at + 34)) : null;
        if (second) {
          const bound = hedgeBefore(`${second[1]!.trim().toLowerCase()} `);
          const next = bound ? numeralAt(text, at + second[0].length) : null;
          const low = qualifier === "more_than" || qualifier === "at_least";
          if (bound && next && (low ? ["less_than", "at_most", "up_to"] : ["more_than", "at_least"]).includes(bound.qualifier)) {
            high = low ? next.value : n.value;
            n.value = low ? n.value : next.value;
            qualifier = "range";
            end = next.end;
            skipTo = next.end;
          }
        }
      }
      for (const [pattern, q] of HEDGES_AFTER) {
        const after = pattern.exec(text.slice(end, end + 16));
        if (after && qualifier === "exact") {
          qualifier = q;
          end += after[0].length;
          break;
        }
      }
      found.push({ n, start, end, qualifier, high });
    }
    const before = claims.length;
    for (const f of found) {
      const { unit, kind, end } = unitOf(text, f.n, f.end);
      const start = paragraph.start + f.start;
      const stop = paragraph.start + Math.max(end, f.end);
      const holder = holderOf(quotes, start, stop);
      claims.push({
        id: "",
        text: input.slice(start, stop),
        start,
        end: stop,
        value: f.n.value,
        high: f.high,
        qualifier: f.qualifier,
        unit,
        kind,
        paragraph: p,
        source: holder?.speaker ?? null,
        quote: holder?.id ?? null,
      });
    }
    mergeDurations(input, claims, before);
    countsFromContext(input, claims, before);
  });
  claims.forEach((c, i) => (c.id = `c${i + 1}`));
  return claims;
}

/**
 * The shortest attributed quote holding [start, stop). Quotes are in order of start and hold one
 * another only within a sentence, so a search and a short walk back find it.
 */
function holderOf(quotes: Quote[], start: number, stop: number): Quote | undefined {
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid]!.start <= start) lo = mid + 1;
    else hi = mid;
  }
  let best: Quote | undefined;
  for (let k = lo - 1; k >= 0 && k >= lo - 12; k--) {
    const q = quotes[k]!;
    if (q.speaker && stop <= q.end && (!best || q.end - q.start < best.end - best.start)) best = q;
  }
  return best;
}

const SECONDS: Record<string, number> = { seconds: 1, minutes: 60, hours: 3600, days: 86400, weeks: 604800 };

/** "two hours, four minutes and 45 seconds": one duration, in seconds, not three. */
function mergeDurations(input: string, claims: Claim[], from: number): void {
  let last: string | null = null; // the smallest unit merged into claims[i] so far
  for (let i = from; i < claims.length - 1; i++) {
    const a = claims[i]!;
    const b = claims[i + 1]!;
    const unitA = last ?? a.unit!;
    if (a.kind !== "duration" || b.kind !== "duration" || !(unitA in SECONDS) || !(b.unit! in SECONDS) || SECONDS[b.unit!]! >= SECONDS[unitA]! || !/^,?\s*(?:and\s+)?$/.test(input.slice(a.end, b.start))) {
      last = null;
      continue;
    }
    const value = (last ? a.value : a.value * SECONDS[a.unit!]!) + b.value * SECONDS[b.unit!]!;
    claims.splice(i, 2, { id: a.id, text: input.slice(a.start, b.end), start: a.start, end: b.end, value, high: null, qualifier: a.qualifier, unit: "seconds", kind: "duration", paragraph: a.paragraph, source: a.source, quote: a.quote });
    last = b.unit;
    i--;
  }
}

/**
 * A count with no noun of its own counts what the count before it did: "112 people had been
 * injured, 19 of them critically"; "82,000 ballot cards ... nine per cent of them, about 7,000".
 */
function countsFromContext(input: string, claims: Claim[], from: number): void {
  for (let i = from + 1; i < claims.length; i++) {
    const c = claims[i]!;
    if (c.unit !== null || c.kind !== "count") continue;
    const after = input.slice(c.end, c.end + 12);
    const before = input.slice(Math.max(0, c.start - 2), c.start);
    if (!/^\s+of\s+(?:them|those|these|whom)\b/.test(after) && !/,\s?$/.test(before)) continue;
    for (let j = i - 1; j >= from; j--) {
      const prior = claims[j]!;
      if (prior.kind === "count" && prior.unit && /^\p{Ll}/u.test(prior.unit)) {
        c.unit = prior.unit;
        break;
      }
    }
  }
}

/** Not a claim: a date, a year, a time, an ordinal, a phone number, a number in a name, "one" as a pronoun. */
function isClaim(text: string, n: Numeral): boolean {
  const raw = text.slice(n.start, n.end);
  const after = text.slice(n.end, n.end + 24);
  const before = text.slice(Math.max(0, n.start - 24), n.start);
  if (n.currency || n.percent) return true;
  if (/^\d{4}$/.test(raw) && n.value >= 1800 && n.value <= 2100) return false; // a year
  if (/^0\d/.test(raw)) return false; // "0958", "07": codes and clock digits
  if (/[*#]$/.test(before) || /^[*#]/.test(after)) return false; // "*483*7#": a dialling code
  if (/\b(?:call|dial|phone|tel|telephone|hotline|helpline|sms|text|whatsapp|fax)\b[\s:.,]*(?:on\s+|at\s+)?(?:\d+\s+)?$/i.test(before)) return false; // "call 800 7368"
  if (/^\d+$/.test(raw) && /^s\b|^['’]s\b/.test(after)) return false; // the 1990s
  if (/^(?:st|nd|rd|th)\b/i.test(after)) return false; // ordinals
  if (DATE_AFTER.test(after) || (DATE_BEFORE.test(before) && n.value <= 31 && !n.words)) return false;
  if (!n.words && TIME_AFTER.test(after)) return false;
  if (/^\s*(?:[/-]\s*\d)/.test(after) && /^\s*\/\s*\d/.test(after)) return false; // 9/11, 24/7
  if (!n.words && /^[\s-]?\d{3,}/.test(after) && /^0|^\+/.test(raw + before.slice(-1))) return false; // a phone number
  if (/^\s*(?:-\s*)?(?:min(?:ute)?s?|mins?)\s*read\b/i.test(after)) return false; // "3 min read"
  if (NAME_BEFORE.test(before)) return false;
  // "(FOX 26)", "Boeing 737 jets", "Apollo 11.": a number right after a name, with no noun counted after it.
  if (!n.words && /[\p{Lu}][\p{L}]*\s$/u.test(before) && !/(?:^|[.!?]\s+|["“]\s*)[\p{Lu}][\p{L}]*\s$/u.test(before) && !/^\s*[\p{Ll}]/u.test(after) && !/^\s?[-–]\s?\d/.test(after)) return false;
  if (n.fraction && (/^-/.test(after) || /\band\s+(?:a\s+)?$/i.test(before))) return false; // half-time, "a year and a half"
  const word = raw.toLowerCase();
  // "one of the", "no one", "one another", "one official": a pronoun or a determiner, not a count.
  if (word === "one" || word === "zero") return /^\s+(?:or|to)\s+(?:two|three|\d)|^\s+(?:in|out\s+of)\s+(?:\d|ten|five|four|three|two|every)|^\s+(?:second|minute|hour|week|month|year|decade|km|kilometre|mile|metre|million|billion|thousand|hundred|dozen)\b/i.test(after);
  // "the two countries": a number word after "the" is a reference, not a count, unless a hedge or unit says so.
  return true;
}

/** The unit of a numeral: its currency, percent, a measure, or the noun it counts; and the claim's end. */
function unitOf(text: string, n: Numeral, from: number): { unit: string | null; kind: ClaimKind; end: number } {
  if (n.currency) return { unit: n.currency, kind: "money", end: from };
  if (n.percent) {
    const points = /^\s+(?:percentage\s+)?points?\b/i.exec(text.slice(from, from + 24));
    if (points && /percentage/i.test(points[0])) return { unit: "percentage points", kind: "percent", end: from + points[0].length };
    return { unit: "percent", kind: "percent", end: from };
  }
  if (/^\s*percentage\s+points?\b/i.test(text.slice(from, from + 24))) {
    const m = /^\s*percentage\s+points?/i.exec(text.slice(from))!;
    return { unit: "percentage points", kind: "percent", end: from + m[0].length };
  }
  const rest = text.slice(from, from + 80);
  // "Alma Reyes, 46, fled": an age set off after a name.
  if (!n.words && n.value < 120 && Number.isInteger(n.value) && /[\p{Lu}][\p{L}'’-]+,\s$/u.test(text.slice(Math.max(0, n.start - 30), n.start)) && /^,/.test(rest)) return { unit: "years", kind: "age", end: from };
  // Ages: "32-year-old", "aged 32", "23 years old".
  if (/^-year-old\b|^\s+years?\s+old\b|^-years?-old\b/i.test(rest) || /\baged\s+$/i.test(text.slice(Math.max(0, n.start - 6), n.start))) {
    const m = /^(?:-year-old|\s+years?\s+old|-years?-old)/i.exec(rest);
    return { unit: "years", kind: "age", end: from + (m ? m[0].length : 0) };
  }
  // Ratios ("one in five adults"): `from` is already past "in five".
  if (n.ratio) {
    const noun = nounAfter(text, from);
    return { unit: noun?.unit ?? null, kind: "ratio", end: noun?.end ?? from };
  }
  // "10 times larger": a multiplier.
  const times = /^\s+times\b/i.exec(rest);
  if (times) return { unit: "times", kind: "multiplier", end: from + times[0].length };
  // A measure right after: "70 km", "930 square metre", "3.4 million barrels per day", "10km".
  const measure = /^(?:\s?|-)(square\s+|sq\.?\s+|cubic\s+)?([A-Za-z/]+)\b(\s+(?:per|a)\s+day)?/i.exec(rest);
  if (measure) {
    const word = measure[2]!.toLowerCase();
    const unit = MEASURES.get(word) ?? MEASURES.get(word.replace(/s$/, ""));
    if (unit && !(word === "m" && !/^\s?m\b/.test(rest))) {
      const full = `${measure[1] ? measure[1].trim().replace(/^sq\.?$/i, "square") + " " : ""}${unit}${measure[3] && unit === "barrels" ? " per day" : ""}`;
      // "30 degrees Celsius", "98.6 degrees F": the scale belongs to the unit.
      const scale = unit === "degrees" ? /^\s+(?:(celsius|centigrade|c)|(fahrenheit|f))\b/i.exec(rest.slice(measure[0].length)) : null;
      if (scale) return { unit: scale[1] ? "degrees Celsius" : "degrees Fahrenheit", kind: "measure", end: from + measure[0].length + scale[0].length };
      return { unit: full, kind: "measure", end: from + measure[0].length };
    }
    if (DURATIONS.has(word)) return { unit: word.endsWith("s") ? word : `${word}s`, kind: "duration", end: from + measure[0].length };
  }
  // "magnitude of 5.9": the noun before "of".
  const nounBefore = /\b(magnitude|value|total|population|capacity|score|rate|tally|toll|count)\s+of\s+$/i.exec(text.slice(Math.max(0, n.start - 24), n.start));
  const kind: ClaimKind = n.fraction ? "fraction" : "count";
  // Partitive: "69 of the more than 200 hostages", "half of the territory".
  const partitive = /^\s+of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|our\s+|these\s+|those\s+|them\b|[\p{Lu}][\p{L}'’]*['’]s\s+)?/iu.exec(rest);
  if (partitive && !/them\b/.test(partitive[0])) {
    let at = from + partitive[0].length;
    // "the more than 200 hostages": the counted noun follows the next number.
    const inner = /^(?:[\p{L}]+['’]s\s+)?(?:(?:more than|at least|about|around|some|nearly|almost|over)\s+)?[\d,.]+(?:\s+(?:million|billion|thousand))?\s+/iu.exec(text.slice(at, at + 60));
    if (inner) at += inner[0].length;
    const noun = nounAfter(text, at);
    if (noun) return { unit: noun.unit, kind, end: n.fraction ? noun.end : from };
  }
  const noun = nounAfter(text, from);
  if (noun && noun.unit) {
    if (DURATIONS.has(noun.unit) || DURATIONS.has(`${noun.unit}s`)) return { unit: noun.unit.endsWith("s") ? noun.unit : `${noun.unit}s`, kind: "duration", end: noun.end };
    return { unit: noun.unit, kind, end: noun.end };
  }
  if (nounBefore) return { unit: nounBefore[1]!.toLowerCase(), kind: "measure", end: from };
  return { unit: null, kind, end: from };
}

/** The noun a number counts: "eight trapped people" -> people, "150 Palestinian prisoners" -> prisoners. */
function nounAfter(text: string, from: number): { unit: string; end: number } | null {
  const words = /^[ \t]*((?:[\p{L}][\p{L}'’-]*[ \t\r\n]+){0,3}[\p{L}][\p{L}'’-]*)/u.exec(text.slice(from, from + 60));
  if (!words) return null;
  const list = words[1]!.split(/\s+/);
  let head = -1;
  for (let i = 0; i < list.length; i++) {
    const w = list[i]!.toLowerCase();
    if (STOP.has(w) || (i > 0 && /ly$/.test(w)) || /^(?:is|are|was|were|has|have|had|did|do|does|will|would)$/.test(w)) break;
    if (i === 0 && ADVERB.test(w) && list.length > 1) continue;
    head = i;
    // A plural noun ends the phrase: "12,573 recorded finish times", "78 shops across Ireland".
    if (/[^s]s$|ies$|people$|staff$|police$|children$|men$|women$|population$/.test(w)) break;
  }
  if (head < 0) return null;
  const unitWord = list[head]!.replace(/['’]s$/, "");
  if (/^(?:per|percent|cent)$/i.test(unitWord)) return null;
  const consumed = list.slice(0, head + 1).join(" ");
  const at = text.indexOf(consumed, from);
  return { unit: unitWord, end: at + consumed.length };
}
