/**
 * The Coordination Board in 2013: the coordinator records a meeting (attendance with a deputy, an
 * agenda item, a decision) and agrees an action item for the Ministry of Security; at the next
 * meeting the item is carried into the follow-up as overdue; the Ministry's representative marks it
 * done with a note, and the follow-up shows it done. Then the trainer cascade of the 2012 training
 * of trainers and the coverage map of BiH are opened.
 */
import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { setupBrowser } from "../browser.js";
import { BoardsPage } from "../pages/boards.page.js";
import { CoveragePage } from "../pages/coverage.page.js";
import { EventsPage } from "../pages/events.page.js";
import { SessionPage } from "../pages/session.page.js";

const browser = setupBrowser();

const BOARD = "Koordinacioni odbor za praćenje provedbe Akcionog plana za implementaciju UNSCR 1325 u BiH";
const MINISTRY = "Ministarstvo sigurnosti Bosne i Hercegovine";
const ITEM = "Dostaviti podatke o ženama u graničnoj policiji za 2012. godinu";

async function getJson<T>(page: Page, path: string, params?: Record<string, string>): Promise<T> {
  const response = await page.request.get(path, params ? { params } : undefined);
  expect(response.status(), path).toBe(200);
  return (await response.json()) as T;
}

const eventIdOf = (page: Page) => page.url().split("/events/")[1]?.split(/[/?#]/)[0] ?? "";

describe("the Coordination Board", () => {
  it("records a meeting, carries its action item into the next one, and the owner marks it done", async () => {
    const page = await browser.open("/");
    const session = new SessionPage(page);
    const events = new EventsPage(page);
    const boards = new BoardsPage(page);
    const admin = { email: inject("adminEmail"), password: inject("adminPassword") };

    await session.signIn(admin.email, admin.password);
    const meeting = (date: string, n: number) => ({
      title: `${n}. sjednica Koordinacionog odbora u 2013. godini`,
      kind: "Board meeting",
      status: "Held",
      date,
      municipality: "Centar Sarajevo",
      project: "Implementation of UNSCR 1325",
      organiser: "Agencija za ravnopravnost spolova Bosne i Hercegovine",
    });
    await events.create(meeting("2013-02-14", 1));
    const first = eventIdOf(page);
    await boards.recordMeeting({
      board: BOARD,
      ngoConsultation: true,
      agenda: ["Plan rada Koordinacionog odbora za 2013. godinu"],
      attendance: [
        { person: "Lejla Hadžić", attendance: "Present" },
        { person: "Vedran Kovač", attendance: "Present" },
        { person: "Mirela Begović", attendance: "Represented by a deputy", deputy: "Ines Mehmedović" },
      ],
      minutes:
        "<p>Usvojen plan rada za 2013. godinu; <strong>Ministarstvo sigurnosti</strong> dostavlja podatke.</p>",
      decisions: ["Usvaja se plan rada Koordinacionog odbora za 2013. godinu."],
    });
    await expect
      .poll(() => boards.attendance())
      .toEqual(expect.arrayContaining(["Vedran Kovač: Present", "Mirela Begović: Represented by a deputy"]));
    await boards.meetingRecord().getByText("Ines Mehmedović").first().waitFor();
    await boards.addActionItem({ description: ITEM, owner: MINISTRY, dueOn: "2013-03-31" });
    const accessibility = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
    expect(
      accessibility.violations.map(
        (v) => `${v.id}: ${v.help} ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
      ),
    ).toEqual([]);

    // The next meeting carries the open item forward; in 2026 it is overdue.
    await events.create(meeting("2013-04-11", 2));
    const second = eventIdOf(page);
    await boards.recordMeeting({
      board: BOARD,
      attendance: [{ person: "Lejla Hadžić", attendance: "Present" }],
    });
    await expect.poll(() => boards.followUpStatus(ITEM)).toMatch(/overdue/i);

    // The Ministry's representative marks it done with a note.
    const ministry = (
      await getJson<{ items: { id: string; name: string }[] }>(page, "/api/organizations", {
        q: "Ministarstvo sigurnosti",
      })
    ).items.find((item) => item.name === MINISTRY);
    const representative = {
      email: `mos-board-${Date.now()}@e2e.example.org`,
      password: "representative-password-1325",
    };
    const created = await page.request.post("/api/users", {
      data: {
        email: representative.email,
        displayName: "Vedran Kovač",
        role: "representative",
        organizationId: ministry?.id,
        password: representative.password,
      },
    });
    expect(created.status()).toBe(201);
    await session.signOut();
    await session.signIn(representative.email, representative.password);
    await boards.openActionItems();
    await boards.ownOpenItems(MINISTRY).getByText(ITEM).waitFor();
    await boards.markDone(ITEM, "Podaci dostavljeni Agenciji 25. marta 2013.", boards.ownOpenItems(MINISTRY));

    // The second meeting's follow-up now reads done; the first meeting's record is unchanged.
    await boards.openMeeting(second);
    await expect.poll(() => boards.followUpStatus(ITEM)).toMatch(/done/i);
    await boards.openMeeting(first);
    await boards.meetingActionItems().getByText(ITEM).waitFor();
    await session.signOut();
  }, 120_000);

  it("opens the cascade of the 2012 training of trainers and the coverage map of BiH", async () => {
    const page = await browser.open("/");
    const session = new SessionPage(page);
    const coverage = new CoveragePage(page);
    await session.signIn(inject("adminEmail"), inject("adminPassword"));

    const tots = await getJson<{ items: { id: string; title: string }[] }>(page, "/api/events", {
      kind: "training_of_trainers",
    });
    const tot = tots.items[0];
    if (!tot) throw new Error("the training of trainers is not loaded");
    await page.goto(`/events/${tot.id}`);
    await page.getByRole("link", { name: "Trainer cascade" }).click();
    await page.getByRole("heading", { level: 1, name: /Trainer cascade/ }).waitFor();
    const cascade = await getJson<{
      trainersProduced: number;
      depth: number;
      peopleReached: { total: number };
    }>(page, `/api/events/${tot.id}/cascade`);
    expect(cascade.trainersProduced).toBe(12);
    expect(cascade.depth).toBe(2);
    expect(cascade.peopleReached.total).toBeGreaterThan(50);
    const figures = page.getByRole("region", { name: "The cascade in figures" });
    await figures.getByText(String(cascade.trainersProduced), { exact: true }).first().waitFor();
    await page
      .getByRole("img", { name: /Trainers produced|trainers/i })
      .first()
      .waitFor();
    const trainerRows = page.getByRole("table", { name: "By trainer" }).locator("tbody tr");
    // Every generation's trainers: the twelve the TOT produced and the one they trained.
    await expect.poll(() => trainerRows.count()).toBe(cascade.trainersProduced + 1);

    await coverage.open();
    await coverage.chooseMeasure("Share of women");
    await expect
      .poll(async () => (await coverage.rows()).map((row) => row.municipality))
      .toEqual(expect.arrayContaining(["Bihać", "Bratunac", "Brčko distrikt Bosne i Hercegovine"]));
    await expect.poll(async () => (await coverage.attribution().textContent()) ?? "").toContain("CC BY 4.0");
    const accessibility = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
    expect(
      accessibility.violations.map(
        (v) => `${v.id}: ${v.help} ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
      ),
    ).toEqual([]);
    await coverage.openMunicipality("Bihać");
    await expect.poll(() => coverage.eventTitles()).toContain("Lokalna radionica: Rezolucija 1325 u Bihaću");
    await session.signOut();
  }, 120_000);
});
