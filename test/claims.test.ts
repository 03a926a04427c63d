// Unit tests of the claims engine (src/claims/) on invented news sentences: values, hedges,
// ranges, units, kinds, what is not a claim, and the source of a number said in a quote.
import { describe, expect, it } from "vitest";
import { findClaims } from "../src/claims/index.js";
import { parseText } from "../src/index.js";
import type { Claim } from "../src/types.js";

const claimsOf = (text: string): Claim[] => {
  const claims = findClaims(text, [{ index: 0, start: 0, end: text.length, text }]);
  for (const c of claims) expect(c.text).toBe(text.slice(c.start, c.end));
  return claims;
};
const brief = (c: Claim) => [c.value, c.qualifier, c.unit, c.kind, c.high];

describe("values, hedges and units", () => {
  it.each([
    ["At least 12 people were killed.", [12, "at_least", "people", "count", null]],
    ["More than 3,000 people fled.", [3000, "more_than", "people", "count", null]],
    ["The strip has a 2.3 million population.", [2300000, "exact", "population", "count", null]],
    ["The World Bank pledged $3bn in aid.", [3e9, "exact", "USD", "money", null]],
    ["The deal is worth US$4.7 billion.", [4.7e9, "exact", "USD", "money", null]],
    ["It raised €450m from investors.", [4.5e8, "exact", "EUR", "money", null]],
    ["Iceland spent £5m on the site.", [5e6, "exact", "GBP", "money", null]],
    ["The fund holds Rs 5 crore.", [5e7, "exact", "INR", "money", null]],
    ["The prize was Dh734,600.", [734600, "exact", "AED", "money", null]],
    ["Unemployment has risen to 45 per cent.", [45, "exact", "percent", "percent", null]],
    ["Youth unemployment hit 45%.", [45, "exact", "percent", "percent", null]],
    ["Inflation rose 0.4 percentage points.", [0.4, "exact", "percentage points", "percent", null]],
    ["Nearly two-thirds of homes were damaged.", [2 / 3, "about", "homes", "fraction", null]],
    ["Israel controls at least half of the territory.", [0.5, "at_least", "territory", "fraction", null]],
    ["Roughly 1.7m people are displaced.", [1.7e6, "about", "people", "count", null]],
    ["Up to 500 trucks a day are needed.", [500, "up_to", "trucks", "count", null]],
    ["Between 30 and 40 medics remain.", [30, "range", "medics", "count", 40]],
    ["Officials expect 10-20 arrests.", [10, "range", "arrests", "count", 20]],
    ["Two or three soldiers were wounded.", [2, "range", "soldiers", "count", 3]],
    ["It costs about $10-$20 per dose.", [10, "range", "USD", "money", 20]],
    ["A dozen journalists were detained.", [12, "exact", "journalists", "count", null]],
    ["Some 1,200 Britons are still there.", [1200, "about", "Britons", "count", null]],
    ["Fewer than 5,000 residents voted.", [5000, "less_than", "residents", "count", null]],
    ["One in five adults smoke.", [0.2, "exact", "adults", "ratio", null]],
    ["A 25-year-old man was arrested.", [25, "exact", "years", "age", null]],
    ["Alma Reyes, 46, fled her home.", [46, "exact", "years", "age", null]],
    ["Rebels advanced more than 1,000 km.", [1000, "more_than", "km", "measure", null]],
    ["The district recorded 412 millimetres of rain.", [412, "exact", "mm", "measure", null]],
    ["The combined team will be 10 times larger.", [10, "exact", "times", "multiplier", null]],
    ["The census counted 60,35,660 residents.", [6035660, "exact", "residents", "count", null]],
    ["It pumps 3.4 million barrels per day.", [3.4e6, "exact", "barrels per day", "measure", null]],
    ["200 or more people gathered.", [200, "at_least", "people", "count", null]],
    ["Hamas freed at least 69 of the more than 200 hostages.", [69, "at_least", "hostages", "count", null]],
    ["Revenue will be $12.9bn–$13.1bn this year.", [12.9e9, "range", "USD", "money", 13.1e9]],
    ["Rents range from Dh50,000 to Dh100,000 a year.", [50000, "range", "AED", "money", 100000]],
    ["Forecasters expect 150mm to 200mm of rain.", [150, "range", "mm", "measure", 200]],
    ["Between 2 and 3 million people fled.", [2e6, "range", "people", "count", 3e6]],
    ["The company earned 74 cents a share.", [0.74, "exact", "USD", "money", null]],
    ["Farmers sold tea for Sh112,000 a tonne.", [112000, "exact", "KES", "money", null]],
    ["Fuel now costs N15,000 a litre.", [15000, "exact", "NGN", "money", null]],
    ["Temperatures reached 38C on Monday.", [38, "exact", "degrees Celsius", "measure", null]],
    ["Exports fell to less than a tenth of total sales.", [0.1, "less_than", "sales", "fraction", null]],
    ["Free cash flow would be \"at least $2bn\".", [2e9, "at_least", "USD", "money", null]],
    ["Overnight it fell to -5 degrees Celsius.", [-5, "exact", "degrees Celsius", "measure", null]],
    ["Sales were minus five percent on the year.", [-5, "exact", "percent", "percent", null]],
    ["The butcher sold two pounds of meat.", [2, "exact", "pounds", "measure", null]],
    ["The trail is 10 1/2 miles long.", [10.5, "exact", "miles", "measure", null]],
    ["The fund was worth 1e10 dollars.", [1e10, "exact", "USD", "money", null]],
    ["Each can holds 180ml of juice.", [180, "exact", "ml", "measure", null]],
    ["The shares cost 14.27 cents each.", [0.1427, "exact", "USD", "money", null]],
    ["Turnout was 20 through 30 percent.", [20, "range", "percent", "percent", 30]],
    ["The count is greater than 100 and smaller than 300 votes.", [100, "range", "votes", "count", 300]],
    ["One out of three voters stayed home.", [1 / 3, "exact", "voters", "ratio", null]],
    ["The value is >= 50 units.", [50, "at_least", "units", "count", null]],
  ])("%s", (text, expected) => {
    const claims = claimsOf(text);
    expect(claims.length, JSON.stringify(claims.map(brief))).toBeGreaterThan(0);
    const [value, ...rest] = brief(claims[0]!);
    expect(value as number).toBeCloseTo(expected[0] as number, 6);
    expect(rest).toEqual(expected.slice(1));
  });

  it("counts both numbers of a partitive for the same noun", () => {
    const claims = claimsOf("Hamas freed at least 69 of the more than 200 hostages it took.");
    expect(claims.map(brief)).toEqual([
      [69, "at_least", "hostages", "count", null],
      [200, "more_than", "hostages", "count", null],
    ]);
  });

  it("keeps two hedged counts of different things apart", () => {
    expect(claimsOf("At least 12 people died and more than 40 were hurt.").map((c) => [c.value, c.qualifier])).toEqual([
      [12, "at_least"],
      [40, "more_than"],
    ]);
  });

  it("reads a change as two values, not a range", () => {
    expect(claimsOf("Passengers rose from 52 million to 78 million.").map((c) => [c.value, c.qualifier, c.high])).toEqual([
      [52e6, "exact", null],
      [78e6, "exact", null],
    ]);
  });

  it("takes no hedge from a particle (hand over 3,400 units)", () => {
    expect(claimsOf("The developer will hand over 3,400 new units.").map(brief)).toEqual([[3400, "exact", "units", "count", null]]);
  });

  it("takes the noun of the count before for a count of them", () => {
    expect(claimsOf("The agency said 112 people had been injured, 19 of them critically.").map((c) => [c.value, c.unit])).toEqual([
      [112, "people"],
      [19, "people"],
    ]);
  });

  it("reads a composite duration as one claim in seconds", () => {
    const [c] = claimsOf("He finished in two hours, four minutes and 45 seconds.");
    expect(c).toMatchObject({ value: 7485, unit: "seconds", kind: "duration", text: "two hours, four minutes and 45 seconds" });
  });
});

describe("not claims", () => {
  it.each([
    "The attack happened on 7 October 2023 at 6.30am.",
    "Call 020 7946 0958 or visit bbc.co.uk/news/12345678.",
    "He served in the 2nd Battalion.",
    "She finished twenty-fifth in the race.",
    "Some officials disagreed.",
    "One of the officials said no one was hurt.",
    "The Boeing 737 landed in the 1990s.",
    "Covid-19 cases fell in the G20.",
    "TEXAS CITY, Texas (FOX 26) — A couple spoke out.",
    "She played at the Zayed International Half-Marathon.",
    "Published 3 min read",
    "The meeting began at 5:04 PM EST on March 3.",
    "Dial *483*7# or call 233-4455 for help.",
  ])("%s", (text) => {
    expect(claimsOf(text).map((c) => c.text)).toEqual([]);
  });
});

describe("sources", () => {
  it("ties a number in a quote or an attributed clause to its speaker, and leaves the reporter's own numbers unsourced", () => {
    const doc = parseText(
      "Flood toll rises\n\nAt least 12 people died in the floods on Saturday, police said.\n\n“We have moved more than 3,000 people,” said Ramon Castillo, the mayor.\n\nThe river rose by two metres overnight.\n",
    );
    const by = (text: string) => doc.claims.find((c) => c.text.startsWith(text))!;
    expect(by("At least 12").source?.name).toBe("police");
    expect(by("more than 3,000").source?.name).toBe("Ramon Castillo");
    expect(by("more than 3,000").quote).toBe(doc.quotes.find((q) => q.kind === "direct")!.id);
    expect(by("two metres").source).toBeNull();
  });
});
