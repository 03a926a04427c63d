// The pasted-text reader on small invented pages: each test names one behaviour.
import { describe, expect, it } from "vitest";
import { parseText } from "../src/index.js";
import { splitUnits } from "../src/text/lines.js";

const P1 = "The council voted on Tuesday to raise the local tax rate by five per cent, the first rise in four years, officials said.";
const P2 = "Council leader Maria Lopez said the money would pay for road repairs and two new libraries in the north of the city.";
const P3 = "Opposition members said the rise was too steep and called for a public ballot before any further increase was approved.";

describe("reader", () => {
  it("takes the page title's repeat as the headline and looks for the body after it", () => {
    const footer = "Our newsroom can be reached by telephone or by email with any questions, corrections or requests, and our customer service centre answers every message within two working days of receiving it, seven days a week.";
    const text = ["Council raises tax by five per cent | The Valley Courier", "Home", "News", "Council raises tax by five per cent", P1, P2, "Most Popular", "Footer", footer, footer].join("\n");
    const doc = parseText(text);
    expect(doc.metadata.headline).toBe("Council raises tax by five per cent");
    expect(doc.paragraphs.map((p) => p.text)).toEqual([P1, P2]);
    expect(doc.dropped[0]).toMatchObject({ reason: "page-title", text: "Council raises tax by five per cent | The Valley Courier" });
  });

  it("takes a prose line above the date and caption as the standfirst", () => {
    const text = [
      "Council raises tax by five per cent",
      "3 min read",
      "4 June 2024",
      "Councillors backed the rise after a long debate, saying services could not be kept without it.",
      "Councillors vote in the chamber on Tuesday [Getty]",
      "",
      P1,
      "",
      P2,
    ].join("\n");
    const doc = parseText(text);
    expect(doc.metadata.standfirst).toBe("Councillors backed the rise after a long debate, saying services could not be kept without it.");
    expect(doc.metadata.readingTime).toBe("3 min read");
    expect(doc.metadata.date).toBe("2024-06-04");
    expect(doc.metadata.captions[0]).toMatchObject({ text: "Councillors vote in the chamber on Tuesday [Getty]", credit: { text: "[Getty]" } });
    expect(doc.paragraphs.map((p) => p.text)).toEqual([P1, P2]);
  });

  it("keeps the dateline inside the first paragraph and names the place", () => {
    const doc = parseText(`Storm closes port\n\nNEW DELHI — ${P1}\n\n${P2}`);
    expect(doc.paragraphs[0]!.text.startsWith("NEW DELHI — The council")).toBe(true);
    expect(doc.metadata.dateline).toBe("NEW DELHI");
    expect(doc.metadata.spans.dateline).toMatchObject({ start: doc.paragraphs[0]!.start, text: "NEW DELHI" });
  });

  it("starts the body at the first line when there is no headline", () => {
    const doc = parseText([P1, P2, P3, "No comments yet"].join("\n"));
    expect(doc.metadata.headline).toBeNull();
    expect(doc.paragraphs.map((p) => p.text)).toEqual([P1, P2, P3]);
    expect(doc.dropped).toEqual([expect.objectContaining({ reason: "comments", text: "No comments yet" })]);
  });

  it("stops the body at a comments section, however long the comments", () => {
    const comment = "I have lived in this city for thirty years and I have never seen the roads in such a state, so I am glad something is finally being done about it even if it costs us all more.";
    const text = ["Council raises tax", P1, P2, "34 Comments", "jsmith says:", comment, `${comment} Yes.`, `No. ${comment}`, `${comment} Again.`].join("\n");
    const doc = parseText(text);
    expect(doc.paragraphs.map((p) => p.text)).toEqual([P1, P2]);
    expect(doc.dropped.map((d) => d.reason)).toEqual(Array(6).fill("comments"));
  });

  it("drops advertisements inside the body and keeps the paragraphs around them", () => {
    const doc = parseText(["Council raises tax", P1, "Advertisement", P2, P3].join("\n\n"));
    expect(doc.paragraphs.map((p) => p.text)).toEqual([P1, P2, P3]);
    expect(doc.dropped).toEqual([expect.objectContaining({ reason: "advertisement" })]);
  });

  it("leaves teasers and related links out", () => {
    const text = ["Council raises tax", P1, P2, P3, "Related", "Mayor opens new bridge over the river", "School budget cut by a tenth", "Police appeal for witnesses after crash"].join("\n");
    const doc = parseText(text);
    expect(doc.paragraphs).toHaveLength(3);
    expect(doc.dropped.map((d) => d.reason)).toEqual(["related-links", "related-links", "related-links", "related-links"]);
  });

  it("reads a byline and a date on one line", () => {
    const doc = parseText(["WeWork under investigation", "Reuters November 18, 2019 11:03 PM", P1, P2].join("\n"));
    expect(doc.metadata.byline).toEqual(["Reuters"]);
    expect(doc.metadata.date).toBe("2019-11-18");
    expect(doc.metadata.dateText).toBe("November 18, 2019 11:03 PM");
  });

  it("finds a date printed after the body", () => {
    const doc = parseText([P1, P2, "First published on June 18, 2019 / 5:00 AM"].join("\n\n"));
    expect(doc.metadata.date).toBe("2019-06-18");
    expect(doc.paragraphs).toHaveLength(2);
  });

  it("joins hard-wrapped lines into paragraphs", () => {
    const wrapped = [
      "By Reem Shamseddine",
      "VIENNA, June 5 Iraqi Oil Minister Adel Abdel",
      "Mahdi said he expects prices and demand to rise, while all",
      "options on output would be discussed as ministers from the",
      "Organization of the Petroleum Exporting Countries (OPEC)",
      "gathered for their policy meeting on Friday.",
      "OPEC is set on Friday to stick by its policy of",
      "unconstrained oil output for another six months, setting aside",
      "warnings of a second lurch lower in prices as some members such",
      "as Iran look to ramp up exports.",
    ].join("\n");
    const units = splitUnits(wrapped);
    expect(units.map((u) => u.lineCount)).toEqual([1, 5, 4]);
    const doc = parseText(wrapped);
    expect(doc.metadata.byline).toEqual(["Reem Shamseddine"]);
    expect(doc.paragraphs).toHaveLength(2);
    expect(doc.paragraphs[0]!.text).toContain("Abdel\nMahdi");
    expect(doc.metadata.dateline).toBe("VIENNA");
  });

  it("warns when it finds no body, and keeps every line", () => {
    const doc = parseText("Home\nNews\nSport\nWeather");
    expect(doc.paragraphs).toEqual([]);
    expect(doc.diagnostics).toEqual([expect.objectContaining({ code: "no-body" })]);
    expect(doc.dropped.map((d) => d.text).join(" ")).toBe("Home News Sport Weather");
  });
});

describe("header lines with several fields", () => {
  it.each([
    ["By Jane Doe | March 3, 2020 | 4 min read", ["Jane Doe"], "2020-03-03", "4 min read"],
    ["5 Mar 2021 · 3 min read", [], "2021-03-05", "3 min read"],
    ["Jane Doe | Reuters | Updated: 05 Mar 2021, 10:05 AM IST", ["Jane Doe", "Reuters"], "2021-03-05", null],
  ])("reads %j", (line, byline, date, readingTime) => {
    const text = `Council raises tax\n${line}\n${P1}\n${P2}`;
    const doc = parseText(text);
    expect(doc.metadata.byline).toEqual(byline.slice(0, 1));
    expect(doc.metadata.date).toBe(date);
    expect(doc.metadata.readingTime).toBe(readingTime);
    expect(doc.paragraphs.map((p) => p.text)).toEqual([P1, P2]);
  });

  it("does not take a menu line for a byline", () => {
    const doc = parseText(`World News | Asia Pacific\nCouncil raises tax\n${P1}\n${P2}`);
    expect(doc.metadata.byline).toEqual([]);
  });
});
