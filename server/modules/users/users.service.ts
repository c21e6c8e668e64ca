import type { Page } from "../../../common/schemas/common.js";
import type { Role } from "../../../common/schemas/enums.js";
import type { User, UserListQuery } from "../../../common/schemas/users.js";
import { buildSearchKey } from "../../../common/text/search.js";
import type { Db, DbOrTx } from "../../db/client.js";
import type { Actor } from "../../http/actor.js";
import { invalid, notFound } from "../../http/errors.js";
import { enforce } from "../../http/policy.js";
import { recordAudit } from "../audit/audit.service.js";
import { endSessionsOf } from "../auth/auth.service.js";
import { generatePassword, hashPassword } from "../auth/password.js";
import { enforcePasswordRules } from "../auth/password-rules.js";
import { userPolicy } from "./users.policy.js";
import {
  insertUserRow,
  lockUser,
  selectMailRecipients,
  selectUser,
  selectUsers,
  updateUserRow,
} from "./users.queries.js";

export interface NewUser {
  email: string;
  displayName: string;
  role: User["role"];
  organizationId: string | null;
  personId: string | null;
  locale: string;
  password?: string | undefined;
}

export type UserChanges = Partial<Omit<NewUser, "password">> & { isActive?: boolean; password?: string };

export async function listUsers(db: Db, actor: Actor, query: UserListQuery): Promise<Page<User>> {
  enforce(userPolicy(actor, "read"), "User");
  return { ...(await selectUsers(db, query)), page: query.page, pageSize: query.pageSize };
}

export async function getUser(db: Db, actor: Actor, id: string): Promise<User> {
  enforce(userPolicy(actor, "read"), "User");
  const user = await selectUser(db, id);
  if (!user) throw notFound("User");
  return user;
}

/**
 * Creates an account; without a password given, a strong one is generated and returned once. A
 * password given must meet the password rules (not common, not the user's e-mail or name).
 */
export async function createUser(
  db: Db,
  actor: Actor | null,
  input: NewUser,
): Promise<{ user: User; generatedPassword: string | null }> {
  if (actor) enforce(userPolicy(actor, "create"), "User");
  if (input.password) enforcePasswordRules(input.password, input, "password");
  const generatedPassword = input.password ? null : generatePassword();
  const passwordHash = await hashPassword(input.password ?? (generatedPassword as string));
  const { password: _password, ...fields } = input;
  const id = await db.transaction(async (tx) => {
    const row = await insertUserRow(tx, {
      ...fields,
      passwordHash,
      searchText: buildSearchKey(fields.displayName, fields.email),
    });
    await recordAudit(tx, actor, { action: "create", entityType: "user", entityId: row.id, after: row });
    return row.id;
  });
  return { user: (await selectUser(db, id)) as User, generatedPassword };
}

export async function updateUser(db: Db, actor: Actor, id: string, changes: UserChanges): Promise<User> {
  enforce(userPolicy(actor, "update"), "User");
  if (
    id === actor.userId &&
    (changes.isActive === false || (changes.role && changes.role !== "administrator"))
  ) {
    throw invalid("role", "cannot_demote_self");
  }
  await db.transaction(async (tx) => {
    const before = await lockUser(tx, id);
    if (!before) throw notFound("User");
    const { password, ...fields } = changes;
    const merged = { ...before, ...fields };
    if (password) enforcePasswordRules(password, merged, "password");
    if ((merged.role === "representative" || merged.role === "partner") && !merged.organizationId) {
      throw invalid("organizationId", "organization_required");
    }
    const after = await updateUserRow(tx, id, {
      ...fields,
      ...(password ? { passwordHash: await hashPassword(password) } : {}),
      searchText: buildSearchKey(merged.displayName, merged.email),
    });
    // A new password, a new role or a deactivation ends every open session of that user at once.
    if (password || fields.role || fields.organizationId !== undefined || fields.isActive === false) {
      await endSessionsOf(tx, id);
    }
    await recordAudit(tx, actor, { action: "update", entityType: "user", entityId: id, before, after });
  });
  return (await selectUser(db, id)) as User;
}

/** A user to mail, with the role and organisation the mail is about and the language they read. */
export interface MailRecipient {
  userId: string;
  email: string;
  locale: string;
  role: Role;
  organizationId: string | null;
  personId: string | null;
}

/**
 * The users a mail goes to: active ones with one of the roles (of the organisation, when given),
 * never one of an archived organisation; with `reminderMailsOnly`, only those who keep reminder
 * mails on (the reminder digest and overdue notices; mails about a change to their own work go to
 * everyone). Mails are sent by the system, so no actor is asked.
 */
export async function mailRecipients(
  db: DbOrTx,
  filter: { roles: readonly Role[]; organizationId?: string; reminderMailsOnly?: boolean },
): Promise<MailRecipient[]> {
  const rows = await selectMailRecipients(db, filter);
  return rows.map((row) => ({ ...row, role: row.role as Role }));
}
