/**
 * A coordinator imports the attendance of a campaign's public events: a list of several thousand
 * people. The import is written in the background: she sees its progress (rows read, people
 * matched, records written), and then what it did — every person once, women and men counted.
 */
import { describe, expect, inject, it } from "vitest";
import { setupBrowser } from "../browser.js";
import { EventsPage } from "../pages/events.page.js";
import { ImportsPage } from "../pages/imports.page.js";
import { SessionPage } from "../pages/session.page.js";

const browser = setupBrowser();

const given = ["Amra", "Jelena", "Snježana", "Mirza", "Đorđe"];
const family = ["Hadžić", "Petrović", "Šarić", "Kovač", "Ćosić", "Begić", "Marić"];
/** 5,000 different people; three in five women. */
const rows = Array.from({ length: 5000 }, (_, i) => {
  const name = `${given[i % 5]} ${family[Math.floor(i / 5) % 7]}-${"abcdefghij"[Math.floor(i / 35) % 10]}${i}`;
  return `${name};${i % 5 < 3 ? "Ž" : "M"};Udruženje Žene Ženama`;
});
const sheet = ["Ime i prezime;Spol;Institucija", ...rows].join("\r\n");

describe("importing a long attendance list", () => {
  it("shows the progress while the list is written, then what it did", async () => {
    const page = await browser.open("/");
    const session = new SessionPage(page);
    const events = new EventsPage(page);
    const imports = new ImportsPage(page);
    await session.signIn(inject("adminEmail"), inject("adminPassword"));

    await events.create({
      title: "Javna prezentacija kampanje, Sarajevo",
      kind: "Workshop",
      status: "Held",
      date: "2012-12-10",
      municipality: "Centar Sarajevo",
      project: "Implementation of UNSCR 1325",
      organiser: "Udruženje Žene Ženama",
    });
    const eventId = page.url().split("/events/")[1]?.split(/[/?#]/)[0] ?? "";

    await imports.startAttendanceImport(eventId);
    await imports.upload({ name: "prezentacija.csv", mimeType: "text/csv", buffer: Buffer.from(sheet) });
    await imports.continueToRows();
    expect(await imports.counts()).toMatchObject({ Rows: 5000, "New people": 5000, Women: 3000, Men: 2000 });

    await imports.commit({ progress: true });
    expect(await imports.resultCounts()).toMatchObject({ Rows: 5000, "New people": 5000 });
    await session.signOut();
  }, 180_000);
});
