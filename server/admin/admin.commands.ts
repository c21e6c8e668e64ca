/**
 * What the operator commands do to the database, without an actor: they run on the server's
 * console, by whoever may start the app. Every password they set meets the same rules as one set
 * through the API (the `NewPassword` schema and the password rules), and every change is audited.
 */
import { NewPassword } from "../../common/schemas/auth.js";
import type { Db } from "../db/client.js";
import { recordAudit } from "../modules/audit/audit.service.js";
import { forgetSignInFailures } from "../modules/auth/auth.service.js";
import { generatePassword, hashPassword } from "../modules/auth/password.js";
import { checkPasswordRules, type PasswordOwner } from "../modules/auth/password-rules.js";
import { createUser } from "../modules/users/users.service.js";
import {
  deleteSessionsOfUser,
  selectAccountByEmail,
  selectAccountByEmailForUpdate,
  updatePasswordHash,
} from "./admin.queries.js";

/** A refusal the operator can act on: printed as one sentence, exit code 1. */
export class AdminCommandError extends Error {}

export interface PasswordOutcome {
  email: string;
  /** The generated password, to show once; null when the operator gave one. */
  generatedPassword: string | null;
}

/** Why this password may not be set for `owner`, as one sentence; null when it may. */
export async function passwordProblem(password: string, owner: PasswordOwner): Promise<string | null> {
  const parsed = await NewPassword.safeParseAsync(password);
  const messages = [
    ...(parsed.success ? [] : parsed.error.issues.map((issue) => issue.message)),
    ...checkPasswordRules(password, owner).map((problem) => problem.message),
  ];
  const unique = [...new Set(messages)];
  return unique.length > 0 ? `the password is not accepted: ${unique.join("; ")}` : null;
}

/** The operator's password, checked, or a generated one that meets the rules too. */
async function choosePassword(given: string | undefined, owner: PasswordOwner): Promise<string> {
  if (given !== undefined) {
    const problem = await passwordProblem(given, owner);
    if (problem) throw new AdminCommandError(problem);
    return given;
  }
  for (let attempt = 0; attempt < 10; attempt++) {
    const generated = generatePassword();
    if (!(await passwordProblem(generated, owner))) return generated;
  }
  throw new Error("could not generate a password that meets the password rules");
}

/**
 * Gives the account with this e-mail a new password (generated unless given), ends all of its
 * sessions, and records the change in the audit log as `{ password: "reset" }`.
 */
export async function resetPassword(
  db: Db,
  email: string,
  options: { password?: string } = {},
): Promise<PasswordOutcome & { isActive: boolean; endedSessions: number }> {
  const account = await selectAccountByEmail(db, email.trim());
  if (!account) throw unknownEmail(email);
  const password = await choosePassword(options.password, account);
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const locked = await selectAccountByEmailForUpdate(tx, email.trim());
    if (!locked) throw unknownEmail(email);
    await updatePasswordHash(tx, locked.id, passwordHash);
    const endedSessions = await deleteSessionsOfUser(tx, locked.id);
    await forgetSignInFailures(tx, locked.email);
    await recordAudit(tx, null, {
      action: "update",
      entityType: "user",
      entityId: locked.id,
      after: { password: "reset" },
      reason: "Password reset on the server console",
    });
    return {
      email: locked.email,
      generatedPassword: options.password === undefined ? password : null,
      isActive: locked.isActive,
      endedSessions,
    };
  });
}

/** A new administrator with this e-mail (and name), with a generated password unless one is given. */
export async function createAdministrator(
  db: Db,
  input: { email: string; displayName?: string | undefined; password?: string | undefined },
): Promise<PasswordOutcome> {
  const email = input.email.trim().toLowerCase();
  const displayName = input.displayName?.trim() || "Administrator";
  if (await selectAccountByEmail(db, email)) {
    throw new AdminCommandError(`a user with the e-mail address ${email} exists already`);
  }
  const password = await choosePassword(input.password, { email, displayName });
  const { user } = await createUser(db, null, {
    email,
    displayName,
    role: "administrator",
    organizationId: null,
    personId: null,
    locale: "bs",
    password,
  });
  return { email: user.email, generatedPassword: input.password === undefined ? password : null };
}

const unknownEmail = (email: string) =>
  new AdminCommandError(`there is no user with the e-mail address ${email.trim()}`);
