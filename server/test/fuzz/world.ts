/**
 * The small world the fuzzer works in: organisations for each role, people with e-mail and phone
 * (distinctive values, so a response that shows them to another organisation is easy to find), a
 * plan with its framework, indicators, periods and submissions, a project, events with participants,
 * a board with its meeting, a training with curricula, scores and certificates, imports.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import {
  attendanceDays,
  certificates,
  eventCurricula,
  eventFrameworkNodes,
  indicatorTargets,
  indicatorValues,
  jurisdictions,
  people,
  projectImplementers,
  sessions,
  users,
} from "../../db/schema.js";
import type { FileStore } from "../../files/store.js";
import { hashToken, SESSION_COOKIE } from "../../http/session.js";
import { hashPassword } from "../../modules/auth/password.js";
import { newCertificateNumber } from "../../modules/certificates/certificates.service.js";
import {
  findCategorySet,
  linkIndicator,
  makeActionItem,
  makeBoard,
  makeBoardMeeting,
  makeBoardMembership,
  makeCategorySet,
  makeCurriculum,
  makeEvaluation,
  makeEvent,
  makeEvidence,
  makeFrameworkNode,
  makeImport,
  makeIndicator,
  makeModuleScore,
  makeOrganization,
  makeOutputTarget,
  makeParticipation,
  makePeriod,
  makePerson,
  makePlan,
  makeProject,
  makeSubmission,
  setUpTraining,
} from "../factories.js";

export type FuzzRole = "administrator" | "coordinator" | "partner" | "representative";
export const fuzzRoles: FuzzRole[] = ["administrator", "coordinator", "partner", "representative"];

/** The password of the users the world makes, so that signing in and changing a password can succeed. */
export const knownPassword = "Mir-i-sigurnost-1325!";

/** A personal value (e-mail or phone) of a seeded person. */
export interface PersonalValue {
  value: string;
  personId: string;
}

export interface FuzzUser {
  role: FuzzRole;
  userId: string;
  email: string;
  organizationId: string | null;
  cookie: string;
}

/** Ids by kind of row, as the paths name them (`events`, `participations`, `certificate-numbers`, …). */
export type Pools = Map<string, string[]>;

export interface World {
  users: Record<FuzzRole, FuzzUser>;
  pools: Pools;
  /** The row a nested row belongs to (a participation's event, a seat's board, a node's plan). */
  parents: Map<string, string>;
  personal: PersonalValue[];
  /** Category keys of the indicators' values (`set=category` pairs, sorted by set code). */
  categoryKeys: string[];
  /** The hash of `knownPassword`, to restore after a request changed it. */
  passwordHash: string;
  organizations: { partner: string; representative: string; others: string[] };
}

const hex = () => randomBytes(3).toString("hex");

export async function buildWorld(db: Db, files: FileStore): Promise<World> {
  const pools: Pools = new Map();
  const parents = new Map<string, string>();
  const add = (kind: string, ...ids: string[]) => pools.set(kind, [...(pools.get(kind) ?? []), ...ids]);

  const bihac = (await db.select().from(jurisdictions).where(eq(jurisdictions.nameLatin, "Bihać")))[0];
  // Every level above the municipalities, and twenty municipalities (events take place in one).
  const regions = await db
    .select({ id: jurisdictions.id })
    .from(jurisdictions)
    .where(inArray(jurisdictions.kind, ["state", "entity", "district", "canton"]))
    .orderBy(jurisdictions.code);
  const municipalities = await db
    .select({ id: jurisdictions.id })
    .from(jurisdictions)
    .where(eq(jurisdictions.kind, "municipality"))
    .orderBy(jurisdictions.code)
    .limit(20);
  add("jurisdictions", ...[...regions, ...municipalities].map((p) => p.id), ...(bihac ? [bihac.id] : []));

  const partnerOrg = await makeOrganization(db, {
    name: `Fondacija Žene Ženama ${hex()}`,
    shortName: "ŽŽ",
    sector: "civil_society",
    level: "state",
  });
  const representativeOrg = await makeOrganization(db, {
    name: `Ministarstvo sigurnosti ${hex()}`,
    sector: "police",
    level: "state",
  });
  const defenceOrg = await makeOrganization(db, { name: `Министарство одбране ${hex()}`, sector: "defence" });
  const mediaOrg = await makeOrganization(db, {
    name: `Radio Bihać ${hex()}`,
    sector: "media",
    level: "municipality",
    jurisdictionId: bihac?.id ?? null,
  });
  const orgIds = [partnerOrg.id, representativeOrg.id, defenceOrg.id, mediaOrg.id];
  add("organizations", ...orgIds);

  // People of every organisation, each with an e-mail and a phone nobody else has.
  const personal: PersonalValue[] = [];
  const names = [
    ["Đurđa", "Šarić"],
    ["Ђорђе", "Јовановић"],
    ["Amra", "Hodžić"],
  ] as const;
  let counter = 0;
  const personOf = async (organizationId: string | null, registeredBy: string | null = null) => {
    counter += 1;
    const [givenName, familyName] = names[counter % names.length] as readonly [string, string];
    const email = `tajna.${counter}.${hex()}@curenje.example`;
    const phone = `+387 61 ${String(400_000 + counter * 7919).slice(0, 6)}`;
    const person = await makePerson(db, {
      organizationId,
      registeredByOrganizationId: registeredBy,
      givenName: `${givenName}${counter}`,
      familyName,
      sex: counter % 2 === 0 ? "male" : "female",
      email,
      phone,
      birthYear: 1970 + counter,
      hasConsented: true,
    });
    personal.push({ value: email, personId: person.id }, { value: phone, personId: person.id });
    add("people", person.id);
    return person;
  };
  const staffOf = async (organizationId: string) => [
    await personOf(organizationId),
    await personOf(organizationId),
    await personOf(organizationId),
  ];
  const partnerPeople = await staffOf(partnerOrg.id);
  const representativePeople = await staffOf(representativeOrg.id);
  const defencePeople = await staffOf(defenceOrg.id);
  const mediaPeople = await staffOf(mediaOrg.id);
  // Registered by an organisation without belonging to it: it reads them but not their contacts.
  const registeredByPartner = await personOf(null, partnerOrg.id);
  const registeredByRepresentative = await personOf(null, representativeOrg.id);
  const [p0, p1, p2] = partnerPeople as [
    typeof registeredByPartner,
    typeof registeredByPartner,
    typeof registeredByPartner,
  ];
  const [r0, r1] = representativePeople as [typeof p0, typeof p0];
  const [d0, d1] = defencePeople as [typeof p0, typeof p0];
  const [m0, m1] = mediaPeople as [typeof p0, typeof p0];

  // The signed-in users, with a password they can sign in (and change it) with.
  const passwordHash = await hashPassword(knownPassword);
  const signedIn = {} as Record<FuzzRole, FuzzUser>;
  const userOrganization: Record<FuzzRole, string | null> = {
    administrator: null,
    coordinator: null,
    partner: partnerOrg.id,
    representative: representativeOrg.id,
  };
  for (const role of fuzzRoles) {
    const email = `${role}.${hex()}@fuzz.example`;
    const [user] = await db
      .insert(users)
      .values({
        email,
        displayName: `${role} ${hex()}`,
        passwordHash,
        role,
        organizationId: userOrganization[role],
        personId: role === "partner" ? p2.id : null,
        searchText: email,
      })
      .returning();
    if (!user) throw new Error("no user");
    signedIn[role] = { role, userId: user.id, email, organizationId: user.organizationId, cookie: "" };
    signedIn[role].cookie = await startSession(db, user.id);
  }
  // Other users, for the user routes to work on (the signed-in ones are left alone).
  for (const [role, organizationId, personId] of [
    ["viewer", null, null],
    ["trainer", null, d1.id],
    ["partner", defenceOrg.id, null],
    ["representative", partnerOrg.id, null],
  ] as const) {
    const email = `${role}.other.${hex()}@fuzz.example`;
    const [user] = await db
      .insert(users)
      .values({
        email,
        displayName: `Drugi ${role}`,
        passwordHash,
        role,
        organizationId,
        personId,
        searchText: email,
      })
      .returning();
    if (user) add("users", user.id);
  }

  // A plan: framework, indicators (one with category sets), periods, submissions with evidence.
  const plan = await makePlan(db, { title: `Akcioni plan 1325 ${hex()}`, jurisdictionId: bihac?.id ?? null });
  const draftPlan = await makePlan(db, { status: "draft", startsOn: "2014-01-01", endsOn: "2017-12-31" });
  add("plans", plan.id, draftPlan.id);
  const goal = await makeFrameworkNode(db, { planId: plan.id, code: "1", title: "Žene u odlučivanju" });
  const objective = await makeFrameworkNode(db, {
    planId: plan.id,
    parentId: goal.id,
    depth: 1,
    code: "1.1",
    title: "Učešće žena u sektoru sigurnosti",
  });
  const action = await makeFrameworkNode(db, {
    planId: plan.id,
    parentId: objective.id,
    depth: 2,
    code: "1.1.1",
    title: "Обуке за жене у полицији",
    leadOrganizationId: partnerOrg.id,
    deadline: "2013-06-30",
  });
  const draftNode = await makeFrameworkNode(db, { planId: draftPlan.id, code: "A" });
  add("nodes", goal.id, objective.id, action.id, draftNode.id);
  for (const node of [goal, objective, action, draftNode]) parents.set(node.id, node.planId);
  const sex = await findCategorySet(db, "sex");
  const ranks = await makeCategorySet(db);
  add("category-sets", sex.id, ranks.id);
  const headcount = await makeIndicator(db, {
    planId: plan.id,
    frameworkNodeId: objective.id,
    countsPeople: true,
  });
  const share = await makeIndicator(db, { planId: plan.id, frameworkNodeId: action.id, unit: "percent" });
  const yesNo = await makeIndicator(db, { planId: plan.id, frameworkNodeId: goal.id, unit: "yes_no" });
  // Computed indicators: a ratio of two others (whose denominator reports zero) and one fed by events.
  const ratio = await makeIndicator(db, {
    planId: plan.id,
    frameworkNodeId: objective.id,
    unit: "ratio",
    formula: { numeratorIndicatorId: headcount.id, denominatorIndicatorId: yesNo.id, scale: 100 },
  });
  const reach = await makeIndicator(db, {
    planId: plan.id,
    frameworkNodeId: action.id,
    activitySource: {
      eventKinds: ["workshop", "training_of_trainers"],
      roles: ["participant"],
      attendedOnly: true,
      measure: "cascade_reach",
    },
    baselineValue: "0",
    endTarget: "250",
  });
  add("indicators", headcount.id, share.id, yesNo.id, ratio.id, reach.id);
  await linkIndicator(db, headcount.id, {
    organizationIds: [partnerOrg.id, representativeOrg.id, defenceOrg.id],
    categorySetIds: [ranks.id, sex.id],
  });
  await linkIndicator(db, share.id, { organizationIds: [partnerOrg.id, representativeOrg.id] });
  await linkIndicator(db, yesNo.id, { organizationIds: [defenceOrg.id] });
  const period = await makePeriod(db, { planId: plan.id });
  const nextPeriod = await makePeriod(db, {
    planId: plan.id,
    name: "2013/2014",
    startsOn: "2013-08-01",
    endsOn: "2014-07-31",
  });
  add("periods", period.id, nextPeriod.id);
  const submissionOf = (organizationId: string, reportingPeriodId: string, status: string) =>
    makeSubmission(db, { organizationId, reportingPeriodId, status });
  const partnerSubmission = await submissionOf(partnerOrg.id, period.id, "draft");
  const representativeSubmission = await submissionOf(representativeOrg.id, period.id, "submitted");
  const defenceSubmission = await submissionOf(defenceOrg.id, period.id, "approved");
  const returned = await submissionOf(partnerOrg.id, nextPeriod.id, "returned");
  add("submissions", partnerSubmission.id, representativeSubmission.id, defenceSubmission.id, returned.id);
  await db.insert(indicatorTargets).values([
    { indicatorId: headcount.id, reportingPeriodId: period.id, targetValue: "40" },
    { indicatorId: share.id, reportingPeriodId: period.id, targetValue: "33.3" },
    { indicatorId: reach.id, reportingPeriodId: nextPeriod.id, targetValue: "100" },
  ]);
  await db.insert(indicatorValues).values([
    { submissionId: defenceSubmission.id, indicatorId: yesNo.id, categoryKey: "", value: "0" },
    { submissionId: representativeSubmission.id, indicatorId: headcount.id, categoryKey: "", value: "17" },
    { submissionId: partnerSubmission.id, indicatorId: share.id, categoryKey: "", value: "41.5" },
  ]);
  for (const submission of [partnerSubmission, defenceSubmission]) {
    add("evidence", (await makeEvidence(db, files, { submissionId: submission.id })).id);
  }

  // A project that the partner implements, with an output target.
  const project = await makeProject(db, {
    donorOrganizationId: mediaOrg.id,
    budgetAmount: "125000.50",
    currency: "BAM",
  });
  await db.insert(projectImplementers).values({ projectId: project.id, organizationId: partnerOrg.id });
  await makeOutputTarget(db, { projectId: project.id, eventKind: "workshop", targetCount: 4 });
  add("projects", project.id);

  // Events: a training of trainers, a workshop its trainee trains (a cascade), one of other organisations.
  const curriculum = await makeCurriculum(db);
  add("curricula", curriculum.id);
  add("modules", ...curriculum.modules.map((m) => m.id));
  const tot = await makeEvent(db, {
    organizerIds: [representativeOrg.id],
    kind: "training_of_trainers",
    startsOn: "2012-03-01",
    endsOn: "2012-03-03",
    projectId: project.id,
  });
  const workshop = await makeEvent(db, {
    organizerIds: [partnerOrg.id],
    kind: "workshop",
    projectId: project.id,
    jurisdictionId: bihac?.id,
  });
  const seminar = await makeEvent(db, { organizerIds: [defenceOrg.id], kind: "seminar", status: "planned" });
  await db.insert(eventFrameworkNodes).values([
    { eventId: workshop.id, frameworkNodeId: action.id },
    { eventId: tot.id, frameworkNodeId: objective.id },
  ]);
  const participationIds: string[] = [];
  const participate = async (eventId: string, personId: string, role = "participant") => {
    const row = await makeParticipation(db, {
      eventId,
      personId,
      role,
      preTestScore: "4",
      postTestScore: "8.5",
      testMaxScore: "10",
    });
    participationIds.push(row.id);
    parents.set(row.id, eventId);
  };
  await participate(tot.id, r0.id, "trainer");
  for (const person of [p0, p1, d0, m0]) await participate(tot.id, person.id);
  await participate(workshop.id, p0.id, "trainer");
  for (const person of [p1, r1, d0, m1, registeredByPartner]) await participate(workshop.id, person.id);
  for (const person of [d1, m0, registeredByRepresentative]) await participate(seminar.id, person.id);
  await db.insert(eventCurricula).values({ eventId: workshop.id, curriculumId: curriculum.id });
  await setUpTraining(db, tot.id, {
    curriculumIds: [curriculum.id],
    rules: { minAttendanceShare: "0.6667", passMark: "0.6" },
  });
  for (const person of [p0, d0]) {
    for (const day of ["2012-03-01", "2012-03-02", "2012-03-03"]) {
      await db
        .insert(attendanceDays)
        .values({ eventId: tot.id, personId: person.id, day, present: day !== "2012-03-02" });
    }
    for (const module of curriculum.modules) {
      await makeModuleScore(db, { eventId: tot.id, personId: person.id, moduleId: module.id });
      await makeModuleScore(db, {
        eventId: tot.id,
        personId: person.id,
        moduleId: module.id,
        phase: "post",
        score: "9",
      });
    }
  }
  add(
    "evaluations",
    (await makeEvaluation(db, { eventId: tot.id, personId: d0.id, comment: "Odlično" })).id,
    (await makeEvaluation(db, { eventId: workshop.id })).id,
  );
  for (const person of [p0, d0]) {
    const number = newCertificateNumber("2012");
    const [certificate] = await db
      .insert(certificates)
      .values({ number, eventId: tot.id, personId: person.id })
      .returning();
    if (certificate) add("certificates", certificate.id);
    add("certificate-numbers", number, number.toLowerCase(), number.replaceAll("-", ""));
  }

  // A board of the plan: seats for people of every organisation, a meeting, action items.
  const board = await makeBoard(db, { planId: plan.id });
  add("boards", board.id);
  for (const [organizationId, personId] of [
    [partnerOrg.id, p1.id],
    [representativeOrg.id, r0.id],
    [defenceOrg.id, d1.id],
    [mediaOrg.id, m1.id],
  ] as const) {
    const seat = await makeBoardMembership(db, { boardId: board.id, organizationId, personId });
    add("memberships", seat.id);
    parents.set(seat.id, board.id);
  }
  const meeting = await makeBoardMeeting(db, {
    boardId: board.id,
    organizerIds: [partnerOrg.id],
    minutes: "<p>Zapisnik: Đurđa i Ђорђе</p>",
  });
  const otherMeeting = await makeBoardMeeting(db, {
    boardId: board.id,
    organizerIds: [defenceOrg.id],
    startsOn: "2012-09-10",
  });
  add("events", tot.id, workshop.id, seminar.id, meeting.id, otherMeeting.id);
  for (const [eventId, ownerOrganizationId] of [
    [meeting.id, partnerOrg.id],
    [meeting.id, defenceOrg.id],
    [otherMeeting.id, representativeOrg.id],
  ] as const) {
    add("action-items", (await makeActionItem(db, { eventId, ownerOrganizationId, dueOn: "2012-12-31" })).id);
  }
  add("participations", ...participationIds);

  // Imports waiting for their commit: people named like people of other organisations, attendance.
  const namesOf = (list: (typeof p0)[]) =>
    list
      .map((person) => `${person.givenName},${person.familyName},${person.sex === "female" ? "Ž" : "M"},\r\n`)
      .join("");
  const partnerUser = signedIn.partner.userId;
  add(
    "imports",
    (
      await makeImport(db, files, {
        kind: "people",
        createdBy: partnerUser,
        organizationId: partnerOrg.id,
        content: `Ime,Prezime,Spol,Institucija\r\n${namesOf([d0, m0, r1, p1])}`,
      })
    ).id,
    (
      await makeImport(db, files, {
        kind: "attendance",
        eventId: workshop.id,
        createdBy: partnerUser,
        organizationId: partnerOrg.id,
        content: `Ime,Prezime,Spol,Institucija\r\n${namesOf([d1, m1, p0])}`,
      })
    ).id,
    (await makeImport(db, files, { kind: "organisations", createdBy: signedIn.administrator.userId })).id,
  );

  return {
    users: signedIn,
    pools,
    parents,
    personal,
    categoryKeys: [
      "",
      "sex=female",
      "sex=male",
      `${ranks.code}=officer;sex=female`,
      `${ranks.code}=nco;sex=male`,
      `sex=female;${ranks.code}=officer`,
    ],
    passwordHash,
    organizations: {
      partner: partnerOrg.id,
      representative: representativeOrg.id,
      others: [defenceOrg.id, mediaOrg.id],
    },
  };
}

/** A new session for the user; the cookie to send. */
export async function startSession(db: Db, userId: string): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await db.insert(sessions).values({
    id: randomUUID(),
    tokenHash: hashToken(token),
    userId,
    expiresAt: new Date(Date.now() + 3_600_000),
  });
  return `${SESSION_COOKIE}=${token}`;
}

/**
 * Signs a fuzzing user in again after a request signed it out (sign-out, a new password): the user
 * as it was made, a new session.
 */
export async function signInAgain(db: Db, world: World, user: FuzzUser): Promise<void> {
  const { passwordHash } = world;
  await db
    .update(users)
    .set({ isActive: true, role: user.role, organizationId: user.organizationId, passwordHash })
    .where(eq(users.id, user.userId));
  user.cookie = await startSession(db, user.userId);
}

/** The organisation a person belongs to now (the fuzzing may move people between organisations). */
export async function organizationOfPerson(db: Db, personId: string): Promise<string | null | undefined> {
  const [row] = await db
    .select({ organizationId: people.organizationId })
    .from(people)
    .where(eq(people.id, personId));
  return row?.organizationId;
}
