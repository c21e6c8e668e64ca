import { and, asc, eq, inArray, isNotNull, isNull, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Stored } from "../../../common/schemas/abilities.js";
import { type EventKind, eventKinds } from "../../../common/schemas/enums.js";
import type { Project, ProjectListQuery } from "../../../common/schemas/projects.js";
import type { DbOrTx } from "../../db/client.js";
import { archivable, lockById, replaceLinks } from "../../db/rows.js";
import {
  events,
  frameworkNodes,
  organizations,
  projectFrameworkNodes,
  projectImplementers,
  projectOutputTargets,
  projects,
} from "../../db/schema.js";
import { countAll, matchesSearch, ordered, pageOffset, sortable, toNumber } from "../../db/sql.js";

const donors = alias(organizations, "donor_organizations");

const selectBase = (db: DbOrTx) =>
  db
    .select({
      id: projects.id,
      title: projects.title,
      code: projects.code,
      donorOrganizationId: projects.donorOrganizationId,
      donorName: donors.name,
      startsOn: projects.startsOn,
      endsOn: projects.endsOn,
      budgetAmount: projects.budgetAmount,
      currency: projects.currency,
      description: projects.description,
      source: projects.source,
      archivedAt: projects.archivedAt,
      createdAt: projects.createdAt,
      updatedAt: projects.updatedAt,
      total: countAll,
    })
    .from(projects)
    .leftJoin(donors, eq(donors.id, projects.donorOrganizationId))
    .$dynamic();

type Row = Awaited<ReturnType<typeof selectBase>>[number];
type OutputTarget = Project["outputTargets"][number];

/** A project's sets as they are stored: what the audit log keeps before → after. */
export interface ProjectLinks {
  implementerIds: string[];
  outputTargets: Omit<OutputTarget, "held">[];
  frameworkNodeIds: string[];
}

const groupBy = <T extends { projectId: string }>(rows: T[]) => {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(row.projectId, [...(groups.get(row.projectId) ?? []), row]);
  return groups;
};

/**
 * Implementers, output targets with the events held so far, and framework links for a page of
 * projects: one query each, whatever the number of projects.
 */
async function withDetails(db: DbOrTx, rows: Row[]): Promise<Stored<Project>[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const heldEvents = db
    .select({ projectId: events.projectId, kind: events.kind, held: sql<string>`count(*)`.as("held") })
    .from(events)
    .where(and(inArray(events.projectId, ids), eq(events.status, "held"), isNull(events.archivedAt)))
    .groupBy(events.projectId, events.kind)
    .as("held_events");
  // One after another: inside a transaction the three share one connection.
  const implementers = await db
    .select({ projectId: projectImplementers.projectId, id: organizations.id, name: organizations.name })
    .from(projectImplementers)
    .innerJoin(organizations, eq(organizations.id, projectImplementers.organizationId))
    .where(inArray(projectImplementers.projectId, ids))
    .orderBy(sortable(organizations.name), organizations.id);
  const targets = await db
    .select({
      projectId: projectOutputTargets.projectId,
      eventKind: projectOutputTargets.eventKind,
      targetCount: projectOutputTargets.targetCount,
      label: projectOutputTargets.label,
      held: heldEvents.held,
    })
    .from(projectOutputTargets)
    .leftJoin(
      heldEvents,
      and(
        eq(heldEvents.projectId, projectOutputTargets.projectId),
        eq(heldEvents.kind, projectOutputTargets.eventKind),
      ),
    )
    .where(inArray(projectOutputTargets.projectId, ids));
  const nodeLinks = await db
    .select({ projectId: projectFrameworkNodes.projectId, id: projectFrameworkNodes.frameworkNodeId })
    .from(projectFrameworkNodes)
    .innerJoin(frameworkNodes, eq(frameworkNodes.id, projectFrameworkNodes.frameworkNodeId))
    .where(inArray(projectFrameworkNodes.projectId, ids))
    .orderBy(frameworkNodes.planId, frameworkNodes.depth, asc(frameworkNodes.position), frameworkNodes.code);
  const implementersOf = groupBy(implementers);
  const targetsOf = groupBy(targets);
  const nodesOf = groupBy(nodeLinks);
  const kindOrder = (kind: string) => eventKinds.indexOf(kind as EventKind);
  return rows.map(({ total: _total, archivedAt, budgetAmount, ...row }) => ({
    ...row,
    budgetAmount: toNumber(budgetAmount),
    implementers: (implementersOf.get(row.id) ?? []).map(({ id, name }) => ({ id, name })),
    outputTargets: (targetsOf.get(row.id) ?? [])
      .sort((a, b) => kindOrder(a.eventKind) - kindOrder(b.eventKind))
      .map((target) => ({
        eventKind: target.eventKind as EventKind,
        targetCount: target.targetCount,
        label: target.label,
        held: Number(target.held ?? 0),
      })),
    frameworkNodeIds: (nodesOf.get(row.id) ?? []).map((link) => link.id),
    isArchived: archivedAt !== null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }));
}

const sortColumns = { startsOn: projects.startsOn, title: projects.title, code: projects.code };

export async function selectProjects(db: DbOrTx, query: ProjectListQuery) {
  const conditions: (SQL | undefined)[] = [
    matchesSearch(projects.searchText, query.q),
    query.archived === "exclude" ? isNull(projects.archivedAt) : undefined,
    query.archived === "only" ? isNotNull(projects.archivedAt) : undefined,
  ];
  const rows = await selectBase(db)
    .where(and(...conditions))
    .orderBy(ordered(sortColumns[query.sort], query.order, query.sort !== "startsOn"), projects.id)
    .limit(query.pageSize)
    .offset(pageOffset(query.page, query.pageSize));
  return { items: await withDetails(db, rows), total: rows[0]?.total ?? 0 };
}

export async function selectProject(db: DbOrTx, id: string): Promise<Stored<Project> | undefined> {
  const rows = await selectBase(db).where(eq(projects.id, id));
  return (await withDetails(db, rows))[0];
}

export async function selectProjectLinks(db: DbOrTx, projectId: string): Promise<ProjectLinks> {
  const project = await selectProject(db, projectId);
  return {
    implementerIds: project?.implementers.map((implementer) => implementer.id) ?? [],
    outputTargets: project?.outputTargets.map(({ held: _held, ...target }) => target) ?? [],
    frameworkNodeIds: project?.frameworkNodeIds ?? [],
  };
}

/** Replaces the sets given; a set left out stays as it is. */
export async function replaceProjectLinks(
  db: DbOrTx,
  projectId: string,
  links: Partial<ProjectLinks>,
): Promise<void> {
  if (links.implementerIds) {
    const ids = [...new Set(links.implementerIds)];
    await replaceLinks(
      db,
      projectImplementers,
      projectImplementers.projectId,
      projectId,
      ids.map((organizationId) => ({ projectId, organizationId })),
    );
  }
  if (links.outputTargets) {
    await replaceLinks(
      db,
      projectOutputTargets,
      projectOutputTargets.projectId,
      projectId,
      links.outputTargets.map((target) => ({ ...target, projectId })),
    );
  }
  if (links.frameworkNodeIds) {
    const ids = [...new Set(links.frameworkNodeIds)];
    await replaceLinks(
      db,
      projectFrameworkNodes,
      projectFrameworkNodes.projectId,
      projectId,
      ids.map((frameworkNodeId) => ({ projectId, frameworkNodeId })),
    );
  }
}

/** A project as stored (the audit log's before → after). */
export type ProjectRow = typeof projects.$inferSelect;
export type ProjectRowValues = Omit<typeof projects.$inferInsert, "id" | "createdAt" | "updatedAt">;

/** Projects are archived, never deleted. */
export const projectRecord = archivable(projects);

export const lockProject = (tx: DbOrTx, id: string) => lockById(tx, projects, id);

export async function insertProjectRow(tx: DbOrTx, values: ProjectRowValues): Promise<ProjectRow> {
  const [row] = await tx.insert(projects).values(values).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

export async function updateProjectRow(
  tx: DbOrTx,
  id: string,
  changes: Partial<ProjectRowValues>,
): Promise<ProjectRow | undefined> {
  const [row] = await tx
    .update(projects)
    .set({ ...changes, updatedAt: sql`now()` })
    .where(eq(projects.id, id))
    .returning();
  return row;
}
