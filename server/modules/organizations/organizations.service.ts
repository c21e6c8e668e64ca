import { eq } from "drizzle-orm";
import type { Page } from "../../../common/schemas/common.js";
import type { Organization, OrganizationListQuery } from "../../../common/schemas/organizations.js";
import { buildSearchKey } from "../../../common/text/search.js";
import type { Db } from "../../db/client.js";
import { organizations } from "../../db/schema.js";
import type { Actor } from "../../http/actor.js";
import { notFound } from "../../http/errors.js";
import { enforce } from "../../http/policy.js";
import { recordAudit } from "../audit/audit.service.js";
import { organizationPolicy } from "./organizations.policy.js";
import { selectOrganization, selectOrganizations } from "./organizations.queries.js";

type OrganizationValues = {
  name: string;
  shortName: string | null;
  level: string;
  sector: string;
  jurisdictionId: string | null;
  description: string | null;
};

const searchKeyOf = (values: Pick<OrganizationValues, "name" | "shortName">) =>
  buildSearchKey(values.name, values.shortName);

export async function listOrganizations(
  db: Db,
  actor: Actor,
  query: OrganizationListQuery,
): Promise<Page<Organization>> {
  enforce(organizationPolicy(actor, "read"), "Organisation");
  const { items, total } = await selectOrganizations(db, query);
  return { items, total, page: query.page, pageSize: query.pageSize };
}

export async function getOrganization(db: Db, actor: Actor, id: string): Promise<Organization> {
  const organization = await selectOrganization(db, id);
  if (!organization) throw notFound("Organisation");
  enforce(organizationPolicy(actor, "read", organization), "Organisation");
  return organization;
}

export async function createOrganization(
  db: Db,
  actor: Actor,
  input: OrganizationValues,
): Promise<Organization> {
  enforce(organizationPolicy(actor, "create"), "Organisation");
  const id = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(organizations)
      .values({ ...input, searchText: searchKeyOf(input) })
      .returning();
    if (!row) throw new Error("insert returned no row");
    await recordAudit(tx, actor, {
      action: "create",
      entityType: "organization",
      entityId: row.id,
      after: row,
    });
    return row.id;
  });
  return getOrganization(db, actor, id);
}

export async function updateOrganization(
  db: Db,
  actor: Actor,
  id: string,
  patch: Partial<OrganizationValues>,
): Promise<Organization> {
  await db.transaction(async (tx) => {
    const [before] = await tx.select().from(organizations).where(eq(organizations.id, id)).for("update");
    if (!before) throw notFound("Organisation");
    enforce(organizationPolicy(actor, "update", before), "Organisation");
    const merged = { ...before, ...patch };
    const [after] = await tx
      .update(organizations)
      .set({ ...patch, searchText: searchKeyOf(merged), updatedAt: new Date() })
      .where(eq(organizations.id, id))
      .returning();
    await recordAudit(tx, actor, {
      action: "update",
      entityType: "organization",
      entityId: id,
      before,
      after,
    });
  });
  return getOrganization(db, actor, id);
}

/** Organisations are archived, never deleted: events, people and users keep pointing at them. */
export async function setOrganizationArchived(
  db: Db,
  actor: Actor,
  id: string,
  isArchived: boolean,
): Promise<Organization> {
  await db.transaction(async (tx) => {
    const [before] = await tx.select().from(organizations).where(eq(organizations.id, id)).for("update");
    if (!before) throw notFound("Organisation");
    enforce(organizationPolicy(actor, "archive", before), "Organisation");
    const [after] = await tx
      .update(organizations)
      .set({ archivedAt: isArchived ? new Date() : null, updatedAt: new Date() })
      .where(eq(organizations.id, id))
      .returning();
    await recordAudit(tx, actor, {
      action: isArchived ? "archive" : "restore",
      entityType: "organization",
      entityId: id,
      before,
      after,
    });
  });
  return getOrganization(db, actor, id);
}
