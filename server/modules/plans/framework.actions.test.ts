import { describe, expect, it } from "vitest";
import { createTestApp } from "../../test/app.js";
import { makeOrganization, makePlan, makeSignedInUser } from "../../test/factories.js";

const { app, db } = await createTestApp();
const admin = await makeSignedInUser(db, "administrator");
const coordinator = await makeSignedInUser(db, "coordinator");

const call = (cookie: string, method: "GET" | "POST" | "PATCH", url: string, payload?: object) =>
  app.inject({ method, url: `/api${url}`, headers: { cookie }, ...(payload ? { payload } : {}) });

describe("actions of the results framework", () => {
  it("carries lead and co-responsible organisations, status, budget line and 1325 pillars", async () => {
    const plan = await makePlan(db, { tierNames: ["Cilj", "Aktivnost"] });
    const mod = await makeOrganization(db, { name: "Ministarstvo odbrane BiH", sector: "defence" });
    const mos = await makeOrganization(db, { name: "Ministarstvo sigurnosti BiH", sector: "police" });
    const agency = await makeOrganization(db, {
      name: "Agencija za ravnopravnost spolova BiH",
      sector: "gender_mechanism",
    });
    const goal = (
      await call(coordinator.cookie, "POST", `/plans/${plan.id}/nodes`, {
        code: "2",
        title: "Rodna perspektiva u obuci",
      })
    ).json();
    const created = await call(coordinator.cookie, "POST", `/plans/${plan.id}/nodes`, {
      parentId: goal.id,
      code: "2.1",
      title: "Obuka instruktora o Rezoluciji 1325",
      leadOrganizationId: mod.id,
      coResponsibleOrganizationIds: [mos.id, agency.id, mos.id],
      deadline: "2013-06-30",
      status: "in_progress",
      budgetAmount: 12500.5,
      budgetCurrency: "BAM",
      fundingSource: "donor",
      pillars: ["prevention", "participation", "prevention"],
    });
    expect(created.statusCode).toBe(201);
    const action = created.json();
    expect(action).toMatchObject({
      leadOrganizationName: "Ministarstvo odbrane BiH",
      status: "in_progress",
      budgetAmount: 12500.5,
      budgetCurrency: "BAM",
      fundingSource: "donor",
      pillars: ["prevention", "participation"],
    });
    expect(action.coResponsibleOrganizations.map((o: { name: string }) => o.name)).toEqual([
      "Agencija za ravnopravnost spolova BiH",
      "Ministarstvo sigurnosti BiH",
    ]);

    // A patch changes what it names and keeps the rest.
    const patched = await call(coordinator.cookie, "PATCH", `/plans/${plan.id}/nodes/${action.id}`, {
      status: "completed",
      coResponsibleOrganizationIds: [agency.id],
    });
    expect(patched.json()).toMatchObject({
      status: "completed",
      budgetAmount: 12500.5,
      pillars: ["prevention", "participation"],
    });
    expect(patched.json().coResponsibleOrganizations).toEqual([{ id: agency.id, name: agency.name }]);

    const tree = (await call(coordinator.cookie, "GET", `/plans/${plan.id}/nodes`)).json();
    expect(
      tree.nodes.find((n: { id: string }) => n.id === action.id).coResponsibleOrganizations,
    ).toHaveLength(1);

    const audit = await call(admin.cookie, "GET", `/audit?entityId=${action.id}&order=asc`);
    const [create, update] = audit.json().items;
    expect(create.after.coResponsibleOrganizationIds).toHaveLength(2);
    expect(update.before.status).toBe("in_progress");
    expect(update.after).toMatchObject({ status: "completed", coResponsibleOrganizationIds: [agency.id] });
  });

  it("refuses an amount without its currency, unknown statuses and pillars", async () => {
    const plan = await makePlan(db);
    const bad = await call(coordinator.cookie, "POST", `/plans/${plan.id}/nodes`, {
      code: "1",
      title: "Cilj",
      budgetAmount: 1000,
      status: "forgotten",
      pillars: ["peace"],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details.map((d: { path: string }) => d.path)).toEqual(
      expect.arrayContaining(["status", "pillars.0"]),
    );
    const noCurrency = await call(coordinator.cookie, "POST", `/plans/${plan.id}/nodes`, {
      code: "1",
      title: "Cilj",
      budgetAmount: 1000,
    });
    expect(noCurrency.json().details).toEqual([expect.objectContaining({ path: "budgetCurrency" })]);

    const node = (
      await call(coordinator.cookie, "POST", `/plans/${plan.id}/nodes`, { code: "1", title: "Cilj" })
    ).json();
    const patchAmountOnly = await call(coordinator.cookie, "PATCH", `/plans/${plan.id}/nodes/${node.id}`, {
      budgetAmount: 500,
    });
    expect(patchAmountOnly.statusCode).toBe(400);
    expect(patchAmountOnly.json().details[0].path).toBe("budgetCurrency");
    const withCurrency = await call(coordinator.cookie, "PATCH", `/plans/${plan.id}/nodes/${node.id}`, {
      budgetAmount: 500,
      budgetCurrency: "EUR",
      fundingSource: "government",
    });
    expect(withCurrency.json()).toMatchObject({
      budgetAmount: 500,
      budgetCurrency: "EUR",
      fundingSource: "government",
    });
  });
});
