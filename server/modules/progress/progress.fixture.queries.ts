/** The rows the progress fixture writes besides those of the shared factories. */
import type { DbOrTx } from "../../db/client.js";
import { eventFrameworkNodes, indicatorTargets, indicatorValues } from "../../db/schema.js";

export async function insertValue(
  db: DbOrTx,
  values: { submissionId: string; indicatorId: string; categoryKey: string; value: string },
): Promise<void> {
  await db.insert(indicatorValues).values(values);
}

export async function insertTarget(
  db: DbOrTx,
  values: { indicatorId: string; reportingPeriodId: string; targetValue: string },
): Promise<void> {
  await db.insert(indicatorTargets).values(values);
}

/** Links an event to a framework node. */
export async function linkEventToNode(db: DbOrTx, eventId: string, frameworkNodeId: string): Promise<void> {
  await db.insert(eventFrameworkNodes).values({ eventId, frameworkNodeId });
}
