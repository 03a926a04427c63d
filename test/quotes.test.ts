// Unit tests of the quote engine (src/quotes/) on short invented news-style texts: quotation
// marks, direct / partial / indirect quotes, attribution, speakers, and the pieces (sentences,
// names, cues). Names, places and outlets are made up.
import { describe, expect, it } from "vitest";
import { findCues } from "../src/quotes/cues.js";
import { findQuotes, type QuoteReading } from "../src/quotes/index.js";
import { sentenceSpans } from "../src/quotes/sentences.js";
import { nameParts } from "../src/quotes/sources.js";
import type { Paragraph, Quote, Speaker } from "../src/types.js";

/** One paragraph per non-blank line, with offsets into `input`. */
function paragraphsOf(input: string): Paragraph[] {
  const out: Paragraph[] = [];
  for (const m of input.matchAll(/[^\r\n]+/g)) {
    if (!m[0].trim()) continue;
    out.push({ index: out.length, text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** findQuotes over `input`, checking the offsets of every quote, cue and mention on the way. */
function read(input: string, authors?: string[]): QuoteReading {
  const reading = findQuotes(input, paragraphsOf(input), authors ? { authors } : {});
  reading.quotes.forEach((q, i) => {
    expect(q.id).toBe(`q${i + 1}`);
    expect(q.text).toBe(input.slice(q.start, q.end));
    if (q.cue) expect(q.cue.text).toBe(input.slice(q.cue.start, q.cue.end));
    if (q.attribution.mention) expect(q.attribution.mention.text).toBe(input.slice(q.attribution.mention.start, q.attribution.mention.end));
    if (q.attribution.via) expect(q.attribution.via.text).toBe(input.slice(q.attribution.via.start, q.attribution.via.end));
  });
  for (const s of reading.speakers) for (const m of s.mentions) expect(m.text).toBe(input.slice(m.start, m.end));
  return reading;
}

function speakerOf(reading: QuoteReading, q: Quote): Speaker {
  const s = reading.speakers.find((x) => x.id === q.speaker?.id);
  expect(s, `speaker of ${q.id}`).toBeDefined();
  return s!;
}

function speakerNamed(reading: QuoteReading, name: string): Speaker {
  const s = reading.speakers.find((x) => x.name === name);
  expect(s, `speaker ${name}`).toBeDefined();
  return s!;
}

/** The single quote of a reading. */
function single(reading: QuoteReading): Quote {
  expect(reading.quotes).toHaveLength(1);
  return reading.quotes[0]!;
}

describe("direct quotes and quotation marks", () => {
  it("takes a quote with the cue after it (“…,” Mayor Ana Ruiz said.)", () => {
    const r = read("“We will rebuild every house,” Mayor Ana Ruiz said.");
    const q = single(r);
    expect(q).toMatchObject({ kind: "direct", text: "We will rebuild every house,", paragraph: 0, continues: null });
    expect(q.speaker?.name).toBe("Ana Ruiz");
    expect(q.cue?.text).toBe("said");
    expect(q.attribution.method).toBe("named-after");
    expect(q.attribution.mention?.text).toBe("Mayor Ana Ruiz");
    const s = speakerOf(r, q);
    expect(s).toMatchObject({ name: "Ana Ruiz", role: "Mayor", kind: "person", quotes: 1 });
  });

  it("takes an inverted cue with an appositive role (“…,” said Ana Ruiz, the town's mayor.)", () => {
    const r = read("“We will rebuild every house,” said Ana Ruiz, the town's mayor.");
    const q = single(r);
    expect(q).toMatchObject({ kind: "direct", text: "We will rebuild every house," });
    expect(q.speaker?.name).toBe("Ana Ruiz");
    expect(q.cue?.text).toBe("said");
    expect(q.attribution.method).toBe("named-after");
    expect(q.attribution.mention?.text).toBe("Ana Ruiz");
    expect(speakerOf(r, q)).toMatchObject({ role: "the town's mayor", kind: "person" });
  });

  it("takes a quote introduced by a colon (Ruiz said: “…”)", () => {
    const r = read("Ana Ruiz spoke to residents on Tuesday.\nRuiz said: “The water will be back by Friday.”");
    const q = single(r);
    expect(q).toMatchObject({ kind: "direct", text: "The water will be back by Friday.", paragraph: 1 });
    expect(q.speaker?.name).toBe("Ana Ruiz");
    expect(q.cue?.text).toBe("said");
    expect(q.attribution.method).toBe("named-before");
    expect(q.attribution.mention?.text).toBe("Ruiz");
    expect(speakerOf(r, q).aliases).toEqual(["Ruiz"]);
  });

  it("takes straight double quotation marks, with apostrophes inside", () => {
    const r = read("\"We don't know if Qatar's offer still stands,\" said Tom Baker, a trader.");
    const q = single(r);
    expect(q).toMatchObject({ kind: "direct", text: "We don't know if Qatar's offer still stands," });
    expect(q.speaker?.name).toBe("Tom Baker");
    expect(q.attribution.method).toBe("named-after");
    expect(speakerOf(r, q).role).toBe("a trader");
  });

  it("takes straight double marks in a colon introduction", () => {
    const q = single(read('Sarah Quinn said: "The season must start on time."'));
    expect(q).toMatchObject({ kind: "direct", text: "The season must start on time." });
    expect(q.speaker?.name).toBe("Sarah Quinn");
    expect(q.attribution.method).toBe("named-before");
  });

  it("takes curly double marks, with curly apostrophes inside", () => {
    const q = single(read("“We don’t know if Qatar’s offer still stands,” said Tom Baker, a trader."));
    expect(q).toMatchObject({ kind: "direct", text: "We don’t know if Qatar’s offer still stands," });
    expect(q.speaker?.name).toBe("Tom Baker");
  });

  it("takes British curly single marks and does not take don’t, Qatar’s, the workers’ union for marks", () => {
    const q = single(read("‘We don’t know if Qatar’s offer still stands for the workers’ union,’ said Tom Baker, a trader."));
    expect(q).toMatchObject({ kind: "direct", text: "We don’t know if Qatar’s offer still stands for the workers’ union," });
    expect(q.speaker?.name).toBe("Tom Baker");
    expect(q.cue?.text).toBe("said");
  });

  it("takes British straight single marks around '90s, rock 'n' roll and don't", () => {
    const r = read("'Everyone here grew up on '90s rock 'n' roll and we don't apologise,' said Tom Baker, a DJ.");
    const q = single(r);
    expect(q).toMatchObject({ kind: "direct", text: "Everyone here grew up on '90s rock 'n' roll and we don't apologise," });
    expect(q.speaker?.name).toBe("Tom Baker");
    expect(r.diagnostics).toEqual([]);
  });

  it("does not close a straight single quotation at a plural possessive (the workers' union)", () => {
    const q = single(read("'This is a fight for the workers' union and for every family in the town,' said Tom Baker."));
    expect(q.text).toBe("This is a fight for the workers' union and for every family in the town,");
    expect(q.speaker?.name).toBe("Tom Baker");
  });

  it("closes a straight single quotation that ends in s' before the cue", () => {
    const q = single(read("'We will always stand with the nurses,' said Tom Baker, a union organiser."));
    expect(q.text).toBe("We will always stand with the nurses,");
  });

  it("finds no quotation in apostrophes of the reporter's own prose", () => {
    const r = read("Rock 'n' roll fans from the '90s don't miss the workers' bar, which Qatar's investors bought last year.");
    expect(r).toEqual({ quotes: [], speakers: [], diagnostics: [] });
  });

  it("takes guillemets «…»", () => {
    const r = read("«We will not leave this square,» said Lina Haddad, a protest organiser.");
    const q = single(r);
    expect(q).toMatchObject({ kind: "direct", text: "We will not leave this square," });
    expect(q.speaker?.name).toBe("Lina Haddad");
    expect(speakerOf(r, q).role).toBe("a protest organiser");
  });

  it("takes guillemets after a colon", () => {
    const q = single(read("Sarah Quinn said: «The season must start on time.»"));
    expect(q).toMatchObject({ kind: "direct", text: "The season must start on time." });
    expect(q.attribution.method).toBe("named-before");
  });

  it("keeps a quote nested inside another as part of the outer one", () => {
    const r = read("“My father told me ‘never sell the land’ and I never will,” said Tom Baker.");
    const q = single(r);
    expect(q).toMatchObject({ kind: "direct", text: "My father told me ‘never sell the land’ and I never will," });
    expect(q.speaker?.name).toBe("Tom Baker");
    // "told" inside the quotation is not the cue.
    expect(q.cue?.text).toBe("said");
    expect(q.cue!.start).toBeGreaterThan(q.end);
  });

  it("keeps two nested quotes inside the outer one", () => {
    const q = single(read("“Nobody said ‘stop’ and nobody said ‘go’,” Sarah Quinn told reporters."));
    expect(q.text).toBe("Nobody said ‘stop’ and nobody said ‘go’,");
    expect(q.speaker?.name).toBe("Sarah Quinn");
    expect(q.cue?.text).toBe("told");
  });

  it("does not take speech verbs inside a quotation for its cue", () => {
    const input = "“I said no to them and I told them why,” Sarah Quinn, the chair, said.";
    const r = read(input);
    const q = single(r);
    expect(q.text).toBe("I said no to them and I told them why,");
    expect(q.cue?.start).toBe(input.lastIndexOf("said"));
    expect(speakerOf(r, q)).toMatchObject({ name: "Sarah Quinn", role: "the chair" });
  });
});

describe("split, multi-paragraph and carried-over quotes", () => {
  it("splits “A,” Baker said. “B.” into two quotes of one speaker", () => {
    const r = read("Tom Baker has farmed the valley for forty years.\n“We tried everything,” Baker said. “Nothing worked in the end.”");
    expect(r.quotes).toHaveLength(2);
    const [a, b] = r.quotes as [Quote, Quote];
    expect(a).toMatchObject({ kind: "direct", text: "We tried everything,", paragraph: 1 });
    expect(a.attribution.method).toBe("named-after");
    expect(a.cue?.text).toBe("said");
    expect(b).toMatchObject({ kind: "direct", text: "Nothing worked in the end.", paragraph: 1, continues: null });
    expect(b.attribution.method).toBe("carried-over");
    expect(b.speaker).toEqual(a.speaker);
    expect(a.speaker?.name).toBe("Tom Baker");
    expect(r.speakers).toHaveLength(1);
    expect(r.speakers[0]).toMatchObject({ quotes: 2, aliases: ["Baker"] });
  });

  it("splits “A,” he said. “B.” with he resolved to the person named before", () => {
    const r = read("Michael Grant has farmed the valley for forty years.\n“We tried everything,” he said. “Nothing worked.”");
    expect(r.quotes.map((q) => q.text)).toEqual(["We tried everything,", "Nothing worked."]);
    expect(r.quotes.map((q) => q.speaker?.name)).toEqual(["Michael Grant", "Michael Grant"]);
    expect(r.quotes.map((q) => q.attribution.method)).toEqual(["pronoun", "carried-over"]);
    expect(r.quotes[0]!.attribution.mention?.text).toBe("he");
  });

  it("splits “A,” said X. “B.” in one sentence pair", () => {
    const r = read("“We tried everything,” said Tom Baker. “Nothing worked in the end.”");
    expect(r.quotes.map((q) => [q.text, q.speaker?.name, q.attribution.method])).toEqual([
      ["We tried everything,", "Tom Baker", "named-after"],
      ["Nothing worked in the end.", "Tom Baker", "carried-over"],
    ]);
  });

  it("reads a quotation over two paragraphs (reopened, closed only at the end) as linked segments", () => {
    const r = read("Tom Baker, a farmer, said: “The water came up through the floor. We carried the children to the roof.\n“By morning the whole valley was a lake. Nobody came for two days.”");
    expect(r.quotes).toHaveLength(2);
    const [a, b] = r.quotes as [Quote, Quote];
    expect(a).toMatchObject({ kind: "direct", paragraph: 0, continues: null, text: "The water came up through the floor. We carried the children to the roof." });
    expect(a.attribution.method).toBe("named-before");
    expect(b).toMatchObject({ kind: "direct", paragraph: 1, continues: a.id, text: "By morning the whole valley was a lake. Nobody came for two days." });
    expect(b.attribution.method).toBe("carried-over");
    expect(b.speaker).toEqual(a.speaker);
    expect(speakerOf(r, a)).toMatchObject({ name: "Tom Baker", role: "a farmer", quotes: 2 });
  });

  it("links every later segment of a three-paragraph quotation to the first segment", () => {
    const input = [
      "“The water came up through the floor,” said Tom Baker, a farmer. “We carried the children to the roof and waited there until dawn.",
      "“By morning the whole valley was a lake.",
      "“Nobody came for two days and nobody has called since.”",
      "The council has promised an inquiry.",
    ].join("\n");
    const r = read(input);
    expect(r.quotes.map((q) => [q.paragraph, q.text, q.continues])).toEqual([
      [0, "The water came up through the floor,", null],
      [0, "We carried the children to the roof and waited there until dawn.", null],
      [1, "By morning the whole valley was a lake.", "q2"],
      [2, "Nobody came for two days and nobody has called since.", "q2"],
    ]);
    expect(new Set(r.quotes.map((q) => q.speaker?.name))).toEqual(new Set(["Tom Baker"]));
    expect(r.quotes.map((q) => q.kind)).toEqual(["direct", "direct", "direct", "direct"]);
    expect(r.speakers).toHaveLength(1);
    expect(r.speakers[0]!.quotes).toBe(4);
  });

  it("carries the speaker of a multi-paragraph quotation introduced by reported speech", () => {
    const input = [
      "Lina Haddad, a nurse, said the clinic had run out of supplies.",
      "“We have no insulin and no antibiotics left in the building.",
      "“Patients are sleeping in the corridors because the wards are full.",
      "“We cannot go on like this for another week,” Haddad said.",
    ].join("\n");
    const r = read(input);
    const direct = r.quotes.filter((q) => q.kind === "direct");
    expect(direct.map((q) => q.paragraph)).toEqual([1, 2, 3]);
    expect(direct.map((q) => q.continues)).toEqual([null, direct[0]!.id, direct[0]!.id]);
    expect(direct.every((q) => q.speaker?.name === "Lina Haddad")).toBe(true);
    expect(direct.at(-1)!.text).toBe("We cannot go on like this for another week,");
  });

  it("carries the speaker over to a quote paragraph after an attributed quote", () => {
    const r = read("“We will appeal the ruling in the high court,” said Maria Lopez, the union's lawyer.\n“This is not the end of the case and our members know it.”");
    expect(r.quotes).toHaveLength(2);
    const b = r.quotes[1]!;
    expect(b).toMatchObject({ kind: "direct", paragraph: 1, text: "This is not the end of the case and our members know it.", continues: null, cue: null });
    expect(b.speaker?.name).toBe("Maria Lopez");
    expect(b.attribution.method).toBe("carried-over");
    expect(r.speakers[0]!.quotes).toBe(2);
  });

  it("carries the speaker over to a quote paragraph after reported speech", () => {
    const r = read("Maria Lopez, the union's lawyer, said the ruling would be appealed.\n“This is not the end of the case and our members know it.”");
    expect(r.quotes.map((q) => [q.kind, q.text, q.speaker?.name, q.attribution.method])).toEqual([
      ["indirect", "the ruling would be appealed", "Maria Lopez", "named-before"],
      ["direct", "This is not the end of the case and our members know it.", "Maria Lopez", "carried-over"],
    ]);
  });
});

describe("partial quotes", () => {
  it("takes quoted words in the reporter's sentence with a cue as partial", () => {
    const r = read("Council leader Maria Lopez called the plan “a betrayal of voters”.");
    const q = single(r);
    expect(q).toMatchObject({ kind: "partial", text: "a betrayal of voters" });
    expect(q.speaker?.name).toBe("Maria Lopez");
    expect(q.cue?.text).toBe("called");
    expect(q.attribution.method).toBe("named-before");
    expect(speakerOf(r, q).role).toBe("Council leader");
  });

  it("takes She called the plan “…” as partial with she resolved", () => {
    const q = single(read("Maria Lopez, the council leader, spoke after the vote.\nShe called the plan “a betrayal of voters”."));
    expect(q).toMatchObject({ kind: "partial", text: "a betrayal of voters", paragraph: 1 });
    expect(q.speaker?.name).toBe("Maria Lopez");
    expect(q.attribution.method).toBe("pronoun");
    expect(q.attribution.mention?.text).toBe("She");
  });

  it("gives both the indirect clause and the partial quote when a clause holds quoted words", () => {
    const r = read("Maria Lopez said the plan was “a betrayal of voters” and would be opposed.");
    expect(r.quotes.map((q) => [q.kind, q.text])).toEqual([
      ["indirect", "the plan was “a betrayal of voters” and would be opposed"],
      ["partial", "a betrayal of voters"],
    ]);
    for (const q of r.quotes) {
      expect(q.speaker?.name).toBe("Maria Lopez");
      expect(q.cue?.text).toBe("said");
      expect(q.attribution.method).toBe("named-before");
    }
    expect(r.speakers).toHaveLength(1);
    expect(r.speakers[0]!.quotes).toBe(2);
  });

  it("gives only the partial quote when the quoted words are the whole clause", () => {
    const q = single(read("Maria Lopez said that “the plan is a betrayal of every voter in the district”."));
    expect(q).toMatchObject({ kind: "partial", text: "the plan is a betrayal of every voter in the district" });
    expect(q.speaker?.name).toBe("Maria Lopez");
    expect(q.cue?.text).toBe("said");
  });

  it("attributes a one-word partial quote to the person named in the sentence", () => {
    const r = read("“It is a betrayal of every fan,” said David Cole, the club's coach.\nCole called the decision “reckless”.");
    const q = r.quotes[1]!;
    expect(q).toMatchObject({ kind: "partial", text: "reckless", paragraph: 1 });
    expect(q.speaker?.name).toBe("David Cole");
    expect(q.attribution.mention?.text).toBe("Cole");
  });
});

describe("indirect quotes", () => {
  it("takes X said that …", () => {
    const r = read("Finance Minister Kofi Mensah said that the budget deficit would narrow next year.");
    const q = single(r);
    expect(q).toMatchObject({ kind: "indirect", text: "the budget deficit would narrow next year" });
    expect(q.speaker?.name).toBe("Kofi Mensah");
    expect(q.cue?.text).toBe("said");
    expect(q.attribution.method).toBe("named-before");
    expect(q.attribution.mention?.text).toBe("Finance Minister Kofi Mensah");
    expect(speakerOf(r, q)).toMatchObject({ role: "Finance Minister", kind: "person" });
  });

  it("takes X said … without that", () => {
    const q = single(read("Finance Minister Kofi Mensah said the budget deficit would narrow next year."));
    expect(q).toMatchObject({ kind: "indirect", text: "the budget deficit would narrow next year" });
    expect(q.speaker?.name).toBe("Kofi Mensah");
  });

  it("skips a time between the cue and that (said on Tuesday that …)", () => {
    const q = single(read("Kofi Mensah said on Tuesday that the budget deficit would narrow next year."));
    expect(q.text).toBe("the budget deficit would narrow next year");
    expect(q.cue?.text).toBe("said");
  });

  it("takes …, X said.", () => {
    const q = single(read("The budget deficit will narrow next year, Finance Minister Kofi Mensah said."));
    expect(q).toMatchObject({ kind: "indirect", text: "The budget deficit will narrow next year" });
    expect(q.speaker?.name).toBe("Kofi Mensah");
    expect(q.attribution.method).toBe("named-after");
  });

  it("takes …, said X, role.", () => {
    const r = read("The budget deficit will narrow next year, said Kofi Mensah, the finance minister.");
    const q = single(r);
    expect(q).toMatchObject({ kind: "indirect", text: "The budget deficit will narrow next year" });
    expect(q.attribution.method).toBe("named-after");
    expect(speakerOf(r, q)).toMatchObject({ name: "Kofi Mensah", role: "the finance minister" });
  });

  it("takes According to X, …", () => {
    const r = read("According to the finance ministry, the budget deficit will narrow next year.");
    const q = single(r);
    expect(q).toMatchObject({ kind: "indirect", text: "the budget deficit will narrow next year" });
    expect(q.speaker?.name).toBe("the finance ministry");
    expect(q.cue?.text).toBe("According to");
    expect(speakerOf(r, q).kind).toBe("organisation");
  });

  it("takes …, according to X.", () => {
    const r = read("The budget deficit will narrow next year, according to the finance ministry.");
    const q = single(r);
    expect(q).toMatchObject({ kind: "indirect", text: "The budget deficit will narrow next year" });
    expect(q.speaker?.name).toBe("the finance ministry");
    expect(q.cue?.text).toBe("according to");
    expect(q.attribution.mention?.text).toBe("the finance ministry");
    expect(speakerOf(r, q)).toMatchObject({ kind: "organisation", role: null });
  });

  it("takes X told Reuters that … (the listener is not the source)", () => {
    const r = read("Kofi Mensah told Reuters that the budget deficit would narrow next year.");
    const q = single(r);
    expect(q).toMatchObject({ kind: "indirect", text: "the budget deficit would narrow next year" });
    expect(q.speaker?.name).toBe("Kofi Mensah");
    expect(q.cue?.text).toBe("told");
    expect(r.speakers.map((s) => s.name)).toEqual(["Kofi Mensah"]);
  });

  it("takes X told Reuters … without that", () => {
    const q = single(read("Kofi Mensah told Reuters the budget deficit would narrow next year."));
    expect(q.text).toBe("the budget deficit would narrow next year");
    expect(q.speaker?.name).toBe("Kofi Mensah");
  });

  it("takes X told a named outlet on a day that …", () => {
    const q = single(read("Sarah Quinn told the Valley Herald on Monday that the season would start on time."));
    expect(q.text).toBe("the season would start on time");
    expect(q.speaker?.name).toBe("Sarah Quinn");
  });

  it("takes X added … without that", () => {
    const r = read("Kofi Mensah said the deficit would narrow.\nMensah added spending on roads would rise by a third.");
    expect(r.quotes.map((q) => [q.kind, q.text, q.cue?.text])).toEqual([
      ["indirect", "the deficit would narrow", "said"],
      ["indirect", "spending on roads would rise by a third", "added"],
    ]);
    expect(r.quotes[1]!.attribution.mention?.text).toBe("Mensah");
    expect(r.speakers).toHaveLength(1);
    expect(r.speakers[0]).toMatchObject({ name: "Kofi Mensah", aliases: ["Mensah"], quotes: 2 });
  });

  it("takes He added … with he resolved to the person who spoke before", () => {
    const r = read("David Mensah said the deficit would narrow. He added spending on roads would rise by a third.");
    expect(r.quotes).toHaveLength(2);
    const q = r.quotes[1]!;
    expect(q).toMatchObject({ kind: "indirect", text: "spending on roads would rise by a third" });
    expect(q.speaker?.name).toBe("David Mensah");
    expect(q.attribution.method).toBe("pronoun");
  });

  it("takes …, adding that … as a second clause of the same source", () => {
    const r = read("Kofi Mensah said the deficit would narrow, adding that spending on roads would rise by a third.");
    expect(r.quotes.map((q) => [q.kind, q.text, q.cue?.text, q.speaker?.name])).toEqual([
      ["indirect", "the deficit would narrow", "said", "Kofi Mensah"],
      ["indirect", "spending on roads would rise by a third", "adding", "Kofi Mensah"],
    ]);
  });

  it("takes a participle cue after the subject's own verb (…, pointing out that …)", () => {
    const q = single(read("Sarah Quinn defended the budget, pointing out that ticket sales had doubled since March."));
    expect(q).toMatchObject({ kind: "indirect", text: "ticket sales had doubled since March" });
    expect(q.speaker?.name).toBe("Sarah Quinn");
    expect(q.cue?.text).toBe("pointing out");
  });

  it("takes X pointed out that …", () => {
    const q = single(read("Sarah Quinn pointed out that ticket sales had doubled since March."));
    expect(q.text).toBe("ticket sales had doubled since March");
    expect(q.cue?.text).toBe("pointed out");
  });

  it("takes the whole sentence when the cue sits inside the clause (The cedi, according to …, has …)", () => {
    const input = "The cedi, according to the central bank, has lost a fifth of its value this year.";
    const r = read(input);
    const q = single(r);
    expect(q.kind).toBe("indirect");
    expect(q.text).toBe(input.slice(0, -1));
    expect(q.speaker?.name).toBe("the central bank");
    expect(q.cue?.text).toBe("according to");
    expect(speakerOf(r, q).kind).toBe("organisation");
  });
});

describe("nested attribution", () => {
  it("gives Quoting X, The Daily Ledger reported that … to the newspaper, via X", () => {
    const r = read("Quoting a senior official, The Daily Ledger reported that the talks had collapsed late on Monday.");
    const q = single(r);
    expect(q).toMatchObject({ kind: "indirect", text: "the talks had collapsed late on Monday" });
    expect(q.speaker?.name).toBe("Daily Ledger");
    expect(q.cue?.text).toBe("reported");
    expect(q.attribution.method).toBe("nested");
    expect(q.attribution.mention?.text).toBe("The Daily Ledger");
    expect(q.attribution.via?.text).toBe("a senior official");
    expect(speakerOf(r, q)).toMatchObject({ kind: "media", aliases: ["The Daily Ledger"] });
    // The official quoted by the paper is not a speaker of the article.
    expect(r.speakers).toHaveLength(1);
  });

  it("does the same without that", () => {
    const q = single(read("Quoting a senior official, The Daily Ledger reported the talks had collapsed late on Monday."));
    expect(q.text).toBe("the talks had collapsed late on Monday");
    expect(q.attribution.method).toBe("nested");
    expect(q.attribution.via?.text).toBe("a senior official");
  });
});

describe("speakers", () => {
  it("joins Burns and Mr Burns to William Burns", () => {
    const input = [
      "“There is still a path to a deal,” said William Burns, the CIA director.",
      "“Both sides want the hostages home,” Burns said.",
      "“We will be back next week,” Mr Burns said.",
    ].join("\n");
    const r = read(input);
    expect(r.quotes).toHaveLength(3);
    expect(r.speakers).toHaveLength(1);
    expect(r.speakers[0]).toMatchObject({ name: "William Burns", role: "the CIA director", kind: "person", quotes: 3, aliases: ["Burns", "Mr Burns"] });
    expect(r.quotes.map((q) => q.attribution.mention?.text)).toEqual(["William Burns", "Burns", "Mr Burns"]);
    expect(r.speakers[0]!.mentions.slice(0, 2).map((m) => m.kind)).toEqual(["name", "surname"]);
  });

  it("joins the official to one official, as an anonymous source", () => {
    const r = read("“The convoy was stopped at the border,” one official said.\n“Nobody has told us why,” the official added.");
    expect(r.quotes).toHaveLength(2);
    expect(r.speakers).toHaveLength(1);
    expect(r.speakers[0]).toMatchObject({ name: "one official", kind: "anonymous", aliases: ["the official"], quotes: 2 });
    expect(r.quotes[1]!.attribution.method).toBe("description");
    expect(r.quotes[1]!.cue?.text).toBe("added");
  });

  it("joins the company to the company quoted before", () => {
    const r = read("“Demand has fallen sharply since the spring,” said Harbour Foods, a packaged-food maker.\n“We expect a better second half,” the company said.");
    expect(r.speakers).toHaveLength(1);
    expect(r.speakers[0]).toMatchObject({ name: "Harbour Foods", kind: "organisation", role: "a packaged-food maker", aliases: ["the company"], quotes: 2 });
    expect(r.quotes[1]!.attribution.method).toBe("description");
  });

  it("joins The company to a company named with Ltd in reported speech", () => {
    const r = read("Harbour Foods Ltd said it would close two plants in the north next year.\nThe company said the closures would affect about 400 workers.");
    expect(r.quotes.map((q) => q.text)).toEqual(["it would close two plants in the north next year", "the closures would affect about 400 workers"]);
    expect(r.speakers).toHaveLength(1);
    expect(r.speakers[0]).toMatchObject({ name: "Harbour Foods Ltd", kind: "organisation", quotes: 2 });
  });

  it("joins TI to Texas Instruments", () => {
    const r = read("Chip maker Texas Instruments said demand for its chips remained weak in the quarter.\nTI said it expected revenue to fall again in the coming months.");
    expect(r.quotes).toHaveLength(2);
    expect(r.speakers).toHaveLength(1);
    expect(r.speakers[0]).toMatchObject({ name: "Texas Instruments", kind: "organisation", role: "Chip maker", quotes: 2 });
    expect(r.speakers[0]!.aliases).toContain("TI");
    expect(r.quotes[1]!.attribution.mention?.text).toBe("TI");
  });

  it("takes roles from titles before a name and from appositives", () => {
    const r = read("Iraqi Oil Minister Adel Abdel Mahdi said exports would rise this year.\nMaria Lopez, a local councillor, said families were buying bottled water.");
    expect(speakerNamed(r, "Adel Abdel Mahdi").role).toBe("Iraqi Oil Minister");
    expect(speakerNamed(r, "Maria Lopez").role).toBe("a local councillor");
  });

  it("tells persons, organisations, media, groups and anonymous sources apart", () => {
    const input = [
      "Local residents said the water supply had been cut for three days.",
      "The Valley Herald reported that the pumping station had flooded.",
      "A source briefed on the repairs said the work would take another week.",
      "The Ministry of Water said crews had been sent to the area on Sunday.",
      "Maria Lopez, a local councillor, said families were buying bottled water.",
      "The pumping station had flooded before, Reuters reported.",
    ].join("\n");
    const r = read(input);
    expect(r.quotes).toHaveLength(6);
    expect(r.quotes.every((q) => q.kind === "indirect")).toBe(true);
    expect(r.speakers.map((s) => [s.name, s.kind])).toEqual([
      ["Local residents", "group"],
      ["Valley Herald", "media"],
      ["A source briefed on the repairs", "anonymous"],
      ["Ministry of Water", "organisation"],
      ["Maria Lopez", "person"],
      ["Reuters", "media"],
    ]);
  });

  it("counts the quotes of each speaker and orders speakers by first mention", () => {
    const input = [
      "Sarah Quinn, the league's chair, said the season would start on time.",
      "“We need the money from the gate,” she said. “Without it we close.”",
      "“It is a betrayal of every fan,” said David Cole, the club's coach.",
      "Cole called the decision “reckless”.",
    ].join("\n");
    const r = read(input);
    expect(r.speakers.map((s) => [s.id, s.name, s.quotes, s.role])).toEqual([
      ["s1", "Sarah Quinn", 3, "the league's chair"],
      ["s2", "David Cole", 2, "the club's coach"],
    ]);
    for (const s of r.speakers) expect(r.quotes.filter((q) => q.speaker?.id === s.id)).toHaveLength(s.quotes);
  });

  it("never makes the byline's author a speaker", () => {
    const input = "David Cole said the council had not replied to questions about the flood defences.\n“The council has ignored every letter we sent,” said Michael Grant, a farmer.";
    const r = read(input, ["David Cole"]);
    expect(r.speakers.map((s) => s.name)).toEqual(["Michael Grant"]);
    expect(r.quotes.every((q) => q.speaker?.name !== "David Cole")).toBe(true);
    // Without the author option the same sentence is reported speech of David Cole.
    expect(read(input).speakers.map((s) => s.name)).toEqual(["David Cole", "Michael Grant"]);
  });

  it("does not attribute a quote to the author named after it", () => {
    const r = read("“The council has ignored every letter we sent,” David Cole said.", ["David Cole"]);
    expect(r.speakers).toEqual([]);
    expect(r.quotes.every((q) => q.speaker === null)).toBe(true);
  });

  it("resolves he past the byline's author to the person in the text", () => {
    const r = read("By David Cole\nMichael Grant has farmed the valley for forty years.\n“The council has ignored every letter we sent,” he said.", ["David Cole"]);
    const q = single(r);
    expect(q.speaker?.name).toBe("Michael Grant");
    expect(q.attribution.method).toBe("pronoun");
    expect(r.speakers.map((s) => s.name)).toEqual(["Michael Grant"]);
  });

  it("resolves he and she to the nearest person of the fitting gender", () => {
    const r = read("David Cole, the club's coach, met Sarah Quinn, the league's chair, on Friday.\n“The season must start on time,” she said.\n“We need the money from the gate,” he said.");
    expect(r.quotes.map((q) => [q.text, q.speaker?.name, q.attribution.method, q.attribution.mention?.text])).toEqual([
      ["The season must start on time,", "Sarah Quinn", "pronoun", "she"],
      ["We need the money from the gate,", "David Cole", "pronoun", "he"],
    ]);
  });

  it("resolves he to the later-named man when a woman was named before him", () => {
    const r = read("Sarah Quinn, the league's chair, spoke first. David Cole, the club's coach, took questions later.\n“We need the money from the gate,” he said.\n“The season must start on time,” she said.");
    expect(r.quotes.map((q) => q.speaker?.name)).toEqual(["David Cole", "Sarah Quinn"]);
  });
});

describe("quotation marks that are not quotes", () => {
  it("drops scare quotes after so-called", () => {
    expect(read("Officials opened the so-called “green corridor” for trucks on Monday.").quotes).toEqual([]);
  });

  it("drops scare quotes with no source in the sentence", () => {
    expect(read("Trucks began using the “green corridor” through the hills on Monday morning.").quotes).toEqual([]);
  });

  it("drops the title of a film", () => {
    expect(read("The film “Night Harbour at the End of the Long Road” opens the festival next month.").quotes).toEqual([]);
    expect(read("Her new film, “Night Harbour”, opens the festival next month.").quotes).toEqual([]);
  });

  it("does not take a film title in reported speech for a partial quote", () => {
    const r = read("Maria Lopez said the film “Night Harbour” would open the festival next month.");
    const q = single(r);
    expect(q.kind).toBe("indirect");
    expect(q.text).toBe("the film “Night Harbour” would open the festival next month");
  });

  it("drops a nickname after known as", () => {
    expect(read("The striker, known as “the Duke”, scored twice on Saturday.").quotes).toEqual([]);
  });

  it("drops a nickname inside a name, curly or straight", () => {
    for (const input of ["Greg “Stumpy” Halloran said the club would appeal the ban.", 'Greg "Stumpy" Halloran said the club would appeal the ban.']) {
      const r = read(input);
      expect(r.quotes.filter((q) => q.kind !== "indirect")).toEqual([]);
      expect(r.quotes.map((q) => q.text)).toEqual(["the club would appeal the ban"]);
    }
  });
});

describe("robustness", () => {
  it("reports an unclosed opening mark and does not let it swallow later paragraphs", () => {
    const input = "Sarah Quinn said the league was “broke and would not survive the winter.\nThe council met on Tuesday and said nothing about the club.\n“We will appeal,” said Maria Lopez, the union's lawyer.";
    const r = read(input);
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ code: "unbalanced-quote", severity: "warning", start: input.indexOf("“"), end: input.indexOf("“") + 1 });
    const paragraphs = paragraphsOf(input);
    for (const q of r.quotes) {
      const p = paragraphs[q.paragraph]!;
      expect(q.start).toBeGreaterThanOrEqual(p.start);
      expect(q.end).toBeLessThanOrEqual(p.end);
    }
    expect(r.quotes.some((q) => q.paragraph === 1)).toBe(false);
    const last = r.quotes.at(-1)!;
    expect(last).toMatchObject({ kind: "direct", text: "We will appeal,", paragraph: 2 });
    expect(last.speaker?.name).toBe("Maria Lopez");
  });

  it("reports a closing mark with no opening mark", () => {
    const input = "The deal is done and the money has been paid,” said Tom Baker, a trader.\n“We will appeal,” said Maria Lopez, the union's lawyer.";
    const r = read(input);
    expect(r.diagnostics.map((d) => [d.code, d.start])).toEqual([["unbalanced-quote", input.indexOf("”")]]);
    expect(r.quotes.filter((q) => q.kind === "direct").map((q) => q.text)).toEqual(["We will appeal,"]);
  });

  it("gives every quote's text as input.slice(start, end) across a mixed article", () => {
    const input = [
      "DOHA — Sarah Quinn, the league's chair, said the season would start on time.",
      "",
      "“We need the money from the gate,” she said. “Without it we close.”",
      "",
      "The Valley Herald reported that two clubs were close to collapse.",
      "",
      "“It is a betrayal of every fan,” said David Cole, the club's coach. “We were not asked.",
      "“Nobody called us and nobody wrote,” Cole added.",
      "Cole called the decision “reckless”.",
    ].join("\r\n");
    const r = read(input);
    expect(r.quotes.length).toBeGreaterThanOrEqual(7);
    for (const q of r.quotes) {
      expect(input.slice(q.start, q.end)).toBe(q.text);
      expect(q.text).toBe(q.text.trim());
      expect(q.text).not.toMatch(/[\r\n]/);
    }
    const starts = r.quotes.map((q) => q.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it("gives empty results for empty input", () => {
    expect(findQuotes("", [])).toEqual({ quotes: [], speakers: [], diagnostics: [] });
    expect(read("   \n\n  ")).toEqual({ quotes: [], speakers: [], diagnostics: [] });
  });

  it("gives empty results for a text without quotes", () => {
    expect(read("The council met on Tuesday.\nIt approved the budget for the coming year without debate.")).toEqual({ quotes: [], speakers: [], diagnostics: [] });
  });

  it("returns on 100,000 opening marks in one paragraph", () => {
    const input = "“".repeat(100_000);
    const r = findQuotes(input, paragraphsOf(input));
    expect(r.quotes).toEqual([]);
    expect(r.diagnostics.length).toBeGreaterThan(0);
    expect(r.diagnostics.every((d) => d.code === "unbalanced-quote")).toBe(true);
  });

  it("returns on 100,000 alternating marks and on 100,000 apostrophes", () => {
    for (const input of ["“a ”b ".repeat(50_000), "'".repeat(100_000), '"a '.repeat(100_000)]) {
      const r = findQuotes(input, paragraphsOf(input));
      expect(Array.isArray(r.quotes)).toBe(true);
      for (const q of r.quotes) expect(input.slice(q.start, q.end)).toBe(q.text);
    }
  });
});

describe("sentenceSpans", () => {
  const sentences = (text: string, quoted: { start: number; end: number }[] = []) => sentenceSpans(text, quoted).map((s) => text.slice(s.start, s.end));

  it("splits at full stops between sentences", () => {
    expect(sentences("The council met on Tuesday. It approved the budget. Nobody objected.")).toEqual(["The council met on Tuesday.", "It approved the budget.", "Nobody objected."]);
  });

  it("does not split after Mr., U.S., initials or other abbreviations", () => {
    expect(sentences("Mr. Burns arrived on Tuesday. He met U.S. officials in Doha. J. R. Smith was there too.")).toEqual([
      "Mr. Burns arrived on Tuesday.",
      "He met U.S. officials in Doha.",
      "J. R. Smith was there too.",
    ]);
    expect(sentences("Dr. Patel and Gov. Lee spoke at 9 a.m. Monday. They left at noon.")).toEqual(["Dr. Patel and Gov. Lee spoke at 9 a.m. Monday.", "They left at noon."]);
  });

  it("splits after U.S. when a new sentence clearly starts", () => {
    expect(sentences("Mr Burns met officials in the U.S. The talks ended late.")).toEqual(["Mr Burns met officials in the U.S.", "The talks ended late."]);
  });

  it("keeps a quotation whole, with the cue after it", () => {
    const text = "“We are tired. We want to go home,” she said. Then she left.";
    const close = text.indexOf("”") + 1;
    expect(sentences(text, [{ start: 0, end: close }])).toEqual(["“We are tired. We want to go home,” she said.", "Then she left."]);
    // Without the quotation span the full stop inside it would end a sentence.
    expect(sentences(text)[0]).toBe("“We are tired.");
  });
});

describe("nameParts", () => {
  it("splits a title before a name into role and name", () => {
    expect(nameParts("Finance Minister Kofi Mensah")).toMatchObject({ name: "Kofi Mensah", role: "Finance Minister" });
    expect(nameParts("Iraqi Oil Minister Adel Abdel Mahdi")).toMatchObject({ name: "Adel Abdel Mahdi", role: "Iraqi Oil Minister" });
  });

  it("takes the surname after Mr as the name", () => {
    expect(nameParts("Mr Burns").name).toBe("Burns");
  });

  it("keeps of inside an organisation's name and drops a leading the", () => {
    expect(nameParts("the Ministry of Water")).toEqual({ name: "Ministry of Water", role: null, title: null });
  });

  it("gives no name for a description", () => {
    expect(nameParts("one official").name).toBeNull();
    expect(nameParts("a source briefed on the talks").name).toBeNull();
  });
});

describe("findCues", () => {
  it("finds said, according to and pointed out", () => {
    const text = "Officials said the plan had failed, according to the minutes, and she pointed out that nobody voted.";
    const cues = findCues(text).map((c) => [text.slice(c.start, c.end), c.lemma, c.form]);
    expect(cues).toEqual([
      ["said", "say", "finite"],
      ["according to", "according to", "according"],
      ["pointed out", "point", "finite"],
    ]);
  });

  it("finds participles and quoting", () => {
    const text = "Quoting a senior official, the paper reported the talks had failed, adding that more would follow.";
    expect(findCues(text).map((c) => [text.slice(c.start, c.end), c.form])).toEqual([
      ["Quoting", "quoting"],
      ["reported", "finite"],
      ["adding", "participle"],
    ]);
  });

  it("ignores cues inside a masked quotation", () => {
    const text = "“I said no and I told them why,” Quinn said.";
    const close = text.indexOf("”") + 1;
    const masked = "\uE000".repeat(close) + text.slice(close);
    const cues = findCues(masked);
    expect(cues).toHaveLength(1);
    expect(text.slice(cues[0]!.start, cues[0]!.end)).toBe("said");
    expect(cues[0]!.start).toBe(text.lastIndexOf("said"));
  });

  it("does not take nouns in -s for verbs after a lowercase determiner", () => {
    const text = "the claims and his remarks matched the estimates";
    expect(findCues(text)).toEqual([]);
  });
});

describe("long paragraphs", () => {
  it("lists a hundred unbalanced marks and counts the rest, and never throws", () => {
    const input = "“a ".repeat(300_000);
    const r = findQuotes(input, paragraphsOf(input));
    expect(r.quotes).toEqual([]);
    expect(r.diagnostics.filter((d) => d.severity === "warning")).toHaveLength(100);
    expect(r.diagnostics.at(-1)!.message).toMatch(/^\d+ more unbalanced quotation marks not listed$/);
  });

  it("reads a paragraph of 5,000 quotations, each once, in order", () => {
    const input = "“Alpha beta gamma delta,” said Jane Roe. ".repeat(5000);
    const r = findQuotes(input, paragraphsOf(input));
    expect(r.quotes).toHaveLength(5000);
    expect(r.quotes.every((q, i) => q.text === "Alpha beta gamma delta," && (i === 0 || q.start > r.quotes[i - 1]!.start))).toBe(true);
    expect(r.speakers.map((s) => [s.name, s.quotes])).toEqual([["Jane Roe", 5000]]);
  });
});

describe("forms mended after the first review", () => {
  it("gives every segment of a multi-paragraph quote the speaker named only in the last", () => {
    const r = read("“The water came up faster than anyone had seen before, and we lost the barn.\n“By morning the valley was under water for two days,” said Tom Baker, a farmer.");
    expect(r.quotes.map((q) => q.speaker?.name)).toEqual(["Tom Baker", "Tom Baker"]);
    expect(r.quotes[1]!.continues).toBe("q1");
    expect(speakerNamed(r, "Tom Baker")).toMatchObject({ quotes: 2, role: "a farmer" });
  });

  it("resolves he to a man named at the very start, whose forename it does not know", () => {
    const r = read("Kofi Mensah said the deficit would narrow. He added spending on roads would rise by a third.");
    expect(r.quotes.map((q) => [q.text, q.speaker?.name, q.attribution.method])).toEqual([
      ["the deficit would narrow", "Kofi Mensah", "named-before"],
      ["spending on roads would rise by a third", "Kofi Mensah", "pronoun"],
    ]);
  });

  it("keeps a capitalised word opening the sentence out of a name, so she finds the woman", () => {
    const r = read("Sarah Quinn, the league's chair, spoke first. Then David Cole, the club's coach, took questions.\n“We expected more from the referees,” he said.\n“The league will look at every complaint,” she said.");
    expect(r.quotes.map((q) => q.speaker?.name)).toEqual(["David Cole", "Sarah Quinn"]);
  });

  it("takes no role from the clause after “According to X,”", () => {
    const q = single(read("According to the finance ministry, the budget deficit will narrow next year."));
    expect(q.text).toBe("the budget deficit will narrow next year");
    expect(q.speaker?.name).toBe("the finance ministry");
  });

  it("leaves “according to X, the finance minister” out of the clause", () => {
    const q = single(read("The budget deficit will narrow next year, according to Kofi Mensah, the finance minister."));
    expect(q.text).toBe("The budget deficit will narrow next year");
    expect(q.speaker?.name).toBe("Kofi Mensah");
  });

  it("reads a company by the word that ends its name (Texas Instruments)", () => {
    const r = read("Texas Instruments said it would buy a rival for $6.5 billion.");
    expect(speakerNamed(r, "Texas Instruments").kind).toBe("organisation");
  });

  it("keeps a nickname out of the speaker's name (Greg “Stumpy” Halloran said ...)", () => {
    const r = read("Greg “Stumpy” Halloran said the club would appeal the ban.");
    expect(single(r).speaker?.name).toBe("Greg Halloran");
    expect(speakerNamed(r, "Greg Halloran")).toMatchObject({ kind: "person", role: null });
  });

  it("reports “X reported that A, according to Y” once, for Y", () => {
    const q = single(read("The Valley Herald reported that two clubs were close to collapse, according to league documents."));
    expect(q).toMatchObject({ kind: "indirect", text: "two clubs were close to collapse" });
    expect(q.speaker?.name).toBe("league documents");
  });

  it("leaves a stray opening mark out of the clause", () => {
    const r = read("“We will not give up the land, said Tom Baker, a farmer.");
    expect(r.diagnostics.map((d) => d.code)).toContain("unbalanced-quote");
    expect(r.quotes.map((q) => q.text)).toEqual(["We will not give up the land"]);
  });

  it("takes no noun after a capitalised determiner for a cue (The claims, His remarks)", () => {
    expect(findCues("The claims were denied, he says. His remarks were noted.").map((c) => c.lemma)).toEqual(["say"]);
  });

  it("reads a plural noun opening a sentence as a group (Officials said)", () => {
    const r = read("Officials said the bridge would reopen on Monday.");
    expect(speakerNamed(r, "Officials").kind).toBe("group");
  });

  it("keeps courtesy titles apart from names and roles", () => {
    expect(nameParts("Mr Burns")).toEqual({ name: "Burns", role: null, title: "Mr" });
    expect(nameParts("Director of the US Central Intelligence Agency William Burns")).toEqual({ name: "William Burns", role: "Director of the US Central Intelligence Agency", title: null });
  });
});
