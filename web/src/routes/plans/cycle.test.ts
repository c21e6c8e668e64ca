import { describe, expect, it } from "vitest";
import { nextCycle } from "./cycle.js";

describe("nextCycle", () => {
  it("follows a plan of whole years with as many whole years", () => {
    expect(nextCycle("2018-01-01", "2022-12-31")).toEqual({ startsOn: "2023-01-01", endsOn: "2027-12-31" });
    expect(nextCycle("2019-07-01", "2021-06-30")).toEqual({ startsOn: "2021-07-01", endsOn: "2023-06-30" });
  });

  it("keeps the number of days otherwise", () => {
    expect(nextCycle("2024-03-15", "2024-03-24")).toEqual({ startsOn: "2024-03-25", endsOn: "2024-04-03" });
    expect(nextCycle("2024-01-01", "2024-01-01")).toEqual({ startsOn: "2024-01-02", endsOn: "2024-01-02" });
  });
});
