/** What the export tests share: requests as a signed-in user, and reading CSV and XLSX answers back. */
import { randomBytes } from "node:crypto";
import { parse } from "csv-parse/sync";
import { eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import type { FastifyInstance } from "fastify";
import { expect } from "vitest";
import type { Db } from "../db/client.js";
import { users } from "../db/schema.js";
import { utf8Bom } from "../http/csv.js";
import { makeSignedInUser } from "./factories.js";

export function exportTestHelpers(app: FastifyInstance, db: Db) {
  /** A word no other row of this file's database holds, to search the rows of one test. */
  const tag = () => `oznaka${randomBytes(3).toString("hex")}`;

  const get = (cookie: string, url: string) => app.inject({ url, headers: { cookie } });

  /** A signed-in user of the role whose language is `locale`. */
  async function userWithLocale(
    role: Parameters<typeof makeSignedInUser>[1],
    locale: string,
    options: Parameters<typeof makeSignedInUser>[2] = {},
  ) {
    const signedIn = await makeSignedInUser(db, role, options);
    await db.update(users).set({ locale }).where(eq(users.id, signedIn.user.id));
    return signedIn;
  }

  /** Every item of a list over all its pages, two rows a page. */
  async function listAll<T>(cookie: string, path: string, params: Record<string, string>): Promise<T[]> {
    const items: T[] = [];
    for (let page = 1; ; page++) {
      const query = new URLSearchParams({ ...params, page: String(page), pageSize: "2" });
      const response = await get(cookie, `${path}?${query}`);
      expect(response.statusCode).toBe(200);
      const body = response.json() as { items: T[]; total: number };
      items.push(...body.items);
      if (items.length >= body.total || body.items.length === 0) return items;
    }
  }

  /** The rows of a CSV export, header first, as csv-parse reads them. */
  async function csvExport(
    cookie: string,
    path: string,
    params: Record<string, string>,
  ): Promise<string[][]> {
    const response = await get(cookie, `${path}?${new URLSearchParams({ ...params, format: "csv" })}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(response.headers["content-disposition"]).toMatch(/^attachment; filename=".+\.csv"; filename\*=/);
    expect(response.body.startsWith(utf8Bom)).toBe(true);
    return parse(response.body.slice(utf8Bom.length)) as string[][];
  }

  /** The only sheet of an XLSX export. */
  async function xlsxExport(
    cookie: string,
    path: string,
    params: Record<string, string>,
  ): Promise<ExcelJS.Worksheet> {
    const response = await get(cookie, `${path}?${new URLSearchParams({ ...params, format: "xlsx" })}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-disposition"]).toMatch(/^attachment; filename=".+\.xlsx"; filename\*=/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error("no worksheet");
    return sheet;
  }

  /** The header row of a sheet, as text. */
  const sheetHeader = (sheet: ExcelJS.Worksheet): string[] =>
    (sheet.getRow(1).values as unknown[]).slice(1).map(String);

  /** The cells of one column below the header, by the column's header. */
  function sheetColumn(sheet: ExcelJS.Worksheet, header: string): ExcelJS.Cell[] {
    const index = sheetHeader(sheet).indexOf(header) + 1;
    expect(index).toBeGreaterThan(0);
    const cells: ExcelJS.Cell[] = [];
    for (let row = 2; row <= sheet.rowCount; row++) cells.push(sheet.getRow(row).getCell(index));
    return cells;
  }

  /** The texts of one column of a CSV export below the header, by the column's header. */
  function csvColumn(rows: string[][], header: string): string[] {
    const index = (rows[0] ?? []).indexOf(header);
    expect(index).toBeGreaterThanOrEqual(0);
    return rows.slice(1).map((row) => row[index] ?? "");
  }

  return { tag, get, userWithLocale, listAll, csvExport, xlsxExport, sheetHeader, sheetColumn, csvColumn };
}
