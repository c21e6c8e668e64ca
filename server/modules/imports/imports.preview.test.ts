/**
 * The preview, round two: likely in-file duplicates merged by the user, scores whose maximum the
 * user gives, a row corrected inline, unknown organisations matched, a sheet with no rows, and the
 * table kept so that the preview never reads the file again.
 */
import { eq, inArray } from "drizzle-orm";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { ImportPreview, ImportRecord } from "../../../common/schemas/imports.js";
import { imports, participations, people } from "../../db/schema.js";
import { createTestApp } from "../../test/app.js";
import { makeEvent, makeOrganization, makeSignedInUser } from "../../test/factories.js";
import { importRequests, tag } from "../../test/imports.js";

const { app, db, files } = await createTestApp();
const { previewOf, change, changed, commit } = importRequests(app);

async function setUp() {
  const ngo = await makeOrganization(db, { name: `Udruženje Žene ${tag()}`, sector: "civil_society" });
  const partner = await makeSignedInUser(db, "partner", { organizationId: ngo.id });
  const event = await makeEvent(db, { organizerIds: [ngo.id], kind: "seminar" });
  return { ngo, partner, event, query: `kind=attendance&eventId=${event.id}` };
}

const csv = (lines: string[]) => lines.join("\r\n");

describe("likely in-file duplicates", () => {
  it("merges the rows of one person written two ways when the user says so, and keeps namesakes of two known organisations apart", async () => {
    const { partner, query } = await setUp();
    const ministry = await makeOrganization(db, {
      name: `Ministarstvo unutrašnjih poslova Kantona ${tag()}`,
      shortName: `MUP ${tag()}`,
      sector: "police",
    });
    const justice = await makeOrganization(db, { name: `Ministarstvo pravde ${tag()}`, sector: "justice" });
    const t = tag();
    const preview = await previewOf(
      partner.cookie,
      query,
      "Spisak.csv",
      csv([
        "Ime i prezime;Spol;Institucija",
        `Amra Hodžić${t};Ž;${ministry.name}`,
        `Amra Hodzic${t};Ž;${ministry.shortName}`,
        `Lejla Begić${t};Ž;`,
        `Lejla Begic${t};Ž;${ministry.name}`,
        `Mirza Kovačević${t};M;${ministry.name}`,
        `Mirza Kovacevic${t};M;${justice.name}`,
      ]),
    );
    // The ministry by its full and its short name is one organisation: merged at once.
    expect(preview.issues).toContainEqual(expect.objectContaining({ rowNumber: 3, code: "duplicate" }));
    // No organisation on one row: likely the same person, for the user to say.
    expect(preview.duplicates).toEqual([
      {
        rowNumber: 5,
        ofRowNumber: 4,
        name: `Lejla Begic${t}`,
        ofName: `Lejla Begić${t}`,
        organisation: ministry.name,
        ofOrganisation: null,
        decision: null,
      },
    ]);
    // People, not rows: Amra's two rows are one person; Lejla's two wait for the user's answer.
    expect(preview.import.counts).toMatchObject({ rows: 6, new: 5, female: 3, male: 2 });

    const undecided = await commit(partner.cookie, preview.import.id);
    expect(undecided.statusCode).toBe(400);
    expect(undecided.json()).toMatchObject({
      details: [{ reason: "duplicate_undecided", params: { row: 5 } }],
    });

    const merged = await changed(partner.cookie, preview.import.id, {
      duplicates: [{ rowNumber: 5, same: true }],
    });
    expect(merged.duplicates[0]?.decision).toBe("same");
    const committed = await commit(partner.cookie, preview.import.id);
    expect(committed.statusCode, committed.body).toBe(200);
    expect(committed.json<ImportRecord>().counts).toMatchObject({ new: 4, matched: 0 });
    const registered = await db
      .select({ familyName: people.familyName, organizationId: people.organizationId })
      .from(people)
      .where(inArray(people.familyName, [`Hodžić${t}`, `Hodzic${t}`, `Begić${t}`, `Begic${t}`]));
    expect(registered).toEqual(
      expect.arrayContaining([
        { familyName: `Hodžić${t}`, organizationId: ministry.id },
        { familyName: `Begić${t}`, organizationId: ministry.id },
      ]),
    );
    expect(registered).toHaveLength(2);
  });

  it("keeps the rows apart when the user says they are two people", async () => {
    const { partner, query } = await setUp();
    const t = tag();
    const preview = await previewOf(
      partner.cookie,
      query,
      "Spisak.csv",
      csv(["Ime i prezime;Spol;Institucija", `Ana Marić${t};Ž;`, `Ana Maric${t};Ž;Nepoznata fondacija ${t}`]),
    );
    expect(preview.duplicates).toHaveLength(1);
    const apart = await changed(partner.cookie, preview.import.id, {
      duplicates: [{ rowNumber: 3, same: false }],
    });
    expect(apart.duplicates[0]?.decision).toBe("different");
    const notListed = await change(partner.cookie, preview.import.id, {
      duplicates: [{ rowNumber: 2, same: true }],
    });
    expect(notListed.json()).toMatchObject({
      details: [{ path: "duplicates.0.rowNumber", reason: "not_a_duplicate" }],
    });
    const committed = await commit(partner.cookie, preview.import.id);
    expect(committed.json<ImportRecord>().counts).toMatchObject({ new: 2 });
    const late = await change(partner.cookie, preview.import.id, {
      duplicates: [{ rowNumber: 3, same: true }],
    });
    expect(late.statusCode).toBe(409);
  });
});

describe("scores without a maximum", () => {
  it("asks for the test's maximum, suggests one, and records the scores with it", async () => {
    const { partner, query, event } = await setUp();
    const t = tag();
    const preview = await previewOf(
      partner.cookie,
      query,
      "Rezultati.csv",
      csv([
        "Ime i prezime;Spol;Ulazni test;Izlazni test",
        `Amra Hodžić${t};Ž;9;17`,
        `Mirza Kovačević${t};M;11,5;16`,
      ]),
    );
    expect(preview.scoreMaximum).toEqual({ value: null, suggested: 20, rows: 2 });
    const unanswered = await commit(partner.cookie, preview.import.id);
    expect(unanswered.json()).toMatchObject({ details: [{ reason: "score_maximum_needed" }] });

    const tooLow = await changed(partner.cookie, preview.import.id, { scoreMaximum: 15 });
    expect(tooLow.issues).toContainEqual(
      expect.objectContaining({ rowNumber: 2, code: "score", value: "17" }),
    );
    const answered = await changed(partner.cookie, preview.import.id, { scoreMaximum: 20 });
    expect(answered.scoreMaximum).toEqual({ value: 20, suggested: 20, rows: 0 });
    expect(answered.issues.filter((issue) => issue.code === "noMaxScore")).toEqual([]);
    expect((await commit(partner.cookie, preview.import.id)).statusCode).toBe(200);
    const scores = await db
      .select({
        pre: participations.preTestScore,
        post: participations.postTestScore,
        max: participations.testMaxScore,
      })
      .from(participations)
      .where(eq(participations.eventId, event.id));
    expect(scores.sort((a, b) => Number(a.pre) - Number(b.pre))).toEqual([
      { pre: "9.00", post: "17.00", max: "20.00" },
      { pre: "11.50", post: "16.00", max: "20.00" },
    ]);
  });
});

describe("rows corrected in the preview", () => {
  it("re-checks a one-word name on the spot, keeps a name that looks like a formula as its text, and commits both", async () => {
    const { partner, query } = await setUp();
    const t = tag();
    const preview = await previewOf(
      partner.cookie,
      query,
      "Spisak.csv",
      csv(["Ime i prezime;Spol", `Amra${t};Ž`, `=Lejla Begić${t};Ž`, `Mirza Kovačević${t};X`]),
    );
    expect(preview.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ rowNumber: 2, code: "name", severity: "error" }),
        expect.objectContaining({ rowNumber: 4, code: "sex", severity: "error" }),
      ]),
    );
    expect(preview.import.counts).toMatchObject({ new: 1, skipped: 2, errors: 2 });
    const corrected = await changed(partner.cookie, preview.import.id, {
      cells: [
        { rowNumber: 2, field: "fullName", value: `Amra Hodžić${t}` },
        { rowNumber: 4, field: "sex", value: "M" },
      ],
    });
    expect(corrected.issues.filter((issue) => issue.severity === "error")).toEqual([]);
    expect(corrected.import.counts).toMatchObject({ new: 3, skipped: 0, errors: 0 });
    expect(corrected.rows.find((row) => row.rowNumber === 2)?.values).toMatchObject({
      givenName: "Amra",
      familyName: `Hodžić${t}`,
    });
    // The list shows the counts of the preview, not those of the upload.
    const list = await app.inject({
      url: `/api/imports?kind=attendance`,
      headers: { cookie: partner.cookie },
    });
    const listed = list.json<{ items: ImportRecord[] }>().items.find((item) => item.id === preview.import.id);
    expect(listed?.counts).toMatchObject({ new: 3, errors: 0 });

    const badField = await change(partner.cookie, preview.import.id, {
      cells: [{ rowNumber: 2, field: "email", value: "x@example.org" }],
    });
    expect(badField.json()).toMatchObject({ details: [{ path: "cells.0.field", reason: "no_such_column" }] });
    const badRow = await change(partner.cookie, preview.import.id, {
      cells: [{ rowNumber: 99, field: "sex", value: "Ž" }],
    });
    expect(badRow.json()).toMatchObject({ details: [{ path: "cells.0.rowNumber", reason: "no_such_row" }] });

    expect((await commit(partner.cookie, preview.import.id)).statusCode).toBe(200);
    const formula = await db
      .select({ givenName: people.givenName })
      .from(people)
      .where(eq(people.familyName, `Begić${t}`));
    expect(formula).toEqual([{ givenName: "=Lejla" }]);
  });
});

describe("organisations the registry does not know", () => {
  it("says how many people would be saved without one, and takes the user's match", async () => {
    const { partner, query } = await setUp();
    const centre = await makeOrganization(db, {
      name: `Centar za socijalni rad ${tag()}`,
      sector: "local_government",
    });
    const t = tag();
    const written = `CSR Zenica ${t}`;
    const preview = await previewOf(
      partner.cookie,
      query,
      "Spisak.csv",
      csv([
        "Ime i prezime;Spol;Institucija",
        `Amra Hodžić${t};Ž;${written}`,
        `Mirza Kovačević${t};M;${written}`,
      ]),
    );
    expect(preview.unknownOrganisations).toEqual([{ name: written, people: 2 }]);
    const matched = await changed(partner.cookie, preview.import.id, {
      organisations: [{ name: written.toUpperCase(), organizationId: centre.id }],
    });
    expect(matched.unknownOrganisations).toEqual([]);
    expect(matched.rows.map((row) => row.values.organisation)).toEqual([centre.name, centre.name]);
    expect((await commit(partner.cookie, preview.import.id)).statusCode).toBe(200);
    const saved = await db
      .select({ organizationId: people.organizationId })
      .from(people)
      .where(inArray(people.familyName, [`Hodžić${t}`, `Kovačević${t}`]));
    expect(saved).toEqual([{ organizationId: centre.id }, { organizationId: centre.id }]);
  });
});

describe("the file read once", () => {
  it("warns when the chosen sheet has no rows, and previews from the kept table after the file is gone", async () => {
    const { partner, query } = await setUp();
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Prazan");
    workbook.addWorksheet("Spisak").addRow(["Ime i prezime", "Spol", "Institucija"]);
    const empty = await previewOf(
      partner.cookie,
      query,
      "Spisak.xlsx",
      Buffer.from(await workbook.xlsx.writeBuffer()),
    );
    expect(empty.sheetName).toBe("Spisak");
    expect(empty.notices).toEqual(["noRows"]);

    const t = tag();
    const preview = await previewOf(
      partner.cookie,
      query,
      "Spisak.csv",
      csv(["Ime i prezime;Spol", `Amra Hodžić${t};Ž`]),
    );
    const [row] = await db
      .select({ storageKey: imports.storageKey })
      .from(imports)
      .where(eq(imports.id, preview.import.id));
    await files.remove(row?.storageKey ?? "");
    const again = await app.inject({
      url: `/api/imports/${preview.import.id}`,
      headers: { cookie: partner.cookie },
    });
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json<ImportPreview>().rows.map((r) => r.values.familyName)).toEqual([`Hodžić${t}`]);
    expect((await commit(partner.cookie, preview.import.id)).statusCode).toBe(200);
  });
});
