/**
 * The project dashboard, from kept figures only, a few rows per project: outputs from
 * `project_event_kinds`; people and organisations reached from the second-level rollups
 * `project_sex_figures` and `project_organization_people` (kept from `project_attendee_rollups`) and
 * the organisers in `project_organizers`; never from the raw events or participations.
 */
import { type AnyColumn, and, desc, eq, gt, inArray, isNull, type SQL, sql } from "drizzle-orm";
import { QueryBuilder } from "drizzle-orm/pg-core";
import type { Dashboard } from "../../../common/schemas/dashboard.js";
import type { DbOrTx } from "../../db/client.js";
import {
  organizations,
  projectEventKinds,
  projectOrganizationPeople,
  projectOrganizers,
  projectOutputTargets,
  projectSexFigures,
  projects,
} from "../../db/schema.js";
import { sortable } from "../../db/sql.js";

type ProjectRef = NonNullable<Dashboard["project"]>;

const qb = new QueryBuilder();
const count = (expression: AnyColumn | SQL = sql`*`) => sql<string>`count(${expression})`.mapWith(Number);

const projectRef = { id: projects.id, title: projects.title, code: projects.code };

/** Projects not archived, the most recent first. */
export async function selectDashboardProjects(db: DbOrTx): Promise<ProjectRef[]> {
  return db
    .select(projectRef)
    .from(projects)
    .where(isNull(projects.archivedAt))
    .orderBy(desc(projects.startsOn), sortable(projects.title), projects.id);
}

export async function selectProjectRef(db: DbOrTx, id: string): Promise<ProjectRef | undefined> {
  const [row] = await db.select(projectRef).from(projects).where(eq(projects.id, id));
  return row;
}

/** Each output target with the number of held events of its kind (kept: `project_event_kinds`). */
export async function selectOutputs(db: DbOrTx, projectId: string): Promise<Dashboard["outputs"]> {
  const rows = await db
    .select({
      eventKind: projectOutputTargets.eventKind,
      label: projectOutputTargets.label,
      targetCount: projectOutputTargets.targetCount,
      held: sql<number>`coalesce(${projectEventKinds.held}, 0)`.mapWith(Number),
    })
    .from(projectOutputTargets)
    .leftJoin(
      projectEventKinds,
      and(
        eq(projectEventKinds.projectId, projectOutputTargets.projectId),
        eq(projectEventKinds.kind, projectOutputTargets.eventKind),
      ),
    )
    .where(eq(projectOutputTargets.projectId, projectId))
    .orderBy(projectOutputTargets.eventKind, projectOutputTargets.id);
  return rows.map((row) => ({
    ...row,
    eventKind: row.eventKind as Dashboard["outputs"][number]["eventKind"],
  }));
}

/** Attendances and distinct attending people of the project's held events, by sex (second-level rollup). */
export async function selectAttendanceBySex(db: DbOrTx, projectId: string) {
  return db
    .select({
      sex: projectSexFigures.sex,
      participations: projectSexFigures.attendances,
      people: projectSexFigures.people,
    })
    .from(projectSexFigures)
    .where(and(eq(projectSexFigures.projectId, projectId), gt(projectSexFigures.people, 0)));
}

/** Organisations of attending people and organisers of the project's held events (both kept). */
export async function selectOrganizationsReached(db: DbOrTx, projectId: string) {
  const ofAttendingPeople = qb
    .select({ id: projectOrganizationPeople.organizationId })
    .from(projectOrganizationPeople)
    .where(and(eq(projectOrganizationPeople.projectId, projectId), gt(projectOrganizationPeople.people, 0)));
  const ofOrganizers = qb
    .select({ id: projectOrganizers.organizationId })
    .from(projectOrganizers)
    .where(and(eq(projectOrganizers.projectId, projectId), gt(projectOrganizers.events, 0)));
  // One `in (… union …)`: a semi-join on a few hundred distinct ids. Two `in` lists joined by `or`
  // cannot be hashed once the attendees' list outgrows work_mem, and are then scanned per organisation.
  return db
    .select({ level: organizations.level, sector: organizations.sector, count: count() })
    .from(organizations)
    .where(inArray(organizations.id, ofAttendingPeople.union(ofOrganizers)))
    .groupBy(organizations.level, organizations.sector);
}
