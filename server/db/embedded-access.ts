/**
 * Who runs the embedded PostgreSQL server, and what that user can reach. PostgreSQL refuses to run
 * as root, so when the app runs as root the server runs as the `postgres` system user (created
 * when missing). Whether that user can reach a folder or run a binary is checked for real, by
 * running a small command as that user, never guessed from modes.
 */
import { execFile, spawn } from "node:child_process";
import { promisify } from "node:util";

const execFileAsync = promisify(execFile);

/** The identity child processes take: the postgres system user as root, else the app's own user. */
export interface SystemUser {
  name: string;
  uid: number;
  gid: number;
}

export const isRoot = (): boolean => process.getuid?.() === 0;

const POSTGRES_USER = "postgres";
/** groupadd's exit code when the group exists already. */
const GROUP_EXISTS = 9;

/** The `postgres` system user, created (with its group) when missing. */
export async function ensurePostgresUser(): Promise<SystemUser> {
  const existing = await lookupUser(POSTGRES_USER);
  if (existing) return existing;
  try {
    await execFileAsync("groupadd", ["--system", POSTGRES_USER]).catch((error: { code?: unknown }) => {
      if (error.code !== GROUP_EXISTS) throw error;
    });
    await execFileAsync("useradd", ["--system", "--gid", POSTGRES_USER, POSTGRES_USER]);
  } catch (error) {
    throw new Error(
      `could not create the "${POSTGRES_USER}" system user that runs the embedded PostgreSQL server when the app runs as root (${describeFailure(error)}); create that user, run the app as an ordinary user, or set DATABASE_URL`,
    );
  }
  const created = await lookupUser(POSTGRES_USER);
  if (!created) throw new Error(`the "${POSTGRES_USER}" system user was created but cannot be found`);
  return created;
}

async function lookupUser(name: string): Promise<SystemUser | null> {
  try {
    const [uid, gid] = await Promise.all([
      execFileAsync("id", ["-u", name]).then(({ stdout }) => Number.parseInt(stdout, 10)),
      execFileAsync("id", ["-g", name]).then(({ stdout }) => Number.parseInt(stdout, 10)),
    ]);
    return Number.isInteger(uid) && Number.isInteger(gid) ? { name, uid, gid } : null;
  } catch {
    return null;
  }
}

/**
 * Whether `user` may enter the folder `path` (and so every folder above it); with `write`, also
 * create files in it.
 */
export function canEnter(
  user: SystemUser,
  path: string,
  options: { write?: boolean } = {},
): Promise<boolean> {
  const test = options.write ? 'test -x "$1" && test -w "$1"' : 'test -x "$1"';
  return succeeds("/bin/sh", ["-c", test, "sh", path], user);
}

/** Whether `user` can run the PostgreSQL server binary (which also loads its libraries). */
export function canRunPostgres(user: SystemUser, postgres: string): Promise<boolean> {
  return succeeds(postgres, ["--version"], user);
}

function succeeds(command: string, args: string[], user: SystemUser): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { uid: user.uid, gid: user.gid, stdio: "ignore", cwd: "/" });
    child.on("error", () => resolve(false));
    child.on("exit", (code) => resolve(code === 0));
  });
}

/** One readable clause for a failed command or system call. */
export function describeFailure(error: unknown): string {
  const failure = error as NodeJS.ErrnoException & { stderr?: string };
  const stderr = typeof failure.stderr === "string" ? failure.stderr.trim().split("\n").pop() : "";
  if (stderr) return stderr;
  if (failure.code === "EACCES" || failure.code === "EPERM") return "permission denied";
  if (failure.code === "ENOENT") return "not found";
  return failure.message ?? String(error);
}
