import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, sessions, signInFailures, users } from "../db/schema.js";
import { hashPassword, verifyPassword } from "../modules/auth/password.js";
import { signInKeys } from "../modules/auth/sign-in-throttle.js";
import { createTestDatabase } from "../test/db.js";
import { makeSignedInUser } from "../test/factories.js";
import { type ConsoleStreams, parseAdminArgs, runAdminCli, USAGE } from "./admin.cli.js";
import { AdminCommandError, createAdministrator, resetPassword } from "./admin.commands.js";

const database = await createTestDatabase();
const { db } = database;
const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const OLD_PASSWORD = "Staro-geslo-za-probu-1325";

/** A coordinator with a known password and an open session. */
async function makeAccount() {
  const { user } = await makeSignedInUser(db, "coordinator");
  await db
    .update(users)
    .set({ passwordHash: await hashPassword(OLD_PASSWORD) })
    .where(eq(users.id, user.id));
  return user;
}

const passwordHashOf = async (userId: string) =>
  (await db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, userId)))[0]?.hash ?? "";
const sessionsOf = async (userId: string) =>
  (await db.select().from(sessions).where(eq(sessions.userId, userId))).length;

/** Runs the command line in this process, on the test database; returns what it printed. */
async function runInProcess(argv: string[], stdin = "") {
  const out: string[] = [];
  const err: string[] = [];
  const io: ConsoleStreams = {
    stdout: { write: (text: string) => out.push(text) },
    stderr: { write: (text: string) => err.push(text) },
    readStdin: async () => stdin,
    env: { DATABASE_URL: database.url },
  };
  const code = await runAdminCli(argv, io);
  return { code, stdout: out.join(""), stderr: err.join("") };
}

describe("operator commands", () => {
  it("reset-password sets a generated password, ends the user's sessions and audits it", async () => {
    const user = await makeAccount();
    expect(await sessionsOf(user.id)).toBe(1);
    const [accountKey] = await db
      .insert(signInFailures)
      .values({ keyHash: signInKeys(user.email, "").account.hash, failures: 9, lastFailedAt: new Date() })
      .returning();
    const outcome = await resetPassword(db, user.email.toUpperCase());
    // The account may sign in with its new password at once: its failed sign-ins are forgotten.
    const left = await db
      .select()
      .from(signInFailures)
      .where(eq(signInFailures.keyHash, accountKey?.keyHash ?? ""));
    expect(left).toEqual([]);
    expect(outcome).toMatchObject({ email: user.email, isActive: true, endedSessions: 1 });
    const hash = await passwordHashOf(user.id);
    expect(await verifyPassword(hash, OLD_PASSWORD)).toBe(false);
    expect(await verifyPassword(hash, outcome.generatedPassword as string)).toBe(true);
    expect(await sessionsOf(user.id)).toBe(0);
    const audit = await db
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.entityType, "user"), eq(auditLog.entityId, user.id), eq(auditLog.action, "update")),
      );
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorUserId: null, after: { password: "reset" } });
  });

  it("reset-password takes a given password only when it meets the password rules", async () => {
    const user = await makeAccount();
    const local = user.email.split("@")[0] as string;
    for (const refused of ["short-1", `${local}-and-more-words`]) {
      await expect(resetPassword(db, user.email, { password: refused })).rejects.toThrow(AdminCommandError);
    }
    expect(await verifyPassword(await passwordHashOf(user.id), OLD_PASSWORD)).toBe(true);
    const chosen = "Nova-lozinka-za-Mostar-2012";
    expect(await resetPassword(db, user.email, { password: chosen })).toMatchObject({
      generatedPassword: null,
    });
    expect(await verifyPassword(await passwordHashOf(user.id), chosen)).toBe(true);
  });

  it("create-admin makes an administrator with a generated password, once per e-mail", async () => {
    const outcome = await createAdministrator(db, {
      email: " Amra.Admin@Example.org ",
      displayName: "Amra Begić",
    });
    expect(outcome.email).toBe("amra.admin@example.org");
    const [row] = await db.select().from(users).where(eq(users.email, "amra.admin@example.org"));
    expect(row).toMatchObject({ role: "administrator", displayName: "Amra Begić", isActive: true });
    expect(await verifyPassword(row?.passwordHash as string, outcome.generatedPassword as string)).toBe(true);
    await expect(createAdministrator(db, { email: "amra.admin@example.org" })).rejects.toThrow(
      /exists already/,
    );
  });

  it("refuses an unknown e-mail with one sentence", async () => {
    await expect(resetPassword(db, "nobody@example.org")).rejects.toThrow(
      new AdminCommandError("there is no user with the e-mail address nobody@example.org"),
    );
    const { code, stdout, stderr } = await runInProcess(["reset-password", "nobody@example.org"]);
    expect({ code, stdout }).toEqual({ code: 1, stdout: "" });
    expect(stderr).toBe("nap1325 admin: there is no user with the e-mail address nobody@example.org\n");
  });

  it("reads the command line: help, wrong usage (exit 2), --name and --password-stdin", async () => {
    expect(parseAdminArgs(["help"])).toEqual({ kind: "help" });
    expect(parseAdminArgs(["create-admin", "a@example.org", "--name", "Ana Ćosić"])).toEqual({
      kind: "create-admin",
      email: "a@example.org",
      name: "Ana Ćosić",
      passwordFromStdin: false,
    });
    for (const wrong of [
      [],
      ["reset-password"],
      ["reset-password", "a@b.org", "c"],
      ["drop-all"],
      ["help", "x"],
    ]) {
      expect(parseAdminArgs(wrong), wrong.join(" ")).toBeNull();
    }
    expect(parseAdminArgs(["reset-password", "a@example.org", "--force"])).toBeNull();
    expect(await runInProcess(["frobnicate"])).toEqual({ code: 2, stdout: "", stderr: `${USAGE}\n` });
    expect((await runInProcess(["reset-password", "not-an-address"])).code).toBe(2);
    expect((await runInProcess(["help"])).stdout).toContain("reset-password EMAIL");

    const created = await runInProcess(
      ["create-admin", "stdin.admin@example.org", "--name", "Stdin Admin", "--password-stdin"],
      "Dugacka-lozinka-iz-ulaza-77\n",
    );
    expect(created).toMatchObject({ code: 0, stderr: "" });
    expect(created.stdout).not.toContain("Dugacka");
    const [row] = await db.select().from(users).where(eq(users.email, "stdin.admin@example.org"));
    expect(await verifyPassword(row?.passwordHash as string, "Dugacka-lozinka-iz-ulaza-77")).toBe(true);
  });

  it("runs end to end as `npm run admin` does, on DATABASE_URL", async () => {
    const user = await makeAccount();
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "scripts/admin.ts", "reset-password", user.email],
      {
        cwd: repoRoot,
        env: { PATH: process.env.PATH, DATABASE_URL: database.url },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const code = await new Promise<number | null>((resolve) => child.once("close", resolve));
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    const password = stdout.match(/^New password for \S+: (\S+)$/m)?.[1] ?? "";
    expect(await verifyPassword(await passwordHashOf(user.id), password)).toBe(true);
    expect(await sessionsOf(user.id)).toBe(0);
  });
});
