import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { reportingPeriods } from "../../db/schema.js";
import { createTestApp } from "../../test/app.js";
import {
  linkIndicator,
  makeFrameworkNode,
  makeIndicator,
  makeOrganization,
  makePeriod,
  makePlan,
  makeSignedInUser,
  makeSubmission,
} from "../../test/factories.js";

const { app, db } = await createTestApp();

type Method = "GET" | "POST" | "PUT";
const request = (cookie: string) => (method: Method, url: string, payload?: object) =>
  app.inject({ method, url: `/api${url}`, headers: { cookie }, ...(payload ? { payload } : {}) });

const coordinator = request((await makeSignedInUser(db, "coordinator")).cookie);
const admin = request((await makeSignedInUser(db, "administrator")).cookie);

/** An organisation reporting one number indicator and leading one action of a new plan. */
async function reportingWorld() {
  const organization = await makeOrganization(db, { name: `Ministarstvo sigurnosti ${Math.random()}` });
  const plan = await makePlan(db);
  const period = await makePeriod(db, { planId: plan.id });
  const indicator = await makeIndicator(db, { planId: plan.id, code: "1.1", unit: "percent" });
  await linkIndicator(db, indicator.id, { organizationIds: [organization.id] });
  const node = await makeFrameworkNode(db, { planId: plan.id, leadOrganizationId: organization.id });
  const representative = await makeSignedInUser(db, "representative", { organizationId: organization.id });
  return { organization, plan, period, indicator, node, rep: request(representative.cookie) };
}

const value = (indicatorId: string, amount: number) => ({
  values: [{ indicatorId, categoryKey: "", value: amount }],
});

async function expectError(response: Awaited<ReturnType<typeof app.inject>>, status: number, code: string) {
  expect({ status: response.statusCode, code: response.json().code }).toEqual({ status, code });
  return response.json() as { message: string; reason?: string };
}

describe("submission workflow", () => {
  it("runs a full round: draft → submitted → returned → submitted → approved, with the thread", async () => {
    const w = await reportingWorld();
    const created = await w.rep("POST", `/periods/${w.period.id}/submissions`, {
      organizationId: w.organization.id,
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().submission.id;
    expect(created.json().submission).toMatchObject({ status: "draft", organizationId: w.organization.id });
    await expectError(
      await w.rep("POST", `/periods/${w.period.id}/submissions`, { organizationId: w.organization.id }),
      409,
      "CONFLICT",
    );

    const tooMuch = await w.rep("PUT", `/submissions/${id}/values`, value(w.indicator.id, 120));
    expect(tooMuch.json().details).toEqual([
      { path: "values.0.value", message: expect.any(String), reason: "percent_range" },
    ]);
    const entered = await w.rep("PUT", `/submissions/${id}/values`, value(w.indicator.id, 11.5));
    expect(entered.statusCode).toBe(200);
    const submitted = await w.rep("POST", `/submissions/${id}/submit`);
    expect(submitted.statusCode).toBe(200);
    expect(submitted.json().submission).toMatchObject({
      status: "submitted",
      submittedAt: expect.any(String),
    });

    const returned = await coordinator("POST", `/submissions/${id}/return`, { comment: "Navedite izvor" });
    expect(returned.statusCode).toBe(200);
    expect(returned.json().submission.status).toBe("returned");
    expect(returned.json().comments).toMatchObject([{ kind: "return", body: "Navedite izvor" }]);

    const fixed = await w.rep("PUT", `/submissions/${id}/values`, value(w.indicator.id, 12));
    expect(fixed.json().indicators[0].values).toEqual([
      { indicatorId: w.indicator.id, categoryKey: "", value: 12, textValue: null },
    ]);
    expect((await w.rep("POST", `/submissions/${id}/comments`, { body: "Izvor: MUP" })).statusCode).toBe(201);
    expect((await w.rep("POST", `/submissions/${id}/submit`)).statusCode).toBe(200);
    const approved = await coordinator("POST", `/submissions/${id}/approve`);
    expect(approved.statusCode).toBe(200);
    expect(approved.json().submission).toMatchObject({ status: "approved", decidedAt: expect.any(String) });
    expect(approved.json().comments.map((c: { kind: string }) => c.kind)).toEqual(["return", "comment"]);

    const audit = await admin("GET", `/audit?entityId=${id}&order=asc`);
    expect(
      audit.json().items.map((e: { action: string; entityType: string }) => `${e.action} ${e.entityType}`),
    ).toEqual([
      "create submission",
      "update submission_values",
      "update submission",
      "update submission",
      "update submission_values",
      "update submission",
      "update submission",
    ]);
  });

  it("refuses every transition from the wrong state with 409 CONFLICT", async () => {
    const w = await reportingWorld();
    const make = async (status: "draft" | "submitted" | "returned" | "approved") =>
      (await makeSubmission(db, { organizationId: w.organization.id, status })).id;
    const cases: [string, "draft" | "submitted" | "returned" | "approved", object | undefined][] = [
      ["submit", "submitted", undefined],
      ["submit", "approved", undefined],
      ["return", "draft", { comment: "x" }],
      ["return", "returned", { comment: "x" }],
      ["return", "approved", { comment: "x" }],
      ["approve", "draft", undefined],
      ["approve", "returned", undefined],
      ["approve", "approved", undefined],
      ["unlock", "draft", { reason: "x" }],
      ["unlock", "submitted", { reason: "x" }],
      ["unlock", "returned", { reason: "x" }],
    ];
    for (const [action, status, payload] of cases) {
      const id = await make(status);
      const response = await coordinator("POST", `/submissions/${id}/${action}`, payload);
      expect(`${action} from ${status}: ${response.statusCode} ${response.json().code}`).toBe(
        `${action} from ${status}: 409 CONFLICT`,
      );
    }
  });

  it("locks approved data (409 LOCKED) and an unlock with a reason opens it again", async () => {
    const w = await reportingWorld();
    const id = (
      await makeSubmission(db, {
        organizationId: w.organization.id,
        reportingPeriodId: w.period.id,
        status: "approved",
      })
    ).id;
    const locked = await expectError(
      await w.rep("PUT", `/submissions/${id}/values`, value(w.indicator.id, 5)),
      409,
      "LOCKED",
    );
    expect(locked.message).toMatch(/approved data is locked/i);
    expect(locked.reason).toBe("approved_locked");
    const actions = { reports: [{ frameworkNodeId: w.node.id, status: "completed", narrative: "Završeno" }] };
    await expectError(await coordinator("PUT", `/submissions/${id}/actions`, actions), 409, "LOCKED");

    await expectError(
      await w.rep("POST", `/submissions/${id}/unlock`, { reason: "Greška" }),
      403,
      "FORBIDDEN",
    );
    await expectError(await coordinator("POST", `/submissions/${id}/unlock`, {}), 400, "VALIDATION");
    await expectError(
      await coordinator("POST", `/submissions/${id}/unlock`, { reason: "  " }),
      400,
      "VALIDATION",
    );
    const unlocked = await coordinator("POST", `/submissions/${id}/unlock`, { reason: "Ispravka broja" });
    expect(unlocked.statusCode).toBe(200);
    expect(unlocked.json().submission.status).toBe("returned");
    expect(unlocked.json().comments).toMatchObject([{ kind: "unlock", body: "Ispravka broja" }]);

    const audit = await admin("GET", `/audit?entityId=${id}&entityType=submission&order=asc`);
    expect(audit.json().items.at(-1)).toMatchObject({
      action: "update",
      reason: "Ispravka broja",
      before: { status: "approved" },
      after: { status: "returned" },
    });
    expect((await w.rep("PUT", `/submissions/${id}/values`, value(w.indicator.id, 5))).statusCode).toBe(200);
    expect((await w.rep("PUT", `/submissions/${id}/actions`, actions)).statusCode).toBe(200);
  });

  it("refuses writes to a submitted submission and to a closed period with 409 CONFLICT", async () => {
    const w = await reportingWorld();
    const submitted = await makeSubmission(db, {
      organizationId: w.organization.id,
      reportingPeriodId: w.period.id,
      status: "submitted",
    });
    await expectError(
      await w.rep("PUT", `/submissions/${submitted.id}/values`, value(w.indicator.id, 5)),
      409,
      "CONFLICT",
    );

    await db.update(reportingPeriods).set({ status: "closed" }).where(eq(reportingPeriods.id, w.period.id));
    await coordinator("POST", `/submissions/${submitted.id}/return`, { comment: "Dopunite" });
    await expectError(
      await w.rep("PUT", `/submissions/${submitted.id}/values`, value(w.indicator.id, 5)),
      409,
      "CONFLICT",
    );
    await expectError(await w.rep("POST", `/submissions/${submitted.id}/submit`), 409, "CONFLICT");

    const other = await makeOrganization(db);
    await linkIndicator(db, w.indicator.id, { organizationIds: [other.id] });
    await expectError(
      await coordinator("POST", `/periods/${w.period.id}/submissions`, { organizationId: other.id }),
      409,
      "CONFLICT",
    );
  });
});
