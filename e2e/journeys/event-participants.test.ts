/**
 * A coordinator signs in, records a workshop of the 2012 project in a municipality, adds three
 * participants (one written in Cyrillic), sees the dashboard's figures move, and signs out.
 */
import { AxeBuilder } from "@axe-core/playwright";
import { describe, expect, inject, it } from "vitest";
import { setupBrowser } from "../browser.js";
import { DashboardPage } from "../pages/dashboard.page.js";
import { EventsPage } from "../pages/events.page.js";
import { SessionPage } from "../pages/session.page.js";

const browser = setupBrowser();

describe("recording an event", () => {
  it("adds a workshop with three participants and the dashboard counts them", async () => {
    const page = await browser.open("/");
    const session = new SessionPage(page);
    const dashboard = new DashboardPage(page);
    const events = new EventsPage(page);

    await session.signIn(inject("adminEmail"), inject("adminPassword"));
    await dashboard.open();
    const workshopsBefore = await dashboard.heldOfTarget("Workshop");
    // Ten workshops held in the default data (other journeys may have added some), against ten planned.
    expect(workshopsBefore.target).toBe(10);
    expect(workshopsBefore.held).toBeGreaterThanOrEqual(10);
    const before = await dashboard.peopleReached();

    await events.create({
      title: "Lokalna radionica: Rezolucija 1325 u Žepču",
      kind: "Workshop",
      status: "Held",
      date: "2012-11-20",
      municipality: "Žepče",
      project: "Implementation of UNSCR 1325",
      organiser: "Udruženje Žene Ženama",
    });
    await events.addNewParticipant({ givenName: "Јелена", familyName: "Петровић", sex: "Women" });
    await events.addNewParticipant({ givenName: "Dženana", familyName: "Hadžić", sex: "Women" });
    await events.addNewParticipant({ givenName: "Đorđe", familyName: "Šarić", sex: "Men" });
    expect(await events.participantNames()).toEqual(
      expect.arrayContaining(["Јелена Петровић", "Dženana Hadžić", "Đorđe Šarić"]),
    );

    // The dashboard first shows what it had cached, then its fresh figures: wait for those.
    await dashboard.open();
    await expect
      .poll(() => dashboard.heldOfTarget("Workshop"))
      .toEqual({ held: workshopsBefore.held + 1, target: 10 });
    await expect
      .poll(() => dashboard.peopleReached())
      .toEqual({
        participations: { female: before.participations.female + 2, male: before.participations.male + 1 },
        uniquePeople: { female: before.uniquePeople.female + 2, male: before.uniquePeople.male + 1 },
      });

    const accessibility = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
    expect(accessibility.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

    await session.signOut();
    await page.goto("/");
    await page.getByRole("button", { name: "Sign in" }).waitFor();
  });
});
