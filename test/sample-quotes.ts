// Quotes and speakers of fixtures/sample/input.txt as a reader marks them, by hand: the input to
// the rendering and CLI tests until (and independently of) the quote engine.
import type { QuoteSpec, SpeakerSpec } from "./build.js";

export const SAMPLE_SPEAKERS: SpeakerSpec[] = [
  { name: "provincial disaster office", kind: "organisation", mentions: [{ text: "provincial disaster office", kind: "description" }] },
  { name: "Ramon Castillo", role: "operations chief", aliases: ["Castillo"], mentions: ["Ramon Castillo"] },
  { name: "Alma Reyes", mentions: ["Alma Reyes", { text: "she", kind: "pronoun", in: "she said" }] },
  { name: "Teresa Villanueva", role: "Provincial governor", mentions: ["Teresa Villanueva"] },
];

export const SAMPLE_QUOTES: QuoteSpec[] = [
  {
    text: "about 40 per cent of the roads in the mountain districts were blocked by mud or fallen trees",
    kind: "indirect",
    speaker: 0,
    cue: "said",
    mention: "provincial disaster office",
    method: "named-before",
  },
  { text: "We are still reaching villages that we could not get to yesterday,", speaker: 1, cue: "said", mention: "Ramon Castillo" },
  { text: "Every hour the rain stops, we can send more teams up.", speaker: 1, method: "carried-over" },
  { text: "The ground was moving like water,", speaker: 2, cue: "said", mention: "she", method: "pronoun" },
  { text: "We heard the trees cracking first, and then the house next to ours was gone.", speaker: 2, method: "carried-over" },
  {
    text: "the province would release $2.5 million in emergency funds for food, shelter and repairs to damaged homes, and that schools in five towns would stay closed until at least Wednesday",
    kind: "indirect",
    speaker: 3,
    cue: "said that",
    mention: "Teresa Villanueva",
    method: "named-before",
  },
  { text: "the death toll could rise", kind: "indirect", speaker: null, cue: "warned" },
];
