/**
 * Factories: each makes one valid row with sensible defaults, every field overridable.
 * They write straight to the tables so that a test of one module does not depend on another's service.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import { eq } from "drizzle-orm";
import type { EventKind, Role } from "../../common/schemas/enums.js";
import { buildSearchKey } from "../../common/text/search.js";
import type { DbOrTx } from "../db/client.js";
import {
  categories,
  categorySets,
  eventOrganizers,
  events,
  evidenceFiles,
  frameworkNodes,
  indicatorCategorySets,
  indicatorResponsibleOrganizations,
  indicators,
  jurisdictions,
  organizations,
  participations,
  people,
  plans,
  projectOutputTargets,
  projects,
  reportingPeriods,
  sessions,
  submissions,
  users,
} from "../db/schema.js";
import type { FileStore } from "../files/store.js";
import type { Actor } from "../http/actor.js";
import { hashToken, SESSION_COOKIE } from "../http/session.js";

const unique = () => randomBytes(4).toString("hex");

export async function makeOrganization(
  db: DbOrTx,
  overrides: Partial<typeof organizations.$inferInsert> = {},
) {
  const name = overrides.name ?? `Organisation ${unique()}`;
  const [row] = await db
    .insert(organizations)
    .values({
      level: "state",
      sector: "other_government",
      ...overrides,
      name,
      searchText: buildSearchKey(name, overrides.shortName),
    })
    .returning();
  return row as typeof organizations.$inferSelect;
}

export async function makePerson(db: DbOrTx, overrides: Partial<typeof people.$inferInsert> = {}) {
  const givenName = overrides.givenName ?? `Amra${unique()}`;
  const familyName = overrides.familyName ?? "Hodžić";
  const [row] = await db
    .insert(people)
    .values({
      sex: "female",
      ...overrides,
      givenName,
      familyName,
      searchText: buildSearchKey(givenName, familyName),
    })
    .returning();
  return row as typeof people.$inferSelect;
}

/** A municipality from the loaded reference data (the template database has all of them). */
export async function findMunicipality(db: DbOrTx, nameLatin = "Bihać") {
  const [row] = await db.select().from(jurisdictions).where(eq(jurisdictions.nameLatin, nameLatin)).limit(1);
  if (!row) throw new Error(`municipality ${nameLatin} is not loaded`);
  return row;
}

export async function makeEvent(
  db: DbOrTx,
  options: { organizerIds: string[]; kind?: EventKind } & Partial<typeof events.$inferInsert>,
) {
  const { organizerIds, ...overrides } = options;
  const title = overrides.title ?? `Radionica ${unique()}`;
  const jurisdictionId = overrides.jurisdictionId ?? (await findMunicipality(db)).id;
  const [row] = await db
    .insert(events)
    .values({
      kind: "workshop",
      status: "held",
      startsOn: "2012-05-15",
      endsOn: "2012-05-15",
      ...overrides,
      title,
      jurisdictionId,
      searchText: buildSearchKey(title),
    })
    .returning();
  const event = row as typeof events.$inferSelect;
  if (organizerIds.length > 0) {
    await db
      .insert(eventOrganizers)
      .values(organizerIds.map((organizationId) => ({ eventId: event.id, organizationId })));
  }
  return event;
}

export async function makeParticipation(db: DbOrTx, values: typeof participations.$inferInsert) {
  const [row] = await db.insert(participations).values(values).returning();
  return row as typeof participations.$inferSelect;
}

export async function makePlan(db: DbOrTx, overrides: Partial<typeof plans.$inferInsert> = {}) {
  const title = overrides.title ?? `Action Plan ${unique()}`;
  const [row] = await db
    .insert(plans)
    .values({
      shortTitle: "AP",
      startsOn: "2010-01-01",
      endsOn: "2013-12-31",
      tierNames: ["Strategic goal", "Objective", "Expected result", "Action"],
      status: "active",
      ...overrides,
      title,
      searchText: buildSearchKey(title),
    })
    .returning();
  return row as typeof plans.$inferSelect;
}

export async function makeFrameworkNode(
  db: DbOrTx,
  values: { planId: string } & Partial<typeof frameworkNodes.$inferInsert>,
) {
  const [row] = await db
    .insert(frameworkNodes)
    .values({ depth: 0, position: 0, code: unique(), title: "Women in decision-making", ...values })
    .returning();
  return row as typeof frameworkNodes.$inferSelect;
}

export async function makeProject(db: DbOrTx, overrides: Partial<typeof projects.$inferInsert> = {}) {
  const title = overrides.title ?? `Project ${unique()}`;
  const [row] = await db
    .insert(projects)
    .values({
      code: `P-${unique()}`,
      startsOn: "2012-01-01",
      endsOn: "2012-12-31",
      ...overrides,
      title,
      searchText: buildSearchKey(title),
    })
    .returning();
  return row as typeof projects.$inferSelect;
}

export async function makeOutputTarget(
  db: DbOrTx,
  values: { projectId: string; eventKind: EventKind; targetCount: number } & Partial<
    typeof projectOutputTargets.$inferInsert
  >,
) {
  const [row] = await db
    .insert(projectOutputTargets)
    .values({ label: `${values.targetCount} × ${values.eventKind}`, ...values })
    .returning();
  return row as typeof projectOutputTargets.$inferSelect;
}

/** A system category set (sex, entity, level, sector), as every installation has it. */
export async function findCategorySet(db: DbOrTx, code: string) {
  const [row] = await db.select().from(categorySets).where(eq(categorySets.code, code));
  if (!row) throw new Error(`category set ${code} is not loaded`);
  return row;
}

/** A custom category set with its categories (by default two military ranks). */
export async function makeCategorySet(
  db: DbOrTx,
  options: Partial<typeof categorySets.$inferInsert> & { categories?: { code: string; name: string }[] } = {},
) {
  const { categories: list, ...overrides } = options;
  const name = overrides.name ?? `Rank ${unique()}`;
  const [row] = await db
    .insert(categorySets)
    .values({ code: `set-${unique()}`, ...overrides, name, searchText: buildSearchKey(name) })
    .returning();
  const set = row as typeof categorySets.$inferSelect;
  const items = list ?? [
    { code: "officer", name: "Officer" },
    { code: "nco", name: "Non-commissioned officer" },
  ];
  await db
    .insert(categories)
    .values(items.map((category, position) => ({ ...category, position, categorySetId: set.id })));
  return set;
}

/** An indicator of the plan; measures a new node of the plan unless one is given. */
export async function makeIndicator(
  db: DbOrTx,
  values: { planId: string } & Partial<typeof indicators.$inferInsert>,
) {
  const id = values.id ?? randomUUID();
  const frameworkNodeId =
    values.frameworkNodeId ?? (await makeFrameworkNode(db, { planId: values.planId })).id;
  const name = values.name ?? `Share of women ${unique()}`;
  const code = values.code ?? `I-${unique()}`;
  const [row] = await db
    .insert(indicators)
    .values({
      unit: "number",
      ...values,
      id,
      lineageId: values.lineageId ?? id,
      frameworkNodeId,
      name,
      code,
      searchText: buildSearchKey(code, name),
    })
    .returning();
  return row as typeof indicators.$inferSelect;
}

export async function makePeriod(
  db: DbOrTx,
  values: { planId: string } & Partial<typeof reportingPeriods.$inferInsert>,
) {
  const [row] = await db
    .insert(reportingPeriods)
    .values({ name: "2012/2013", startsOn: "2012-08-01", endsOn: "2013-07-31", ...values })
    .returning();
  return row as typeof reportingPeriods.$inferSelect;
}

/** A user with a signed-in session: `cookie` goes into the request headers, `actor` into services. */
export async function makeSignedInUser(
  db: DbOrTx,
  role: Role,
  options: { organizationId?: string | null; personId?: string | null; locale?: string } = {},
) {
  const email = `${role}-${unique()}@example.org`;
  const [user] = await db
    .insert(users)
    .values({
      email,
      displayName: `${role} ${unique()}`,
      // Not a usable hash: factory users sign in through their session token, never a password.
      passwordHash: "$argon2id$not-a-password",
      role,
      organizationId: options.organizationId ?? null,
      personId: options.personId ?? null,
      ...(options.locale ? { locale: options.locale } : {}),
      searchText: email,
    })
    .returning();
  if (!user) throw new Error("no user");
  const token = randomBytes(32).toString("base64url");
  await db.insert(sessions).values({
    id: randomUUID(),
    tokenHash: hashToken(token),
    userId: user.id,
    expiresAt: new Date(Date.now() + 3_600_000),
  });
  const actor: Actor = {
    userId: user.id,
    role,
    organizationId: user.organizationId,
    personId: user.personId,
  };
  return { user, actor, cookie: `${SESSION_COOKIE}=${token}` };
}

type IndicatorLinks = { organizationIds?: string[]; categorySetIds?: string[] };
/** Makes organisations responsible for an indicator, and gives it category sets in this order. */
export async function linkIndicator(db: DbOrTx, indicatorId: string, links: IndicatorLinks) {
  const { organizationIds = [], categorySetIds = [] } = links;
  for (const organizationId of organizationIds)
    await db.insert(indicatorResponsibleOrganizations).values({ indicatorId, organizationId });
  for (const [position, categorySetId] of categorySetIds.entries())
    await db.insert(indicatorCategorySets).values({ indicatorId, categorySetId, position });
}

/** An organisation's submission; by default of a new plan's period, for an indicator it reports. */
export async function makeSubmission(
  db: DbOrTx,
  values: { organizationId: string } & Partial<typeof submissions.$inferInsert>,
) {
  let { reportingPeriodId } = values;
  if (!reportingPeriodId) {
    const plan = await makePlan(db);
    reportingPeriodId = (await makePeriod(db, { planId: plan.id })).id;
    const indicator = await makeIndicator(db, { planId: plan.id });
    await linkIndicator(db, indicator.id, { organizationIds: [values.organizationId] });
  }
  const [row] = await db
    .insert(submissions)
    .values({ ...values, reportingPeriodId })
    .returning();
  return row as typeof submissions.$inferSelect;
}

/** An evidence file of a submission, stored in `files` as the upload route would store it. */
export async function makeEvidence(
  db: DbOrTx,
  files: FileStore,
  values: { submissionId: string } & Partial<typeof evidenceFiles.$inferInsert>,
  content: Buffer = Buffer.from("%PDF-1.4\n% Zapisnik sa sjednice\n%%EOF\n"),
) {
  const stored = await files.save(Readable.from([content]), content.length);
  const [row] = await db
    .insert(evidenceFiles)
    .values({
      fileName: "zapisnik.pdf",
      contentType: "application/pdf",
      sizeBytes: stored.sizeBytes,
      sha256: stored.sha256,
      ...values,
      storageKey: stored.key,
    })
    .returning();
  return row as typeof evidenceFiles.$inferSelect;
}

/** An uploaded import as stored (status previewed): the file in the store, the reading left to the service. */
export async function makeImport(
  db: DbOrTx,
  files: FileStore,
  values: {
    kind: "attendance" | "people" | "organisations";
    createdBy: string;
    eventId?: string | null;
    organizationId?: string | null;
    fileName?: string;
    content?: string;
  },
) {
  const { imports } = await import("../db/schema.js");
  const content =
    values.content ??
    `Ime,Prezime,Spol,Institucija\r\nAmra${unique()},Hodžić,Ž,\r\nMirza${unique()},Kovačević,M,\r\n`;
  const stored = await files.save(Readable.from([Buffer.from(content, "utf8")]), 10 * 1024 * 1024);
  const [row] = await db
    .insert(imports)
    .values({
      kind: values.kind,
      eventId: values.eventId ?? null,
      organizationId: values.organizationId ?? null,
      fileName: values.fileName ?? "Lista učesnika.csv",
      sizeBytes: stored.sizeBytes,
      sha256: stored.sha256,
      storageKey: stored.key,
      createdBy: values.createdBy,
    })
    .returning();
  return row as typeof imports.$inferSelect;
}

/**
 * A 2012–2014 plan with its 2012 period and one indicator under objective 1 that counts the people
 * who attended workshops: the figures engine keeps its total from participations.
 */
export async function makeWorkshopPeopleIndicator(db: DbOrTx) {
  const plan = await makePlan(db, { startsOn: "2012-01-01", endsOn: "2014-12-31" });
  const node = await makeFrameworkNode(db, { planId: plan.id, code: "1", title: "Žene u odlučivanju" });
  await makePeriod(db, { planId: plan.id, name: "2012", startsOn: "2012-01-01", endsOn: "2012-12-31" });
  const indicator = await makeIndicator(db, {
    planId: plan.id,
    frameworkNodeId: node.id,
    countsPeople: true,
    activitySource: {
      eventKinds: ["workshop"],
      roles: ["participant"],
      attendedOnly: true,
      measure: "unique_people",
    },
  });
  return { plan, node, indicator };
}
