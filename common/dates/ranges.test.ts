import { describe, expect, it } from "vitest";
import { previousRange } from "./ranges.js";

describe("previousRange", () => {
  it("compares a calendar year with the year before, leap year or not", () => {
    expect(previousRange("2012-01-01", "2012-12-31")).toEqual({ from: "2011-01-01", to: "2011-12-31" });
    expect(previousRange("2013-01-01", "2013-12-31")).toEqual({ from: "2012-01-01", to: "2012-12-31" });
  });

  it("goes back by whole months for a range of whole months", () => {
    expect(previousRange("2012-04-01", "2012-06-30")).toEqual({ from: "2012-01-01", to: "2012-03-31" });
    expect(previousRange("2012-01-01", "2012-02-29")).toEqual({ from: "2011-11-01", to: "2011-12-31" });
    expect(previousRange("2011-01-01", "2012-12-31")).toEqual({ from: "2009-01-01", to: "2010-12-31" });
  });

  it("goes back by as many days for any other range", () => {
    expect(previousRange("2012-03-10", "2012-03-19")).toEqual({ from: "2012-02-29", to: "2012-03-09" });
    expect(previousRange("2012-03-01", "2012-03-01")).toEqual({ from: "2012-02-29", to: "2012-02-29" });
  });
});
