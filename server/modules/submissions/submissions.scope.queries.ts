/**
 * The indicators organisations type values in for (those on the data-entry form and in
 * completeness): an SQL condition that the queries needing the same set compose into theirs.
 */
import { and, isNull } from "drizzle-orm";
import { indicators } from "../../db/schema.js";

/**
 * An indicator organisations report values for: not archived, and neither a formula nor fed by
 * activities (those are computed, never typed in).
 */
export const reportedIndicator = and(
  isNull(indicators.archivedAt),
  isNull(indicators.formula),
  isNull(indicators.activitySource),
);
