// Numeric claims of fixtures/sample/input.txt as a reader marks them, by hand: with the quotes of
// sample-quotes.ts, the input to the claims rendering and CLI tests, whatever the claim engine finds.
import type { ClaimSpec } from "./build.js";

export const SAMPLE_CLAIMS: ClaimSpec[] = [
  { text: "at least 12 people", value: 12, qualifier: "at_least", unit: "people", kind: "count" },
  { text: "More than 3,000 people", value: 3000, qualifier: "more_than", unit: "people", kind: "count" },
  // Inside the disaster office's indirect quote: the office states it.
  { text: "about 40 per cent", value: 40, qualifier: "about", unit: "percent", kind: "percent" },
  { text: "Twenty-seven people", value: 27, unit: "people", kind: "count" },
  { text: "412 millimetres", value: 412, unit: "mm", kind: "measure" },
  { text: "48 hours", value: 48, unit: "hours", kind: "duration" },
  { text: "46", after: "Alma Reyes", value: 46, unit: "years", kind: "age" },
  { text: "two children", value: 2, unit: "children", kind: "count" },
  // Inside Teresa Villanueva's indirect quote.
  { text: "$2.5 million", value: 2_500_000, unit: "USD", kind: "money" },
  { text: "five towns", value: 5, unit: "towns", kind: "count" },
];
