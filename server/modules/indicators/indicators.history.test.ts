import { describe, expect, it } from "vitest";
import type { IndicatorHistory } from "../../../common/schemas/indicators.js";
import { indicatorValues } from "../../db/schema.js";
import { createTestApp } from "../../test/app.js";
import {
  makeFrameworkNode,
  makeOrganization,
  makePeriod,
  makePlan,
  makeSignedInUser,
  makeSubmission,
} from "../../test/factories.js";
import { changedFields } from "./indicators.history.js";

const { app, db } = await createTestApp();
const coordinator = await makeSignedInUser(db, "coordinator");
const send = (cookie: string, method: "GET" | "POST" | "PATCH", url: string, payload?: object) =>
  app.inject({ method, url: `/api${url}`, headers: { cookie }, ...(payload ? { payload } : {}) });

describe("an indicator's history", () => {
  it("lists definition changes with their reason and the approved figures the reader may see", async () => {
    const plan = await makePlan(db);
    const period = await makePeriod(db, { planId: plan.id, name: "2012/2013" });
    const node = await makeFrameworkNode(db, { planId: plan.id });
    const [mos, fmup] = [await makeOrganization(db), await makeOrganization(db)];
    const created = await send(coordinator.cookie, "POST", "/indicators", {
      planId: plan.id,
      frameworkNodeId: node.id,
      code: "2-a",
      name: "Udio žena među policijskim službenicima",
      unit: "percent",
      responsibleOrganizationIds: [mos.id, fmup.id],
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    const approved = await makeSubmission(db, {
      organizationId: mos.id,
      reportingPeriodId: period.id,
      status: "approved",
    });
    const draft = await makeSubmission(db, { organizationId: fmup.id, reportingPeriodId: period.id });
    await db.insert(indicatorValues).values([
      { submissionId: approved.id, indicatorId: id, categoryKey: "", value: "12" },
      { submissionId: draft.id, indicatorId: id, categoryKey: "", value: "99" },
    ]);
    const changed = await send(coordinator.cookie, "PATCH", `/indicators/${id}`, {
      endTarget: 40,
      reason: "Cilj usklađen sa Zakonom o ravnopravnosti spolova",
    });
    expect(changed.statusCode).toBe(200);

    const history = (
      await send(coordinator.cookie, "GET", `/indicators/${id}/history`)
    ).json<IndicatorHistory>();
    expect(history.changes.map((c) => [c.action, c.reason])).toEqual([
      ["update", "Cilj usklađen sa Zakonom o ravnopravnosti spolova"],
      ["create", null],
    ]);
    expect(history.changes[0]?.fields).toEqual(["endTarget"]);
    expect(history.values).toEqual([
      expect.objectContaining({
        organizationId: mos.id,
        submissionId: approved.id,
        value: 12,
        periodName: "2012/2013",
      }),
    ]);

    // A representative of another organisation sees the definition's history, not the Ministry's report.
    const other = await makeSignedInUser(db, "representative", { organizationId: fmup.id });
    const theirs = (await send(other.cookie, "GET", `/indicators/${id}/history`)).json<IndicatorHistory>();
    expect(theirs.changes).toHaveLength(2);
    expect(theirs.values).toEqual([]);
    const viewer = await makeSignedInUser(db, "viewer");
    expect(
      (await send(viewer.cookie, "GET", `/indicators/${id}/history`)).json<IndicatorHistory>().values,
    ).toHaveLength(1);
  });

  it("names the fields that changed, leaving out timestamps", () => {
    expect(
      changedFields(
        { unit: "number", updatedAt: 1, name: "A" },
        { unit: "percent", updatedAt: 2, name: "A" },
      ),
    ).toEqual(["unit"]);
    expect(changedFields(null, { code: "1", name: "A" })).toEqual(["code", "name"]);
  });
});
