import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { editDistance, withinOneEdit } from "./edit-distance.js";

describe("editDistance", () => {
  it("counts insertions, deletions and substitutions", () => {
    expect(editDistance("prezime", "prezme")).toBe(1);
    expect(editDistance("opcina", "opstina")).toBe(2);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("šaš", "šaš")).toBe(0);
  });

  it("is a distance: zero on itself, symmetric, bounded by the longer length", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(editDistance(a, a)).toBe(0);
        expect(editDistance(a, b)).toBe(editDistance(b, a));
        expect(editDistance(a, b)).toBeLessThanOrEqual(Math.max([...a].length, [...b].length));
      }),
    );
  });
});

describe("withinOneEdit", () => {
  it("answers editDistance(a, b) <= 1, for texts of any script", () => {
    expect(withinOneEdit("amela", "amila")).toBe(true);
    expect(withinOneEdit("hadzic", "hadzi")).toBe(true);
    expect(withinOneEdit("hadzic", "ahdzic")).toBe(false);
    expect(withinOneEdit("", "a")).toBe(true);
    const letters = fc.constantFrom(..."abdjš ђ😀".split(""), "😀");
    const text = fc.array(letters, { maxLength: 8 }).map((chars) => chars.join(""));
    fc.assert(
      fc.property(text, text, fc.string(), (a, b, c) => {
        expect(withinOneEdit(a, b)).toBe(editDistance(a, b) <= 1);
        expect(withinOneEdit(a, c)).toBe(editDistance(a, c) <= 1);
        // One letter dropped or changed is always within one edit.
        expect(withinOneEdit(a, a.slice(1))).toBe(true);
      }),
    );
  });
});
