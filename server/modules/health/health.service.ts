import type { DbOrTx } from "../../db/client.js";
import { pingDatabase } from "./health.queries.js";

/** The app is up and its database answers; `now` is the server's time. */
export async function checkHealth(db: DbOrTx, now: Date) {
  await pingDatabase(db);
  return { status: "ok" as const, database: "ok" as const, time: now.toISOString() };
}
