import { and, eq, isNotNull, isNull, type SQL, sql } from "drizzle-orm";
import type { Stored } from "../../../common/schemas/abilities.js";
import type { Organization, OrganizationListQuery } from "../../../common/schemas/organizations.js";
import type { DbOrTx } from "../../db/client.js";
import { archivable, lockById } from "../../db/rows.js";
import { jurisdictions, organizations } from "../../db/schema.js";
import { countAll, matchesSearch, ordered, pageOffset } from "../../db/sql.js";

/** An organisation as stored (the audit log's before → after). */
export type OrganizationRow = typeof organizations.$inferSelect;
export type OrganizationRowValues = Omit<typeof organizations.$inferInsert, "id" | "createdAt" | "updatedAt">;

/** Organisations are archived, never deleted. */
export const organizationRecord = archivable(organizations);

const columns = {
  id: organizations.id,
  name: organizations.name,
  shortName: organizations.shortName,
  level: organizations.level,
  sector: organizations.sector,
  jurisdictionId: organizations.jurisdictionId,
  jurisdictionName: jurisdictions.nameLatin,
  description: organizations.description,
  archivedAt: organizations.archivedAt,
  createdAt: organizations.createdAt,
  updatedAt: organizations.updatedAt,
};

const selectBase = (db: DbOrTx) =>
  db
    .select({ ...columns, total: countAll })
    .from(organizations)
    .leftJoin(jurisdictions, eq(jurisdictions.id, organizations.jurisdictionId))
    .$dynamic();

type Row = Awaited<ReturnType<typeof selectBase>>[number];

const toOrganization = (row: Row): Stored<Organization> => ({
  id: row.id,
  name: row.name,
  shortName: row.shortName,
  level: row.level as Organization["level"],
  sector: row.sector as Organization["sector"],
  jurisdictionId: row.jurisdictionId,
  jurisdictionName: row.jurisdictionName,
  description: row.description,
  isArchived: row.archivedAt !== null,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

const sortColumns = {
  name: organizations.name,
  level: organizations.level,
  sector: organizations.sector,
  updatedAt: organizations.updatedAt,
};

export async function selectOrganizations(db: DbOrTx, query: OrganizationListQuery) {
  const conditions: (SQL | undefined)[] = [
    matchesSearch(organizations.searchText, query.q),
    query.level ? eq(organizations.level, query.level) : undefined,
    query.sector ? eq(organizations.sector, query.sector) : undefined,
    query.archived === "exclude" ? isNull(organizations.archivedAt) : undefined,
    query.archived === "only" ? isNotNull(organizations.archivedAt) : undefined,
  ];
  const rows = await selectBase(db)
    .where(and(...conditions))
    .orderBy(ordered(sortColumns[query.sort], query.order, query.sort !== "updatedAt"), organizations.id)
    .limit(query.pageSize)
    .offset(pageOffset(query.page, query.pageSize));
  return { items: rows.map(toOrganization), total: rows[0]?.total ?? 0 };
}

export async function selectOrganization(db: DbOrTx, id: string): Promise<Stored<Organization> | undefined> {
  const [row] = await selectBase(db).where(eq(organizations.id, id));
  return row ? toOrganization(row) : undefined;
}

export async function insertOrganizationRow(
  tx: DbOrTx,
  values: OrganizationRowValues,
): Promise<OrganizationRow> {
  const [row] = await tx.insert(organizations).values(values).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

export const lockOrganization = (tx: DbOrTx, id: string) => lockById(tx, organizations, id);

export async function updateOrganizationRow(
  tx: DbOrTx,
  id: string,
  changes: Partial<OrganizationRowValues>,
): Promise<OrganizationRow | undefined> {
  const [row] = await tx
    .update(organizations)
    .set({ ...changes, updatedAt: sql`now()` })
    .where(eq(organizations.id, id))
    .returning();
  return row;
}
