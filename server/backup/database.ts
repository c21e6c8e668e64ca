/**
 * The database a backup reads or a restore writes, reached the way the app reaches it: the server
 * in DATABASE_URL, or the embedded server on DATA_DIR. When the app is running, its embedded server
 * is used as it is (found through the cluster's postmaster.pid) and left running; otherwise it is
 * started for the command and stopped after it.
 */
import { EMBEDDED_DATABASE, ensureDatabase } from "../bootstrap.js";
import type { Config } from "../config.js";
import { existingClusterDir, startEmbeddedPostgres } from "../db/embedded.js";

export interface CommandDatabase {
  url: string;
  /** For messages: which database this is, without secrets. */
  description: string;
  stop(): Promise<void>;
}

type DatabaseConfig = Pick<Config, "databaseUrl" | "dataDir" | "embedded">;

const external = (url: string): CommandDatabase => ({
  url,
  description: "the server in DATABASE_URL",
  stop: async () => {},
});

/** The app's database for a backup: it must exist; nothing is created or migrated. */
export async function databaseToBackUp(config: DatabaseConfig): Promise<CommandDatabase> {
  if (config.databaseUrl) return external(config.databaseUrl);
  const clusterDir = existingClusterDir(config.dataDir, config.embedded.runtimeDir);
  if (!clusterDir) {
    throw new Error(
      `there is no database in ${config.dataDir} to back up (set DATA_DIR to the app's data folder, or DATABASE_URL)`,
    );
  }
  const server = await startEmbeddedPostgres({
    dataDir: config.dataDir,
    ...config.embedded,
    whenRunning: "reuse",
  });
  const url = new URL(server.url);
  url.pathname = `/${EMBEDDED_DATABASE}`;
  return {
    url: url.toString(),
    description: `embedded PostgreSQL in ${server.clusterDir}`,
    stop: server.stop,
  };
}

/**
 * The database to restore into: DATABASE_URL as it is, or the embedded server on DATA_DIR (its
 * cluster and the app's database are created when there are none yet).
 */
export async function databaseToRestoreInto(config: DatabaseConfig): Promise<CommandDatabase> {
  if (config.databaseUrl) return external(config.databaseUrl);
  const server = await startEmbeddedPostgres({
    dataDir: config.dataDir,
    ...config.embedded,
    whenRunning: "reuse",
  });
  try {
    const url = await ensureDatabase(server.url);
    return { url, description: `embedded PostgreSQL in ${server.clusterDir}`, stop: server.stop };
  } catch (error) {
    await server.stop();
    throw error;
  }
}
