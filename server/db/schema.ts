/**
 * The database schema: the one source of the row types and of the generated SQL migrations
 * (`npm run db:generate`). Closed vocabularies are CHECK constraints over the values in
 * `common/schemas/enums.ts`; every searchable table keeps a `search_text` column built by
 * `common/text/search.ts` and indexed with trigrams.
 */
import { sql } from "drizzle-orm";
import {
  bigserial,
  boolean,
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
  eventKinds,
  eventStatuses,
  jurisdictionKinds,
  organizationLevels,
  organizationSectors,
  participationRoles,
  planStatuses,
  roles,
  sexes,
} from "../../common/schemas/enums.js";

const oneOf = (column: PgColumn, values: readonly string[]) =>
  sql`${column} in (${sql.raw(values.map((v) => `'${v}'`).join(", "))})`;

const timestamps = {
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
};

const trigram = (name: string, column: PgColumn) => index(name).using("gin", sql`${column} gin_trgm_ops`);

export const jurisdictions = pgTable(
  "jurisdictions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    code: text("code").notNull(),
    kind: text("kind").notNull(),
    parentId: uuid("parent_id").references((): PgColumn => jurisdictions.id),
    nameLatin: text("name_latin").notNull(),
    nameCyrillic: text("name_cyrillic").notNull(),
    shapeId: text("shape_id"),
    searchText: text("search_text").notNull(),
  },
  (t) => [
    uniqueIndex("jurisdictions_code_key").on(t.code),
    index("jurisdictions_parent_idx").on(t.parentId),
    check("jurisdictions_kind_check", oneOf(t.kind, jurisdictionKinds)),
    trigram("jurisdictions_search_idx", t.searchText),
  ],
);

export const organizations = pgTable(
  "organizations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    shortName: text("short_name"),
    level: text("level").notNull(),
    sector: text("sector").notNull(),
    jurisdictionId: uuid("jurisdiction_id").references(() => jurisdictions.id),
    description: text("description"),
    isDemo: boolean("is_demo").notNull().default(false),
    archivedAt: timestamp("archived_at", { withTimezone: true }),
    searchText: text("search_text").notNull(),
    ...timestamps,
  },
  (t) => [
    check("organizations_level_check", oneOf(t.level, organizationLevels)),
    check("organizations_sector_check", oneOf(t.sector, organizationSectors)),
    check("organizations_name_check", sql`length(trim(${t.name})) > 0`),
    uniqueIndex("organizations_name_key").on(sql`lower(${t.name})`),
    trigram("organizations_search_idx", t.searchText),
  ],
);

export const people = pgTable(
  "people",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    givenName: text("given_name").notNull(),
    familyName: text("family_name").notNull(),
    sex: text("sex").notNull(),
    organizationId: uuid("organization_id").references(() => organizations.id),
    /** The organisation whose user registered this person; it may keep editing the record. */
    registeredByOrganizationId: uuid("registered_by_organization_id").references(() => organizations.id),
    position: text("position"),
    rank: text("rank"),
    isDecisionMaker: boolean("is_decision_maker").notNull().default(false),
    email: text("email"),
    phone: text("phone"),
    birthYear: smallint("birth_year"),
    hasConsented: boolean("has_consented").notNull().default(false),
    consentedOn: date("consented_on"),
    isDemo: boolean("is_demo").notNull().default(false),
    archivedAt: timestamp("archived_at", { withTimezone: true }),
    searchText: text("search_text").notNull(),
    ...timestamps,
  },
  (t) => [
    check("people_sex_check", oneOf(t.sex, sexes)),
    check("people_names_check", sql`length(trim(${t.givenName})) > 0 and length(trim(${t.familyName})) > 0`),
    check("people_birth_year_check", sql`${t.birthYear} is null or ${t.birthYear} between 1900 and 2100`),
    index("people_organization_idx").on(t.organizationId),
    trigram("people_search_idx", t.searchText),
  ],
);

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull(),
    displayName: text("display_name").notNull(),
    passwordHash: text("password_hash").notNull(),
    role: text("role").notNull(),
    organizationId: uuid("organization_id").references(() => organizations.id),
    personId: uuid("person_id").references(() => people.id),
    locale: text("locale").notNull().default("bs"),
    isActive: boolean("is_active").notNull().default(true),
    lastLoginAt: timestamp("last_login_at", { withTimezone: true }),
    searchText: text("search_text").notNull(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("users_email_key").on(sql`lower(${t.email})`),
    check("users_role_check", oneOf(t.role, roles)),
    check(
      "users_organization_check",
      sql`${t.role} in ('administrator', 'coordinator', 'viewer', 'trainer') or ${t.organizationId} is not null`,
    ),
  ],
);

export const sessions = pgTable(
  "sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tokenHash: text("token_hash").notNull(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex("sessions_token_hash_key").on(t.tokenHash), index("sessions_user_idx").on(t.userId)],
);

export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    actorUserId: uuid("actor_user_id").references(() => users.id, { onDelete: "set null" }),
    action: text("action").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id"),
    before: jsonb("before"),
    after: jsonb("after"),
    reason: text("reason"),
  },
  (t) => [
    index("audit_log_entity_idx").on(t.entityType, t.entityId),
    index("audit_log_at_idx").on(t.at),
    check(
      "audit_log_action_check",
      sql`${t.action} in ('create', 'update', 'archive', 'restore', 'delete', 'login', 'logout', 'login_failed')`,
    ),
  ],
);

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
    ...timestamps,
  },
  (t) => [
    index("framework_nodes_plan_idx").on(t.planId, t.parentId, t.position),
    uniqueIndex("framework_nodes_code_key").on(t.planId, t.code),
    check("framework_nodes_depth_check", sql`${t.depth} >= 0 and ${t.depth} < 8`),
    check("framework_nodes_title_check", sql`length(trim(${t.title})) > 0`),
  ],
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

export const events = pgTable(
  "events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    title: text("title").notNull(),
    kind: text("kind").notNull(),
    status: text("status").notNull().default("planned"),
    startsOn: date("starts_on").notNull(),
    endsOn: date("ends_on").notNull(),
    jurisdictionId: uuid("jurisdiction_id")
      .notNull()
      .references(() => jurisdictions.id),
    venue: text("venue"),
    projectId: uuid("project_id").references(() => projects.id),
    description: text("description"),
    isDemo: boolean("is_demo").notNull().default(false),
    archivedAt: timestamp("archived_at", { withTimezone: true }),
    searchText: text("search_text").notNull(),
    ...timestamps,
  },
  (t) => [
    check("events_kind_check", oneOf(t.kind, eventKinds)),
    check("events_status_check", oneOf(t.status, eventStatuses)),
    check("events_dates_check", sql`${t.endsOn} >= ${t.startsOn}`),
    index("events_project_idx").on(t.projectId),
    index("events_starts_on_idx").on(t.startsOn),
    trigram("events_search_idx", t.searchText),
  ],
);

export const eventOrganizers = pgTable(
  "event_organizers",
  {
    eventId: uuid("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id),
  },
  (t) => [
    primaryKey({ columns: [t.eventId, t.organizationId] }),
    index("event_organizers_organization_idx").on(t.organizationId),
  ],
);

export const eventFrameworkNodes = pgTable(
  "event_framework_nodes",
  {
    eventId: uuid("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    frameworkNodeId: uuid("framework_node_id")
      .notNull()
      .references(() => frameworkNodes.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.frameworkNodeId] })],
);

export const participations = pgTable(
  "participations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    eventId: uuid("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id),
    role: text("role").notNull().default("participant"),
    attended: boolean("attended").notNull().default(true),
    preTestScore: numeric("pre_test_score", { precision: 7, scale: 2 }),
    postTestScore: numeric("post_test_score", { precision: 7, scale: 2 }),
    testMaxScore: numeric("test_max_score", { precision: 7, scale: 2 }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("participations_event_person_key").on(t.eventId, t.personId),
    index("participations_person_idx").on(t.personId),
    check("participations_role_check", oneOf(t.role, participationRoles)),
    check(
      "participations_scores_check",
      sql`(${t.preTestScore} is null and ${t.postTestScore} is null) or (${t.testMaxScore} > 0 and coalesce(${t.preTestScore}, 0) between 0 and ${t.testMaxScore} and coalesce(${t.postTestScore}, 0) between 0 and ${t.testMaxScore})`,
    ),
  ],
);

/** Key/value facts about this installation (e.g. whether the default data was loaded). */
export const settings = pgTable("settings", {
  key: text("key").primaryKey(),
  value: jsonb("value").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});
