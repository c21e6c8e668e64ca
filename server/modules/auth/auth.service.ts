import type { Me, UpdateMeRequest } from "../../../common/schemas/auth.js";
import type { Db, DbOrTx } from "../../db/client.js";
import { definedOnly } from "../../db/rows.js";
import type { Actor } from "../../http/actor.js";
import { AppError, invalid } from "../../http/errors.js";
import { recordAudit } from "../audit/audit.service.js";
import { meAbilities } from "./auth.abilities.js";
import {
  addFailure,
  deleteFailureCount,
  deleteFailureCountsBefore,
  deleteSessionsOf,
  selectCredentials,
  selectFailureCounts,
  selectMe,
  selectOwnSettings,
  selectPasswordFacts,
  tryLockSignInKey,
  updateLastLogin,
  updateOwnSettings,
  updatePasswordHash,
} from "./auth.queries.js";
import { getDecoyHash, hashPassword, verifyPassword } from "./password.js";
import { enforcePasswordRules } from "./password-rules.js";
import {
  forgetBefore,
  keepFailuresSeconds,
  SignInThrottled,
  secondsToWait,
  signInKeys,
} from "./sign-in-throttle.js";

const wrongCredentials = () => new AppError("UNAUTHENTICATED", "The e-mail or the password is not right");

/**
 * Checks the credentials; answers the same way for an unknown e-mail and a wrong password. Failures
 * are counted per account and per client address (see `sign-in-throttle.ts`): while a delay is in
 * force the attempt is refused with `SignInThrottled` before the password is looked at, and a
 * success clears the account's count.
 */
export async function authenticate(
  db: Db,
  credentials: { email: string; password: string },
  address: string,
  now: Date,
): Promise<string> {
  const keys = signInKeys(credentials.email, address);
  const outcome = await db.transaction(async (tx): Promise<{ wait: number } | { userId: string | null }> => {
    // Another attempt for this e-mail is being checked at this moment: this one is refused for a second.
    if (!(await tryLockSignInKey(tx, keys.account.hash))) return { wait: 1 };
    const counts = await selectFailureCounts(tx, [keys.account.hash, keys.address.hash]);
    const wait = secondsToWait(counts, [keys.account, keys.address], now);
    if (wait > 0) return { wait };
    const userId = await checkCredentials(tx, credentials.email, credentials.password, now);
    if (userId) {
      await deleteFailureCount(tx, keys.account.hash);
      return { userId };
    }
    for (const key of [keys.account, keys.address]) {
      await addFailure(tx, key.hash, now, forgetBefore(key.curve, now));
    }
    return { userId: null };
  });
  if ("wait" in outcome) throw new SignInThrottled(outcome.wait);
  if (!outcome.userId) {
    await deleteFailureCountsBefore(db, new Date(now.getTime() - keepFailuresSeconds * 1000));
    throw wrongCredentials();
  }
  return outcome.userId;
}

/** The user's id when the password is right and the account active; null otherwise. */
async function checkCredentials(
  tx: DbOrTx,
  email: string,
  password: string,
  now: Date,
): Promise<string | null> {
  const user = await selectCredentials(tx, email);
  if (!user) {
    await verifyPassword(await getDecoyHash(), password);
    return null;
  }
  const isValid = await verifyPassword(user.passwordHash, password);
  if (!isValid || !user.isActive) {
    await recordAudit(tx, null, { action: "login_failed", entityType: "user", entityId: user.id });
    return null;
  }
  await updateLastLogin(tx, user.id, now);
  await recordAudit(tx, { userId: user.id } as Actor, {
    action: "login",
    entityType: "user",
    entityId: user.id,
  });
  return user.id;
}

/** Forgets the failed sign-ins of an account, e.g. when an operator has just reset its password. */
export async function forgetSignInFailures(db: DbOrTx, email: string): Promise<void> {
  await deleteFailureCount(db, signInKeys(email, "").account.hash);
}

export async function getMe(db: Db, userId: string): Promise<Me> {
  const me = await selectMe(db, userId);
  if (!me) throw new AppError("UNAUTHENTICATED", "Please sign in");
  const actor: Actor = {
    userId: me.id,
    role: me.role,
    organizationId: me.organizationId,
    personId: me.personId,
  };
  return { ...me, abilities: meAbilities(actor) };
}

/** Changes the user's own settings (language, reminder mails); the audit entry names only those sent. */
export async function updateMySettings(db: Db, actor: Actor, input: UpdateMeRequest): Promise<Me> {
  const changes = definedOnly(input);
  if (Object.keys(changes).length > 0) {
    await db.transaction(async (tx) => {
      const current = await selectOwnSettings(tx, actor.userId);
      const before = Object.fromEntries(
        Object.keys(changes).map((key) => [key, current?.[key as keyof typeof changes]]),
      );
      await updateOwnSettings(tx, actor.userId, changes);
      await recordAudit(tx, actor, {
        action: "update",
        entityType: "user",
        entityId: actor.userId,
        before,
        after: changes,
      });
    });
  }
  return getMe(db, actor.userId);
}

/**
 * A new password must meet the password rules (not common, not the user's e-mail or name). It ends
 * every other session of the user; the one that changed it stays.
 */
export async function changeMyPassword(
  db: Db,
  actor: Actor,
  currentSessionId: string | null,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const user = await selectPasswordFacts(db, actor.userId);
  if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw invalid("currentPassword", "wrong_current_password");
  }
  enforcePasswordRules(input.newPassword, user, "newPassword");
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await updatePasswordHash(tx, actor.userId, passwordHash);
    await deleteSessionsOf(tx, actor.userId, currentSessionId);
    await recordAudit(tx, actor, {
      action: "update",
      entityType: "user",
      entityId: actor.userId,
      after: { password: "changed" },
    });
  });
}

/** Records that the actor signed out (the session itself ends at the HTTP edge). */
export async function recordLogout(db: DbOrTx, actor: Actor): Promise<void> {
  await recordAudit(db, actor, { action: "logout", entityType: "user", entityId: actor.userId });
}

/** Ends every open session of a user, e.g. when an administrator changes the account. */
export async function endSessionsOf(tx: DbOrTx, userId: string): Promise<void> {
  await deleteSessionsOf(tx, userId);
}
