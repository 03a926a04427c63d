// Numerals in running text: digits with grouping ("15,000", Indian "60,35,660"), decimals, scale
// words and suffixes ("2.3 million", "$3bn", "1.2k", "60 lakh"), number words ("twenty-five",
// "a dozen"), fractions ("half", "two-thirds"), with the currency or percent sign around them.

export interface Numeral {
  start: number;
  end: number;
  value: number;
  /** ISO code when a currency is written with the number. */
  currency: string | null;
  percent: boolean;
  /** half, two-thirds: a share, not a count. */
  fraction: boolean;
  /** Written in words ("nine", "a dozen"), not digits. */
  words: boolean;
  /** "one in five": the value is the share. */
  ratio?: boolean;
}

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const SCALES: Record<string, number> = {
  hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7,
  k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, bn: 1e9, b: 1e9, tn: 1e12, trn: 1e12,
};
const FRACTIONS: Record<string, number> = {
  half: 0.5, third: 1 / 3, thirds: 1 / 3, quarter: 0.25, quarters: 0.25, fifth: 0.2, fifths: 0.2, tenth: 0.1, tenths: 0.1,
};

// Currency written before the number: "$", "US$", "£", "€", "Rs", "Dh"; and the ISO code.
const CURRENCY_BEFORE: [RegExp, string][] = [
  [/HK\s?\$$|HKD\s?$/i, "HKD"],
  [/(?:US\$|U\.S\.\s?\$|USD\s?)$/i, "USD"],
  [/A\$$|AUD\s?$/, "AUD"],
  [/C\$$|CAD\s?$/, "CAD"],
  [/NZ\$$/, "NZD"],
  [/HK\$$/, "HKD"],
  [/S\$$/, "SGD"],
  [/R\$$/, "BRL"],
  [/\$$/, "USD"],
  [/£$|GBP\s?$/i, "GBP"],
  [/€$|EUR\s?$/i, "EUR"],
  [/¥$|JPY\s?$/, "JPY"],
  [/(?:₹|Rs\.?\s?|INR\s?)$/, "INR"],
  [/(?:Dh|AED\s?|Dhs\s?)$/, "AED"],
  [/(?:₦|N|NGN\s?)$/, "NGN"],
  [/(?:KSh\.?\s?|Ksh\.?\s?|Sh\.?\s?|KES\s?)$/, "KES"],
  [/(?:GH₵|GH¢|GHS\s?)$/, "GHS"],
  [/(?:R|ZAR\s?)$/, "ZAR"],
  [/(?:SR|SAR\s?)$/, "SAR"],
  [/(?:QR|QAR\s?)$/, "QAR"],
  [/(?:Rp\.?\s?|IDR\s?)$/, "IDR"],
  [/(?:RM|MYR\s?)$/, "MYR"],
  [/(?:PKR\s?)$/, "PKR"],
  [/(?:Tk\.?\s?|BDT\s?)$/, "BDT"],
  [/CHF\s?$/, "CHF"],
  [/(?:CNY\s?|RMB\s?|yuan\s)$/, "CNY"],
];
// Currency written after the number: "20 euros", "Rs 5 crore", "300 dollars".
const CURRENCY_AFTER: [RegExp, string][] = [
  [/^\s?\$/, "USD"],
  [/^\s?€/, "EUR"],
  [/^\s?¢/, "USD/100"],
  [/^\s*(?:US\s)?cents?\b/i, "USD/100"],
  [/^\s*(?:pence|p\b)/i, "GBP/100"],
  [/^\s*(?:US\s)?dollars?\b/i, "USD"],
  [/^\s*(?:euros?)\b/i, "EUR"],
  [/^\s*(?:pounds?(?: sterling)?|sterling)\b(?!\s+of\b)/i, "GBP"],
  [/^\s*(?:rupees?)\b/i, "INR"],
  [/^\s*(?:dirhams?)\b/i, "AED"],
  [/^\s*(?:yen)\b/i, "JPY"],
  [/^\s*(?:yuan|renminbi)\b/i, "CNY"],
  [/^\s*(?:naira)\b/i, "NGN"],
  [/^\s*(?:shillings?)\b/i, "KES"],
  [/^\s*(?:cedis?)\b/i, "GHS"],
  [/^\s*(?:rand)\b/i, "ZAR"],
  [/^\s*(?:riyals?)\b/i, "SAR"],
  [/^\s*(?:lira)\b/i, "TRY"],
  [/^\s*(?:pesos?)\b/i, "MXN"],
  [/^\s*(?:takas?)\b/i, "BDT"],
  [/^\s*(?:USD|EUR|GBP|INR|AED|JPY|CNY|CHF|AUD|CAD|NGN|KES|GHS|ZAR|SAR|QAR|PKR|BDT)\b/, ""],
];

const VULGAR: Record<string, number> = { "½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅛": 0.125 };
const DIGITS = /(?:\d{1,3}(?:,\d{3})+|\d{1,2}(?:,\d{2})+,\d{3}|\d+)(?:\.\d+)?|\.\d+/y;
const WORD_NUMBER = /(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\b/iy;
const SCALE_AFTER = /(?:\s?(?:hundred|thousand|million|billion|trillion|lakhs?|crores?)\b|(?:k|m|mn|mln|bn|b|tn|trn)\b)/iy;
const PERCENT_AFTER = /\s?(?:%|per\s?cent\b|percent\b|pc\b|pct\b)/iy;


const NUMBER_WORD = /^[\s-]*(?:and\s+)?([a-z]+)/i;
const BIG: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7 };

/**
 * A number in words, however long: "one hundred and sixteen", "two thousand three hundred",
 * "twenty-one", "three and a half", "one hundred and three and two thirds", "three point five".
 */
function wordNumber(text: string, at: number): { end: number; value: number } {
  let total = 0;
  let current = 0;
  let end = at;
  let pos = at;
  let last: "unit" | "tens" | "hundred" | "big" | null = null;
  for (;;) {
    const m = NUMBER_WORD.exec(text.slice(pos, pos + 24));
    if (!m) break;
    const word = m[1]!.toLowerCase();
    const hasAnd = /\band\s/i.test(m[0]);
    // "and" joins only inside a number: "one hundred and sixteen", not "three and four".
    if (hasAnd && last !== "hundred" && last !== "big") break;
    if (word in UNITS && last !== "unit" && !(last === "tens" && UNITS[word]! >= 10)) {
      current += UNITS[word]!;
      last = "unit";
    } else if (word in TENS && last !== "unit" && last !== "tens") {
      current += TENS[word]!;
      last = "tens";
    } else if (word === "hundred" && current % 100 > 0) {
      current *= 100;
      last = "hundred";
    } else if (word in BIG && (current > 0 || total === 0) && last !== "big" && last !== null) {
      total += (current || 1) * BIG[word]!;
      current = 0;
      last = "big";
    } else break;
    pos += m[0].length;
    end = pos;
  }
  let value = total + current;
  // "three and a half", "one hundred and three and two thirds": a fraction joined by "and".
  const fraction = /^\s+and\s+(?:a|one|(two|three|four))[\s-](half|thirds?|quarters?)\b/i.exec(text.slice(end, end + 28));
  if (fraction) {
    value += (fraction[1] ? UNITS[fraction[1].toLowerCase()]! : 1) * FRACTIONS[fraction[2]!.toLowerCase()]!;
    end += fraction[0].length;
  }
  // "three point five"
  const point = /^\s+point((?:\s+(?:zero|one|two|three|four|five|six|seven|eight|nine))+)\b/i.exec(text.slice(end, end + 60));
  if (point) {
    const digits = point[1]!.trim().split(/\s+/).map((w) => UNITS[w.toLowerCase()]!).join("");
    value = Number(`${value}.${digits}`);
    end += point[0].length;
  }
  return { end, value };
}

/** The numeral starting at `at` (a digit, a number word or a fraction word), or null. */
export function numeralAt(text: string, at: number): Numeral | null {
  let end: number;
  let value: number;
  let words = false;
  let fraction = false;
  DIGITS.lastIndex = at;
  const digits = DIGITS.exec(text);
  if (digits) {
    end = at + digits[0].length;
    value = Number(digits[0].replace(/,/g, ""));
    // "1e10", "1.3x10^6": scientific notation.
    const exponent = /^(?:e([+-]?\d{1,3})|\s?[x×]\s?10\^([+-]?\d{1,3}))\b/i.exec(text.slice(end, end + 12));
    if (exponent) {
      value *= 10 ** Number(exponent[1] ?? exponent[2]);
      end += exponent[0].length;
    }
    // "1/2", "10 1/2 miles", "10½": a fraction, or a whole number and a fraction.
    const slash = /^\/(\d{1,2})(?![\d/])/.exec(text.slice(end, end + 4));
    const mixed = /^\s?(\d)\/(\d{1,2})(?![\d/])|^\s?([½⅓⅔¼¾⅕⅛])/.exec(text.slice(end, end + 6));
    if (slash && Number(slash[1]) > value && value > 0 && !digits[0].includes(".")) {
      value = value / Number(slash[1]);
      end += slash[0].length;
      fraction = true;
    } else if (mixed && !digits[0].includes(".")) {
      value += mixed[3] ? VULGAR[mixed[3]]! : Number(mixed[1]) / Number(mixed[2]);
      end += mixed[0].length;
    }
  } else {
    WORD_NUMBER.lastIndex = at;
    const word = WORD_NUMBER.exec(text);
    const dozen = /^(?:an?\s+|one\s+)?dozen\b/i.exec(text.slice(at, at + 12));
    const share = /^(?:(?:a|one|an)\s+|(one|two|three|four|five|six|seven|eight|nine)[- ])?(half|thirds?|quarters?|fifths?|tenths?)\b/i.exec(text.slice(at, at + 24));
    if (share && (share[1] || /^(?:a|one|an)\s/i.test(share[0]) || /^half\b/i.test(share[0]))) {
      end = at + share[0].length;
      const times = share[1] ? UNITS[share[1].toLowerCase()]! : 1;
      value = times * FRACTIONS[share[2]!.toLowerCase()]!;
      // "a third" and "a quarter" need the article: "third" alone is an ordinal.
      if (!share[1] && /^(?:thirds?|quarters?|fifths?|tenths?)$/i.test(share[2]!) && !/^(?:a|one|an)\s/i.test(share[0])) return null;
      fraction = true;
    } else if (dozen) {
      end = at + dozen[0].length;
      value = 12;
    } else if (word) {
      // "twenty-fifth", "forty-second": an ordinal, not a number.
      if (/^-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)\b|^(?:th|st|nd|rd)\b/i.test(text.slice(at + word[0].length, at + word[0].length + 9))) return null;
      const compound = wordNumber(text, at);
      end = compound.end;
      value = compound.value;
      const dozens = /^\s+dozen\b/i.exec(text.slice(end, end + 8));
      if (dozens) {
        end += dozens[0].length;
        value *= 12;
      }
    } else return null;
    words = true;
  }
  // Scale: "2.3 million", "$3bn", "60 lakh", "1.2k"; "two hundred thousand".
  for (let k = 0; k < 2 && !fraction; k++) {
    SCALE_AFTER.lastIndex = end;
    const scale = SCALE_AFTER.exec(text);
    if (!scale) break;
    const word = scale[0].trim().toLowerCase();
    // "5m" is five million only without a measure reading ("5m tall"): money and counts take it.
    if (word === "m" && /^\s*(?:tall|high|long|deep|wide|away)\b/.test(text.slice(SCALE_AFTER.lastIndex))) break;
    if (word === "b" && !/^\d/.test(text.slice(at))) break;
    value *= SCALES[word]!;
    end = SCALE_AFTER.lastIndex;
  }
  value = Math.round(value * 1e9) / 1e9;
  // "-5 degrees", "minus five percent", "negative ten": below zero.
  const sign = /(?:^|[\s(])(-|−|minus\s+|negative\s+)$/i.exec(text.slice(Math.max(0, at - 10), at));
  if (sign) {
    value = -value;
    at -= sign[1]!.length;
  }
  // Currency around it.
  let start = at;
  let currency: string | null = null;
  // A sign may stand a space apart from the number ("$ 75 million", "C$ 16.4 million").
  const spaced = / $/.test(text.slice(at - 1, at)) && /[$£€¥₹₦]$/.test(text.slice(at - 2, at - 1)) ? 1 : 0;
  const before = text.slice(Math.max(0, at - 8 - spaced), at - spaced).replace(/^(.*)c \$$/i, "$1C$");
  for (const [pattern, code] of CURRENCY_BEFORE) {
    const m = pattern.exec(before);
    if (m) {
      // A letter before a symbol that is a word ("R", "N", "SR") must not be the end of a word.
      const from = at - spaced - m[0].length - (/c \$$/i.test(text.slice(Math.max(0, at - spaced - 3), at - spaced)) ? 1 : 0);
      if (/[A-Za-z]$/.test(text.slice(0, from)) && /^[A-Za-z]/.test(m[0])) continue;
      currency = code;
      start = from;
      break;
    }
  }
  if (!currency) {
    for (const [pattern, code] of CURRENCY_AFTER) {
      const m = pattern.exec(text.slice(end, end + 20));
      if (m) {
        // "74 cents a share": a hundredth of the currency.
        if (code.endsWith("/100")) {
          if (/^\s*p$/i.test(m[0]) && !/^\s*p\b(?!\.)/i.test(text.slice(end, end + 4))) continue;
          value = Math.round(value * 1e6) / 1e8;
        }
        currency = code ? code.replace("/100", "") : m[0].trim().toUpperCase();
        end += m[0].length;
        break;
      }
    }
  }
  PERCENT_AFTER.lastIndex = end;
  const percent = PERCENT_AFTER.exec(text);
  if (percent) end = PERCENT_AFTER.lastIndex;
  return { start, end, value, currency, percent: percent !== null, fraction, words };
}
