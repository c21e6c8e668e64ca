/** Exports stream: batch by batch, every row once, in order, and refused before the first byte when too long. */
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import type { Organization } from "../../common/schemas/organizations.js";
import { StreamInterrupted } from "../http/csv.js";
import { createTestApp } from "../test/app.js";
import { exportTestHelpers } from "../test/exports.js";
import { makeOrganization, makePerson } from "../test/factories.js";
import { exportLimits, exportStream, openRows } from "./export.js";
import { organizationExport } from "./lists.js";

const { app, db } = await createTestApp();
const { tag, get, userWithLocale, listAll, csvExport, xlsxExport, sheetHeader, sheetColumn, csvColumn } =
  exportTestHelpers(app, db);

describe("streamed exports", () => {
  it("streams an export larger than one batch: every row once, in the list's order, in both formats", async () => {
    const { cookie } = await userWithLocale("coordinator", "en");
    const word = tag();
    const organization = await makeOrganization(db);
    const familyNames = Array.from({ length: 23 }, (_, i) => `Prezime${String(i).padStart(2, "0")} ${word}`);
    // Created out of order, so that the export's order is the list's sort, not the insertion order.
    for (const familyName of [...familyNames].reverse()) {
      await makePerson(db, {
        organizationId: organization.id,
        familyName,
        email: `${familyName.slice(0, 9)}@x.ba`,
      });
    }
    const saved = { ...exportLimits };
    exportLimits.batch = 5;
    try {
      const params = { q: word, sort: "familyName", order: "desc" };
      const listed = await listAll<{ familyName: string }>(cookie, "/api/people", params);
      expect(listed.map((p) => p.familyName)).toEqual([...familyNames].reverse());

      const csv = await csvExport(cookie, "/api/people/export", params);
      expect(csv[0]).toContain("Family name");
      expect(csvColumn(csv, "Family name")).toEqual(listed.map((p) => p.familyName));

      const sheet = await xlsxExport(cookie, "/api/people/export", params);
      expect(sheetHeader(sheet)).toContain("Family name");
      expect(sheetColumn(sheet, "Family name").map((cell) => cell.value)).toEqual(
        listed.map((p) => p.familyName),
      );
      expect(sheet.autoFilter).toMatch(new RegExp(`^A1:[A-Z]+${familyNames.length + 1}$`));
      expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
      expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);

      // Exactly one batch, and an empty list: the header alone.
      exportLimits.batch = familyNames.length;
      expect(csvColumn(await csvExport(cookie, "/api/people/export", params), "Family name")).toHaveLength(
        23,
      );
      const none = await xlsxExport(cookie, "/api/people/export", { q: tag() });
      expect(sheetHeader(none)).toContain("Family name");
      expect(none.rowCount).toBe(1);
    } finally {
      Object.assign(exportLimits, saved);
    }
  });

  it("continues each batch after the last row of the one before (name orders): same rows, same order as the list", async () => {
    const { cookie } = await userWithLocale("coordinator", "en");
    const word = tag();
    // Letters the collation orders apart from their bare forms (č, ć after c; š after s; đ after d),
    // and namesakes: ties on both names, ordered by id, falling across batch boundaries.
    const names = ["Čolić", "Colić", "Ćosić", "Đukić", "Dukić", "Šarić", "Sarić", "Zubić"];
    for (const familyName of names) {
      for (const givenName of ["Amra", "Amra", "Ćamila"]) {
        await makePerson(db, { familyName: `${familyName} ${word}`, givenName });
      }
    }
    const saved = { ...exportLimits };
    exportLimits.batch = 4;
    try {
      for (const sort of ["familyName", "givenName"]) {
        const params = { q: word, sort, order: "asc" };
        const listed = await listAll<{ familyName: string; givenName: string }>(
          cookie,
          "/api/people",
          params,
        );
        expect(listed).toHaveLength(names.length * 3);
        const csv = await csvExport(cookie, "/api/people/export", params);
        expect(csvColumn(csv, "Family name")).toEqual(listed.map((p) => p.familyName));
        expect(csvColumn(csv, "Given name")).toEqual(listed.map((p) => p.givenName));
      }
      const listed = await listAll<{ familyName: string }>(cookie, "/api/people", {
        q: word,
        sort: "familyName",
      });
      expect(listed.map((p) => p.familyName.split(" ")[0])).toEqual(
        ["Colić", "Čolić", "Ćosić", "Dukić", "Đukić", "Sarić", "Šarić", "Zubić"].flatMap((n) => [n, n, n]),
      );
    } finally {
      Object.assign(exportLimits, saved);
    }
  });

  it("answers 400 with the reason, not a cut file, when the selection is over the limit", async () => {
    const { cookie } = await userWithLocale("coordinator", "en");
    const word = tag();
    for (let i = 0; i < 4; i++) await makePerson(db, { familyName: `Granica${i} ${word}` });
    const saved = { ...exportLimits };
    Object.assign(exportLimits, { batch: 2, rows: 3 });
    try {
      for (const format of ["csv", "xlsx"]) {
        const response = await get(cookie, `/api/people/export?format=${format}&q=${word}`);
        expect(response.statusCode, format).toBe(400);
        expect(response.headers["content-disposition"]).toBeUndefined();
        expect(response.json()).toMatchObject({
          code: "VALIDATION",
          details: [{ path: "q", reason: "export_too_long" }],
        });
      }
      exportLimits.rows = 4;
      expect(
        csvColumn(await csvExport(cookie, "/api/people/export", { q: word }), "Family name"),
      ).toHaveLength(4);
    } finally {
      Object.assign(exportLimits, saved);
    }
  });

  it("reads the pages of a list in turn, the next while the last is written, and each row once", async () => {
    const rows = Array.from({ length: 12 }, (_, i) => i);
    const asked: number[] = [];
    const afters: (number | undefined)[] = [];
    const { total, batches } = await openRows<number>(
      async ({ page, pageSize, after }) => {
        asked.push(page);
        afters.push(after);
        return { items: rows.slice((page - 1) * pageSize, page * pageSize), total: rows.length };
      },
      { batch: 5, rows: 100 },
    );
    expect(total).toBe(12);
    expect(asked).toEqual([1]);
    const read: number[] = [];
    for await (const batch of batches) read.push(...batch);
    expect(read).toEqual(rows);
    expect(asked).toEqual([1, 2, 3]);
    // Each page after the first is told the last row of the page before (keyset paging).
    expect(afters).toEqual([undefined, 4, 9]);
  });

  it("ends a stream that fails after its first byte with an error that carries no values, and reports the cause", async () => {
    const organization = { name: "Udruženje", isArchived: false } as Organization;
    for (const format of ["csv", "xlsx"] as const) {
      const failures: unknown[] = [];
      async function* batches() {
        yield [organization];
        throw new Error("secret@example.org is not welcome");
      }
      const file = exportStream(
        organizationExport,
        { total: 2, batches: batches() },
        { format, locale: "en", today: "2014-01-15" },
        (error) => failures.push(error),
      );
      const body = file.body as Readable;
      expect(body).toBeInstanceOf(Readable);
      const outcome = await new Promise<unknown>((resolve) => {
        body.on("data", () => undefined);
        body.on("error", resolve);
        body.on("end", () => resolve("ended"));
      });
      expect(outcome, format).toBeInstanceOf(StreamInterrupted);
      expect(String((outcome as Error).message)).not.toContain("secret");
      expect(failures).toHaveLength(1);
    }
  });
});
