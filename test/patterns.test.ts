import { describe, expect, it } from "vitest";
import { bylineOf } from "../src/text/bylines.js";
import { furnitureReason } from "../src/text/furniture.js";
import { datelineOf, hasCaptionCredit, isCredit, READING_TIME, words } from "../src/text/patterns.js";

describe("bylineOf", () => {
  it.each([
    ["By Jane Doe and John Roe", ["Jane Doe", "John Roe"]],
    ["By IANS,", ["IANS"]],
    ["By Priya Nair, Staff Writer", ["Priya Nair"]],
    ["By JERUSALEM POST STAFF", ["JERUSALEM POST STAFF"]],
    ["by Lewis White", ["Lewis White"]],
    ["/ CBS/AP", ["CBS/AP"]],
    ["Staff reports", ["Staff reports"]],
    ["By Ana de la Cruz, Ben Okafor & Chen Wei", ["Ana de la Cruz", "Ben Okafor", "Chen Wei"]],
  ])("reads %j", (text, names) => {
    expect(bylineOf(text)?.names).toEqual(names);
  });

  it.each(["By the time police arrived, the men had fled.", "Byline", "By subscribing I accept the terms of use"])("rejects %j", (text) => {
    expect(bylineOf(text)).toBeNull();
  });
});

describe("datelineOf", () => {
  it.each([
    ["NEW DELHI — The court said on Monday that the case would be heard again.", "NEW DELHI —"],
    ["Dhaka : The turnout in the city was lower than in the last election.", "Dhaka :"],
    ["DUBAI // Ethiopian Lelisa Desisa emerged from the morning fog yesterday.", "DUBAI //"],
    ["Beijing -- Rescue efforts were underway on Tuesday after two earthquakes.", "Beijing --"],
    ["VIENNA, June 5 Iraqi Oil Minister Adel Abdel Mahdi said he expects prices to rise.", "VIENNA, June 5"],
    ["LONDON (Reuters) - Shares in the chipmaker fell 8% in early trading on Thursday.", "LONDON (Reuters) -"],
    ["TEXAS CITY, Texas (FOX 26) — A couple is speaking out after being approached by two men.", "TEXAS CITY, Texas (FOX 26) —"],
    ["(Reuters) — The New York State Attorney General is investigating WeWork, sources said.", "(Reuters) —"],
  ])("finds the dateline of %j", (text, dateline) => {
    expect(datelineOf(text)?.text).toBe(dateline);
  });

  it.each([
    "Update: the council has since withdrawn the proposal, a spokesman said.",
    "He said: “We will not stop until every family is safe again.”",
    "The US and Israeli intelligence chiefs met with Qatar’s prime minister in Doha.",
  ])("finds none in %j", (text) => {
    expect(datelineOf(text)).toBeNull();
  });
});

describe("furnitureReason", () => {
  it.each([
    ["Skip to main content", "navigation"],
    ["Share this article", "share"],
    ["Facebook", "share"],
    ["Follow VentureBeat on Twitter", "share"],
    ["Advertisement", "advertisement"],
    ["Story continues below advertisement", "advertisement"],
    ["Related Articles", "related-links"],
    ["More from The Valley Courier", "related-links"],
    ["34 Comments", "comments"],
    ["Comments are closed on this article", "comments"],
    ["Leave a Reply Cancel reply", "comments"],
    ["Sign up for our newsletter", "newsletter"],
    ["Privacy Policy", "footer"],
    ["© 2024 The Valley Courier", "footer"],
    ["Powered by automated translation", "furniture"],
  ])("calls %j %s", (text, reason) => {
    expect(furnitureReason(text, words(text).length)).toBe(reason);
  });

  it("leaves sentences alone", () => {
    const text = "Share prices rose sharply after the company said profits had doubled.";
    expect(furnitureReason(text, words(text).length)).toBeNull();
  });
});

describe("credits, captions and reading time", () => {
  it.each([
    "(Agencies contributed to this report)",
    "-Reuters",
    "(Reporting by Helen Marsh; Editing by Tom Hale)",
    "Copyright Agence France-Presse, 2011",
    "© 2014 Star Tribune",
    "(With inputs from agencies)",
  ])("%j is a credit", (text) => expect(isCredit(text)).toBe(true));

  it("a sentence is not a credit", () => expect(isCredit("The report was compiled by the ministry last year.")).toBe(false));

  it.each([
    "Israel's relentless bombardment has left large parts of the Gaza Strip in ruins [Getty]",
    "Rescue workers dig through mud at a collapsed house. (Photo: Ariel Santos/AP)",
    "Rescuers search the rubble of a building in Yibin. Getty",
    "Police at the scene on Sunday. Photo: AP",
  ])("%j ends with a photo credit", (text) => expect(hasCaptionCredit(text)).toBe(true));

  it("a sentence ending in a name is not a caption", () => {
    expect(hasCaptionCredit("The deal was announced by chief executive Rich Templeton")).toBe(false);
  });

  it.each(["3 min read", "Reading time: 4 minutes", "5 minute read", "2 mins read"])("%j is a reading time", (text) => {
    expect(READING_TIME.test(text)).toBe(true);
  });
});
