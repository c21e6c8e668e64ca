/**
 * A coordinator records an agreement of the Action Plan between a state ministry and a local NGO:
 * the cooperation network of that year counts one more tie across levels and one more between an
 * institution and civil society, and so does objective 4's indicator of such ties in plan progress.
 * 2014 is the journey's own year: the default data's events are of 2012, and only the 2013
 * memorandum is in force in 2014.
 */
import { AxeBuilder } from "@axe-core/playwright";
import { describe, expect, inject, it } from "vitest";
import { setupBrowser } from "../browser.js";
import { CooperationPage } from "../pages/cooperation.page.js";
import { SessionPage } from "../pages/session.page.js";

const browser = setupBrowser();
const PLAN = "AP UNSCR 1325 BiH 2010–2013";
const PERIOD = "2013/2014";

describe("cooperation", () => {
  it("counts a new agreement of a ministry with a local NGO among the year's ties", async () => {
    const page = await browser.open("/");
    const session = new SessionPage(page);
    const cooperation = new CooperationPage(page);
    await session.signIn(inject("adminEmail"), inject("adminPassword"));

    await cooperation.open(2014);
    const crossLevel = Number(await cooperation.measure("Ties across levels"));
    const institutionCso = Number(await cooperation.measure("Institution – civil society ties"));
    // The memorandum the Agency signed with the NGOs in October 2013 is in force.
    expect(institutionCso).toBeGreaterThan(0);
    const plans = await (await page.request.get("/api/plans")).json();
    const plan = plans.items.find((item: { shortTitle: string }) => item.shortTitle === PLAN);
    const indicatorBefore = Number(await cooperation.progressActual(plan.id, PERIOD, "4-d"));
    await cooperation.open(2014);

    await cooperation.recordAgreement({
      title: "Protokol o saradnji u prevenciji rodno zasnovanog nasilja — Bratunac",
      kind: "Protocol on cooperation",
      signedOn: "2014-03-08",
      level: "Municipality",
      parties: ["Ministarstvo vanjskih poslova Bosne i Hercegovine", "Forum žena Bratunac"],
      plan: PLAN,
    });

    await cooperation.open(2014);
    await expect.poll(() => cooperation.measure("Ties across levels")).toBe(String(crossLevel + 1));
    await expect
      .poll(() => cooperation.measure("Institution – civil society ties"))
      .toBe(String(institutionCso + 1));

    await page.getByRole("img", { name: /organisations with/ }).waitFor();
    const accessibility = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
    expect(accessibility.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

    // Objective 4's indicator of institution–civil society ties, in the period holding March 2014.
    await expect
      .poll(() => cooperation.progressActual(plan.id, PERIOD, "4-d"))
      .toBe(String(indicatorBefore + 1));
  });
});
