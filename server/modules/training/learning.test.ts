import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Evaluation, LearningResults } from "../../../common/schemas/training.js";
import { auditLog } from "../../db/schema.js";
import {
  makeCurriculum,
  makeEvaluation,
  makeModuleScore,
  setUpTraining,
} from "../../test/activity-factories.js";
import { createTestApp } from "../../test/app.js";
import {
  makeEvent,
  makeOrganization,
  makeParticipation,
  makePerson,
  makeSignedInUser,
} from "../../test/factories.js";

const { app, db } = await createTestApp();

const get = (cookie: string, url: string) => app.inject({ url, headers: { cookie } });
const send = (cookie: string, method: "POST" | "DELETE", url: string, payload?: object) =>
  app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });

const auditOf = (entityType: string, entityId: string) =>
  db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, entityId)))
    .orderBy(auditLog.id);

async function makeWorkshop() {
  const organization = await makeOrganization(db, { sector: "civil_society", level: "municipality" });
  const event = await makeEvent(db, { organizerIds: [organization.id], kind: "seminar" });
  return { organization, event };
}

describe("evaluations", () => {
  it("takes answers 1–5 to the questionnaire, once per person, anonymous ones without limit", async () => {
    const { cookie } = await makeSignedInUser(db, "coordinator");
    const { organization, event } = await makeWorkshop();
    const person = await makePerson(db, { organizationId: organization.id });
    await makeParticipation(db, { eventId: event.id, personId: person.id });
    const url = `/api/events/${event.id}/evaluations`;

    const created = await send(cookie, "POST", url, {
      personId: person.id,
      scores: { overall: 5, trainers: 4 },
      comment: "Odlični primjeri iz prakse",
    });
    expect(created.statusCode).toBe(201);
    const evaluation = created.json<Evaluation>();
    expect(evaluation).toMatchObject({ personId: person.id, scores: { overall: 5, trainers: 4 } });
    const again = await send(cookie, "POST", url, { personId: person.id, scores: { overall: 3 } });
    expect(again.statusCode).toBe(409);

    for (const _ of [1, 2]) {
      const anonymous = await send(cookie, "POST", url, { scores: { relevance: 2 } });
      expect(anonymous.statusCode).toBe(201);
      expect(anonymous.json<Evaluation>()).toMatchObject({ personId: null, person: null });
    }

    const refused = [
      { scores: { overall: 0 } },
      { scores: { overall: 6 } },
      { scores: { overall: 3.5 } },
      { scores: { atmosphere: 4 } },
      { scores: {} },
      { personId: (await makePerson(db)).id, scores: { overall: 4 } },
    ];
    for (const payload of refused) {
      const response = await send(cookie, "POST", url, payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
    }

    const listed = await get(cookie, url);
    expect(listed.json<{ items: Evaluation[] }>().items).toHaveLength(3);
    const removed = await send(cookie, "DELETE", `/api/evaluations/${evaluation.id}`);
    expect(removed.statusCode).toBe(204);
    expect((await auditOf("evaluation", evaluation.id)).map((e) => e.action)).toEqual(["create", "delete"]);

    // Comments can name people: a viewer, who sees no participants, reads no evaluations.
    const { cookie: viewer } = await makeSignedInUser(db, "viewer");
    expect((await get(viewer, url)).statusCode).toBe(403);
  });
});

describe("learning results", () => {
  it("computes the paired pre/post statistics, split by sex and sector, with the pass mark", async () => {
    const ngo = await makeOrganization(db, { sector: "civil_society", level: "municipality" });
    const police = await makeOrganization(db, { sector: "police", level: "entity" });
    const event = await makeEvent(db, { organizerIds: [ngo.id], kind: "workshop" });
    const curriculum = await makeCurriculum(db, { modules: [{ title: "Zakonski okvir" }] });
    await setUpTraining(db, event.id, { curriculumIds: [curriculum.id], rules: { passMark: "0.7" } });
    const moduleId = curriculum.modules[0]?.id as string;

    // Shares out of 10: pre → post. Ana 4 → 8, Bisera 6 → 6 (women, NGO); Cvijetin 5 → 9, Dino 7 → 6 (men, police).
    const people = [
      { sex: "female" as const, organizationId: ngo.id, pre: 4, post: 8 },
      { sex: "female" as const, organizationId: ngo.id, pre: 6, post: 6 },
      { sex: "male" as const, organizationId: police.id, pre: 5, post: 9 },
      { sex: "male" as const, organizationId: police.id, pre: 7, post: 6 },
    ];
    const ids: string[] = [];
    for (const { sex, organizationId, pre, post } of people) {
      const person = await makePerson(db, { sex, organizationId });
      ids.push(person.id);
      await makeParticipation(db, {
        eventId: event.id,
        personId: person.id,
        preTestScore: String(pre),
        postTestScore: String(post),
        testMaxScore: "10",
      });
    }
    // A fifth took only the pre-test.
    const late = await makePerson(db, { organizationId: ngo.id });
    await makeParticipation(db, {
      eventId: event.id,
      personId: late.id,
      preTestScore: "3",
      testMaxScore: "10",
    });
    // The module was tested for two of them, out of 5: 2 → 5 and 3 → 4.
    const [ana, , cvijetin] = ids as [string, string, string, string];
    for (const [personId, pre, post] of [
      [ana, "2", "5"],
      [cvijetin, "3", "4"],
    ] as const) {
      await makeModuleScore(db, {
        eventId: event.id,
        personId,
        moduleId,
        phase: "pre",
        score: pre,
        maxScore: "5",
      });
      await makeModuleScore(db, {
        eventId: event.id,
        personId,
        moduleId,
        phase: "post",
        score: post,
        maxScore: "5",
      });
    }
    await makeEvaluation(db, { eventId: event.id, personId: ana, scores: { overall: 5, trainers: 4 } });
    await makeEvaluation(db, { eventId: event.id, scores: { overall: 3 }, comment: "Prekratko" });

    const { cookie } = await makeSignedInUser(db, "partner", { organizationId: ngo.id });
    const response = await get(cookie, `/api/events/${event.id}/learning`);
    expect(response.statusCode).toBe(200);
    const results = response.json<LearningResults>();
    expect(results.passMark).toBe(0.7);

    const whole = results.wholeTest;
    expect(whole).toMatchObject({ pairs: 4, people: 4, unpairedPre: 1, unpairedPost: 0 });
    expect(whole.meanPre).toBeCloseTo(55);
    expect(whole.meanPost).toBeCloseTo(72.5);
    expect(whole.meanGain).toBeCloseTo(17.5);
    expect(whole.shareImproved).toBeCloseTo(0.5);
    expect(whole.sharePassed).toBeCloseTo(0.5);

    const [women, men] = whole.bySex;
    expect(women).toMatchObject({ key: "female", pairs: 2, unpairedPre: 1 });
    expect(women?.meanGain).toBeCloseTo(20);
    expect(men).toMatchObject({ key: "male", pairs: 2 });
    expect(men?.meanPre).toBeCloseTo(60);
    expect(men?.meanGain).toBeCloseTo(15);
    expect(whole.bySector.map((g) => g.key)).toEqual(["police", "civil_society"]);
    expect(whole.byLevel.map((g) => g.key)).toEqual(["entity", "municipality"]);

    expect(results.modules).toMatchObject({ pairs: 2 });
    expect(results.byModule).toHaveLength(1);
    expect(results.byModule[0]).toMatchObject({ id: moduleId, title: "Zakonski okvir" });
    expect(results.byModule[0]?.statistics.meanPre).toBeCloseTo(50);
    expect(results.byModule[0]?.statistics.meanPost).toBeCloseTo(90);
    expect(results.byModule[0]?.statistics.meanGain).toBeCloseTo(40);
    expect(results.byModule[0]?.statistics.sharePassed).toBeCloseTo(1);

    expect(results.satisfaction).toMatchObject({ evaluations: 2, overallMean: 4, comments: 1 });
    const overall = results.satisfaction.questions.find((q) => q.questionId === "overall");
    expect(overall).toMatchObject({ count: 2, mean: 4 });
    expect(results.satisfaction.questions.map((q) => q.questionId)).toEqual([
      "relevance",
      "content",
      "trainers",
      "materials",
      "organisation",
      "overall",
    ]);
  });

  it("reports nothing to pair without scores, and null module statistics without module scores", async () => {
    const { cookie } = await makeSignedInUser(db, "administrator");
    const { event } = await makeWorkshop();
    const results = (await get(cookie, `/api/events/${event.id}/learning`)).json<LearningResults>();
    expect(results).toMatchObject({ passMark: null, modules: null, byModule: [] });
    expect(results.wholeTest).toMatchObject({ pairs: 0, meanGain: null, sharePassed: null });
    expect(results.satisfaction).toMatchObject({ evaluations: 0, overallMean: null });
  });
});
