/**
 * A coordinator imports a seminar's list that a local office typed by hand: one participant is
 * written with a single name, one appears twice (with and without diacritics, once without her
 * institution) and the scores have no maximum. In the preview she corrects the row in place, says
 * the two rows are one person, gives the test's maximum, and imports: the right number of people,
 * women and men, with their scores, and nobody twice.
 */
import { describe, expect, inject, it } from "vitest";
import { setupBrowser } from "../browser.js";
import { EventsPage } from "../pages/events.page.js";
import { ImportsPage } from "../pages/imports.page.js";
import { SessionPage } from "../pages/session.page.js";

const browser = setupBrowser();

const sheet = [
  "Ime i prezime;Spol;Institucija;Ulazni test;Izlazni test",
  "Sanela;Ž;Općina Vareš;6;11",
  "Mediha Ćatić;Ž;;8;14",
  "Mediha Catic;Ž;Općina Vareš;;",
  "Dragan Lukić;M;Općina Vareš;5;9",
].join("\r\n");

describe("correcting an attendance list in the preview", () => {
  it("fixes a row in place, merges a person written twice and records the scores out of the given maximum", async () => {
    const page = await browser.open("/");
    const session = new SessionPage(page);
    const events = new EventsPage(page);
    const imports = new ImportsPage(page);
    await session.signIn(inject("adminEmail"), inject("adminPassword"));

    await events.create({
      title: "Seminar: žene u lokalnoj zajednici, Vareš",
      kind: "Seminar",
      status: "Held",
      date: "2012-10-18",
      municipality: "Vareš",
      project: "Implementation of UNSCR 1325",
      organiser: "Udruženje Žene Ženama",
    });
    const eventId = page.url().split("/events/")[1]?.split(/[/?#]/)[0] ?? "";

    await imports.startAttendanceImport(eventId);
    await imports.upload({ name: "seminar-vares.csv", mimeType: "text/csv", buffer: Buffer.from(sheet) });
    await page
      .getByRole("region", { name: "Test maximum" })
      .getByRole("button", { name: "Use this maximum" })
      .click();
    await page.getByText("Scores without a maximum are recorded out of 20.").waitFor();
    await imports.continueToRows();

    expect(await imports.counts()).toMatchObject({ Rows: 4, Skipped: 1, Errors: 1 });
    await imports.correctRow(2, { "Full name": "Sanela Kovač" });
    expect(await imports.counts()).toMatchObject({ Skipped: 0, Errors: 0 });

    await imports.decideDuplicate("Rows 3 and 4", true);
    expect(await imports.counts()).toMatchObject({ Rows: 4, "New people": 3, Women: 2, Men: 1 });
    await imports.commit({ createMissingOrganisations: true });
    expect(await imports.resultCounts()).toMatchObject({ Rows: 4, "New people": 3 });

    await imports.openEvent();
    await expect
      .poll(() => events.participantNames())
      .toEqual(expect.arrayContaining(["Sanela Kovač", "Mediha Ćatić", "Dragan Lukić"]));
    expect((await events.participantNames()).filter((name) => name.startsWith("Mediha"))).toHaveLength(1);
    await session.signOut();
  }, 120_000);
});
