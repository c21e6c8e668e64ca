/** SQL of the operator commands: accounts found by e-mail, their password and their sessions. */
import { eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../db/client.js";
import { sessions, users } from "../db/schema.js";

export interface AccountRow {
  id: string;
  email: string;
  displayName: string;
  role: string;
  isActive: boolean;
}

const accountColumns = {
  id: users.id,
  email: users.email,
  displayName: users.displayName,
  role: users.role,
  isActive: users.isActive,
};

/** The account with this e-mail address (case-insensitive), locked for update inside a transaction. */
export async function selectAccountByEmailForUpdate(db: DbOrTx, email: string): Promise<AccountRow | null> {
  const [row] = await db
    .select(accountColumns)
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()))
    .for("update");
  return row ?? null;
}

export async function selectAccountByEmail(db: DbOrTx, email: string): Promise<AccountRow | null> {
  const [row] = await db
    .select(accountColumns)
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()));
  return row ?? null;
}

export async function updatePasswordHash(db: DbOrTx, userId: string, passwordHash: string): Promise<void> {
  await db.update(users).set({ passwordHash, updatedAt: sql`now()` }).where(eq(users.id, userId));
}

/** Ends every session of the user; returns how many there were. */
export async function deleteSessionsOfUser(db: DbOrTx, userId: string): Promise<number> {
  const deleted = await db.delete(sessions).where(eq(sessions.userId, userId)).returning({ id: sessions.id });
  return deleted.length;
}
