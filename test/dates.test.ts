import { describe, expect, it } from "vitest";
import { dateLine, findDate } from "../src/text/dates.js";

describe("dateLine", () => {
  it.each([
    ["29 November, 2023", "2023-11-29"],
    ["Nov. 29, 2023 5:04 PM EST", "2023-11-29"],
    ["08 February 2021 22:06 IST", "2021-02-08"],
    ["Published: 2022-03-14", "2022-03-14"],
    ["Tuesday 4 June 2024", "2024-06-04"],
    ["First published on June 18, 2019 / 5:00 AM", "2019-06-18"],
    ["• December 21, 2013 - 9:40 PM", "2013-12-21"],
    ["Updated: 14 March 2023, 11:42 IST", "2023-03-14"],
    ["Sept. 3, 2020", "2020-09-03"],
    ["2023-11-29T10:00:00Z", "2023-11-29"],
    ["03.03.2020 08:15 GMT", "2020-03-03"],
    ["11/20/2019 01:14 PM", "2019-11-20"],
    ["Friday, May 3, 2024", "2024-05-03"],
    ["Published June 3, 2020 | Updated June 4, 2020 10:00", "2020-06-03"],
  ])("reads %j as %s", (text, iso) => {
    expect(dateLine(text)?.iso).toBe(iso);
  });

  it("keeps a relative date without an ISO value", () => {
    expect(dateLine("Updated 3 hours ago")).toEqual({ start: 8, end: 19, iso: null });
  });

  it.each([
    "The council met on 29 November, 2023 to vote on the budget for next year.",
    "Texas City police said 3 people were hurt",
    "February 30, 2023",
    "Call 555-0134 today",
    "Today",
  ])("is not fooled by %j", (text) => {
    expect(dateLine(text)).toBeNull();
  });
});

describe("findDate", () => {
  it("finds the first date in a sentence with its offsets", () => {
    const text = "Reuters November 18, 2019 11:03 PM";
    const d = findDate(text)!;
    expect(text.slice(d.start, d.end)).toBe("November 18, 2019 11:03 PM");
    expect(d.iso).toBe("2019-11-18");
  });
});
