import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { ImportPreview, ImportRecord } from "../../../common/schemas/imports.js";
import { importMappings, imports } from "../../db/schema.js";
import { createTestApp } from "../../test/app.js";
import { makeEvent, makeOrganization, makeSignedInUser } from "../../test/factories.js";
import { multipartFile } from "../../test/multipart.js";

const { app, db } = await createTestApp();

async function setUp() {
  const ngo = await makeOrganization(db, { sector: "civil_society" });
  const partner = await makeSignedInUser(db, "partner", { organizationId: ngo.id });
  const event = await makeEvent(db, { organizerIds: [ngo.id] });
  return { ngo, partner, query: `kind=attendance&eventId=${event.id}` };
}

async function upload(cookie: string, query: string, content: string) {
  const body = multipartFile("Lista učesnika.csv", content);
  return app.inject({
    method: "POST",
    url: `/api/imports?${query}`,
    headers: { ...body.headers, cookie },
    payload: body.payload,
  });
}

/** A list with the name and sex columns, then `extra` more columns headed by the given text. */
function wideList(extra: number, header: (index: number) => string) {
  const headers = ["Ime i prezime", "Spol", ...Array.from({ length: extra }, (_, index) => header(index))];
  const cells = (name: string, sex: string) => [name, sex, ...Array.from({ length: extra }, () => "da")];
  return [headers, cells("Amra Hodžić", "Ž"), cells("Mirza Kovačević", "M")]
    .map((row) => row.join(";"))
    .join("\r\n");
}

describe("wide headers", () => {
  it("refuses a file of 5,000 columns or with an overlong header with 400, and keeps nothing", async () => {
    const { partner, query } = await setUp();
    const tooMany = await upload(
      partner.cookie,
      query,
      wideList(4_998, (index) => `Kolona ${index + 1}`),
    );
    expect(tooMany.statusCode, tooMany.body.slice(0, 300)).toBe(400);
    expect(tooMany.json()).toMatchObject({
      code: "VALIDATION",
      details: [{ path: "file", reason: "too_many_columns", params: { max: 500 } }],
    });
    const longHeader = await upload(
      partner.cookie,
      query,
      wideList(3, (index) => (index === 1 ? `Napomena ${"o učešću ".repeat(60)}` : `Kolona ${index}`)),
    );
    expect(longHeader.statusCode, longHeader.body).toBe(400);
    expect(longHeader.json()).toMatchObject({
      code: "VALIDATION",
      details: [{ path: "file", reason: "header_too_long", params: { max: 500, column: 4 } }],
    });
    expect(await db.select({ n: count() }).from(imports)).toEqual([{ n: 0 }]);
  });

  it("previews and commits 300 columns of long headers and remembers their mapping", async () => {
    const { ngo, partner, query } = await setUp();
    const header = (index: number) =>
      `Dodatni podatak ${index + 1} prikupljen na obuci u okviru akcionog plana ${"i izvještaja ".repeat(10)}`;
    const list = wideList(298, header);
    expect(header(0).length).toBeGreaterThan(150);

    const first = await upload(partner.cookie, query, list);
    expect(first.statusCode, first.body.slice(0, 300)).toBe(201);
    const preview = first.json<ImportPreview>();
    expect(preview.mapping).toHaveLength(300);
    expect(preview.mapping.slice(0, 2).map((column) => column.field)).toEqual(["fullName", "sex"]);
    const committed = await app.inject({
      method: "POST",
      url: `/api/imports/${preview.import.id}/commit`,
      headers: { cookie: partner.cookie },
      payload: {},
    });
    expect(committed.statusCode, committed.body).toBe(200);
    expect(committed.json<ImportRecord>()).toMatchObject({ status: "committed", counts: { new: 2 } });
    const remembered = await db
      .select()
      .from(importMappings)
      .where(eq(importMappings.organizationId, ngo.id));
    expect(remembered).toHaveLength(1);
    expect(remembered[0]?.headerKey).toMatch(/^[0-9a-f]{64}$/);

    const second = await upload(partner.cookie, query, list);
    expect(second.statusCode, second.body.slice(0, 300)).toBe(201);
    const again = second.json<ImportPreview>();
    expect(new Set(again.mapping.map((column) => column.source))).toEqual(new Set(["remembered"]));
    expect(again.mapping.map((column) => column.field)).toEqual(
      preview.mapping.map((column) => column.field),
    );
    expect(again.rows.map((row) => row.outcome)).toEqual(["matched", "matched"]);
  });
});
