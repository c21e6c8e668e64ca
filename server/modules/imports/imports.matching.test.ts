import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { withinOneEdit } from "../../imports/read/edit-distance.js";
import { personKey } from "../../imports/read/index.js";
import { registryCandidates, turns, variantHashes } from "./imports.matching.js";
import type { RegistryPerson } from "./imports.queries.js";

const person = (id: string, givenName: string, familyName: string): RegistryPerson => ({
  id,
  givenName,
  familyName,
  nameKey: personKey(givenName, familyName),
  organizationId: null,
  organizationName: null,
});

describe("the registered people a name of the file may be", () => {
  it("finds the same name in any script, swapped names and names one edit apart, and nobody further", async () => {
    const registry = [
      person("same", "Dženana", "Hadžić"),
      person("cyrillic", "Џенана", "Хаџић"),
      person("swapped", "Hadžić", "Dženana"),
      person("deleted", "Dženana", "Hadžc"),
      person("inserted", "Dženana", "Hadžiić"),
      person("substituted", "Dženana", "Hadžuć"),
      person("two edits", "Dženana", "Hudžuć"),
      person("other", "Mirza", "Kovačević"),
    ];
    const [found, none] = await registryCandidates(
      [
        { givenName: "Dzenana", familyName: "Hadzic" },
        { givenName: "Snježana", familyName: "Lukić" },
      ],
      registry,
      turns(2),
    );
    expect(found?.map((candidate) => candidate.id).sort()).toEqual(
      ["cyrillic", "deleted", "inserted", "same", "substituted", "swapped"].sort(),
    );
    expect(none).toEqual([]);
  });
});

const hashesOf = (key: string) => {
  const out = new Int32Array(key.length + 1);
  return [...out.subarray(0, variantHashes(key, out))];
};

describe("variantHashes", () => {
  it("gives two keys within one edit a hash in common, as their shared variant would", () => {
    const letters = fc.constantFrom(..."abdjcz ".split(""));
    const key = fc.array(letters, { minLength: 1, maxLength: 10 }).map((chars) => chars.join(""));
    fc.assert(
      fc.property(key, key, (a, b) => {
        if (!withinOneEdit(a, b)) return;
        const shared = new Set(hashesOf(a));
        expect(hashesOf(b).some((hash) => shared.has(hash))).toBe(true);
      }),
    );
  });

  it("hashes each variant as the string itself would be hashed", () => {
    const key = "hadzic";
    const [whole, ...deleted] = hashesOf(key);
    // Deletions are listed from the last letter to the first.
    const strings = [...key].map((_, i) => key.slice(0, i) + key.slice(i + 1)).reverse();
    expect(deleted).toEqual(strings.map((text) => hashesOf(text)[0]));
    expect(whole).not.toBe(hashesOf("hadzi")[0]);
  });
});
