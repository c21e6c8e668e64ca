/**
 * Cooperation: agreements between organisations (recorded directly) and the kept results of the
 * network measures. Ties derived from events, board meetings and action items are not stored:
 * they are read from their sources (server/modules/cooperation).
 */
import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { agreementKinds, organizationLevels } from "../../../common/schemas/enums.js";
import { oneOf, timestamps, trigram } from "./columns.js";
import { plans, projects } from "./plans.js";
import { jurisdictions, organizations } from "./registry.js";

/**
 * A memorandum, protocol, referral mechanism or joint programme signed by two or more
 * organisations. With a lead organisation (e.g. the Agency signing with twelve NGOs) the agreement
 * ties the lead with each other party; without one it ties every party with every other.
 */
export const agreements = pgTable(
  "agreements",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    kind: text("kind").notNull(),
    title: text("title").notNull(),
    reference: text("reference"),
    signedOn: date("signed_on").notNull(),
    validUntil: date("valid_until"),
    level: text("level").notNull(),
    jurisdictionId: uuid("jurisdiction_id").references(() => jurisdictions.id),
    leadOrganizationId: uuid("lead_organization_id").references(() => organizations.id),
    planId: uuid("plan_id").references(() => plans.id),
    projectId: uuid("project_id").references(() => projects.id),
    description: text("description"),
    isDemo: boolean("is_demo").notNull().default(false),
    searchText: text("search_text").notNull(),
    archivedAt: timestamp("archived_at", { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    check("agreements_kind_check", oneOf(t.kind, agreementKinds)),
    check("agreements_level_check", oneOf(t.level, organizationLevels)),
    check("agreements_title_check", sql`length(trim(${t.title})) > 0`),
    check("agreements_validity_check", sql`${t.validUntil} is null or ${t.validUntil} >= ${t.signedOn}`),
    index("agreements_signed_idx").on(t.signedOn),
    trigram("agreements_search_idx", t.searchText),
  ],
);

/** The organisations that signed an agreement (the lead among them). */
export const agreementParties = pgTable(
  "agreement_parties",
  {
    agreementId: uuid("agreement_id")
      .notNull()
      .references(() => agreements.id, { onDelete: "cascade" }),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id),
  },
  (t) => [
    primaryKey({ columns: [t.agreementId, t.organizationId] }),
    index("agreement_parties_organization_idx").on(t.organizationId),
  ],
);

/**
 * Network measures and layouts already computed, by the fingerprint of the ties they were computed
 * from: the same ties give the same result, so a result is never stale, only unused (old rows are
 * deleted by the maintenance job).
 */
export const cooperationNetworks = pgTable("cooperation_networks", {
  fingerprint: text("fingerprint").primaryKey(),
  result: jsonb("result").notNull(),
  computedAt: timestamp("computed_at", { withTimezone: true }).notNull().defaultNow(),
  usedAt: timestamp("used_at", { withTimezone: true }).notNull().defaultNow(),
});
