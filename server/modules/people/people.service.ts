import { eq } from "drizzle-orm";
import type { z } from "zod";
import type { Page } from "../../../common/schemas/common.js";
import type { Person, PersonInput, PersonListQuery, PersonPatch } from "../../../common/schemas/people.js";
import { buildSearchKey } from "../../../common/text/search.js";
import type { Db, DbOrTx } from "../../db/client.js";
import { people } from "../../db/schema.js";
import type { Actor } from "../../http/actor.js";
import { AppError, invalid, notFound } from "../../http/errors.js";
import { enforce } from "../../http/policy.js";
import { recordAudit } from "../audit/audit.service.js";
import { personMovePolicy, personPolicy } from "./people.policy.js";
import { organizationExists, selectPeople, selectPerson } from "./people.queries.js";

export type PersonValues = z.output<typeof PersonInput>;
export type PersonChanges = z.output<typeof PersonPatch>;

const searchKeyOf = (values: { givenName: string; familyName: string }) =>
  buildSearchKey(values.givenName, values.familyName);

/** Drops the keys a partial update leaves out, so they keep their stored values. */
export const definedOnly = <T extends object>(patch: T): Partial<T> =>
  Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) as Partial<T>;

/** Personal data stays only for readers the policy lets see it. */
const withPersonalData = (actor: Actor, person: Person): Person =>
  personPolicy(actor, "readPersonal", person) === "allow" ? person : { ...person, personal: null };

export async function listPeople(db: Db, actor: Actor, query: PersonListQuery): Promise<Page<Person>> {
  enforce(personPolicy(actor, "read"), "Person");
  const { items, total } = await selectPeople(db, actor, query);
  return {
    items: items.map((person) => withPersonalData(actor, person)),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export async function getPerson(db: Db, actor: Actor, id: string): Promise<Person> {
  enforce(personPolicy(actor, "read"), "Person");
  const found = await selectPerson(db, actor, id);
  if (!found) throw notFound("Person");
  enforce(personPolicy(actor, "read", found.facts), "Person");
  return withPersonalData(actor, found.person);
}

/** The person as the actor who just wrote it sees it. */
async function loadWrittenPerson(db: DbOrTx, actor: Actor, id: string): Promise<Person> {
  const found = await selectPerson(db, actor, id);
  if (!found) throw notFound("Person");
  return withPersonalData(actor, found.person);
}

async function checkOrganization(db: DbOrTx, organizationId: string | null | undefined, path: string) {
  if (organizationId && !(await organizationExists(db, organizationId))) {
    throw invalid(path, "No such organisation");
  }
}

/**
 * Registers a person inside an open transaction, on behalf of the actor's organisation (which may
 * keep editing the record). `pathPrefix` places field errors, e.g. "newPerson." for a participation.
 */
export async function insertPerson(
  tx: DbOrTx,
  actor: Actor,
  values: PersonValues,
  pathPrefix = "",
): Promise<string> {
  enforce(personPolicy(actor, "create"), "Person");
  await checkOrganization(tx, values.organizationId, `${pathPrefix}organizationId`);
  const [row] = await tx
    .insert(people)
    .values({
      ...values,
      registeredByOrganizationId: actor.organizationId,
      searchText: searchKeyOf(values),
    })
    .returning();
  if (!row) throw new Error("insert returned no row");
  await recordAudit(tx, actor, { action: "create", entityType: "person", entityId: row.id, after: row });
  return row.id;
}

export async function createPerson(db: Db, actor: Actor, values: PersonValues): Promise<Person> {
  enforce(personPolicy(actor, "create"), "Person");
  const id = await db.transaction((tx) => insertPerson(tx, actor, values));
  return loadWrittenPerson(db, actor, id);
}

export async function updatePerson(db: Db, actor: Actor, id: string, patch: PersonChanges): Promise<Person> {
  enforce(personPolicy(actor, "update"), "Person");
  const changes = definedOnly(patch);
  await db.transaction(async (tx) => {
    const [before] = await tx.select().from(people).where(eq(people.id, id)).for("update");
    if (!before) throw notFound("Person");
    enforce(personPolicy(actor, "update", before), "Person");
    const isMoved = changes.organizationId !== undefined && changes.organizationId !== before.organizationId;
    if (isMoved && personMovePolicy(actor, changes.organizationId ?? null) !== "allow") {
      throw new AppError("FORBIDDEN", "Only the agency may move a person into another organisation", [
        { path: "organizationId", message: "Only the agency may move a person into another organisation" },
      ]);
    }
    await checkOrganization(tx, changes.organizationId, "organizationId");
    const merged = { ...before, ...changes };
    const [after] = await tx
      .update(people)
      .set({ ...changes, searchText: searchKeyOf(merged), updatedAt: new Date() })
      .where(eq(people.id, id))
      .returning();
    await recordAudit(tx, actor, { action: "update", entityType: "person", entityId: id, before, after });
  });
  return loadWrittenPerson(db, actor, id);
}

/** People are archived, never deleted: their participations keep pointing at them. */
export async function setPersonArchived(
  db: Db,
  actor: Actor,
  id: string,
  isArchived: boolean,
): Promise<Person> {
  enforce(personPolicy(actor, "archive"), "Person");
  await db.transaction(async (tx) => {
    const [before] = await tx.select().from(people).where(eq(people.id, id)).for("update");
    if (!before) throw notFound("Person");
    enforce(personPolicy(actor, "archive", before), "Person");
    const [after] = await tx
      .update(people)
      .set({ archivedAt: isArchived ? new Date() : null, updatedAt: new Date() })
      .where(eq(people.id, id))
      .returning();
    await recordAudit(tx, actor, {
      action: isArchived ? "archive" : "restore",
      entityType: "person",
      entityId: id,
      before,
      after,
    });
  });
  return loadWrittenPerson(db, actor, id);
}
