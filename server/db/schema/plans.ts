/** Plans with their results framework, and projects with their output targets. */
import { sql } from "drizzle-orm";
import {
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  type PgColumn,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import {
  actionStatuses,
  eventKinds,
  fundingSources,
  pillars,
  planStatuses,
} from "../../../common/schemas/enums.js";
import { oneOf, timestamps, trigram } from "./columns.js";
import { jurisdictions, organizations } from "./registry.js";

export const plans = pgTable(
  "plans",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    title: text("title").notNull(),
    shortTitle: text("short_title").notNull(),
    jurisdictionId: uuid("jurisdiction_id").references(() => jurisdictions.id),
    startsOn: date("starts_on").notNull(),
    endsOn: date("ends_on").notNull(),
    predecessorId: uuid("predecessor_id").references((): PgColumn => plans.id),
    tierNames: jsonb("tier_names").$type<string[]>().notNull(),
    status: text("status").notNull().default("draft"),
    description: text("description"),
    source: text("source"),
    archivedAt: timestamp("archived_at", { withTimezone: true }),
    searchText: text("search_text").notNull(),
    ...timestamps,
  },
  (t) => [
    check("plans_status_check", oneOf(t.status, planStatuses)),
    check("plans_dates_check", sql`${t.endsOn} >= ${t.startsOn}`),
    check(
      "plans_tier_names_check",
      sql`jsonb_typeof(${t.tierNames}) = 'array' and jsonb_array_length(${t.tierNames}) between 1 and 8`,
    ),
    trigram("plans_search_idx", t.searchText),
  ],
);

export const frameworkNodes = pgTable(
  "framework_nodes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    parentId: uuid("parent_id").references((): PgColumn => frameworkNodes.id, { onDelete: "cascade" }),
    depth: smallint("depth").notNull(),
    position: integer("position").notNull(),
    code: text("code").notNull(),
    title: text("title").notNull(),
    description: text("description"),
    leadOrganizationId: uuid("lead_organization_id").references(() => organizations.id),
    deadline: date("deadline"),
    /** Actions: where the action stands, and its budget line. */
    status: text("status"),
    budgetAmount: numeric("budget_amount", { precision: 14, scale: 2 }),
    budgetCurrency: text("budget_currency"),
    fundingSource: text("funding_source"),
    /** The node of the previous plan cycle this one continues; null when it starts its own series. */
    lineageId: uuid("lineage_id"),
    /** The UNSCR 1325 pillars the node serves. */
    pillars: text("pillars").array().notNull().default(sql`'{}'::text[]`),
    ...timestamps,
  },
  (t) => [
    index("framework_nodes_plan_idx").on(t.planId, t.parentId, t.position),
    uniqueIndex("framework_nodes_code_key").on(t.planId, t.code),
    check("framework_nodes_depth_check", sql`${t.depth} >= 0 and ${t.depth} < 8`),
    check("framework_nodes_title_check", sql`length(trim(${t.title})) > 0`),
    check("framework_nodes_status_check", sql`${t.status} is null or ${oneOf(t.status, actionStatuses)}`),
    check(
      "framework_nodes_funding_source_check",
      sql`${t.fundingSource} is null or ${oneOf(t.fundingSource, fundingSources)}`,
    ),
    check(
      "framework_nodes_budget_check",
      sql`${t.budgetAmount} is null or (${t.budgetAmount} >= 0 and ${t.budgetCurrency} ~ '^[A-Z]{3}$')`,
    ),
    check(
      "framework_nodes_pillars_check",
      sql`${t.pillars} <@ array[${sql.raw(pillars.map((p) => `'${p}'`).join(", "))}]::text[]`,
    ),
  ],
);

/** Organisations that share the responsibility for a node with its lead organisation. */
export const frameworkNodeOrganizations = pgTable(
  "framework_node_organizations",
  {
    frameworkNodeId: uuid("framework_node_id")
      .notNull()
      .references(() => frameworkNodes.id, { onDelete: "cascade" }),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id),
  },
  (t) => [primaryKey({ columns: [t.frameworkNodeId, t.organizationId] })],
);

export const projects = pgTable(
  "projects",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    title: text("title").notNull(),
    code: text("code").notNull(),
    donorOrganizationId: uuid("donor_organization_id").references(() => organizations.id),
    startsOn: date("starts_on").notNull(),
    endsOn: date("ends_on").notNull(),
    budgetAmount: numeric("budget_amount", { precision: 14, scale: 2 }),
    currency: text("currency"),
    description: text("description"),
    source: text("source"),
    archivedAt: timestamp("archived_at", { withTimezone: true }),
    searchText: text("search_text").notNull(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("projects_code_key").on(sql`lower(${t.code})`),
    check("projects_dates_check", sql`${t.endsOn} >= ${t.startsOn}`),
    check("projects_currency_check", sql`${t.currency} is null or ${t.currency} ~ '^[A-Z]{3}$'`),
    check("projects_budget_check", sql`${t.budgetAmount} is null or ${t.budgetAmount} >= 0`),
    trigram("projects_search_idx", t.searchText),
  ],
);

export const projectImplementers = pgTable(
  "project_implementers",
  {
    projectId: uuid("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.organizationId] })],
);

export const projectOutputTargets = pgTable(
  "project_output_targets",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    projectId: uuid("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    eventKind: text("event_kind").notNull(),
    targetCount: integer("target_count").notNull(),
    label: text("label").notNull(),
  },
  (t) => [
    uniqueIndex("project_output_targets_kind_key").on(t.projectId, t.eventKind),
    check("project_output_targets_kind_check", oneOf(t.eventKind, eventKinds)),
    check("project_output_targets_count_check", sql`${t.targetCount} >= 0`),
  ],
);

export const projectFrameworkNodes = pgTable(
  "project_framework_nodes",
  {
    projectId: uuid("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    frameworkNodeId: uuid("framework_node_id")
      .notNull()
      .references(() => frameworkNodes.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.frameworkNodeId] })],
);
