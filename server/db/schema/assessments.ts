/** Civil-society shadow assessments of actions, per reporting period and assessing NGO. */
import { check, index, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { actionReportStatuses } from "../../../common/schemas/enums.js";
import { users } from "./accounts.js";
import { oneOf, timestamps } from "./columns.js";
import { reportingPeriods } from "./indicators.js";
import { frameworkNodes } from "./plans.js";
import { organizations } from "./registry.js";

export const shadowAssessments = pgTable(
  "shadow_assessments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    reportingPeriodId: uuid("reporting_period_id")
      .notNull()
      .references(() => reportingPeriods.id),
    frameworkNodeId: uuid("framework_node_id")
      .notNull()
      .references(() => frameworkNodes.id),
    /** The assessing NGO (a civil_society organisation). */
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id),
    status: text("status").notNull(),
    narrative: text("narrative"),
    updatedBy: uuid("updated_by").references(() => users.id, { onDelete: "set null" }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("shadow_assessments_key").on(t.reportingPeriodId, t.frameworkNodeId, t.organizationId),
    index("shadow_assessments_node_idx").on(t.frameworkNodeId),
    index("shadow_assessments_organization_idx").on(t.organizationId),
    check("shadow_assessments_status_check", oneOf(t.status, actionReportStatuses)),
  ],
);
