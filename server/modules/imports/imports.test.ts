import { randomUUID } from "node:crypto";
import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { ImportPreview, ImportRecord } from "../../../common/schemas/imports.js";
import { auditLog, importMappings, imports, organizations, participations, people } from "../../db/schema.js";
import { encodeSingleByte } from "../../imports/read/fixtures.js";
import { createTestApp } from "../../test/app.js";
import { makeOrganization, makePerson, makeSignedInUser } from "../../test/factories.js";
import { importRequests, importWorld, tag } from "../../test/imports.js";

const { app, db } = await createTestApp();
const { upload, previewOf, commit } = importRequests(app);

const setUp = () => importWorld(db);

const mapped = (preview: ImportPreview) =>
  Object.fromEntries(preview.mapping.map((column) => [column.header, [column.field, column.source]]));

/** An attendance list as a local office saves it from Excel: Windows-1250, semicolons, a title and a signature. */
function attendanceList(organisation: string, names: { ana: string; zeljko: string }) {
  const text = [
    'Lista učesnika obuke "Žene, mir i sigurnost";;;;;;',
    ";;;;;;",
    "Ime i prezime;Spol;Institucija;Općina;Ulazni test;Izlazni test;Maks. bodova",
    `${names.ana};Ž;${organisation};Bihać;12;18;20`,
    `${names.zeljko};M;${organisation};Tuzla;10,5;15;20`,
    `Dragana Nepoznata${names.ana.length};X;${organisation};Bihać;;;`,
    `Emina Prevelika${names.ana.length};Ž;${organisation};Bihać;25;30;20`,
    `${names.zeljko};muško;${organisation};Tuzla;;;`,
    `Nada Novak${names.ana.length};ž;Nepoznata fondacija;Atlantida;;;`,
    ";;;;;;",
    "Potpis voditelja obuke: ______;;;;;;",
  ].join("\r\n");
  return Buffer.from(encodeSingleByte(text, "windows-1250"));
}

describe("attendance imports", () => {
  it("previews a Windows-1250 list, takes a corrected mapping, commits, re-imports without duplicates and remembers the mapping", async () => {
    const { ngo, partner, event } = await setUp();
    const names = { ana: `Šejla Đurić${tag()}`, zeljko: `Željko Čolić${tag()}` };
    const file = attendanceList(ngo.name, names);
    const query = `kind=attendance&eventId=${event.id}`;
    const peopleBefore = await db.select({ n: count() }).from(people);

    const preview = await previewOf(partner.cookie, query, "Lista učesnika.csv", file);
    expect(preview.encoding).toBe("windows-1250");
    expect(preview.delimiter).toBe(";");
    expect(preview.headerRow).toBe(3);
    expect(mapped(preview)).toEqual({
      "Ime i prezime": ["fullName", "exact"],
      Spol: ["sex", "exact"],
      Institucija: ["organisation", "exact"],
      Općina: ["municipality", "exact"],
      "Ulazni test": ["preScore", "exact"],
      "Izlazni test": ["postScore", "exact"],
      "Maks. bodova": ["maxScore", "exact"],
    });
    expect(preview.import).toMatchObject({ status: "previewed", kind: "attendance", eventId: event.id });
    const codes = preview.issues.map((issue) => [issue.rowNumber, issue.severity, issue.code]);
    expect(codes).toEqual([
      [6, "error", "sex"],
      [7, "error", "score"],
      [7, "error", "score"],
      [8, "warning", "duplicate"],
      [9, "warning", "organisation"],
      [9, "warning", "municipality"],
    ]);
    expect(preview.issues.find((issue) => issue.code === "sex")).toMatchObject({
      header: "Spol",
      value: "X",
    });
    expect(preview.rows.map((row) => [row.rowNumber, row.outcome])).toEqual([
      [4, "new"],
      [5, "new"],
      [6, "skipped"],
      [7, "skipped"],
      [8, "new"],
      [9, "new"],
    ]);
    expect(preview.rows[1]?.values).toMatchObject({ sex: "male", preScore: "10.5", municipality: "Tuzla" });
    // Željko's two rows are one new person: the counts are of people, split by sex.
    expect(preview.import.counts).toMatchObject({
      rows: 6,
      new: 3,
      skipped: 2,
      errors: 3,
      warnings: 3,
      female: 2,
      male: 1,
    });
    expect(await db.select({ n: count() }).from(people)).toEqual(peopleBefore);

    // The place is left out: its warning goes, and the mapping is the user's.
    const placeColumn = preview.mapping.find((column) => column.field === "municipality")?.column as number;
    const corrected = await app.inject({
      method: "PUT",
      url: `/api/imports/${preview.import.id}/mapping`,
      headers: { cookie: partner.cookie },
      payload: { mapping: [{ column: placeColumn, field: null }] },
    });
    expect(corrected.statusCode, corrected.body).toBe(200);
    const correctedPreview = corrected.json<ImportPreview>();
    expect(mapped(correctedPreview).Općina).toEqual([null, "user"]);
    expect(correctedPreview.issues.some((issue) => issue.code === "municipality")).toBe(false);
    const again = await app.inject({
      method: "GET",
      url: `/api/imports/${preview.import.id}`,
      headers: { cookie: partner.cookie },
    });
    expect(mapped(again.json<ImportPreview>()).Općina).toEqual([null, "user"]);

    const committed = await commit(partner.cookie, preview.import.id);
    expect(committed.statusCode, committed.body).toBe(200);
    expect(committed.json<ImportRecord>()).toMatchObject({
      status: "committed",
      counts: { new: 3, matched: 0, skipped: 2 },
    });
    const written = await db
      .select({
        givenName: people.givenName,
        familyName: people.familyName,
        sex: people.sex,
        organizationId: people.organizationId,
        role: participations.role,
        attended: participations.attended,
        pre: participations.preTestScore,
        post: participations.postTestScore,
        max: participations.testMaxScore,
      })
      .from(participations)
      .innerJoin(people, eq(people.id, participations.personId))
      .where(eq(participations.eventId, event.id))
      .orderBy(people.givenName);
    expect(written).toHaveLength(3);
    expect(written.find((row) => row.givenName === "Šejla")).toMatchObject({
      familyName: names.ana.split(" ")[1],
      sex: "female",
      organizationId: ngo.id,
      role: "participant",
      attended: true,
      pre: "12.00",
      post: "18.00",
      max: "20.00",
    });
    expect(written.find((row) => row.givenName === "Željko")).toMatchObject({ sex: "male", pre: "10.50" });
    expect(written.find((row) => row.givenName.startsWith("Nada"))).toMatchObject({ organizationId: null });
    const second = await commit(partner.cookie, preview.import.id);
    expect(second.statusCode).toBe(409);
    const audited = await db.select().from(auditLog).where(eq(auditLog.entityType, "participation"));
    expect(audited.length).toBeGreaterThanOrEqual(3);

    // The same file again: the mapping is remembered, everyone is matched, nothing is duplicated.
    const reimport = await previewOf(partner.cookie, query, "Lista učesnika (2).csv", file);
    expect(mapped(reimport).Općina).toEqual([null, "remembered"]);
    expect(mapped(reimport)["Ime i prezime"]).toEqual(["fullName", "remembered"]);
    expect(reimport.rows.filter((row) => row.outcome === "matched")).toHaveLength(4);
    expect(reimport.likely).toEqual([]);
    const recommitted = await commit(partner.cookie, reimport.import.id);
    expect(recommitted.statusCode, recommitted.body).toBe(200);
    expect(recommitted.json<ImportRecord>().counts).toMatchObject({ new: 0, matched: 3 });
    const after = await db
      .select({ n: count() })
      .from(participations)
      .where(eq(participations.eventId, event.id));
    expect(after[0]?.n).toBe(3);
    const remembered = await db
      .select()
      .from(importMappings)
      .where(eq(importMappings.organizationId, ngo.id));
    expect(remembered).toHaveLength(1);
  });

  it("updates a participation on re-import instead of adding one", async () => {
    const { ngo, partner, event } = await setUp();
    const name = `Lejla Mehić${tag()}`;
    const first = `Ime i prezime;Spol;Institucija;Izlazni test;Maks. bodova\r\n${name};Ž;${ngo.name};10;20\r\n`;
    const one = await previewOf(partner.cookie, `kind=attendance&eventId=${event.id}`, "a.csv", first);
    expect((await commit(partner.cookie, one.import.id)).statusCode).toBe(200);
    const second = first.replace(";10;20", ";17;20");
    const two = await previewOf(partner.cookie, `kind=attendance&eventId=${event.id}`, "a.csv", second);
    expect(two.rows[0]?.outcome).toBe("matched");
    expect((await commit(partner.cookie, two.import.id)).statusCode).toBe(200);
    const rows = await db.select().from(participations).where(eq(participations.eventId, event.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.postTestScore).toBe("17.00");
  });

  it("asks for a decision on likely matches and links the person chosen", async () => {
    const { ngo, partner, event } = await setUp();
    const family = `Begić${tag()}`;
    const known = await makePerson(db, { givenName: "Amila", familyName: family, organizationId: ngo.id });
    const csv = `Ime;Prezime;Spol;Institucija\r\nAmela;${family};Ž;${ngo.name}\r\n`;
    const preview = await previewOf(partner.cookie, `kind=attendance&eventId=${event.id}`, "lista.csv", csv);
    expect(preview.likely).toEqual([
      {
        rowNumber: 2,
        name: `Amela ${family}`,
        organisation: ngo.name,
        candidates: [{ personId: known.id, name: `Amila ${family}`, organisationName: ngo.name }],
      },
    ]);
    expect(preview.rows[0]?.outcome).toBe("likely");
    const undecided = await commit(partner.cookie, preview.import.id);
    expect(undecided.statusCode).toBe(400);
    const decided = await commit(partner.cookie, preview.import.id, {
      decisions: [{ rowNumber: 2, personId: known.id }],
    });
    expect(decided.statusCode, decided.body).toBe(200);
    const rows = await db.select().from(participations).where(eq(participations.eventId, event.id));
    expect(rows.map((row) => row.personId)).toEqual([known.id]);

    // The same list again: the person confirmed last time takes part in the event, so nothing is asked.
    const again = await previewOf(partner.cookie, `kind=attendance&eventId=${event.id}`, "lista.csv", csv);
    expect(again.likely).toEqual([]);
    expect(again.rows[0]).toMatchObject({ outcome: "matched", personId: known.id });
  });

  it("writes nothing when the commit fails half-way", async () => {
    const { ngo, coordinator, event } = await setUp();
    const family = `Kovač${tag()}`;
    await makePerson(db, { givenName: "Mirza", familyName: family, organizationId: ngo.id, sex: "male" });
    const newOrganisation = `Fondacija Novi Put ${tag()}`;
    const csv = [
      "Ime;Prezime;Spol;Institucija",
      `Sanja;Novi${tag()};Ž;${newOrganisation}`,
      `Mirzo;${family};M;${ngo.name}`,
    ].join("\r\n");
    const preview = await previewOf(coordinator.cookie, `kind=attendance&eventId=${event.id}`, "l.csv", csv);
    expect(preview.likely.map((likely) => likely.rowNumber)).toEqual([3]);
    const before = {
      people: await db.select({ n: count() }).from(people),
      organisations: await db.select({ n: count() }).from(organizations),
      audit: await db.select({ n: count() }).from(auditLog),
    };
    const failed = await commit(coordinator.cookie, preview.import.id, {
      createMissingOrganizations: true,
      decisions: [{ rowNumber: 3, personId: randomUUID() }],
    });
    expect(failed.statusCode).toBe(400);
    expect(failed.json()).toMatchObject({ code: "VALIDATION", details: [{ path: "decisions" }] });
    expect({
      people: await db.select({ n: count() }).from(people),
      organisations: await db.select({ n: count() }).from(organizations),
      audit: await db.select({ n: count() }).from(auditLog),
    }).toEqual(before);
    expect(await db.select().from(participations).where(eq(participations.eventId, event.id))).toEqual([]);
    const [row] = await db.select().from(imports).where(eq(imports.id, preview.import.id));
    expect(row?.status).toBe("previewed");

    const done = await commit(coordinator.cookie, preview.import.id, {
      createMissingOrganizations: true,
      decisions: [{ rowNumber: 3, personId: null }],
    });
    expect(done.statusCode, done.body).toBe(200);
    const created = await db.select().from(organizations).where(eq(organizations.name, newOrganisation));
    expect(created).toHaveLength(1);
  });

  it("lets a partner import only into its own organisation's events", async () => {
    const { partner, otherEvent } = await setUp();
    const csv = "Ime i prezime;Spol\r\nAna Anić;Ž\r\n";
    const response = await upload(partner.cookie, `kind=attendance&eventId=${otherEvent.id}`, "l.csv", csv);
    expect(response.statusCode).toBe(404);
    const viewer = await makeSignedInUser(db, "viewer");
    const denied = await upload(viewer.cookie, `kind=people`, "l.csv", csv);
    expect(denied.statusCode).toBe(403);
  });

  it("refuses files over 10 MB and files of another kind", async () => {
    const { partner, event } = await setUp();
    const query = `kind=attendance&eventId=${event.id}`;
    const big = Buffer.alloc(10 * 1024 * 1024 + 10, "a");
    expect((await upload(partner.cookie, query, "velika.csv", big)).statusCode).toBe(413);
    const pdf = await upload(partner.cookie, query, "lista.pdf", "%PDF-1.4\n%%EOF\n");
    expect(pdf.statusCode).toBe(400);
    const fakeWorkbook = await upload(partner.cookie, query, "lista.xlsx", "Ime;Spol\r\nAna;Ž\r\n");
    expect(fakeWorkbook.statusCode).toBe(400);
    const binary = await upload(partner.cookie, query, "lista.csv", Buffer.from([0x4d, 0x5a, 0x00, 0x01]));
    expect(binary.statusCode).toBe(400);
    const imported = await db.select().from(imports).where(eq(imports.eventId, event.id));
    expect(imported).toEqual([]);
  });

  it("lists imports the actor may read and serves the original file", async () => {
    const { ngo, partner, coordinator, event } = await setUp();
    const csv = `Ime i prezime,Spol,Institucija\r\nAna Anić${tag()},Ž,${ngo.name}\r\n`;
    const preview = await previewOf(
      partner.cookie,
      `kind=attendance&eventId=${event.id}`,
      "Učesnici.csv",
      csv,
    );
    const list = await app.inject({
      method: "GET",
      url: "/api/imports",
      headers: { cookie: partner.cookie },
    });
    expect(list.json().items.map((item: ImportRecord) => item.id)).toEqual([preview.import.id]);
    const stranger = await makeSignedInUser(db, "partner", {
      organizationId: (await makeOrganization(db)).id,
    });
    const hidden = await app.inject({
      method: "GET",
      url: "/api/imports",
      headers: { cookie: stranger.cookie },
    });
    expect(hidden.json().items).toEqual([]);
    const staffList = await app.inject({
      method: "GET",
      url: `/api/imports?eventId=${event.id}`,
      headers: { cookie: coordinator.cookie },
    });
    expect(staffList.json().total).toBe(1);
    const file = await app.inject({
      method: "GET",
      url: `/api/imports/${preview.import.id}/file`,
      headers: { cookie: partner.cookie },
    });
    expect(file.statusCode).toBe(200);
    expect(file.body).toBe(csv);
    expect(file.headers["content-disposition"]).toContain("attachment");
    expect(file.headers["x-content-type-options"]).toBe("nosniff");
  });
});
