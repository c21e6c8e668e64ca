import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, indicatorValues } from "../../db/schema.js";
import { createTestApp } from "../../test/app.js";
import {
  makeFrameworkNode,
  makeIndicator,
  makeOrganization,
  makePlan,
  makeSignedInUser,
  makeSubmission,
} from "../../test/factories.js";

const { app, db } = await createTestApp();
const { cookie } = await makeSignedInUser(db, "coordinator");
const patch = (id: string, payload: object) =>
  app.inject({ method: "PATCH", url: `/api/indicators/${id}`, headers: { cookie }, payload });

/** An indicator of a new plan; with a stored value when asked. */
async function indicatorWith(values: boolean) {
  const plan = await makePlan(db);
  const indicator = await makeIndicator(db, { planId: plan.id, unit: "number", baselineValue: "10" });
  if (values) {
    const organization = await makeOrganization(db);
    const submission = await makeSubmission(db, { organizationId: organization.id });
    await db
      .insert(indicatorValues)
      .values({ submissionId: submission.id, indicatorId: indicator.id, categoryKey: "", value: "12" });
  }
  return { plan, indicator };
}

const lastAudit = async (entityId: string) => {
  const rows = await db.select().from(auditLog).where(eq(auditLog.entityId, entityId));
  return rows.sort((a, b) => Number(a.id) - Number(b.id)).at(-1);
};

describe("changing the definition of an indicator that has values", () => {
  it("refuses a defining change without a reason (400 VALIDATION at `reason`)", async () => {
    const { indicator } = await indicatorWith(true);
    for (const payload of [
      { unit: "percent" },
      { baselineValue: 11 },
      { direction: "down" },
      { reason: " " },
    ]) {
      const body = { ...payload, ...("reason" in payload ? { unit: "percent" } : {}) };
      const response = await patch(indicator.id, body);
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ code: "VALIDATION", details: [{ path: "reason" }] });
      expect(response.json().details[0].message).toMatch(/reason/);
    }
  });

  it("accepts it with a reason, and keeps the reason in the audit entry", async () => {
    const { indicator } = await indicatorWith(true);
    const response = await patch(indicator.id, {
      endTarget: 40,
      reason: "Zakon o ravnopravnosti spolova: 40 %",
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().endTarget).toBe(40);
    expect(await lastAudit(indicator.id)).toMatchObject({
      action: "update",
      reason: "Zakon o ravnopravnosti spolova: 40 %",
    });
  });

  it("moving the indicator to another node is a defining change", async () => {
    const { plan, indicator } = await indicatorWith(true);
    const node = await makeFrameworkNode(db, { planId: plan.id });
    expect((await patch(indicator.id, { frameworkNodeId: node.id })).statusCode).toBe(400);
    expect(
      (await patch(indicator.id, { frameworkNodeId: node.id, reason: "Preraspodjela" })).statusCode,
    ).toBe(200);
  });

  it("needs no reason for wording, for the same values again, or without stored values", async () => {
    const { indicator } = await indicatorWith(true);
    const wording = await patch(indicator.id, {
      name: "Udio žena među policijskim službenicima",
      meansOfVerification: "Izvještaji ministarstava unutrašnjih poslova",
      rationale: "Praćenje zastupljenosti žena",
      unit: "number",
      baselineValue: 10,
    });
    expect(wording.statusCode).toBe(200);
    expect((await lastAudit(indicator.id))?.reason).toBeNull();
    const fresh = await indicatorWith(false);
    expect((await patch(fresh.indicator.id, { unit: "percent", baselineValue: 5 })).statusCode).toBe(200);
  });
});
