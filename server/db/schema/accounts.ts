/** Accounts, sessions, the audit log and installation settings. */
import { sql } from "drizzle-orm";
import {
  bigserial,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { roles } from "../../../common/schemas/enums.js";
import { oneOf, timestamps } from "./columns.js";
import { organizations, people } from "./registry.js";

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
    /** Whether the user gets reminder mails (the digest of due and overdue reports, overdue action items). */
    reminderMails: boolean("reminder_mails").notNull().default(true),
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

/**
 * Failed sign-ins per account (keyed by a hash of the lower-cased e-mail, so unknown addresses
 * are throttled the same way as known ones) and per client address. The delay before the next
 * attempt grows with consecutive failures and a success resets it; nothing locks an account for
 * good. Kept in the database so that every app process sees the same count.
 */
export const signInFailures = pgTable(
  "sign_in_failures",
  {
    keyHash: text("key_hash").primaryKey(),
    failures: integer("failures").notNull(),
    lastFailedAt: timestamp("last_failed_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    check("sign_in_failures_failures_check", sql`${t.failures} > 0`),
    index("sign_in_failures_last_idx").on(t.lastFailedAt),
  ],
);

/** Key/value facts about this installation (e.g. whether the default data was loaded). */
export const settings = pgTable("settings", {
  key: text("key").primaryKey(),
  value: jsonb("value").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Mails sent on a schedule, one row per (kind, recipient, subject of the mail, day): a digest or an
 * overdue notice is sent once a day at most, however many processes run the job or retry it.
 */
export const mailDeliveries = pgTable(
  "mail_deliveries",
  {
    kind: text("kind").notNull(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** What the mail is about (e.g. an action item's id); '' for a digest. */
    about: text("about").notNull().default(""),
    day: date("day", { mode: "string" }).notNull(),
    sentAt: timestamp("sent_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.kind, t.userId, t.about, t.day] })],
);

/**
 * Request counts per key and window, shared by every app process (the store of the routes' rate
 * limits). A row whose window has ended starts again at its next hit.
 */
export const rateLimits = pgTable("rate_limits", {
  key: text("key").primaryKey(),
  hits: integer("hits").notNull(),
  resetsAt: timestamp("resets_at", { withTimezone: true }).notNull(),
});
