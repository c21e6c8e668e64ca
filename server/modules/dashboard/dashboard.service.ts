import type { SexCounts } from "../../../common/schemas/common.js";
import type { Dashboard } from "../../../common/schemas/dashboard.js";
import {
  eventKinds,
  type OrganizationLevel,
  type OrganizationSector,
  organizationLevels,
  organizationSectors,
} from "../../../common/schemas/enums.js";
import type { Db } from "../../db/client.js";
import type { Actor } from "../../http/actor.js";
import { notFound } from "../../http/errors.js";
import { enforce } from "../../http/policy.js";
import { dashboardPolicy } from "./dashboard.policy.js";
import {
  selectAttendanceBySex,
  selectDashboardProjects,
  selectOrganizationsReached,
  selectOutputs,
  selectProjectRef,
} from "./dashboard.queries.js";

const noOne = (): SexCounts => ({ female: 0, male: 0, total: 0 });

/** Counts per key, in the order of the vocabulary, leaving out the keys never counted. */
function countBy<K extends string>(vocabulary: readonly K[], rows: { key: string; count: number }[]) {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row.key, (counts.get(row.key) ?? 0) + row.count);
  return vocabulary
    .filter((key) => counts.has(key))
    .map((key) => ({ key, count: counts.get(key) as number }));
}

/** The progress of one project (the most recent one unless asked), as aggregates. */
export async function getDashboard(db: Db, actor: Actor, projectId?: string): Promise<Dashboard> {
  enforce(dashboardPolicy(actor, "read"), "Dashboard");
  const projects = await selectDashboardProjects(db);
  const project = projectId ? await selectProjectRef(db, projectId) : projects[0];
  if (projectId && !project) throw notFound("Project");
  const dashboard: Dashboard = {
    project: project ?? null,
    projects,
    outputs: [],
    participations: noOne(),
    uniquePeople: noOne(),
    organizationsReached: { total: 0, byLevel: [], bySector: [] },
  };
  if (!project) return dashboard;

  const [outputs, attendance, reached] = await Promise.all([
    selectOutputs(db, project.id),
    selectAttendanceBySex(db, project.id),
    selectOrganizationsReached(db, project.id),
  ]);
  dashboard.outputs = outputs.sort(
    (a, b) => eventKinds.indexOf(a.eventKind) - eventKinds.indexOf(b.eventKind),
  );
  for (const row of attendance) {
    const sex = row.sex as keyof Omit<SexCounts, "total">;
    dashboard.participations[sex] += row.participations;
    dashboard.participations.total += row.participations;
    dashboard.uniquePeople[sex] += row.people;
    dashboard.uniquePeople.total += row.people;
  }
  dashboard.organizationsReached = {
    total: reached.reduce((sum, row) => sum + row.count, 0),
    byLevel: countBy(
      organizationLevels,
      reached.map((row) => ({ key: row.level, count: row.count })),
    ).map(({ key, count }) => ({ level: key as OrganizationLevel, count })),
    bySector: countBy(
      organizationSectors,
      reached.map((row) => ({ key: row.sector, count: row.count })),
    ).map(({ key, count }) => ({ sector: key as OrganizationSector, count })),
  };
  return dashboard;
}
