import { randomBytes } from "node:crypto";
import { and, eq, like } from "drizzle-orm";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ImportPreview } from "../../../common/schemas/imports.js";
import { participations, people } from "../../db/schema.js";
import { toCsv } from "../../http/csv.js";
import { createTestApp } from "../../test/app.js";
import { makeEvent, makeOrganization, makeSignedInUser } from "../../test/factories.js";
import { multipartFile } from "../../test/multipart.js";

const { app, db } = await createTestApp();

const letters = "abcčćdđefghijklmnoprsštuvzžABCČĆDĐŠŽабвгдђежзијклљмнњопрстћуфхцчџшЈЉЊЋЏЖШ";
const tricky = [...letters, '"', "'", ",", ";", "\n", "\r\n", " ", "-", "=", "\t"];

/** A stretch of a name: letters of both scripts, quotes, delimiters, line breaks, a formula sign. */
const namePart = fc.array(fc.constantFrom(...tricky), { maxLength: 10 }).map((chars) => chars.join(""));
/** The first character of a family name: a letter, or a sign a spreadsheet would take for a formula. */
const firstLetter = fc.constantFrom(...letters, "=", "-", "+", "@");

const person = fc.record({
  given: namePart,
  family: fc.tuple(firstLetter, namePart).map(([first, rest]) => first + rest),
  sex: fc.constantFrom("female", "male"),
  sexWord: fc.boolean(),
  organisation: fc.integer({ min: -1, max: 2 }),
});

/** A name as the import keeps it: white space, line breaks included, folded to single spaces. */
const normalised = (text: string) => text.replace(/\s+/g, " ").trim();

/** A tag no other person gets: the given name starts with it, so that no two people look alike. */
const uniqueTag = () => [...randomBytes(8)].map((byte) => "abcdefghijklmnopqrstuvwxyz"[byte % 26]).join("");

describe("the CSV export read back by the import", () => {
  it("gives back the same names, sexes and organisations (15 runs)", async () => {
    const suffix = uniqueTag();
    const organisations = await Promise.all([
      makeOrganization(db, { name: `Udruženje "Žene, mir; sigurnost" ${suffix}` }),
      makeOrganization(db, { name: `Удружење грађана „Жене“ ${suffix}` }),
      makeOrganization(db, { name: `Centar za ženska prava, Zenica ${suffix}` }),
    ]);
    const coordinator = await makeSignedInUser(db, "coordinator");
    const event = await makeEvent(db, { organizerIds: [organisations[0]?.id as string] });

    await fc.assert(
      fc.asyncProperty(
        fc.array(person, { minLength: 1, maxLength: 6 }),
        fc.constantFrom("people", "attendance"),
        async (generated, kind) => {
          const rows = generated.map((p) => ({ ...p, given: `${uniqueTag()}${p.given}` }));
          const csv = toCsv([
            ["Ime", "Prezime", "Spol", "Institucija"],
            ...rows.map((p) => [
              p.given,
              p.family,
              p.sexWord ? (p.sex === "female" ? "žensko" : "muško") : p.sex === "female" ? "Ж" : "M",
              organisations[p.organisation]?.name ?? null,
            ]),
          ]);
          const body = multipartFile("izvoz.csv", csv);
          const query = kind === "attendance" ? `kind=attendance&eventId=${event.id}` : "kind=people";
          const uploaded = await app.inject({
            method: "POST",
            url: `/api/imports?${query}`,
            headers: { ...body.headers, cookie: coordinator.cookie },
            payload: body.payload,
          });
          expect(uploaded.statusCode, uploaded.body).toBe(201);
          const preview = uploaded.json<ImportPreview>();
          expect(preview.issues).toEqual([]);
          expect(preview.rows.map((row) => row.outcome)).toEqual(rows.map(() => "new"));
          const committed = await app.inject({
            method: "POST",
            url: `/api/imports/${preview.import.id}/commit`,
            headers: { cookie: coordinator.cookie },
            payload: {},
          });
          expect(committed.statusCode, committed.body).toBe(200);
          for (const p of rows) {
            const found = await db
              .select()
              .from(people)
              .where(like(people.givenName, `${p.given.slice(0, 8)}%`));
            expect(found).toHaveLength(1);
            expect(found[0]).toMatchObject({
              givenName: normalised(p.given),
              familyName: normalised(p.family),
              sex: p.sex,
              organizationId: organisations[p.organisation]?.id ?? null,
            });
            if (kind === "attendance") {
              const taking = await db
                .select()
                .from(participations)
                .where(
                  and(
                    eq(participations.eventId, event.id),
                    eq(participations.personId, found[0]?.id as string),
                  ),
                );
              expect(taking).toHaveLength(1);
            }
          }
        },
      ),
      { numRuns: 15 },
    );
  });
});
