/**
 * Loads the embedded default dataset (BiH, the Action Plan 2010–2013 with its reporting periods and
 * indicators, and the 2012 project) into an empty database, in one transaction. Organisations, the
 * plan, its indicators and the project follow public sources; the people and their attendance are
 * fictional and stored with `is_demo = true`. The system category sets must exist
 * (`ensureCategorySets` runs before this at start).
 */
import { eq, sql } from "drizzle-orm";
import { buildSearchKey } from "../common/text/search.js";
import type { Db, DbOrTx } from "../server/db/client.js";
import {
  eventFrameworkNodes,
  eventOrganizers,
  events,
  frameworkNodes,
  jurisdictions,
  organizations,
  participations,
  people,
  plans,
  projectFrameworkNodes,
  projectImplementers,
  projectOutputTargets,
  projects,
  reportingPeriods,
  settings,
} from "../server/db/schema.js";
import { recordAudit } from "../server/modules/audit/audit.service.js";
import { yearlyPeriods } from "../server/modules/indicators/periods.service.js";
import * as data from "./data/index.js";
import { insertBoard } from "./load-board.js";
import { insertAgreements } from "./load-cooperation.js";
import { insertIndicators, insertReports } from "./load-indicators.js";
import { insertTraining } from "./load-training.js";
import type { SeedFrameworkNode } from "./types.js";

export const DEFAULT_DATA_KEY = "default_data";

/** BiH reports on its Action Plan per year from 1 August, like `POST /api/plans/:id/periods/generate`. */
const PERIOD_START = { month: 8, day: 1 };

export interface DefaultDataCounts {
  organizations: number;
  frameworkNodes: number;
  reportingPeriods: number;
  indicators: number;
  people: number;
  events: number;
  participations: number;
  boards: number;
  curricula: number;
}

/** Loads the dataset unless it (or any organisation) is already there; returns what it loaded. */
export async function loadDefaultData(db: Db): Promise<DefaultDataCounts | null> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`lock table ${settings} in exclusive mode`);
    const [loaded] = await tx.select().from(settings).where(eq(settings.key, DEFAULT_DATA_KEY));
    const [existing] = await tx.select({ n: sql<number>`count(*)::int` }).from(organizations);
    if (loaded || (existing?.n ?? 0) > 0) return null;
    const counts = await insertDataset(tx);
    await tx.insert(settings).values({ key: DEFAULT_DATA_KEY, value: { dataset: "bih-2012", ...counts } });
    await recordAudit(tx, null, {
      action: "create",
      entityType: "dataset",
      entityId: "bih-2012",
      after: counts,
    });
    return counts;
  });
}

async function insertDataset(tx: DbOrTx): Promise<DefaultDataCounts> {
  const jurisdictionRows = await tx
    .select({
      id: jurisdictions.id,
      code: jurisdictions.code,
      kind: jurisdictions.kind,
      name: jurisdictions.nameLatin,
    })
    .from(jurisdictions);
  const jurisdictionByCode = new Map(jurisdictionRows.map((j) => [j.code, j.id]));
  const municipalityByName = new Map<string, string>();
  for (const j of jurisdictionRows.filter((row) => row.kind === "municipality")) {
    // Two municipalities share a name (Kupres in FBiH and in RS); the dataset uses neither.
    municipalityByName.set(j.name, municipalityByName.has(j.name) ? "ambiguous" : j.id);
  }
  const municipality = (name: string) => {
    const id = municipalityByName.get(name);
    if (!id || id === "ambiguous")
      throw new Error(`default data: unknown or ambiguous municipality "${name}"`);
    return id;
  };
  const jurisdiction = (code: string | undefined) => {
    if (!code) return null;
    if (code.startsWith("mun:")) return municipality(code.slice(4));
    const id = jurisdictionByCode.get(code);
    if (!id) throw new Error(`default data: unknown jurisdiction "${code}"`);
    return id;
  };
  const lookup = (map: Map<string, string>, key: string, what: string) => {
    const id = map.get(key);
    if (!id) throw new Error(`default data: unknown ${what} "${key}"`);
    return id;
  };

  const organizationIds = new Map<string, string>();
  for (const org of data.organizations) {
    const description = [org.description, org.source && `Source: ${org.source}`].filter(Boolean).join("\n\n");
    const [row] = await tx
      .insert(organizations)
      .values({
        name: org.name,
        shortName: org.shortName ?? null,
        level: org.level,
        sector: org.sector,
        jurisdictionId: jurisdiction(org.jurisdiction),
        description: description || null,
        searchText: buildSearchKey(org.name, org.shortName),
      })
      .returning({ id: organizations.id });
    organizationIds.set(org.key, (row as { id: string }).id);
  }
  const organization = (key: string) => lookup(organizationIds, key, "organisation");

  const plan = data.actionPlan;
  const [planRow] = await tx
    .insert(plans)
    .values({
      title: plan.title,
      shortTitle: plan.shortTitle,
      jurisdictionId: jurisdiction("BA"),
      startsOn: plan.startsOn,
      endsOn: plan.endsOn,
      tierNames: plan.tierNames,
      status: "closed",
      description: plan.description,
      source: plan.source,
      searchText: buildSearchKey(plan.title, plan.shortTitle),
    })
    .returning({ id: plans.id });
  const planId = (planRow as { id: string }).id;
  const nodeIds = new Map<string, string>();
  const insertNodes = async (nodes: SeedFrameworkNode[], parentId: string | null, depth: number) => {
    for (const [position, node] of nodes.entries()) {
      const [row] = await tx
        .insert(frameworkNodes)
        .values({
          planId,
          parentId,
          depth,
          position,
          code: node.code,
          title: node.title,
          description: node.description ?? null,
          leadOrganizationId: node.leadOrganization ? organization(node.leadOrganization) : null,
        })
        .returning({ id: frameworkNodes.id });
      const id = (row as { id: string }).id;
      nodeIds.set(node.key, id);
      await insertNodes(node.children ?? [], id, depth + 1);
    }
  };
  await insertNodes(plan.nodes, null, 0);
  const node = (key: string) => lookup(nodeIds, key, "framework node");

  const periodRows = await tx
    .insert(reportingPeriods)
    .values(
      yearlyPeriods(plan, PERIOD_START.month, PERIOD_START.day).map((period) => ({
        ...period,
        planId,
        status: "open",
      })),
    )
    .returning({ id: reportingPeriods.id, startsOn: reportingPeriods.startsOn });
  const periodIds = new Map(periodRows.map((period) => [period.startsOn, period.id]));
  const indicatorIds = await insertIndicators(tx, data.indicators, {
    planId,
    node,
    organization,
    period: (start) => lookup(periodIds, start, "reporting period starting on"),
    periodIds: [...periodIds.values()],
  });
  await insertReports(tx, data.reports, {
    organization,
    period: (start) => lookup(periodIds, start, "reporting period starting on"),
    indicator: (key) => lookup(indicatorIds, key, "indicator"),
  });

  const project = data.project2012;
  const [projectRow] = await tx
    .insert(projects)
    .values({
      title: project.title,
      code: project.code,
      donorOrganizationId: organization(project.donor),
      startsOn: project.startsOn,
      endsOn: project.endsOn,
      budgetAmount: project.budgetAmount === undefined ? null : String(project.budgetAmount),
      currency: project.currency ?? null,
      description: project.description,
      source: project.source,
      searchText: buildSearchKey(project.title, project.code),
    })
    .returning({ id: projects.id });
  const projectId = (projectRow as { id: string }).id;
  await tx
    .insert(projectImplementers)
    .values(project.implementers.map((key) => ({ projectId, organizationId: organization(key) })));
  await tx
    .insert(projectOutputTargets)
    .values(project.outputTargets.map((target) => ({ projectId, ...target })));
  await tx
    .insert(projectFrameworkNodes)
    .values(project.frameworkNodes.map((key) => ({ projectId, frameworkNodeId: node(key) })));

  const personIds = new Map<string, string>();
  const personRows = await tx
    .insert(people)
    .values(
      data.people.map((person) => ({
        givenName: person.givenName,
        familyName: person.familyName,
        sex: person.sex,
        organizationId: person.organization ? organization(person.organization) : null,
        position: person.position ?? null,
        rank: person.rank ?? null,
        isDecisionMaker: person.isDecisionMaker,
        isDemo: true,
        searchText: buildSearchKey(person.givenName, person.familyName),
      })),
    )
    .returning({ id: people.id });
  for (const [index, person] of data.people.entries()) {
    personIds.set(person.key, (personRows[index] as { id: string }).id);
  }

  let participationCount = 0;
  const eventIds = new Map<string, string>();
  for (const event of data.events) {
    const [row] = await tx
      .insert(events)
      .values({
        title: event.title,
        kind: event.kind,
        status: event.status,
        startsOn: event.startsOn,
        endsOn: event.endsOn,
        jurisdictionId: municipality(event.municipality),
        venue: event.venue ?? null,
        projectId: event.project ? projectId : null,
        description: event.description ?? null,
        isDemo: true,
        searchText: buildSearchKey(event.title, event.venue, event.municipality),
      })
      .returning({ id: events.id });
    const eventId = (row as { id: string }).id;
    eventIds.set(event.key, eventId);
    await tx
      .insert(eventOrganizers)
      .values(event.organizers.map((key) => ({ eventId, organizationId: organization(key) })));
    if (event.frameworkNodes.length > 0) {
      await tx
        .insert(eventFrameworkNodes)
        .values(event.frameworkNodes.map((key) => ({ eventId, frameworkNodeId: node(key) })));
    }
    if (event.participations.length > 0) {
      await tx.insert(participations).values(
        event.participations.map((p) => ({
          eventId,
          personId: lookup(personIds, p.person, "person"),
          role: p.role,
          attended: p.attended,
          preTestScore: p.preTestScore === undefined ? null : String(p.preTestScore),
          postTestScore: p.postTestScore === undefined ? null : String(p.postTestScore),
          testMaxScore: p.testMaxScore === undefined ? null : String(p.testMaxScore),
        })),
      );
      participationCount += event.participations.length;
    }
  }
  const person = (key: string) => lookup(personIds, key, "person");
  const event = (key: string) => lookup(eventIds, key, "event");
  const seedEvent = (key: string) => {
    const found = data.events.find((e) => e.key === key);
    if (!found) throw new Error(`default data: unknown event "${key}"`);
    return found;
  };
  const organizationOfPerson = (key: string) => data.people.find((p) => p.key === key)?.organization;
  await insertBoard(tx, data.coordinationBoard, {
    planId,
    node,
    organization,
    person,
    organizationOfPerson,
    event,
    seedEvent,
  });
  const curriculaCount = await insertTraining(tx, { person, event, seedEvent });
  await insertAgreements(tx, data.agreements, organization, planId);

  return {
    organizations: data.organizations.length,
    frameworkNodes: nodeIds.size,
    reportingPeriods: periodRows.length,
    indicators: data.indicators.length,
    people: data.people.length,
    events: data.events.length,
    participations: participationCount,
    boards: 1,
    curricula: curriculaCount,
  };
}
