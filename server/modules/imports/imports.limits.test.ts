/**
 * Files built to exhaust the server are refused at the reader's limits, in a worker thread, while
 * the server goes on answering other requests; nothing of them is kept.
 */
import { count } from "drizzle-orm";
import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { imports } from "../../db/schema.js";
import { createTestApp } from "../../test/app.js";
import { makeEvent, makeOrganization, makeSignedInUser } from "../../test/factories.js";
import { importRequests } from "../../test/imports.js";

const { app, db } = await createTestApp();
const { upload } = importRequests(app);

async function setUp() {
  const ngo = await makeOrganization(db, { sector: "civil_society" });
  const partner = await makeSignedInUser(db, "partner", { organizationId: ngo.id });
  const event = await makeEvent(db, { organizerIds: [ngo.id] });
  return { partner, query: `kind=attendance&eventId=${event.id}` };
}

/**
 * Sends the upload and, while it is being read, asks for the health check `times` times; answers
 * the order in which the answers came.
 */
async function uploadWhileServing(cookie: string, query: string, fileName: string, content: Buffer | string) {
  const order: string[] = [];
  const uploading = upload(cookie, query, fileName, content).then((response) => {
    order.push("upload");
    return response;
  });
  const checks = Array.from({ length: 3 }, (_, index) =>
    new Promise((wait) => setTimeout(wait, 20 * (index + 1)))
      .then(() => app.inject({ url: "/api/health" }))
      .then((response) => {
        order.push(`health ${response.statusCode}`);
      }),
  );
  const [response] = await Promise.all([uploading, ...checks]);
  return { response, order };
}

/** An .xlsx-like archive whose one sheet inflates from a few kilobytes to `megabytes` MB. */
function zipBomb(megabytes: number): Buffer {
  const sheet = new Uint8Array(megabytes * 1024 * 1024).fill(0x20);
  const archive = zipSync(
    {
      "[Content_Types].xml": new TextEncoder().encode("<Types/>"),
      "xl/workbook.xml": new TextEncoder().encode("<workbook/>"),
      "xl/worksheets/sheet1.xml": sheet,
    },
    { level: 9 },
  );
  return Buffer.from(archive);
}

describe("the reader's limits", () => {
  it("refuses a workbook that unpacks a thousandfold (to 100 MB) with 413 before inflating it", async () => {
    const { partner, query } = await setUp();
    const bomb = zipBomb(100);
    expect(bomb.length).toBeLessThan(200 * 1024);
    const { response, order } = await uploadWhileServing(partner.cookie, query, "Spisak.xlsx", bomb);
    expect(response.statusCode, response.body).toBe(413);
    expect(response.json()).toMatchObject({ code: "TOO_LARGE", reason: "file_unpacks_too_large" });
    expect(order.filter((entry) => entry.startsWith("health"))).toEqual([
      "health 200",
      "health 200",
      "health 200",
    ]);
    expect(await db.select({ n: count() }).from(imports)).toEqual([{ n: 0 }]);
  });

  it("refuses a line of a million cells with 400 while other requests are answered", async () => {
    const { partner, query } = await setUp();
    const line = `Ime i prezime;Spol;${"x;".repeat(1_000_000)}`;
    const { response, order } = await uploadWhileServing(partner.cookie, query, "Spisak.csv", line);
    expect(response.statusCode, response.body.slice(0, 300)).toBe(400);
    expect(response.json()).toMatchObject({
      code: "VALIDATION",
      details: [{ path: "file", reason: "too_many_columns", params: { max: 500 } }],
    });
    expect(order.slice(0, 3)).toEqual(["health 200", "health 200", "health 200"]);
  });

  it("refuses more than 100,000 rows with 413, answering other requests while it reads", async () => {
    const { partner, query } = await setUp();
    const rows = ["Ime i prezime;Spol;Institucija"];
    for (let index = 0; index <= 100_000; index++) rows.push(`Amra Hodžić ${index};Ž;Udruženje Žene Ženama`);
    const { response, order } = await uploadWhileServing(
      partner.cookie,
      query,
      "Spisak.csv",
      rows.join("\r\n"),
    );
    expect(response.statusCode, response.body.slice(0, 300)).toBe(413);
    expect(response.json()).toMatchObject({ reason: "too_many_rows", params: { max: 100_000 } });
    expect(order).toEqual(["health 200", "health 200", "health 200", "upload"]);
  });

  it("refuses a cell longer than 10,000 characters with its row and column", async () => {
    const { partner, query } = await setUp();
    const content = [
      "Ime i prezime;Spol;Napomena",
      "Amra Hodžić;Ž;kratko",
      `Lejla Begić;Ž;${"š".repeat(10_001)}`,
    ];
    const response = await upload(partner.cookie, query, "Spisak.csv", content.join("\r\n"));
    expect(response.statusCode, response.body.slice(0, 300)).toBe(400);
    expect(response.json()).toMatchObject({
      details: [{ path: "file", reason: "cell_too_long", params: { max: 10_000, row: 3, column: 3 } }],
    });
  });
});
