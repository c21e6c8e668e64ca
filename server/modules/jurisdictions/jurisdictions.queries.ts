import { and, eq, type SQL } from "drizzle-orm";
import type { Jurisdiction, JurisdictionListQuery } from "../../../common/schemas/jurisdictions.js";
import type { DbOrTx } from "../../db/client.js";
import { jurisdictions } from "../../db/schema.js";
import { countAll, matchesSearch, ordered, pageOffset } from "../../db/sql.js";

const columns = {
  id: jurisdictions.id,
  code: jurisdictions.code,
  kind: jurisdictions.kind,
  parentId: jurisdictions.parentId,
  nameLatin: jurisdictions.nameLatin,
  nameCyrillic: jurisdictions.nameCyrillic,
  shapeId: jurisdictions.shapeId,
};

const toJurisdiction = (row: Omit<Jurisdiction, "kind"> & { kind: string }): Jurisdiction => ({
  id: row.id,
  code: row.code,
  kind: row.kind as Jurisdiction["kind"],
  parentId: row.parentId,
  nameLatin: row.nameLatin,
  nameCyrillic: row.nameCyrillic,
  shapeId: row.shapeId,
});

export async function selectJurisdictions(db: DbOrTx, query: JurisdictionListQuery) {
  const conditions: (SQL | undefined)[] = [
    matchesSearch(jurisdictions.searchText, query.q),
    query.kind ? eq(jurisdictions.kind, query.kind) : undefined,
    query.parentId ? eq(jurisdictions.parentId, query.parentId) : undefined,
  ];
  const sortColumn = query.sort === "code" ? jurisdictions.code : jurisdictions.nameLatin;
  const rows = await db
    .select({ ...columns, total: countAll })
    .from(jurisdictions)
    .where(and(...conditions))
    .orderBy(ordered(sortColumn, query.order), jurisdictions.id)
    .limit(query.pageSize)
    .offset(pageOffset(query.page, query.pageSize));
  return { items: rows.map(toJurisdiction), total: rows[0]?.total ?? 0 };
}

export async function selectJurisdiction(db: DbOrTx, id: string): Promise<Jurisdiction | undefined> {
  const [row] = await db.select(columns).from(jurisdictions).where(eq(jurisdictions.id, id));
  return row ? toJurisdiction(row) : undefined;
}

export async function selectJurisdictionKind(db: DbOrTx, id: string): Promise<string | undefined> {
  const [row] = await db
    .select({ kind: jurisdictions.kind })
    .from(jurisdictions)
    .where(eq(jurisdictions.id, id));
  return row?.kind;
}
