import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { makeActionItem, makeBoard, makeBoardMeeting } from "../test/activity-factories.js";
import { createTestApp } from "../test/app.js";
import { exportTestHelpers } from "../test/exports.js";
import { makeEvent, makeOrganization, makeParticipation, makePerson } from "../test/factories.js";
import { exportRowLimit, loadAll } from "./export.js";

const { app, db } = await createTestApp();
const { tag, get, userWithLocale, listAll, csvExport, xlsxExport, sheetHeader, sheetColumn, csvColumn } =
  exportTestHelpers(app, db);

describe("list exports", () => {
  it("exports the events of the list with its filters and order, all pages, with typed cells", async () => {
    const { cookie } = await userWithLocale("coordinator", "en");
    const word = tag();
    const organizer = await makeOrganization(db);
    const titles = ["Alfa", "Beta", "Čelik", "Delta", "Đurđevak"];
    for (const [index, title] of titles.entries()) {
      const event = await makeEvent(db, {
        organizerIds: [organizer.id],
        title: `${title} ${word}`,
        kind: "workshop",
        startsOn: `2013-03-0${index + 1}`,
        endsOn: `2013-03-0${index + 1}`,
      });
      if (index === 0) {
        const woman = await makePerson(db, { sex: "female" });
        await makeParticipation(db, { eventId: event.id, personId: woman.id, attended: true });
      }
    }
    await makeEvent(db, { organizerIds: [organizer.id], title: `Seminar ${word}`, kind: "seminar" });
    await makeEvent(db, {
      organizerIds: [organizer.id],
      title: `Arhiva ${word}`,
      kind: "workshop",
      archivedAt: new Date(),
    });
    const params = { q: word, kind: "workshop", sort: "title", order: "desc" };

    const listed = await listAll<{ title: string }>(cookie, "/api/events", params);
    expect(listed.map((e) => e.title)).toEqual(titles.map((t) => `${t} ${word}`).reverse());

    const csv = await csvExport(cookie, "/api/events/export", params);
    expect(csvColumn(csv, "Title")).toEqual(listed.map((e) => e.title));
    expect(csvColumn(csv, "Start date")).toEqual([
      "2013-03-05",
      "2013-03-04",
      "2013-03-03",
      "2013-03-02",
      "2013-03-01",
    ]);
    expect(csvColumn(csv, "Women attended")).toEqual(["0", "0", "0", "0", "1"]);

    const sheet = await xlsxExport(cookie, "/api/events/export", params);
    expect(sheetColumn(sheet, "Title").map((cell) => cell.value)).toEqual(listed.map((e) => e.title));
    const starts = sheetColumn(sheet, "Start date").map((cell) => cell.value);
    expect(starts.every((value) => value instanceof Date)).toBe(true);
    expect((starts[4] as Date).toISOString()).toBe("2013-03-01T00:00:00.000Z");
    const women = sheetColumn(sheet, "Women attended").map((cell) => cell.value);
    expect(women).toEqual([0, 0, 0, 0, 1]);
    expect(sheetColumn(sheet, "Women attended")[4]?.type).toBe(ExcelJS.ValueType.Number);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
  });

  it("exports to a partner only the events its list shows it", async () => {
    const own = await makeOrganization(db);
    const other = await makeOrganization(db);
    const { cookie } = await userWithLocale("partner", "bs", { organizationId: own.id });
    const word = tag();
    await makeEvent(db, { organizerIds: [own.id], title: `Naša radionica ${word}` });
    await makeEvent(db, { organizerIds: [other.id], title: `Tuđa radionica ${word}` });

    const listed = await listAll<{ title: string }>(cookie, "/api/events", { q: word });
    expect(listed.map((e) => e.title)).toEqual([`Naša radionica ${word}`]);
    const csv = await csvExport(cookie, "/api/events/export", { q: word });
    expect(csvColumn(csv, "Naziv")).toEqual([`Naša radionica ${word}`]);
    const sheet = await xlsxExport(cookie, "/api/events/export", { q: word });
    expect(sheetColumn(sheet, "Naziv").map((cell) => cell.value)).toEqual([`Naša radionica ${word}`]);
  });

  it("writes the headers in the reader's language: Bosnian, Croatian, and Serbian in Cyrillic", async () => {
    const word = tag();
    const organizer = await makeOrganization(db);
    await makeEvent(db, { organizerIds: [organizer.id], title: `Radionica ${word}` });
    const bs = await userWithLocale("coordinator", "bs");
    const hr = await userWithLocale("coordinator", "hr");
    const cyrillic = await userWithLocale("coordinator", "sr-Cyrl-BA");

    const bsHeader = (await csvExport(bs.cookie, "/api/events/export", { q: word }))[0];
    expect(bsHeader?.slice(0, 4)).toEqual(["Naziv", "Vrsta", "Status", "Datum početka"]);
    expect(bsHeader).toContain("Projekat");
    expect(bsHeader).toContain("Općina");
    expect((await csvExport(hr.cookie, "/api/events/export", { q: word }))[0]).toContain("Projekt");

    const sheet = await xlsxExport(cyrillic.cookie, "/api/events/export", { q: word });
    expect(sheet.name).toBe("Догађаји");
    expect(sheetHeader(sheet).slice(0, 4)).toEqual(["Назив", "Врста", "Статус", "Датум почетка"]);
    expect(sheetHeader(sheet)).toContain("Општина");
    const response = await get(cyrillic.cookie, `/api/events/export?format=csv&q=${word}`);
    expect(response.headers["content-disposition"]).toContain(
      `filename*=UTF-8''${encodeURIComponent("Догађаји")}`,
    );
  });

  it("neutralises a name that a spreadsheet would read as a formula, in both formats", async () => {
    const { cookie } = await userWithLocale("coordinator", "en");
    const word = tag();
    const name = `=HYPERLINK("http://example.org";"${word}")`;
    await makeOrganization(db, { name, shortName: word });
    await makeOrganization(db, { name: `Udruženje ${word}` });
    const params = { q: word, sort: "name" };

    const listed = await listAll<{ name: string }>(cookie, "/api/organizations", params);
    expect(listed.map((o) => o.name).sort()).toEqual([name, `Udruženje ${word}`].sort());
    const response = await get(
      cookie,
      `/api/organizations/export?${new URLSearchParams({ ...params, format: "csv" })}`,
    );
    expect(response.body).toContain(`"'=HYPERLINK(""http://example.org"";""${word}"")"`);
    const csv = await csvExport(cookie, "/api/organizations/export", params);
    const guarded = listed.map((o) => (o.name === name ? `'${name}` : o.name));
    expect(csvColumn(csv, "Name")).toEqual(guarded);

    const sheet = await xlsxExport(cookie, "/api/organizations/export", params);
    expect(sheetColumn(sheet, "Name").map((cell) => cell.value)).toEqual(guarded);
    const first = sheetColumn(sheet, "Name").find((cell) => cell.value === `'${name}`);
    expect(first?.type).toBe(ExcelJS.ValueType.String);
    expect(first?.formula).toBeUndefined();
    expect(first?.value).toBe(`'${name}`);
  });

  it("exports people with contacts only to readers who may see them", async () => {
    const own = await makeOrganization(db);
    const other = await makeOrganization(db);
    const word = tag();
    await makePerson(db, { organizationId: own.id, familyName: `Hodžić ${word}`, email: "amra@example.org" });
    await makePerson(db, {
      organizationId: other.id,
      familyName: `Kovačević ${word}`,
      email: "x@example.org",
    });

    const partner = await userWithLocale("partner", "en", { organizationId: own.id });
    const listed = await listAll<{ familyName: string }>(partner.cookie, "/api/people", { q: word });
    expect(listed.map((p) => p.familyName)).toEqual([`Hodžić ${word}`]);
    const partnerCsv = await csvExport(partner.cookie, "/api/people/export", { q: word });
    expect(csvColumn(partnerCsv, "Family name")).toEqual([`Hodžić ${word}`]);
    expect(csvColumn(partnerCsv, "E-mail")).toEqual(["amra@example.org"]);

    const coordinator = await userWithLocale("coordinator", "en");
    const all = await xlsxExport(coordinator.cookie, "/api/people/export", { q: word, sort: "familyName" });
    expect(sheetColumn(all, "Family name").map((cell) => cell.value)).toEqual([
      `Hodžić ${word}`,
      `Kovačević ${word}`,
    ]);
    expect(sheetColumn(all, "E-mail").map((cell) => cell.value)).toEqual([
      "amra@example.org",
      "x@example.org",
    ]);

    const trainerPerson = await makePerson(db);
    const trainer = await userWithLocale("trainer", "en", { personId: trainerPerson.id });
    const trainerCsv = await csvExport(trainer.cookie, "/api/people/export", { q: word });
    expect(trainerCsv[0]).not.toContain("E-mail");
    expect(trainerCsv[0]).not.toContain("Phone");
    expect(trainerCsv[0]).not.toContain("Birth year");
    expect(trainerCsv).toHaveLength(1);

    const viewer = await userWithLocale("viewer", "en", { organizationId: own.id });
    expect((await get(viewer.cookie, "/api/people/export?format=csv")).statusCode).toBe(403);
  });

  it("exports the action items of the list with its filters, dates as dates", async () => {
    const { cookie } = await userWithLocale("coordinator", "en");
    const owner = await makeOrganization(db);
    const someoneElse = await makeOrganization(db);
    const board = await makeBoard(db);
    const meeting = await makeBoardMeeting(db, { boardId: board.id, startsOn: "2014-02-10" });
    for (const [index, dueOn] of ["2014-03-01", "2014-04-01", "2014-05-01"].entries()) {
      await makeActionItem(db, {
        eventId: meeting.id,
        ownerOrganizationId: owner.id,
        description: `Zaduženje ${index + 1}`,
        dueOn,
      });
    }
    await makeActionItem(db, {
      eventId: meeting.id,
      ownerOrganizationId: owner.id,
      description: "Izvršeno",
      status: "done",
      closedOn: "2014-02-20",
    });
    await makeActionItem(db, { eventId: meeting.id, ownerOrganizationId: someoneElse.id });
    const params = { organizationId: owner.id, status: "open" };

    const listed = await listAll<{ description: string }>(cookie, "/api/action-items", params);
    expect(listed).toHaveLength(3);
    const csv = await csvExport(cookie, "/api/action-items/export", params);
    expect(csvColumn(csv, "Action item")).toEqual(listed.map((item) => item.description));
    expect(csvColumn(csv, "Meeting date")).toEqual(["2014-02-10", "2014-02-10", "2014-02-10"]);

    const sheet = await xlsxExport(cookie, "/api/action-items/export", params);
    expect(sheetColumn(sheet, "Action item").map((cell) => cell.value)).toEqual(
      listed.map((item) => item.description),
    );
    const due = sheetColumn(sheet, "Due date").map((cell) => cell.value);
    expect(due.every((value) => value instanceof Date)).toBe(true);
    expect(due.map((value) => (value as Date).toISOString().slice(0, 10)).sort()).toEqual([
      "2014-03-01",
      "2014-04-01",
      "2014-05-01",
    ]);
  });

  it("answers 400 without a format or with another one, and for paging parameters", async () => {
    const { cookie } = await userWithLocale("coordinator", "en");
    for (const url of [
      "/api/events/export",
      "/api/events/export?format=pdf",
      "/api/people/export?format=",
      "/api/coverage/export?format=json",
      "/api/events/export?format=csv&page=2",
    ]) {
      const response = await get(cookie, url);
      expect(response.statusCode, url).toBe(400);
      expect(response.json().code).toBe("VALIDATION");
    }
  });

  it("answers the other lists in both formats", async () => {
    const admin = await userWithLocale("administrator", "bs");
    for (const path of [
      "/api/projects/export",
      "/api/plans/export",
      "/api/indicators/export",
      "/api/users/export",
      "/api/audit/export",
      "/api/boards/export",
      "/api/curricula/export",
      "/api/coverage/export",
    ]) {
      for (const format of ["csv", "xlsx"]) {
        const response = await get(admin.cookie, `${path}?format=${format}`);
        expect(response.statusCode, `${path} ${format}`).toBe(200);
      }
    }
  });

  it("describes the export routes in the OpenAPI document", async () => {
    const response = await app.inject({ url: "/api/openapi.json" });
    expect(response.statusCode).toBe(200);
    const paths = response.json<{ paths: Record<string, { get?: { parameters?: { name: string }[] } }> }>()
      .paths;
    expect(Object.keys(paths)).toEqual(
      expect.arrayContaining(["/api/events/export", "/api/action-items/export", "/api/coverage/export"]),
    );
    const parameters = paths["/api/events/export"]?.get?.parameters?.map((p) => p.name) ?? [];
    expect(parameters).toEqual(expect.arrayContaining(["format", "q", "kind", "sort", "order"]));
    expect(parameters).not.toContain("page");
  });

  it("refuses a selection larger than an export holds", async () => {
    await expect(loadAll(async () => ({ items: [], total: exportRowLimit + 1 }))).rejects.toMatchObject({
      code: "VALIDATION",
    });
    await expect(loadAll(async () => ({ items: [1, 2], total: 2 }))).resolves.toEqual([1, 2]);
  });
});
