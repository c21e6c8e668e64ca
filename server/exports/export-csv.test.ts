import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Person } from "../../common/schemas/people.js";
import { utf8Bom } from "../http/csv.js";
import { exportFile } from "./export.js";
import { personExport } from "./lists.js";

const dangerousStart = /^[=+\-@\t\r]/;

/** Text as the export writes it: a dangerous start behind an apostrophe, anything else as it is. */
const guarded = (text: string | null) => (text === null ? "" : dangerousStart.test(text) ? `'${text}` : text);

/** Names and words as people type them: Latin with diacritics, Cyrillic, quotes, delimiters, line breaks. */
const text = fc.string({
  unit: fc.constantFrom(
    "a",
    "Z",
    "š",
    "đ",
    "Č",
    "ć",
    "ž",
    "Ж",
    "љ",
    "Џ",
    " ",
    '"',
    "'",
    ",",
    ";",
    "\n",
    "\r\n",
    "\t",
    "=",
    "+",
    "-",
    "@",
  ),
  maxLength: 12,
});

const person = fc.record({
  givenName: text,
  familyName: text,
  position: fc.option(text, { nil: null }),
  organizationName: fc.option(text, { nil: null }),
  birthYear: fc.option(fc.integer({ min: 1900, max: 2100 }), { nil: null }),
});

type GeneratedPerson = typeof person extends fc.Arbitrary<infer T> ? T : never;

/** A listed person with the generated fields. */
function toPerson(values: GeneratedPerson, index: number): Person {
  return {
    id: `00000000-0000-4000-8000-${String(index).padStart(12, "0")}`,
    givenName: values.givenName,
    familyName: values.familyName,
    sex: "female",
    organizationId: null,
    organizationName: values.organizationName,
    position: values.position,
    rank: null,
    isDecisionMaker: false,
    isDemo: false,
    isArchived: false,
    mergedIntoId: null,
    abilities: { update: false, archive: false, merge: false },
    personal: {
      email: null,
      phone: null,
      birthYear: values.birthYear,
      hasConsented: false,
      consentedOn: null,
    },
    createdAt: "2014-01-15T09:30:00.000Z",
    updatedAt: "2014-01-15T09:30:00.000Z",
  };
}

describe("CSV export", () => {
  it("reads back, with csv-parse, the texts of every row (a dangerous start behind an apostrophe)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(person, { maxLength: 6 }), async (generated) => {
        const people = generated.map(toPerson);
        const file = await exportFile(personExport, people, {
          format: "csv",
          locale: "bs",
          today: "2014-01-15",
        });
        const body = String(file.body);
        expect(body.startsWith(utf8Bom)).toBe(true);
        const [header, ...rows] = parse(body.slice(utf8Bom.length)) as string[][];
        expect(header?.slice(0, 4)).toEqual(["Prezime", "Ime", "Spol", "Organizacija"]);
        const column = (name: string) => (header ?? []).indexOf(name);
        expect(rows).toHaveLength(people.length);
        rows.forEach((row, index) => {
          const original = people[index] as Person;
          expect(row).toHaveLength(header?.length ?? 0);
          expect(row[column("Prezime")]).toBe(guarded(original.familyName));
          expect(row[column("Ime")]).toBe(guarded(original.givenName));
          expect(row[column("Pozicija")]).toBe(guarded(original.position));
          expect(row[column("Organizacija")]).toBe(guarded(original.organizationName));
          const year = original.personal?.birthYear;
          expect(row[column("Godina rođenja")]).toBe(year === null || year === undefined ? "" : String(year));
          expect(row[column("Posljednja izmjena")]).toBe("2014-01-15T09:30:00.000Z");
        });
      }),
      { numRuns: 200 },
    );
  });
});
