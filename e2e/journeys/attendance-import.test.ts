/**
 * A coordinator takes an attendance sheet as a local office saves it — Windows-1250, semicolons, a
 * title and a date above the header, a signature column, names with and without diacritics — and
 * imports it into a workshop: corrects one column, confirms two likely matches, commits, and finds
 * the participants on the event. Importing the same file again adds no one.
 */
import { describe, expect, inject, it } from "vitest";
import { encodeSingleByte } from "../../server/imports/read/fixtures.js";
import { setupBrowser } from "../browser.js";
import { EventsPage } from "../pages/events.page.js";
import { ImportsPage } from "../pages/imports.page.js";
import { SessionPage } from "../pages/session.page.js";

const browser = setupBrowser();

/** The sheet as the office in Kakanj saved it; "Bodovi 2" is the post-test, a header no synonym knows. */
const sheet = [
  "Lista prisutnih;;;;;;;",
  "Lokalna radionica o Rezoluciji 1325, Kakanj, 14.11.2012.;;;;;;;",
  ";;;;;;;",
  "R.br.;Ime i prezime;Spol;Institucija;Općina;Ulazni test;Bodovi 2;Potpis",
  "1;Lejla Hadzic;Ž;Općina Kakanj;Kakanj;8;14;",
  "2;Vedran Kovac;M;Općina Kakanj;Kakanj;6;9;",
  "3;Đorđe Šarić;M;Policijska uprava Zenica;Kakanj;7;12;",
  "4;Amra Bešić;Ž;Udruženje Žene Ženama;Kakanj;9;15,5;",
  ";;;;;;;",
  "Potpis voditeljice radionice:;;;;;;;",
].join("\r\n");

describe("importing an attendance list", () => {
  it("gets the participants of a Windows-1250 sheet onto the event, once", async () => {
    const page = await browser.open("/");
    const session = new SessionPage(page);
    const events = new EventsPage(page);
    const imports = new ImportsPage(page);
    await session.signIn(inject("adminEmail"), inject("adminPassword"));

    await events.create({
      title: "Lokalna radionica: Rezolucija 1325 u Kaknju",
      kind: "Workshop",
      status: "Held",
      date: "2012-11-14",
      municipality: "Kakanj",
      project: "Implementation of UNSCR 1325",
      organiser: "Udruženje Žene Ženama",
    });
    const eventId = page.url().split("/events/")[1]?.split(/[/?#]/)[0] ?? "";
    const file = {
      name: "lista-prisutnih-kakanj.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(encodeSingleByte(sheet, "windows-1250")),
    };

    await imports.startAttendanceImport(eventId);
    await imports.upload(file);
    const read = await imports.howRead();
    expect(read.encoding).toContain("1250");
    expect(read.delimiter).toContain(";");
    expect(read.headerRow).toBe("row 4");
    expect(await imports.fieldOf("Ime i prezime")).toBe("Full name");
    await imports.setColumnField("Bodovi 2", "Post-test score");
    // The sheet has no maximum score: the wizard asks for it once and proposes 20.
    await imports.giveScoreMaximum();
    await imports.continueToRows();

    // "Lejla Hadzic" and "Vedran Kovac" are registered already (with diacritics, in other
    // institutions): the coordinator confirms one and registers the other as a new person.
    await imports.confirmLikely("Lejla Hadzic", "Lejla Hadžić");
    await imports.confirmLikely("Vedran Kovac", "new");
    await imports.commit({ createMissingOrganisations: true });
    expect(await imports.resultCounts()).toMatchObject({ Rows: 4 });

    await imports.openEvent();
    await expect
      .poll(() => events.participantNames())
      .toEqual(expect.arrayContaining(["Lejla Hadžić", "Vedran Kovac", "Đorđe Šarić", "Amra Bešić"]));
    const before = (await events.participantNames()).length;

    // The same file again: everyone is matched, nobody is added twice.
    await imports.startAttendanceImport(eventId);
    await imports.upload(file);
    expect(await imports.sourceOf("Bodovi 2")).toMatch(/remembered/i);
    await imports.giveScoreMaximum(20);
    await imports.continueToRows();
    await imports.commit();
    await imports.openEvent();
    await expect.poll(async () => (await events.participantNames()).length).toBe(before);
    await session.signOut();
  }, 120_000);
});
