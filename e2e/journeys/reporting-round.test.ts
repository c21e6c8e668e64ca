/**
 * A full reporting round for the 2011/2012 period of the BiH Action Plan: the Ministry of Security's
 * representative fills and submits its report; the coordinator returns it with a comment; the
 * representative corrects a value and submits again; the coordinator approves; afterwards the
 * representative's report is locked; the coordinator unlocks it with a reason, and a save from a page
 * left open while the report was approved again is refused with the locked message.
 */
import { AxeBuilder } from "@axe-core/playwright";
import { type Page, request } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { setupBrowser } from "../browser.js";
import { ReportingPage } from "../pages/reporting.page.js";
import { SessionPage } from "../pages/session.page.js";

const browser = setupBrowser();

// 2012/2013 holds the Ministry's approved figure of the default data; this round reports a year earlier.
const PERIOD = "2011/2012";
const ORGANIZATION = "Ministarstvo sigurnosti Bosne i Hercegovine";
const RETURN_COMMENT = "The figure for RS does not match the annual report; please check it.";
const UNLOCK_REASON = "The Ministry reported a corrected figure for FBiH after approval.";
const LOCKED_MESSAGE = "Approved data is locked; a coordinator can unlock it with a reason.";

async function getJson<T>(page: Page, path: string, params?: Record<string, string>): Promise<T> {
  const response = await page.request.get(path, params ? { params } : undefined);
  expect(response.status(), path).toBe(200);
  return (await response.json()) as T;
}

describe("a reporting round", () => {
  it("runs submit → return → resubmit → approve, and the approved report stays locked", async () => {
    const page = await browser.open("/");
    const session = new SessionPage(page);
    const reporting = new ReportingPage(page);
    const admin = { email: inject("adminEmail"), password: inject("adminPassword") };

    // The administrator finds the plan, the period and the organisation, and makes a representative.
    await session.signIn(admin.email, admin.password);
    const plans = await getJson<{ items: { id: string; shortTitle: string }[] }>(page, "/api/plans", {
      q: "1325",
      pageSize: "50",
    });
    const plan = plans.items.find((item) => item.shortTitle === "AP UNSCR 1325 BiH 2010–2013");
    if (!plan) throw new Error("the BiH Action Plan is not loaded");
    const periods = await getJson<{ items: { id: string; name: string; status: string }[] }>(
      page,
      `/api/plans/${plan.id}/periods`,
    );
    const period = periods.items.find((item) => item.name === PERIOD);
    expect(period?.status).toBe("open");
    const organizations = await getJson<{ items: { id: string; name: string }[] }>(
      page,
      "/api/organizations",
      { q: "Ministarstvo sigurnosti" },
    );
    const organization = organizations.items.find((item) => item.name === ORGANIZATION);
    if (!organization || !period) throw new Error("the Ministry of Security or the period is missing");
    const completeness = await getJson<{ items: { organizationId: string; status: string }[] }>(
      page,
      `/api/periods/${period.id}/submissions`,
    );
    expect(completeness.items.find((row) => row.organizationId === organization.id)?.status).toBe(
      "not_started",
    );

    const representative = {
      email: `mos-${Date.now()}@e2e.example.org`,
      password: "representative-password-1325",
    };
    const created = await page.request.post("/api/users", {
      data: {
        email: representative.email,
        displayName: "Amra Kovač",
        role: "representative",
        organizationId: organization.id,
        password: representative.password,
      },
    });
    expect(created.status()).toBe(201);
    await session.signOut();

    // The representative starts the report, fills it and submits it.
    await session.signIn(representative.email, representative.password);
    await reporting.openPeriod(plan.id, PERIOD);
    await reporting.startOwnReport();
    const submissionId = page.url().split("/submissions/")[1] ?? "";
    expect(await reporting.status()).toBe("Draft");
    await expect.poll(() => page.getByText("Source:").count()).toBeGreaterThan(0);
    await reporting.fillValues({ "2-a FBiH": "11.5", "2-a RS": "21", "2-a Brčko District": "14.2" });
    await reporting.reportOnAction("1.1.1", "In progress", "Data collected from all police agencies.");
    const evidence = Buffer.from("%PDF-1.4\n% Statistika policijskih agencija — Статистика\n%%EOF\n");
    const evidenceName = "Žene u policiji — Жене у полицији.pdf";
    await reporting.attachEvidence({ name: evidenceName, mimeType: "application/pdf", buffer: evidence });
    await expect.poll(() => reporting.evidenceFiles()).toEqual([evidenceName]);
    const evidenceList = await getJson<{ items: { id: string; fileName: string }[] }>(
      page,
      `/api/submissions/${submissionId}/evidence`,
    );
    const download = await page.request.get(`/api/evidence/${evidenceList.items[0]?.id}/file`);
    expect((await download.body()).equals(evidence)).toBe(true);
    const accessibility = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
    expect(
      accessibility.violations.map(
        (v) => `${v.id}: ${v.help} ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
      ),
    ).toEqual([]);
    await reporting.submit();
    await expect.poll(() => reporting.status()).toBe("Submitted");
    await session.signOut();

    // The coordinator returns it with a comment.
    await session.signIn(admin.email, admin.password);
    await reporting.openPeriod(plan.id, PERIOD);
    await reporting.openReport(ORGANIZATION);
    await expect.poll(() => reporting.status()).toBe("Submitted");
    await reporting.returnWithComment(RETURN_COMMENT);
    await expect.poll(() => reporting.status()).toBe("Returned");
    await session.signOut();

    // The representative reads the comment, corrects the value and submits again.
    await session.signIn(representative.email, representative.password);
    await page.goto(`/submissions/${submissionId}`);
    await page.getByRole("heading", { name: "Indicators" }).waitFor();
    await expect.poll(() => reporting.status()).toBe("Returned");
    await expect.poll(() => reporting.comments()).toEqual([expect.stringContaining(RETURN_COMMENT)]);
    await expect.poll(() => reporting.valueInput("2-a RS").inputValue()).toBe("21 %");
    await reporting.fillValues({ "2-a RS": "12.1" });
    await expect.poll(() => reporting.valueInput("2-a RS").inputValue()).toBe("12.1 %");
    await reporting.submit();
    await expect.poll(() => reporting.status()).toBe("Submitted");
    await session.signOut();

    // The coordinator approves.
    await session.signIn(admin.email, admin.password);
    await page.goto(`/submissions/${submissionId}`);
    await expect.poll(() => reporting.status()).toBe("Submitted");
    await reporting.approve();
    await expect.poll(() => reporting.status()).toBe("Approved");
    await session.signOut();

    // The representative finds the report locked: the notice, disabled inputs, no Save.
    await session.signIn(representative.email, representative.password);
    await page.goto(`/submissions/${submissionId}`);
    await expect.poll(() => reporting.status()).toBe("Approved");
    await page.getByText(LOCKED_MESSAGE).waitFor();
    expect(await reporting.valueInput("2-a RS").isDisabled()).toBe(true);
    expect(await page.getByRole("button", { name: "Save values" }).count()).toBe(0);
    expect(await page.getByRole("button", { name: "Submit", exact: true }).count()).toBe(0);
    expect(await reporting.evidenceSection().getByRole("button", { name: "Upload" }).count()).toBe(0);
    expect(await reporting.evidenceFiles()).toHaveLength(1);

    // A write that still reaches the server is refused as locked.
    const write = await page.request.put(`/api/submissions/${submissionId}/values`, {
      data: {
        values: [{ indicatorId: await indicatorIdOf(page, submissionId), categoryKey: "", value: 50 }],
      },
    });
    expect(write.status()).toBe(409);
    expect((await write.json()).code).toBe("LOCKED");
    await session.signOut();

    // The coordinator unlocks it with a reason; the report goes back to the organisation.
    await session.signIn(admin.email, admin.password);
    await page.goto(`/submissions/${submissionId}`);
    await expect.poll(() => reporting.status()).toBe("Approved");
    await reporting.unlockWithReason(UNLOCK_REASON);
    await expect.poll(() => reporting.status()).toBe("Returned");
    await session.signOut();

    // The representative has the report open while, elsewhere, the coordinator submits and approves
    // it again: the stale page's save is refused with the locked message, and a reload shows it locked.
    await session.signIn(representative.email, representative.password);
    await page.goto(`/submissions/${submissionId}`);
    await expect.poll(() => reporting.status()).toBe("Returned");
    await expect.poll(() => reporting.comments()).toHaveLength(2);
    const coordinator = await request.newContext({ baseURL: inject("baseUrl") });
    try {
      const signedIn = await coordinator.post("/api/auth/login", { data: admin });
      expect(signedIn.ok()).toBe(true);
      for (const step of ["submit", "approve"]) {
        const answer = await coordinator.post(`/api/submissions/${submissionId}/${step}`);
        expect(answer.status(), step).toBe(200);
      }
    } finally {
      await coordinator.dispose();
    }
    await reporting.trySave({ "2-a FBiH": "12" });
    await expect.poll(() => reporting.saveError().textContent()).toContain(LOCKED_MESSAGE);
    await page.reload();
    await expect.poll(() => reporting.status()).toBe("Approved");
    await expect.poll(() => reporting.valueInput("2-a FBiH").isDisabled()).toBe(true);
    await expect.poll(() => reporting.valueInput("2-a FBiH").inputValue()).toBe("11.5 %");
  }, 120_000);
});

async function indicatorIdOf(page: Page, submissionId: string): Promise<string> {
  const form = await getJson<{ indicators: { id: string; code: string }[] }>(
    page,
    `/api/submissions/${submissionId}`,
  );
  const indicator = form.indicators.find((item) => item.code === "2-a");
  if (!indicator) throw new Error("2-a is not on the form");
  return indicator.id;
}
