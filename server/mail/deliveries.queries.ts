import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "../db/client.js";
import { mailDeliveries } from "../db/schema.js";

/** One scheduled mail: its kind, its recipient, what it is about ('' for a digest) and the day. */
export interface DeliveryKey {
  kind: string;
  userId: string;
  about: string;
  day: string;
}

/**
 * Records a mail as sent before it is sent; false when it is already recorded (sent earlier that
 * day, or being sent by another process at this moment). The primary key decides between two
 * processes: only one of them inserts the row.
 */
export async function claimDelivery(db: DbOrTx, key: DeliveryKey, now: Date): Promise<boolean> {
  const rows = await db
    .insert(mailDeliveries)
    .values({ ...key, sentAt: now })
    .onConflictDoNothing()
    .returning({ kind: mailDeliveries.kind });
  return rows.length > 0;
}

/** Forgets a recorded mail that could not be sent, so that the next run sends it. */
export async function releaseDelivery(db: DbOrTx, key: DeliveryKey): Promise<void> {
  await db
    .delete(mailDeliveries)
    .where(
      and(
        eq(mailDeliveries.kind, key.kind),
        eq(mailDeliveries.userId, key.userId),
        eq(mailDeliveries.about, key.about),
        eq(mailDeliveries.day, key.day),
      ),
    );
}
