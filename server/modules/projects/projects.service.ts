import type { z } from "zod";
import type { Page } from "../../../common/schemas/common.js";
import type {
  Project,
  ProjectInput,
  ProjectListQuery,
  ProjectPatch,
} from "../../../common/schemas/projects.js";
import { buildSearchKey } from "../../../common/text/search.js";
import type { Db, DbOrTx } from "../../db/client.js";
import type { Actor } from "../../http/actor.js";
import { invalid, notFound } from "../../http/errors.js";
import { enforce } from "../../http/policy.js";
import { setRecordArchived } from "../audit/audit.archive.js";
import { recordAudit } from "../audit/audit.service.js";
import { projectAbilities, projectPolicy } from "./projects.policy.js";
import {
  insertProjectRow,
  lockProject,
  projectRecord,
  replaceProjectLinks,
  selectProject,
  selectProjectLinks,
  selectProjects,
  updateProjectRow,
} from "./projects.queries.js";

export type ProjectValues = z.output<typeof ProjectInput>;
export type ProjectChanges = z.output<typeof ProjectPatch>;

const searchKeyOf = (values: { title: string; code: string }) => buildSearchKey(values.title, values.code);

/** `numeric` columns take the amount as text, so that no digit is lost on the way. */
const toNumeric = (amount: number | null | undefined) =>
  amount === undefined ? undefined : amount === null ? null : String(amount);

export async function listProjects(db: Db, actor: Actor, query: ProjectListQuery): Promise<Page<Project>> {
  enforce(projectPolicy(actor, "read"), "Project");
  const { items, total } = await selectProjects(db, query);
  const abilities = projectAbilities(actor);
  return {
    items: items.map((project) => ({ ...project, abilities })),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** Archived projects stay readable by id: their events still point at them. */
export async function getProject(db: DbOrTx, actor: Actor, id: string): Promise<Project> {
  const project = await selectProject(db, id);
  if (!project) throw notFound("Project");
  enforce(projectPolicy(actor, "read"), "Project");
  return { ...project, abilities: projectAbilities(actor) };
}

export async function createProject(db: Db, actor: Actor, input: ProjectValues): Promise<Project> {
  enforce(projectPolicy(actor, "create"), "Project");
  const { implementerIds, outputTargets, frameworkNodeIds, budgetAmount, ...fields } = input;
  const links = { implementerIds, outputTargets, frameworkNodeIds };
  const id = await db.transaction(async (tx) => {
    const row = await insertProjectRow(tx, {
      ...fields,
      budgetAmount: toNumeric(budgetAmount),
      searchText: searchKeyOf(fields),
    });
    await replaceProjectLinks(tx, row.id, links);
    await recordAudit(tx, actor, {
      action: "create",
      entityType: "project",
      entityId: row.id,
      after: { ...row, ...(await selectProjectLinks(tx, row.id)) },
    });
    return row.id;
  });
  return getProject(db, actor, id);
}

/** Implementers, output targets and framework links, when given, replace the project's sets. */
export async function updateProject(
  db: Db,
  actor: Actor,
  id: string,
  patch: ProjectChanges,
): Promise<Project> {
  await db.transaction(async (tx) => {
    const beforeRow = await lockProject(tx, id);
    if (!beforeRow) throw notFound("Project");
    enforce(projectPolicy(actor, "update"), "Project");
    const { implementerIds, outputTargets, frameworkNodeIds, budgetAmount, ...fields } = patch;
    const merged = { ...beforeRow, ...fields };
    if (merged.endsOn < merged.startsOn) {
      throw invalid(fields.endsOn ? "endsOn" : "startsOn", "date_order");
    }
    const before = { ...beforeRow, ...(await selectProjectLinks(tx, id)) };
    const afterRow = await updateProjectRow(tx, id, {
      ...fields,
      budgetAmount: toNumeric(budgetAmount),
      searchText: searchKeyOf(merged),
    });
    await replaceProjectLinks(tx, id, { implementerIds, outputTargets, frameworkNodeIds });
    const after = { ...afterRow, ...(await selectProjectLinks(tx, id)) };
    await recordAudit(tx, actor, { action: "update", entityType: "project", entityId: id, before, after });
  });
  return getProject(db, actor, id);
}

/** Projects are archived, never deleted: their events keep pointing at them. */
export async function setProjectArchived(
  db: Db,
  actor: Actor,
  id: string,
  isArchived: boolean,
  now: Date,
): Promise<Project> {
  await setRecordArchived(db, actor, {
    record: projectRecord,
    entityType: "project",
    what: "Project",
    id,
    isArchived,
    now,
    authorize: () => enforce(projectPolicy(actor, "archive"), "Project"),
  });
  return getProject(db, actor, id);
}
