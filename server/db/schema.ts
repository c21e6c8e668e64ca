/**
 * The database schema: the one source of the row types and of the generated SQL migrations
 * (`npm run db:generate`). Closed vocabularies are CHECK constraints over the values in
 * `common/schemas/enums.ts`; every searchable table keeps a `search_text` column built by
 * `common/text/search.ts` and indexed with trigrams.
 */
export * from "./schema/accounts.js";
export * from "./schema/assessments.js";
export * from "./schema/boards.js";
export * from "./schema/cooperation.js";
export * from "./schema/events.js";
export * from "./schema/figures.js";
export * from "./schema/imports.js";
export * from "./schema/indicators.js";
export * from "./schema/plans.js";
export * from "./schema/registry.js";
export * from "./schema/submissions.js";
export * from "./schema/training.js";
