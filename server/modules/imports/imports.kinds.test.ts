/** People and organisations files: Cyrillic people lists, updates of known people, organisation registers. */

import { eq, inArray } from "drizzle-orm";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { ImportRecord } from "../../../common/schemas/imports.js";
import { auditLog, organizations, participations, people } from "../../db/schema.js";
import { encodeSingleByte } from "../../imports/read/fixtures.js";
import { createTestApp } from "../../test/app.js";
import { findMunicipality, makeOrganization, makePerson } from "../../test/factories.js";
import { importRequests, importWorld, tag } from "../../test/imports.js";

const { app, db } = await createTestApp();
const { upload, previewOf, commit } = importRequests(app);

const setUp = () => importWorld(db);

describe("people and organisations imports", () => {
  it("reads a Cyrillic Windows-1251 list of people and registers them", async () => {
    const { coordinator } = await setUp();
    const police = await makeOrganization(db, { name: `Министарство унутрашњих послова ${tag()}` });
    const family = `Петровић${"абвгд"[Math.floor(Math.random() * 5)]}${"ежзиј".repeat(1)}`;
    const text = [
      "Списак учесника",
      "Име,Презиме,Пол,Институција,Општина",
      `Јелена,${family},Ж,${police.name},Бања Лука`,
      `Милан,${family},М,${police.name},Banja Luka`,
    ].join("\r\n");
    const preview = await previewOf(
      coordinator.cookie,
      "kind=people",
      "spisak.csv",
      Buffer.from(encodeSingleByte(text, "windows-1251")),
    );
    expect(preview.encoding).toBe("windows-1251");
    expect(preview.delimiter).toBe(",");
    expect(preview.headerRow).toBe(2);
    expect(preview.mapping.map((column) => column.field)).toEqual([
      "givenName",
      "familyName",
      "sex",
      "organisation",
      "municipality",
    ]);
    expect(preview.issues).toEqual([]);
    const committed = await commit(coordinator.cookie, preview.import.id);
    expect(committed.statusCode, committed.body).toBe(200);
    const rows = await db
      .select()
      .from(people)
      .where(eq(people.familyName, family))
      .orderBy(people.givenName);
    expect(rows.map((row) => [row.givenName, row.sex, row.organizationId])).toEqual([
      ["Јелена", "female", police.id],
      ["Милан", "male", police.id],
    ]);
  });

  it("brings the partner's own people up to date and leaves others' people as they are", async () => {
    const { ngo, other, partner, event } = await setUp();
    const family = `Hadžić${tag()}`;
    const own = await makePerson(db, { givenName: "Dženana", familyName: family, organizationId: ngo.id });
    const foreign = await makePerson(db, {
      givenName: "Adnan",
      familyName: family,
      organizationId: other.id,
      sex: "male",
    });
    // The partner reads the other organisation's person through its own event.
    await db.insert(participations).values({ eventId: event.id, personId: foreign.id });
    const csv = [
      "Ime,Prezime,Spol,Institucija,Funkcija,E-mail",
      `Dzenana,${family},Ž,${ngo.name},Koordinatorica,dzenana@example.org`,
      `Adnan,${family},M,${other.name},Inspektor,adnan@example.org`,
      `Adnan,${family},M,${other.name},,`,
    ].join("\r\n");
    const preview = await previewOf(partner.cookie, "kind=people", "ljudi.csv", csv);
    expect(preview.rows.map((row) => [row.outcome, row.personId])).toEqual([
      ["matched", own.id],
      ["matched", foreign.id],
      ["matched", foreign.id],
    ]);
    expect(preview.issues.map((issue) => [issue.rowNumber, issue.code])).toEqual([[4, "duplicate"]]);
    const committed = await commit(partner.cookie, preview.import.id);
    expect(committed.statusCode, committed.body).toBe(200);
    const [ownAfter] = await db.select().from(people).where(eq(people.id, own.id));
    expect(ownAfter).toMatchObject({
      position: "Koordinatorica",
      email: "dzenana@example.org",
      givenName: "Dženana",
    });
    const [foreignAfter] = await db.select().from(people).where(eq(people.id, foreign.id));
    expect(foreignAfter).toMatchObject({ position: null, email: null });
    const audit = await db.select().from(auditLog).where(eq(auditLog.entityId, own.id));
    expect(audit.map((entry) => entry.action)).toEqual(["update"]);
  });

  it("finds a person merged into another by the old name, and links the row to the person kept", async () => {
    const { ngo, coordinator } = await setUp();
    const family = `Kovač${tag()}`;
    const kept = await makePerson(db, {
      givenName: "Mirela",
      familyName: `${family}-Hadžić`,
      organizationId: ngo.id,
    });
    const merged = await makePerson(db, { givenName: "Mirela", familyName: family, organizationId: ngo.id });
    const merging = await app.inject({
      method: "POST",
      url: `/api/people/${kept.id}/merge`,
      headers: { cookie: coordinator.cookie },
      payload: { otherId: merged.id },
    });
    expect(merging.statusCode, merging.body).toBe(200);
    const csv = ["Ime,Prezime,Spol,Institucija", `Mirela,${family},Ž,${ngo.name}`].join("\r\n");
    const preview = await previewOf(coordinator.cookie, "kind=people", "ljudi.csv", csv);
    expect(preview.rows.map((row) => [row.outcome, row.personId])).toEqual([["matched", kept.id]]);
    expect((await commit(coordinator.cookie, preview.import.id)).json()).toMatchObject({
      counts: { new: 0, matched: 1 },
    });
  });

  it("reads an XLSX list of organisations, matches known ones and registers the rest", async () => {
    const { coordinator, partner } = await setUp();
    const known = await makeOrganization(db, {
      name: `Agencija za ravnopravnost ${tag()}`,
      shortName: `ARS${tag()}`,
    });
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Organizacije");
    sheet.addRow(["Pregled organizacija civilnog društva"]);
    sheet.addRow([]);
    sheet.addRow(["Naziv", "Skraćeni naziv", "Nivo", "Sektor", "Općina"]);
    const fresh = `Udruženje Most ${tag()}`;
    sheet.addRow([fresh, "Most", "Općinski", "NVO", "Tuzla"]);
    sheet.addRow([`Sigurna kuća ${tag()}`, null, "Državni", "???", "Tuzla"]);
    sheet.addRow([known.name.toUpperCase(), null, "Državni", null, null]);
    sheet.addRow(["", known.shortName, "Državni", "Ministarstvo", "Bihać"]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const refused = await upload(partner.cookie, "kind=organisations", "organizacije.xlsx", bytes);
    expect(refused.statusCode).toBe(403);
    const preview = await previewOf(coordinator.cookie, "kind=organisations", "organizacije.xlsx", bytes);
    expect(preview.sheetName).toBe("Organizacije");
    expect(preview.headerRow).toBe(3);
    expect(preview.encoding).toBeNull();
    expect(preview.rows.map((row) => row.outcome)).toEqual(["new", "skipped", "matched", "skipped"]);
    expect(preview.issues.map((issue) => [issue.rowNumber, issue.code])).toEqual([
      [5, "sector"],
      [7, "required"],
    ]);
    const committed = await commit(coordinator.cookie, preview.import.id);
    expect(committed.statusCode, committed.body).toBe(200);
    expect(committed.json<ImportRecord>().counts).toMatchObject({ new: 1, matched: 1 });
    const [created] = await db.select().from(organizations).where(eq(organizations.name, fresh));
    const tuzla = await findMunicipality(db, "Tuzla");
    expect(created).toMatchObject({
      shortName: "Most",
      level: "municipality",
      sector: "civil_society",
      jurisdictionId: tuzla.id,
    });
    const audit = await db
      .select()
      .from(auditLog)
      .where(inArray(auditLog.entityId, [created?.id as string]));
    expect(audit.map((entry) => entry.action)).toEqual(["create"]);
  });
});
