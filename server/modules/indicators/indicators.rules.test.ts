import { describe, expect, it } from "vitest";
import { createTestApp } from "../../test/app.js";
import {
  findCategorySet,
  makeFrameworkNode,
  makeIndicator,
  makePeriod,
  makePlan,
  makeSignedInUser,
} from "../../test/factories.js";

const { app, db } = await createTestApp();

const missingId = "00000000-0000-4000-8000-000000000000";

type Api = ReturnType<typeof request>;
const request =
  (cookie: string) => (method: "GET" | "POST" | "PATCH" | "DELETE", url: string, payload?: object) =>
    app.inject({ method, url: `/api${url}`, headers: { cookie }, ...(payload ? { payload } : {}) });

const coordinator = request((await makeSignedInUser(db, "coordinator")).cookie);
const sex = await findCategorySet(db, "sex");

function pathsOf(response: Awaited<ReturnType<Api>>) {
  expect(response.statusCode).toBe(400);
  expect(response.json().code).toBe("VALIDATION");
  return response.json().details.map((detail: { path: string }) => detail.path);
}

/** A plan with a node, a period, two counts (women officers, all officers) and a text indicator. */
async function makeSetting() {
  const plan = await makePlan(db);
  const node = await makeFrameworkNode(db, { planId: plan.id, code: "2.1" });
  const period = await makePeriod(db, { planId: plan.id });
  const make = (code: string, unit = "number") =>
    makeIndicator(db, { planId: plan.id, frameworkNodeId: node.id, code, unit });
  const women = await make("W");
  const all = await make("ALL");
  const note = await make("NOTE", "text");
  const post = (payload: object) =>
    coordinator("POST", "/indicators", {
      planId: plan.id,
      frameworkNodeId: node.id,
      name: "Udio žena",
      ...payload,
    });
  const patch = (id: string, payload: object) => coordinator("PATCH", `/indicators/${id}`, payload);
  return { plan, node, period, women, all, note, post, patch };
}

describe("indicator rules", () => {
  it("computes a percent or a ratio from two other indicators of the plan", async () => {
    const { women, all, note, post, patch } = await makeSetting();
    const formula = { numeratorIndicatorId: women.id, denominatorIndicatorId: all.id };
    const share = await post({ code: "S", unit: "percent", formula });
    expect(share.statusCode).toBe(201);
    expect(share.json().formula).toEqual({ ...formula, scale: 100 });
    const id = share.json().id;
    expect((await patch(id, { unit: "ratio" })).json().formula).toEqual({ ...formula, scale: 1 });
    expect((await patch(id, { unit: "percent", formula: { ...formula, scale: 100 } })).statusCode).toBe(200);

    expect(pathsOf(await post({ code: "N", unit: "number", formula }))).toEqual(["formula"]);
    expect(pathsOf(await patch(id, { formula: { ...formula, scale: 1 } }))).toEqual(["formula.scale"]);
    expect(pathsOf(await patch(id, { formula: { ...formula, scale: 10 } }))).toEqual(["formula.scale"]);
    expect(pathsOf(await patch(id, { formula: { ...formula, numeratorIndicatorId: id } }))).toEqual([
      "formula.numeratorIndicatorId",
    ]);
    expect(pathsOf(await patch(id, { formula: { ...formula, denominatorIndicatorId: note.id } }))).toEqual([
      "formula.denominatorIndicatorId",
    ]);
    expect(pathsOf(await patch(id, { formula: { ...formula, denominatorIndicatorId: women.id } }))).toEqual([
      "formula.denominatorIndicatorId",
    ]);
    const foreign = await makeIndicator(db, { planId: (await makePlan(db)).id });
    expect(
      pathsOf(
        await post({ code: "F", unit: "percent", formula: { ...formula, numeratorIndicatorId: foreign.id } }),
      ),
    ).toEqual(["formula.numeratorIndicatorId"]);
    expect(
      pathsOf(await post({ code: "M", unit: "percent", formula: { numeratorIndicatorId: women.id, x: 1 } })),
    ).toEqual(expect.arrayContaining(["formula.denominatorIndicatorId", "formula.x"]));
    const activitySource = {
      eventKinds: ["workshop"],
      roles: ["participant"],
      attendedOnly: true,
      measure: "events_held",
    };
    expect(pathsOf(await post({ code: "B", unit: "percent", formula, activitySource }))).toEqual([
      "activitySource",
    ]);

    expect(pathsOf(await patch(all.id, { unit: "yes_no" }))).toEqual(["unit"]);
    expect((await patch(id, { formula: null, unit: "number" })).json()).toMatchObject({
      formula: null,
      unit: "number",
    });
    expect((await patch(all.id, { unit: "yes_no" })).statusCode).toBe(200);
  });

  it("refuses a formula that comes back to its own indicator", async () => {
    const { women, all, post, patch } = await makeSetting();
    const share = await post({
      code: "A",
      unit: "ratio",
      formula: { numeratorIndicatorId: women.id, denominatorIndicatorId: all.id },
    });
    const ofShare = await post({
      code: "B",
      unit: "percent",
      formula: { numeratorIndicatorId: share.json().id, denominatorIndicatorId: all.id },
    });
    expect(ofShare.statusCode).toBe(201);
    const third = await post({
      code: "C",
      unit: "ratio",
      formula: { numeratorIndicatorId: women.id, denominatorIndicatorId: ofShare.json().id },
    });
    expect(third.statusCode).toBe(201);
    const direct = await patch(share.json().id, {
      formula: { numeratorIndicatorId: ofShare.json().id, denominatorIndicatorId: all.id },
    });
    expect(pathsOf(direct)).toEqual(["formula"]);
    expect(direct.json().details[0].message).toContain("A → B → A");
    const throughTwo = await patch(share.json().id, {
      formula: { numeratorIndicatorId: women.id, denominatorIndicatorId: third.json().id },
    });
    expect(pathsOf(throughTwo)).toEqual(["formula"]);
    const stored = (await coordinator("GET", `/indicators/${share.json().id}`)).json();
    expect(stored.formula).toMatchObject({ numeratorIndicatorId: women.id, denominatorIndicatorId: all.id });
  });

  it("gives yes/no and text indicators no numeric targets, end target or formula", async () => {
    const { period, women, all, post, patch } = await makeSetting();
    const targets = [{ periodId: period.id, value: 1 }];
    expect(pathsOf(await post({ code: "Y1", unit: "yes_no", targets }))).toEqual(["targets"]);
    expect(pathsOf(await post({ code: "Y2", unit: "yes_no", endTarget: 1 }))).toEqual(["endTarget"]);
    expect(
      pathsOf(
        await post({
          code: "Y3",
          unit: "text",
          formula: { numeratorIndicatorId: women.id, denominatorIndicatorId: all.id },
        }),
      ),
    ).toEqual(["formula"]);
    expect(pathsOf(await post({ code: "Y4", unit: "text", baselineValue: 3 }))).toEqual(["baselineValue"]);
    expect(pathsOf(await post({ code: "Y5", unit: "yes_no", baselineValue: 2 }))).toEqual(["baselineValue"]);
    const law = await post({ code: "Y6", unit: "yes_no", baselineValue: 0, baselineDate: "2010-01-01" });
    expect(law.statusCode).toBe(201);

    const counted = await post({ code: "C1", unit: "number", targets });
    expect(counted.json().targets).toEqual([{ periodId: period.id, periodName: "2012/2013", value: 1 }]);
    expect(pathsOf(await patch(counted.json().id, { unit: "yes_no" }))).toEqual(["targets"]);
    expect((await patch(counted.json().id, { unit: "yes_no", targets: [] })).statusCode).toBe(200);
  });

  it("feeds an indicator from activities only as a count, and people counts by sex", async () => {
    const { post } = await makeSetting();
    const trained = {
      eventKinds: ["workshop", "training_of_trainers", "workshop"],
      roles: ["participant"],
      attendedOnly: true,
      measure: "unique_people",
    };
    const created = await post({
      code: "T1",
      unit: "number",
      countsPeople: true,
      categorySetIds: [sex.id],
      activitySource: trained,
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().activitySource).toEqual({
      ...trained,
      eventKinds: ["workshop", "training_of_trainers"],
    });
    expect(pathsOf(await post({ code: "T2", unit: "number", activitySource: trained }))).toEqual([
      "countsPeople",
    ]);
    const held = { ...trained, measure: "events_held" };
    expect(pathsOf(await post({ code: "T3", unit: "percent", activitySource: held }))).toEqual([
      "activitySource",
    ]);
    expect((await post({ code: "T4", unit: "number", activitySource: held })).statusCode).toBe(201);
    const bad = await post({
      code: "T5",
      unit: "number",
      activitySource: { eventKinds: ["party"], roles: [], attendedOnly: "yes", measure: "all" },
    });
    expect(pathsOf(bad)).toEqual(
      expect.arrayContaining([
        "activitySource.eventKinds.0",
        "activitySource.roles",
        "activitySource.attendedOnly",
        "activitySource.measure",
      ]),
    );
  });

  it("checks the plan, node, periods, organisations and category sets an indicator names", async () => {
    const { plan, node, period, women, post, patch } = await makeSetting();
    const otherPlan = await makePlan(db);
    const foreignPeriod = await makePeriod(db, { planId: otherPlan.id });
    const foreignNode = await makeFrameworkNode(db, { planId: otherPlan.id });
    const base = { code: "R", unit: "number" };

    expect(pathsOf(await post({ ...base, targets: [{ periodId: foreignPeriod.id, value: 3 }] }))).toEqual([
      "targets.0.periodId",
    ]);
    const twice = [
      { periodId: period.id, value: 3 },
      { periodId: period.id, value: 4 },
    ];
    expect(pathsOf(await post({ ...base, targets: twice }))).toEqual(["targets.1.periodId"]);
    expect(pathsOf(await post({ ...base, frameworkNodeId: foreignNode.id }))).toEqual(["frameworkNodeId"]);
    expect(pathsOf(await post({ ...base, planId: missingId }))).toEqual(["planId"]);
    expect(pathsOf(await post({ ...base, responsibleOrganizationIds: [missingId] }))).toEqual([
      "responsibleOrganizationIds",
    ]);
    expect(pathsOf(await post({ ...base, categorySetIds: [missingId] }))).toEqual(["categorySetIds"]);
    expect(
      pathsOf(await post({ ...base, name: " ", unit: "count", colour: "red", baselineDate: "2013-02-30" })),
    ).toEqual(expect.arrayContaining(["name", "unit", "colour", "baselineDate"]));
    expect(pathsOf(await patch(women.id, { planId: otherPlan.id, lineageId: missingId }))).toEqual(
      expect.arrayContaining(["planId", "lineageId"]),
    );
    expect(pathsOf(await patch(women.id, { frameworkNodeId: foreignNode.id }))).toEqual(["frameworkNodeId"]);

    const sibling = await makeFrameworkNode(db, { planId: plan.id, code: "2.2", position: 1 });
    const moved = await patch(women.id, { frameworkNodeId: sibling.id });
    expect(moved.json()).toMatchObject({
      frameworkNodeId: sibling.id,
      frameworkNodeCode: "2.2",
      planId: plan.id,
    });
    expect((await patch(missingId, { frameworkNodeId: node.id })).statusCode).toBe(404);
  });
});
