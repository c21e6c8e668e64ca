/** Column and constraint helpers shared by the schema files. */
import { sql } from "drizzle-orm";
import { index, type PgColumn, timestamp } from "drizzle-orm/pg-core";

export const oneOf = (column: PgColumn, values: readonly string[]) =>
  sql`${column} in (${sql.raw(values.map((v) => `'${v}'`).join(", "))})`;

export const timestamps = {
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
};

export const trigram = (name: string, column: PgColumn) =>
  index(name).using("gin", sql`${column} gin_trgm_ops`);
