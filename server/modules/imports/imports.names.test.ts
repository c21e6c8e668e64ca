/** Full names as official lists write them: "Family, Given" and the family name in capitals. */
import { randomBytes } from "node:crypto";
import { inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { ImportPreview } from "../../../common/schemas/imports.js";
import { people } from "../../db/schema.js";
import { createTestApp } from "../../test/app.js";
import { makeSignedInUser } from "../../test/factories.js";
import { multipartFile } from "../../test/multipart.js";

const { app, db } = await createTestApp();

describe("full names in an import", () => {
  it("reads the comma form and a family name in capitals, in both scripts, and registers the people so", async () => {
    const { cookie } = await makeSignedInUser(db, "coordinator");
    // Family names no other test uses, so that the people can be found after the commit.
    const mark = randomBytes(3)
      .toString("hex")
      .replace(/\d/g, (d) => "abcdefghij"[Number(d)] ?? "a");
    const rows = [
      [`Kovač${mark}, Ana Marija`, "Ž"],
      [`HODŽIĆ${mark.toUpperCase()} Amra`, "Ž"],
      [`Emir ĐURIĆ-BEGIĆ${mark.toUpperCase()}`, "M"],
      [`Петровић${mark}, Јелена`, "Ж"],
    ];
    const csv = `Ime i prezime;Spol\r\n${rows.map((row) => row.join(";")).join("\r\n")}\r\n`;
    const body = multipartFile("lista.csv", csv);
    const uploaded = await app.inject({
      method: "POST",
      url: "/api/imports?kind=people",
      headers: { ...body.headers, cookie },
      payload: body.payload,
    });
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const preview = uploaded.json<ImportPreview>();
    const expected = [
      ["Ana Marija", `Kovač${mark}`],
      ["Amra", `Hodžić${mark}`],
      ["Emir", `Đurić-Begić${mark}`],
      ["Јелена", `Петровић${mark}`],
    ];
    expect(preview.rows.map((row) => [row.values.givenName, row.values.familyName])).toEqual(expected);
    const committed = await app.inject({
      method: "POST",
      url: `/api/imports/${preview.import.id}/commit`,
      headers: { cookie },
      payload: {},
    });
    expect(committed.statusCode, committed.body).toBe(200);
    const stored = await db
      .select({ givenName: people.givenName, familyName: people.familyName, sex: people.sex })
      .from(people)
      .where(
        inArray(
          people.familyName,
          expected.map(([, family]) => family as string),
        ),
      );
    expect(stored.map((p) => [p.givenName, p.familyName, p.sex]).sort()).toEqual(
      [
        ["Ana Marija", `Kovač${mark}`, "female"],
        ["Amra", `Hodžić${mark}`, "female"],
        ["Emir", `Đurić-Begić${mark}`, "male"],
        ["Јелена", `Петровић${mark}`, "female"],
      ].sort(),
    );
  });
});
