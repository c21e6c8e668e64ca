import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { ImportList, ImportPreview } from "../../../common/schemas/imports.js";
import { participations } from "../../db/schema.js";
import { createTestApp } from "../../test/app.js";
import { makeEvent, makeOrganization, makePerson, makeSignedInUser } from "../../test/factories.js";
import { multipartFile } from "../../test/multipart.js";
import { withoutPersonalData } from "./imports.personal.js";

const { app, db } = await createTestApp();

const tag = () =>
  randomBytes(3)
    .toString("hex")
    .replace(/\d/g, (d) => "abcdefghij"[Number(d)] ?? "a");

const get = (cookie: string, url: string) => app.inject({ method: "GET", url, headers: { cookie } });

describe("personal data in imports", () => {
  it("gives contacts and the original file only to staff and the uploader", async () => {
    const ngo = await makeOrganization(db, { name: `Udruženje Žene ${tag()}`, sector: "civil_society" });
    const police = await makeOrganization(db, { sector: "police" });
    const uploader = await makeSignedInUser(db, "partner", { organizationId: ngo.id });
    const colleague = await makeSignedInUser(db, "partner", { organizationId: ngo.id });
    const coordinator = await makeSignedInUser(db, "coordinator");
    const event = await makeEvent(db, { organizerIds: [ngo.id] });
    // An officer of the police takes part, so the police's representative reads the participants.
    const officer = await makePerson(db, { organizationId: police.id });
    await db.insert(participations).values({ eventId: event.id, personId: officer.id });
    const representative = await makeSignedInUser(db, "representative", { organizationId: police.id });

    const suffix = tag();
    const contacts = [
      `amra.${suffix}@example.org`,
      "+387 61 111 222",
      `mirza-${suffix}-na-example`,
      "061 333 444",
    ];
    const csv = [
      "Ime i prezime;Spol;Institucija;E-mail;Telefon",
      `Amra Hodžić${suffix};Ž;${ngo.name};${contacts[0]};${contacts[1]}`,
      `Mirza Kovačević${suffix};M;${police.name};${contacts[2]};${contacts[3]}`,
    ].join("\r\n");
    const body = multipartFile("Lista učesnika.csv", csv);
    const uploaded = await app.inject({
      method: "POST",
      url: `/api/imports?kind=attendance&eventId=${event.id}`,
      headers: { ...body.headers, cookie: uploader.cookie },
      payload: body.payload,
    });
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const id = uploaded.json<ImportPreview>().import.id;
    for (const contact of contacts) expect(uploaded.body).toContain(contact);

    for (const reader of [representative, colleague]) {
      const preview = await get(reader.cookie, `/api/imports/${id}`);
      expect(preview.statusCode, preview.body).toBe(200);
      for (const contact of contacts) expect(preview.body).not.toContain(contact);
      const shown = preview.json<ImportPreview>();
      expect(shown.mapping.map((column) => [column.header, column.field])).toEqual([
        ["Ime i prezime", "fullName"],
        ["Spol", "sex"],
        ["Institucija", "organisation"],
        ["E-mail", "email"],
        ["Telefon", "phone"],
      ]);
      expect(
        shown.rows.map((row) => [row.values.fullName, "email" in row.values, "phone" in row.values]),
      ).toEqual([
        [`Amra Hodžić${suffix}`, false, false],
        [`Mirza Kovačević${suffix}`, false, false],
      ]);
      expect(shown.issues).toContainEqual(
        expect.objectContaining({ rowNumber: 3, code: "email", header: "E-mail", value: null }),
      );

      const file = await get(reader.cookie, `/api/imports/${id}/file`);
      expect(file.statusCode).toBe(403);
      expect(file.json()).toMatchObject({ code: "FORBIDDEN" });
      for (const contact of contacts) expect(file.body).not.toContain(contact);

      expect(shown.import.abilities).toEqual({ downloadFile: false });
      const list = await get(reader.cookie, `/api/imports?eventId=${event.id}`);
      expect(list.json<ImportList>().items.map((item) => [item.id, item.abilities])).toEqual([
        [id, { downloadFile: false }],
      ]);
      for (const contact of contacts) expect(list.body).not.toContain(contact);
    }

    for (const reader of [uploader, coordinator]) {
      const preview = await get(reader.cookie, `/api/imports/${id}`);
      expect(preview.statusCode, preview.body).toBe(200);
      expect(preview.json<ImportPreview>().rows[0]?.values).toMatchObject({
        email: contacts[0],
        phone: contacts[1],
      });
      expect(preview.json<ImportPreview>().issues).toContainEqual(
        expect.objectContaining({ rowNumber: 3, code: "email", value: contacts[2] }),
      );
      expect(preview.json<ImportPreview>().import.abilities).toEqual({ downloadFile: true });
      const list = await get(reader.cookie, `/api/imports?eventId=${event.id}`);
      expect(list.json<ImportList>().items[0]?.abilities).toEqual({ downloadFile: true });
      const file = await get(reader.cookie, `/api/imports/${id}/file`);
      expect(file.statusCode).toBe(200);
      expect(file.body).toBe(csv);
    }

    // A partner of an organisation that has nothing to do with the event does not see the import.
    const stranger = await makeSignedInUser(db, "partner", {
      organizationId: (await makeOrganization(db)).id,
    });
    expect((await get(stranger.cookie, `/api/imports/${id}`)).statusCode).toBe(404);
    expect((await get(stranger.cookie, `/api/imports/${id}/file`)).statusCode).toBe(404);
  });

  it("blanks headers that read as contacts, when a data row was taken for the header", () => {
    const preview = {
      mapping: [
        { column: 0, header: "Amra Hodžić", field: null, source: "none" },
        { column: 1, header: "amra@example.org", field: null, source: "none" },
        { column: 2, header: "+387 61 111-222", field: null, source: "none" },
        { column: 3, header: "15.05.2012.", field: null, source: "none" },
      ],
      issues: [{ rowNumber: 2, header: "amra@example.org", severity: "warning", code: "email", value: "x" }],
      rows: [],
    } as unknown as ImportPreview;
    const shown = withoutPersonalData(preview);
    expect(shown.mapping.map((column) => column.header)).toEqual(["Amra Hodžić", "", "", "15.05.2012."]);
    expect(shown.issues[0]?.header).toBe("");
  });
});
