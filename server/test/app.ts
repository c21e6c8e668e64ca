import type { FastifyInstance } from "fastify";
import { afterAll } from "vitest";
import { type AppDeps, buildApp } from "../app.js";
import { createTestDatabase } from "./db.js";

/** The app exactly as `main.ts` builds it, on this test file's own database. */
export async function createTestApp(overrides: Partial<AppDeps> = {}) {
  const database = await createTestDatabase();
  const app: FastifyInstance = await buildApp({
    db: database.db,
    loginAttemptsPerWindow: 1000,
    ...overrides,
  });
  afterAll(() => app.close());
  return { app, db: database.db, database };
}
