import { and, eq, inArray, isNull, type SQL, sql } from "drizzle-orm";
import type { User, UserListQuery } from "../../../common/schemas/users.js";
import type { DbOrTx } from "../../db/client.js";
import { lockById } from "../../db/rows.js";
import { organizations, users } from "../../db/schema.js";
import { countAll, matchesSearch, ordered, pageOffset } from "../../db/sql.js";

const selectBase = (db: DbOrTx) =>
  db
    .select({
      id: users.id,
      email: users.email,
      displayName: users.displayName,
      role: users.role,
      organizationId: users.organizationId,
      organizationName: organizations.name,
      personId: users.personId,
      locale: users.locale,
      isActive: users.isActive,
      lastLoginAt: users.lastLoginAt,
      createdAt: users.createdAt,
      total: countAll,
    })
    .from(users)
    .leftJoin(organizations, eq(organizations.id, users.organizationId))
    .$dynamic();

type Row = Awaited<ReturnType<typeof selectBase>>[number];

const toUser = ({ total: _total, ...row }: Row): User => ({
  ...row,
  role: row.role as User["role"],
  lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
  createdAt: row.createdAt.toISOString(),
});

const sortColumns = {
  displayName: users.displayName,
  email: users.email,
  role: users.role,
  lastLoginAt: users.lastLoginAt,
};

export async function selectUsers(db: DbOrTx, query: UserListQuery) {
  const conditions: (SQL | undefined)[] = [
    matchesSearch(users.searchText, query.q),
    query.role ? eq(users.role, query.role) : undefined,
  ];
  const rows = await selectBase(db)
    .where(and(...conditions))
    .orderBy(ordered(sortColumns[query.sort], query.order, query.sort !== "lastLoginAt"), users.id)
    .limit(query.pageSize)
    .offset(pageOffset(query.page, query.pageSize));
  return { items: rows.map(toUser), total: rows[0]?.total ?? 0 };
}

export async function selectUser(db: DbOrTx, id: string): Promise<User | undefined> {
  const [row] = await selectBase(db).where(eq(users.id, id));
  return row ? toUser(row) : undefined;
}

/** An account as stored (the audit log leaves out its password hash). */
export type UserRow = typeof users.$inferSelect;
export type UserRowValues = Omit<typeof users.$inferInsert, "id" | "createdAt" | "updatedAt">;

export async function insertUserRow(tx: DbOrTx, values: UserRowValues): Promise<UserRow> {
  const [row] = await tx.insert(users).values(values).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

export const lockUser = (tx: DbOrTx, id: string) => lockById(tx, users, id);

export async function updateUserRow(
  tx: DbOrTx,
  id: string,
  changes: Partial<UserRowValues>,
): Promise<UserRow | undefined> {
  const [row] = await tx
    .update(users)
    .set({ ...changes, updatedAt: sql`now()` })
    .where(eq(users.id, id))
    .returning();
  return row;
}

/** Who gets a mail: active users with the roles asked for, of an organisation that is not archived. */
export async function selectMailRecipients(
  db: DbOrTx,
  filter: { roles: readonly string[]; organizationId?: string; reminderMailsOnly?: boolean },
) {
  return db
    .select({
      userId: users.id,
      email: users.email,
      locale: users.locale,
      role: users.role,
      organizationId: users.organizationId,
      personId: users.personId,
    })
    .from(users)
    .leftJoin(organizations, eq(organizations.id, users.organizationId))
    .where(
      and(
        inArray(users.role, [...filter.roles]),
        eq(users.isActive, true),
        isNull(organizations.archivedAt),
        filter.organizationId ? eq(users.organizationId, filter.organizationId) : undefined,
        filter.reminderMailsOnly ? eq(users.reminderMails, true) : undefined,
      ),
    )
    .orderBy(users.email);
}
