import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll } from "vitest";
import { type AppDeps, buildApp } from "../app.js";
import { LocalFileStore } from "../files/local.js";
import { createTestDatabase } from "./db.js";

/** The app exactly as `main.ts` builds it, on this test file's own database. */
export async function createTestApp(overrides: Partial<AppDeps> = {}) {
  const database = await createTestDatabase();
  const filesRoot = await mkdtemp(join(tmpdir(), "nap1325-files-"));
  const files = new LocalFileStore(filesRoot);
  const app: FastifyInstance = await buildApp({
    db: database.db,
    loginAttemptsPerWindow: 1000,
    files,
    ...overrides,
  });
  afterAll(async () => {
    await app.close();
    await rm(filesRoot, { recursive: true, force: true });
  });
  return { app, db: database.db, database, files };
}
