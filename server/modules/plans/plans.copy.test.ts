import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { indicatorCategorySets, indicatorResponsibleOrganizations, indicators } from "../../db/schema.js";
import { createTestApp } from "../../test/app.js";
import {
  findCategorySet,
  makeFrameworkNode,
  makeIndicator,
  makeOrganization,
  makePeriod,
  makePlan,
  makeSignedInUser,
} from "../../test/factories.js";

const { app, db } = await createTestApp();
const coordinator = await makeSignedInUser(db, "coordinator");

describe("copying a plan into its next cycle", () => {
  it("copies the framework and the indicators, keeping their lineage, and starts the new plan as a draft", async () => {
    const ministry = await makeOrganization(db, { name: "Ministarstvo sigurnosti BiH", sector: "police" });
    const agency = await makeOrganization(db, {
      name: "Agencija za ravnopravnost spolova BiH",
      sector: "gender_mechanism",
    });
    const plan = await makePlan(db, { title: "Akcioni plan 2010–2013", tierNames: ["Cilj", "Rezultat"] });
    const goal = await makeFrameworkNode(db, {
      planId: plan.id,
      code: "2",
      title: "Žene u policiji",
      pillars: ["participation"],
    });
    const result = await makeFrameworkNode(db, {
      planId: plan.id,
      parentId: goal.id,
      depth: 1,
      code: "2.1",
      title: "Više policijskih službenica",
      leadOrganizationId: ministry.id,
    });
    const women = await makeIndicator(db, {
      planId: plan.id,
      frameworkNodeId: result.id,
      code: "2-w",
      name: "Policijske službenice",
    });
    const all = await makeIndicator(db, {
      planId: plan.id,
      frameworkNodeId: result.id,
      code: "2-a",
      name: "Svi policijski službenici",
    });
    const share = await makeIndicator(db, {
      planId: plan.id,
      frameworkNodeId: result.id,
      code: "2-s",
      name: "Udio žena među policijskim službenicima",
      unit: "percent",
      baselineValue: "6.3",
      endTarget: "40",
      meansOfVerification: "Godišnji izvještaj Vijeću ministara BiH",
      formula: { numeratorIndicatorId: women.id, denominatorIndicatorId: all.id, scale: 100 },
    });
    await db
      .insert(indicatorResponsibleOrganizations)
      .values({ indicatorId: share.id, organizationId: agency.id });
    const sex = await findCategorySet(db, "sex");
    await db
      .insert(indicatorCategorySets)
      .values({ indicatorId: women.id, categorySetId: sex.id, position: 0 });
    await makeIndicator(db, {
      planId: plan.id,
      frameworkNodeId: goal.id,
      code: "old",
      archivedAt: new Date(),
    });
    await makePeriod(db, { planId: plan.id });

    const response = await app.inject({
      method: "POST",
      url: `/api/plans/${plan.id}/copy`,
      headers: { cookie: coordinator.cookie },
      payload: {
        title: "Akcioni plan 2014–2017",
        shortTitle: "AP II",
        startsOn: "2014-01-01",
        endsOn: "2017-12-31",
      },
    });
    expect(response.statusCode).toBe(201);
    const copy = response.json();
    expect(copy).toMatchObject({
      predecessorId: plan.id,
      status: "draft",
      tierNames: ["Cilj", "Rezultat"],
      nodeCount: 2,
    });

    const tree = (
      await app.inject({ url: `/api/plans/${copy.id}/nodes`, headers: { cookie: coordinator.cookie } })
    ).json();
    expect(tree.nodes.map((n: { code: string; depth: number }) => [n.code, n.depth])).toEqual([
      ["2", 0],
      ["2.1", 1],
    ]);
    expect(tree.nodes[0]).toMatchObject({
      title: "Žene u policiji",
      pillars: ["participation"],
      parentId: null,
    });
    expect(tree.nodes[1]).toMatchObject({ parentId: tree.nodes[0].id, leadOrganizationId: ministry.id });

    const copied = await db.select().from(indicators).where(eq(indicators.planId, copy.id));
    expect(copied.map((i) => i.code).sort()).toEqual(["2-a", "2-s", "2-w"]);
    const byCode = new Map(copied.map((i) => [i.code, i]));
    const shareCopy = byCode.get("2-s");
    expect(shareCopy?.lineageId).toBe(share.lineageId);
    expect(shareCopy?.frameworkNodeId).toBe(tree.nodes[1].id);
    expect(shareCopy).toMatchObject({
      baselineValue: "6.3",
      endTarget: "40",
      meansOfVerification: "Godišnji izvještaj Vijeću ministara BiH",
    });
    expect(shareCopy?.formula).toEqual({
      numeratorIndicatorId: byCode.get("2-w")?.id,
      denominatorIndicatorId: byCode.get("2-a")?.id,
      scale: 100,
    });
    const sets = await db
      .select()
      .from(indicatorCategorySets)
      .where(eq(indicatorCategorySets.indicatorId, byCode.get("2-w")?.id as string));
    expect(sets.map((s) => s.categorySetId)).toEqual([sex.id]);
    const responsible = await db
      .select()
      .from(indicatorResponsibleOrganizations)
      .where(eq(indicatorResponsibleOrganizations.indicatorId, shareCopy?.id as string));
    expect(responsible.map((r) => r.organizationId)).toEqual([agency.id]);

    const periods = (
      await app.inject({ url: `/api/plans/${copy.id}/periods`, headers: { cookie: coordinator.cookie } })
    ).json();
    expect(periods.items).toEqual([]);
  });

  it("refuses bad dates and unknown fields, and lets only staff copy", async () => {
    const plan = await makePlan(db);
    const bad = await app.inject({
      method: "POST",
      url: `/api/plans/${plan.id}/copy`,
      headers: { cookie: coordinator.cookie },
      payload: { title: "AP", shortTitle: "AP", startsOn: "2017-01-01", endsOn: "2014-01-01", tierNames: [] },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details.map((d: { path: string }) => d.path)).toEqual(
      expect.arrayContaining(["tierNames"]),
    );
    const viewer = await makeSignedInUser(db, "viewer");
    const denied = await app.inject({
      method: "POST",
      url: `/api/plans/${plan.id}/copy`,
      headers: { cookie: viewer.cookie },
      payload: { title: "AP", shortTitle: "AP", startsOn: "2014-01-01", endsOn: "2017-12-31" },
    });
    expect(denied.statusCode).toBe(403);
  });
});
