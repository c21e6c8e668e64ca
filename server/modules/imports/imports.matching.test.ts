import { describe, expect, it } from "vitest";
import { personKey } from "../../imports/read/index.js";
import { registryCandidates, turns } from "./imports.matching.js";
import type { RegistryPerson } from "./imports.queries.js";

const person = (id: string, givenName: string, familyName: string): RegistryPerson => ({
  id,
  givenName,
  familyName,
  nameKey: personKey(givenName, familyName),
  sex: "female",
  organizationId: null,
  organizationName: null,
  registeredByOrganizationId: null,
  position: null,
  email: null,
  phone: null,
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
