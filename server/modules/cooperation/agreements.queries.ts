import { and, eq, exists, inArray, isNotNull, isNull, type SQL, sql } from "drizzle-orm";
import type { Stored } from "../../../common/schemas/abilities.js";
import type { Agreement, AgreementListQuery, AgreementParty } from "../../../common/schemas/cooperation.js";
import type { DbOrTx } from "../../db/client.js";
import { type ArchivableRecord, archivable, lockById, replaceLinks } from "../../db/rows.js";
import {
  agreementParties,
  agreements,
  jurisdictions,
  organizations,
  plans,
  projects,
} from "../../db/schema.js";
import { countAll, matchesSearch, ordered, pageOffset, sortable } from "../../db/sql.js";

/** An agreement as stored, with the ids of its parties (the audit log's before → after). */
export type AgreementRow = typeof agreements.$inferSelect & { partyIds: string[] };
export type AgreementRowValues = Omit<typeof agreements.$inferInsert, "id" | "createdAt" | "updatedAt">;

const columns = {
  id: agreements.id,
  kind: agreements.kind,
  title: agreements.title,
  reference: agreements.reference,
  signedOn: agreements.signedOn,
  validUntil: agreements.validUntil,
  level: agreements.level,
  jurisdictionId: agreements.jurisdictionId,
  jurisdictionName: jurisdictions.nameLatin,
  leadOrganizationId: agreements.leadOrganizationId,
  planId: agreements.planId,
  projectId: agreements.projectId,
  description: agreements.description,
  isDemo: agreements.isDemo,
  archivedAt: agreements.archivedAt,
  createdAt: agreements.createdAt,
  updatedAt: agreements.updatedAt,
};

const selectBase = (db: DbOrTx) =>
  db
    .select({ ...columns, total: countAll })
    .from(agreements)
    .leftJoin(jurisdictions, eq(jurisdictions.id, agreements.jurisdictionId))
    .$dynamic();

type Row = Awaited<ReturnType<typeof selectBase>>[number];

/** The parties of a page of agreements, ordered by name (Bosnian collation): one query. */
async function withParties(db: DbOrTx, rows: Row[]): Promise<Stored<Agreement>[]> {
  if (rows.length === 0) return [];
  const parties = await db
    .select({
      agreementId: agreementParties.agreementId,
      organizationId: organizations.id,
      name: organizations.name,
      level: organizations.level,
      sector: organizations.sector,
    })
    .from(agreementParties)
    .innerJoin(organizations, eq(organizations.id, agreementParties.organizationId))
    .where(
      inArray(
        agreementParties.agreementId,
        rows.map((row) => row.id),
      ),
    )
    .orderBy(sortable(organizations.name), organizations.id);
  const partiesOf = new Map<string, AgreementParty[]>();
  for (const { agreementId, ...party } of parties) {
    const list = partiesOf.get(agreementId) ?? [];
    list.push({
      organizationId: party.organizationId,
      name: party.name,
      level: party.level as AgreementParty["level"],
      sector: party.sector as AgreementParty["sector"],
    });
    partiesOf.set(agreementId, list);
  }
  return rows.map(({ total: _total, archivedAt, ...row }) => ({
    ...row,
    kind: row.kind as Agreement["kind"],
    level: row.level as Agreement["level"],
    parties: partiesOf.get(row.id) ?? [],
    isArchived: archivedAt !== null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }));
}

const sortColumns = {
  signedOn: agreements.signedOn,
  title: agreements.title,
  kind: agreements.kind,
  updatedAt: agreements.updatedAt,
};
const isTextSort = (sort: AgreementListQuery["sort"]) => sort === "title" || sort === "kind";

export async function selectAgreements(db: DbOrTx, query: AgreementListQuery) {
  const conditions: (SQL | undefined)[] = [
    matchesSearch(agreements.searchText, query.q),
    query.kind ? eq(agreements.kind, query.kind) : undefined,
    query.level ? eq(agreements.level, query.level) : undefined,
    query.organizationId
      ? exists(
          db
            .select({ one: sql`1` })
            .from(agreementParties)
            .where(
              and(
                eq(agreementParties.agreementId, agreements.id),
                eq(agreementParties.organizationId, query.organizationId),
              ),
            ),
        )
      : undefined,
    query.archived === "exclude" ? isNull(agreements.archivedAt) : undefined,
    query.archived === "only" ? isNotNull(agreements.archivedAt) : undefined,
  ];
  const rows = await selectBase(db)
    .where(and(...conditions))
    .orderBy(ordered(sortColumns[query.sort], query.order, isTextSort(query.sort)), agreements.id)
    .limit(query.pageSize)
    .offset(pageOffset(query.page, query.pageSize));
  return { items: await withParties(db, rows), total: rows[0]?.total ?? 0 };
}

export async function selectAgreement(db: DbOrTx, id: string): Promise<Stored<Agreement> | undefined> {
  const rows = await selectBase(db).where(eq(agreements.id, id));
  return (await withParties(db, rows))[0];
}

/** The ids of an agreement's parties, in a stable order (by id). */
export async function selectAgreementPartyIds(db: DbOrTx, agreementId: string): Promise<string[]> {
  const rows = await db
    .select({ id: agreementParties.organizationId })
    .from(agreementParties)
    .where(eq(agreementParties.agreementId, agreementId))
    .orderBy(agreementParties.organizationId);
  return rows.map((row) => row.id);
}

export async function insertAgreementRow(
  tx: DbOrTx,
  values: AgreementRowValues,
): Promise<typeof agreements.$inferSelect> {
  const [row] = await tx.insert(agreements).values(values).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

export async function updateAgreementRow(
  tx: DbOrTx,
  id: string,
  changes: Partial<AgreementRowValues>,
): Promise<typeof agreements.$inferSelect | undefined> {
  const [row] = await tx
    .update(agreements)
    .set({ ...changes, updatedAt: sql`now()` })
    .where(eq(agreements.id, id))
    .returning();
  return row;
}

/** Replaces the parties of an agreement. */
export async function replaceAgreementParties(tx: DbOrTx, agreementId: string, partyIds: string[]) {
  await replaceLinks(
    tx,
    agreementParties,
    agreementParties.agreementId,
    agreementId,
    [...new Set(partyIds)].map((organizationId) => ({ agreementId, organizationId })),
  );
}

const withPartyIds = async (tx: DbOrTx, row: typeof agreements.$inferSelect): Promise<AgreementRow> => ({
  ...row,
  partyIds: await selectAgreementPartyIds(tx, row.id),
});

/** The agreement locked `for update` with its party ids; undefined when there is none. */
export async function lockAgreement(tx: DbOrTx, id: string): Promise<AgreementRow | undefined> {
  const row = await lockById(tx, agreements, id);
  return row ? withPartyIds(tx, row) : undefined;
}

const agreementRows = archivable(agreements);

/** Agreements are archived, never deleted; the audit log keeps their parties before → after. */
export const agreementRecord: ArchivableRecord<AgreementRow> = {
  lock: lockAgreement,
  setArchived: async (tx, id, at) => withPartyIds(tx, await agreementRows.setArchived(tx, id, at)),
};

/** The ids among `ids` that are no organisation. */
export async function unknownOrganizationIds(db: DbOrTx, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(inArray(organizations.id, ids));
  const known = new Set(rows.map((row) => row.id));
  return ids.filter((id) => !known.has(id));
}

export const jurisdictionExists = async (db: DbOrTx, id: string) =>
  (await db.select({ id: jurisdictions.id }).from(jurisdictions).where(eq(jurisdictions.id, id))).length > 0;
export const planExists = async (db: DbOrTx, id: string) =>
  (await db.select({ id: plans.id }).from(plans).where(eq(plans.id, id))).length > 0;
export const projectExists = async (db: DbOrTx, id: string) =>
  (await db.select({ id: projects.id }).from(projects).where(eq(projects.id, id))).length > 0;
