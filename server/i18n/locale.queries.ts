import { eq } from "drizzle-orm";
import type { DbOrTx } from "../db/client.js";
import { users } from "../db/schema.js";

/** The locale a user chose; undefined for an unknown user. */
export async function selectUserLocale(db: DbOrTx, userId: string): Promise<string | undefined> {
  const [row] = await db.select({ locale: users.locale }).from(users).where(eq(users.id, userId));
  return row?.locale;
}
