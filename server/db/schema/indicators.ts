/** Indicators with their disaggregations and targets, category sets, and reporting periods. */
import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { indicatorDirections, indicatorUnits, periodStatuses } from "../../../common/schemas/enums.js";
import type { ActivitySource, IndicatorFormula } from "../../../common/schemas/indicators.js";
import { oneOf, timestamps, trigram } from "./columns.js";
import { frameworkNodes, plans } from "./plans.js";
import { organizations } from "./registry.js";

export const categorySets = pgTable(
  "category_sets",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    code: text("code").notNull(),
    name: text("name").notNull(),
    description: text("description"),
    /** Sets every installation has (sex, entity, level, sector): never edited or deleted. */
    isSystem: boolean("is_system").notNull().default(false),
    searchText: text("search_text").notNull(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("category_sets_code_key").on(sql`lower(${t.code})`),
    check("category_sets_name_check", sql`length(trim(${t.name})) > 0`),
    trigram("category_sets_search_idx", t.searchText),
  ],
);

export const categories = pgTable(
  "categories",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    categorySetId: uuid("category_set_id")
      .notNull()
      .references(() => categorySets.id, { onDelete: "cascade" }),
    code: text("code").notNull(),
    name: text("name").notNull(),
    position: integer("position").notNull(),
  },
  (t) => [
    uniqueIndex("categories_code_key").on(t.categorySetId, t.code),
    check("categories_position_check", sql`${t.position} >= 0`),
    check("categories_name_check", sql`length(trim(${t.name})) > 0`),
  ],
);

export const indicators = pgTable(
  "indicators",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => plans.id),
    frameworkNodeId: uuid("framework_node_id")
      .notNull()
      .references(() => frameworkNodes.id),
    code: text("code").notNull(),
    name: text("name").notNull(),
    unit: text("unit").notNull(),
    direction: text("direction").notNull().default("up"),
    isCumulative: boolean("is_cumulative").notNull().default(false),
    countsPeople: boolean("counts_people").notNull().default(false),
    baselineValue: numeric("baseline_value"),
    baselineDate: date("baseline_date"),
    endTarget: numeric("end_target"),
    meansOfVerification: text("means_of_verification"),
    dataSource: text("data_source"),
    frequency: text("frequency"),
    rationale: text("rationale"),
    formula: jsonb("formula").$type<IndicatorFormula>(),
    activitySource: jsonb("activity_source").$type<ActivitySource>(),
    /** The series this indicator continues across plan cycles; its own id when it starts one. */
    lineageId: uuid("lineage_id").notNull(),
    archivedAt: timestamp("archived_at", { withTimezone: true }),
    searchText: text("search_text").notNull(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("indicators_code_key").on(t.planId, sql`lower(${t.code})`),
    index("indicators_node_idx").on(t.frameworkNodeId),
    index("indicators_lineage_idx").on(t.lineageId),
    check("indicators_unit_check", oneOf(t.unit, indicatorUnits)),
    check("indicators_direction_check", oneOf(t.direction, indicatorDirections)),
    check("indicators_name_check", sql`length(trim(${t.name})) > 0`),
    check(
      "indicators_formula_check",
      sql`${t.formula} is null or (jsonb_typeof(${t.formula}) = 'object' and ${t.unit} in ('percent', 'ratio'))`,
    ),
    check(
      "indicators_activity_source_check",
      sql`${t.activitySource} is null or (jsonb_typeof(${t.activitySource}) = 'object' and ${t.unit} = 'number' and ${t.formula} is null)`,
    ),
    check("indicators_non_numeric_check", sql`${t.unit} not in ('yes_no', 'text') or ${t.endTarget} is null`),
    trigram("indicators_search_idx", t.searchText),
  ],
);

export const indicatorResponsibleOrganizations = pgTable(
  "indicator_responsible_organizations",
  {
    indicatorId: uuid("indicator_id")
      .notNull()
      .references(() => indicators.id, { onDelete: "cascade" }),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id),
  },
  (t) => [
    primaryKey({ columns: [t.indicatorId, t.organizationId] }),
    index("indicator_responsible_organizations_organization_idx").on(t.organizationId),
  ],
);

export const indicatorCategorySets = pgTable(
  "indicator_category_sets",
  {
    indicatorId: uuid("indicator_id")
      .notNull()
      .references(() => indicators.id, { onDelete: "cascade" }),
    categorySetId: uuid("category_set_id")
      .notNull()
      .references(() => categorySets.id),
    position: integer("position").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.indicatorId, t.categorySetId] }),
    index("indicator_category_sets_set_idx").on(t.categorySetId),
    check("indicator_category_sets_position_check", sql`${t.position} >= 0`),
  ],
);

export const reportingPeriods = pgTable(
  "reporting_periods",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => plans.id),
    name: text("name").notNull(),
    startsOn: date("starts_on").notNull(),
    endsOn: date("ends_on").notNull(),
    status: text("status").notNull().default("open"),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("reporting_periods_start_key").on(t.planId, t.startsOn),
    check("reporting_periods_dates_check", sql`${t.endsOn} >= ${t.startsOn}`),
    check("reporting_periods_status_check", oneOf(t.status, periodStatuses)),
    check("reporting_periods_name_check", sql`length(trim(${t.name})) > 0`),
  ],
);

export const indicatorTargets = pgTable(
  "indicator_targets",
  {
    indicatorId: uuid("indicator_id")
      .notNull()
      .references(() => indicators.id, { onDelete: "cascade" }),
    reportingPeriodId: uuid("reporting_period_id")
      .notNull()
      .references(() => reportingPeriods.id),
    targetValue: numeric("target_value").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.indicatorId, t.reportingPeriodId] }),
    index("indicator_targets_period_idx").on(t.reportingPeriodId),
  ],
);
