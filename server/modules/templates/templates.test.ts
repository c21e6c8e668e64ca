import { eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { users } from "../../db/schema.js";
import { createTestApp } from "../../test/app.js";
import {
  findCategorySet,
  linkIndicator,
  makeIndicator,
  makeOrganization,
  makePeriod,
  makePlan,
  makeSignedInUser,
  makeSubmission,
} from "../../test/factories.js";
import { multipartFile } from "../../test/multipart.js";

const { app, db } = await createTestApp();

const sex = await findCategorySet(db, "sex");
const entity = await findCategorySet(db, "entity");

/** A submission of an organisation with people trained by sex and entity, a decimal and a text indicator. */
async function world(status: "draft" | "approved" = "draft") {
  const organization = await makeOrganization(db, { name: `Ministarstvo odbrane ${Math.random()}` });
  const plan = await makePlan(db);
  const period = await makePeriod(db, { planId: plan.id, name: "2013/2014" });
  const trained = await makeIndicator(db, { planId: plan.id, code: "2.1", countsPeople: true });
  await linkIndicator(db, trained.id, {
    organizationIds: [organization.id],
    categorySetIds: [sex.id, entity.id],
  });
  const budget = await makeIndicator(db, { planId: plan.id, code: "2.2", unit: "number" });
  const note = await makeIndicator(db, { planId: plan.id, code: "2.3", unit: "text" });
  for (const id of [budget.id, note.id]) await linkIndicator(db, id, { organizationIds: [organization.id] });
  const submission = await makeSubmission(db, {
    organizationId: organization.id,
    reportingPeriodId: period.id,
    status,
  });
  const rep = await makeSignedInUser(db, "representative", { organizationId: organization.id });
  return { organization, trained, budget, note, submission, cookie: rep.cookie };
}

async function download(cookie: string, id: string) {
  const response = await app.inject({ url: `/api/submissions/${id}/template.xlsx`, headers: { cookie } });
  expect(response.statusCode).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(response.rawPayload as unknown as ExcelJS.Buffer);
  return { response, workbook, sheet: workbook.worksheets[0] as ExcelJS.Worksheet };
}

/** The data rows of a template: indicator id (column F), category key (G) and the value cell (E). */
function dataRows(sheet: ExcelJS.Worksheet) {
  const rows: { id: string; key: string; row: ExcelJS.Row }[] = [];
  sheet.eachRow((row, number) => {
    if (number <= 3) return;
    rows.push({ id: String(row.getCell(6).value), key: String(row.getCell(7).value ?? ""), row });
  });
  return rows;
}

async function post(cookie: string, id: string, workbook: ExcelJS.Workbook, dryRun = false) {
  const { payload, headers } = multipartFile("Obrazac.xlsx", Buffer.from(await workbook.xlsx.writeBuffer()));
  return app.inject({
    method: "POST",
    url: `/api/submissions/${id}/template${dryRun ? "?dryRun=true" : ""}`,
    headers: { cookie, ...headers },
    payload,
  });
}

const stored = async (cookie: string, id: string) =>
  (await app.inject({ url: `/api/submissions/${id}`, headers: { cookie } })).json().indicators;

/** Fills the template: people trained 10, 11, … per combination, 1234.56 (as "1.234,56"), Cyrillic text. */
function fill(sheet: ExcelJS.Worksheet, w: Awaited<ReturnType<typeof world>>) {
  let count = 10;
  for (const { id, row } of dataRows(sheet)) {
    const cell = row.getCell(5);
    if (id === w.trained.id) cell.value = count++;
    if (id === w.budget.id) cell.value = "1.234,56";
    if (id === w.note.id) cell.value = "Закон о равноправности је усвојен";
  }
}

describe("indicator templates", () => {
  it("lays out one row per indicator and combination, protected except for the value cells", async () => {
    const w = await world();
    const { response, sheet } = await download(w.cookie, w.submission.id);
    expect(response.headers["content-disposition"]).toMatch(/^attachment; filename=".*Obrazac.*\.xlsx"/);
    expect(String(sheet.getCell("A1").value)).toContain(w.organization.name);
    expect(String(sheet.getCell("A1").value)).toContain("2013/2014");
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
    expect(sheet.getRow(3).values).toEqual([
      undefined,
      "Šifra",
      "Indikator",
      "Jedinica",
      "Razvrstavanje",
      "Vrijednost",
      "indicator_id",
      "category_key",
    ]);
    const rows = dataRows(sheet);
    const entities = (await stored(w.cookie, w.submission.id))[0].categorySets.find(
      (s: { code: string }) => s.code === "entity",
    ).categories.length;
    expect(rows.filter((r) => r.id === w.trained.id)).toHaveLength(2 * entities);
    expect(rows.map((r) => r.key)).toContain("entity=BA-SRP;sex=female");
    const women = rows.find((r) => r.key === "entity=BA-SRP;sex=female")?.row;
    expect(women?.getCell(4).value).toBe("Entitet: RS · Spol: Žene");
    expect(rows.filter((r) => r.id === w.budget.id).map((r) => r.key)).toEqual([""]);

    // The protection as read back from the file (exceljs keeps it off its typings).
    const { sheetProtection } = sheet as unknown as { sheetProtection: Record<string, unknown> };
    expect(sheetProtection).toMatchObject({ sheet: true });
    expect(sheetProtection).not.toHaveProperty("hashValue");
    for (const { row } of rows) {
      expect(row.getCell(5).protection).toMatchObject({ locked: false });
      expect(row.getCell(1).protection?.locked).not.toBe(false);
      expect(row.getCell(6).protection?.locked).not.toBe(false);
    }
  });

  it("writes the filled values back, decimals and Cyrillic text included, even with rows moved", async () => {
    const w = await world();
    const { workbook, sheet } = await download(w.cookie, w.submission.id);
    fill(sheet, w);
    sheet.spliceRows(1, 0, ["Napomena iznad tabele"]);
    const response = await post(w.cookie, w.submission.id, workbook);
    expect(response.statusCode).toBe(200);
    const result = response.json();
    expect(result.dryRun).toBe(false);
    expect(result.changes.length).toBe(result.rowsRead);
    const [trained, budget, note] = await stored(w.cookie, w.submission.id);
    expect(trained.values.map((v: { value: number }) => v.value).sort()).toEqual(
      Array.from({ length: trained.values.length }, (_, i) => 10 + i),
    );
    expect(trained.values.map((v: { categoryKey: string }) => v.categoryKey)).toContain(
      "entity=BA-SRP;sex=male",
    );
    expect(budget.values).toEqual([
      { indicatorId: w.budget.id, categoryKey: "", value: 1234.56, textValue: null },
    ]);
    expect(note.values[0].textValue).toBe("Закон о равноправности је усвојен");
  });

  it("answers the changes of a dry run and writes nothing", async () => {
    const w = await world();
    const { workbook, sheet } = await download(w.cookie, w.submission.id);
    fill(sheet, w);
    const response = await post(w.cookie, w.submission.id, workbook, true);
    expect(response.statusCode).toBe(200);
    const result = response.json();
    expect(result.dryRun).toBe(true);
    expect(result.changes).toContainEqual(
      expect.objectContaining({
        indicatorId: w.budget.id,
        categoryKey: "",
        before: { value: null, textValue: null },
        after: { value: 1234.56, textValue: null },
      }),
    );
    expect(result.changes.every((c: { row: number | null }) => typeof c.row === "number")).toBe(true);
    for (const indicator of await stored(w.cookie, w.submission.id)) expect(indicator.values).toEqual([]);
  });

  it("changes nothing when the downloaded template comes back unchanged", async () => {
    const w = await world();
    const first = await download(w.cookie, w.submission.id);
    fill(first.sheet, w);
    expect((await post(w.cookie, w.submission.id, first.workbook)).statusCode).toBe(200);
    const before = await stored(w.cookie, w.submission.id);
    const again = await download(w.cookie, w.submission.id);
    expect(
      dataRows(again.sheet)
        .find((r) => r.id === w.budget.id)
        ?.row.getCell(5).value,
    ).toBe(1234.56);
    const response = await post(w.cookie, w.submission.id, again.workbook);
    expect(response.statusCode).toBe(200);
    expect(response.json().changes).toEqual([]);
    expect(await stored(w.cookie, w.submission.id)).toEqual(before);
  });

  it("refuses unreadable values, unknown indicators and categories, naming the rows", async () => {
    const w = await world();
    const { workbook, sheet } = await download(w.cookie, w.submission.id);
    const rows = dataRows(sheet);
    const budgetRow = rows.find((r) => r.id === w.budget.id)?.row as ExcelJS.Row;
    budgetRow.getCell(5).value = "dvanaest";
    const first = rows[0]?.row as ExcelJS.Row;
    first.getCell(7).value = "entity=BA-SRP;sex=other";
    first.getCell(5).value = 3;
    const extra = sheet.addRow(["", "", "", "", 5, "00000000-0000-4000-8000-000000000000", ""]);
    const fraction = rows[1]?.row as ExcelJS.Row;
    fraction.getCell(5).value = 2.5;
    const response = await post(w.cookie, w.submission.id, workbook);
    expect(response.statusCode).toBe(400);
    const paths = response.json().details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        `rows.${budgetRow.number}.value`,
        `rows.${first.number}.categoryKey`,
        `rows.${extra.number}.indicatorId`,
        `rows.${fraction.number}.value`,
      ]),
    );
    for (const indicator of await stored(w.cookie, w.submission.id)) expect(indicator.values).toEqual([]);
  });

  it("keeps another organisation's template from a representative, and approved data locked", async () => {
    const w = await world();
    const other = await world();
    const { workbook } = await download(other.cookie, other.submission.id);
    const read = await app.inject({
      url: `/api/submissions/${other.submission.id}/template.xlsx`,
      headers: { cookie: w.cookie },
    });
    expect(read.statusCode).toBe(404);
    expect((await post(w.cookie, other.submission.id, workbook)).statusCode).toBe(404);

    const approved = await world("approved");
    const locked = await download(approved.cookie, approved.submission.id);
    const response = await post(approved.cookie, approved.submission.id, locked.workbook);
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe("LOCKED");
  });

  it("writes the words in the reader's language: English, and Serbian in Cyrillic", async () => {
    const w = await world();
    const english = await makeSignedInUser(db, "coordinator");
    await db.update(users).set({ locale: "en" }).where(eq(users.id, english.user.id));
    const { sheet } = await download(english.cookie, w.submission.id);
    expect(sheet.getCell("E3").value).toBe("Value");
    const texts = dataRows(sheet).map((r) => String(r.row.getCell(4).value));
    expect(texts.some((t) => t.includes("Sex: Women"))).toBe(true);

    const cyrillic = await makeSignedInUser(db, "coordinator");
    await db.update(users).set({ locale: "sr-Cyrl-BA" }).where(eq(users.id, cyrillic.user.id));
    const serbian = await download(cyrillic.cookie, w.submission.id);
    expect(serbian.sheet.getCell("E3").value).toBe("Вриједност");
    const row = dataRows(serbian.sheet).find((r) => r.key === "entity=BA-SRP;sex=female")?.row;
    expect(String(row?.getCell(4).value)).toContain("Пол: Жене");
  });
});
