/**
 * `people.name_key`, which the database computes from the search text, is the key imports match
 * names by (`personKey`): for any name the two agree, so a person registered by any path is found
 * by an import of the same name in any script or spelling.
 */

import { eq } from "drizzle-orm";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { people } from "../../db/schema.js";
import { personKey } from "../../imports/read/index.js";
import { createTestDatabase } from "../../test/db.js";
import { makePerson } from "../../test/factories.js";

const { db } = await createTestDatabase();

async function storedKey(givenName: string, familyName: string): Promise<string> {
  const person = await makePerson(db, { givenName, familyName });
  const [row] = await db.select({ key: people.nameKey }).from(people).where(eq(people.id, person.id));
  return row?.key ?? "";
}

describe("people.name_key", () => {
  it("equals personKey for names written in both scripts, with đ, dots, @ and odd spacing", async () => {
    const names: [string, string][] = [
      ["Dženana", "Hadžić"],
      ["Џенана", "Хаџић"],
      ["Đorđe", "Djurić"],
      ["Djjordje", "Đjurić"],
      ["Ana  Marija", "Kovač-Begić"],
      ["J.", "Petrović"],
      ["amra@", " .Šarić. "],
      ["ЉИЉАНА", "ЊЕГОШ"],
    ];
    for (const [given, family] of names) {
      expect(await storedKey(given, family), `${given} ${family}`).toBe(personKey(given, family));
    }
  });

  it("equals personKey for any name", async () => {
    const letters = fc.constantFrom(..."aAđĐdjJčćžšŠ .@-'ЉљЂђЏџжЖ1".split(""));
    const word = fc
      .array(letters, { minLength: 1, maxLength: 12 })
      .map((chars) => chars.join(""))
      .filter((text) => text.trim().length > 0);
    await fc.assert(
      fc.asyncProperty(word, word, async (given, family) => {
        expect(await storedKey(given, family)).toBe(personKey(given, family));
      }),
      { numRuns: 60 },
    );
  });
});
