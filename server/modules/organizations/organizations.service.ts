import type { Page } from "../../../common/schemas/common.js";
import type { Organization, OrganizationListQuery } from "../../../common/schemas/organizations.js";
import { buildSearchKey } from "../../../common/text/search.js";
import type { Db, DbOrTx } from "../../db/client.js";
import type { Actor } from "../../http/actor.js";
import { notFound } from "../../http/errors.js";
import { enforce } from "../../http/policy.js";
import { setRecordArchived } from "../audit/audit.archive.js";
import { recordAudit } from "../audit/audit.service.js";
import { organizationAbilities, organizationPolicy } from "./organizations.policy.js";
import {
  insertOrganizationRow,
  lockOrganization,
  organizationRecord,
  selectOrganization,
  selectOrganizations,
  updateOrganizationRow,
} from "./organizations.queries.js";

export type OrganizationValues = {
  name: string;
  shortName: string | null;
  level: string;
  sector: string;
  jurisdictionId: string | null;
  description: string | null;
};

const searchKeyOf = (values: { name: string; shortName?: string | null }) =>
  buildSearchKey(values.name, values.shortName);

export async function listOrganizations(
  db: Db,
  actor: Actor,
  query: OrganizationListQuery,
): Promise<Page<Organization>> {
  enforce(organizationPolicy(actor, "read"), "Organisation");
  const { items, total } = await selectOrganizations(db, query);
  return {
    items: items.map((organization) => ({
      ...organization,
      abilities: organizationAbilities(actor, organization),
    })),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export async function getOrganization(db: Db, actor: Actor, id: string): Promise<Organization> {
  const organization = await selectOrganization(db, id);
  if (!organization) throw notFound("Organisation");
  enforce(organizationPolicy(actor, "read", organization), "Organisation");
  return { ...organization, abilities: organizationAbilities(actor, organization) };
}

/**
 * Registers an organisation inside an open transaction: its search key computed and the creation
 * audited, as the API's create does. The caller has asked the policy. Returns the new id.
 */
export async function insertOrganization(
  tx: DbOrTx,
  actor: Actor,
  values: Omit<OrganizationValues, "shortName" | "description"> &
    Partial<Pick<OrganizationValues, "shortName" | "description">>,
): Promise<string> {
  const row = await insertOrganizationRow(tx, {
    ...values,
    searchText: searchKeyOf(values),
  });
  await recordAudit(tx, actor, {
    action: "create",
    entityType: "organization",
    entityId: row.id,
    after: row,
  });
  return row.id;
}

export async function createOrganization(
  db: Db,
  actor: Actor,
  input: OrganizationValues,
): Promise<Organization> {
  enforce(organizationPolicy(actor, "create"), "Organisation");
  const id = await db.transaction((tx) => insertOrganization(tx, actor, input));
  return getOrganization(db, actor, id);
}

export async function updateOrganization(
  db: Db,
  actor: Actor,
  id: string,
  patch: Partial<OrganizationValues>,
): Promise<Organization> {
  await db.transaction(async (tx) => {
    const before = await lockOrganization(tx, id);
    if (!before) throw notFound("Organisation");
    enforce(organizationPolicy(actor, "update", before), "Organisation");
    const merged = { ...before, ...patch };
    const after = await updateOrganizationRow(tx, id, { ...patch, searchText: searchKeyOf(merged) });
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
  now: Date,
): Promise<Organization> {
  await setRecordArchived(db, actor, {
    record: organizationRecord,
    entityType: "organization",
    what: "Organisation",
    id,
    isArchived,
    now,
    authorize: (before) => enforce(organizationPolicy(actor, "archive", before), "Organisation"),
  });
  return getOrganization(db, actor, id);
}
