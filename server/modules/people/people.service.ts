import type { z } from "zod";
import type { Stored } from "../../../common/schemas/abilities.js";
import type { Page } from "../../../common/schemas/common.js";
import type { Person, PersonInput, PersonListQuery, PersonPatch } from "../../../common/schemas/people.js";
import { buildSearchKey } from "../../../common/text/search.js";
import type { Db, DbOrTx } from "../../db/client.js";
import { definedOnly } from "../../db/rows.js";
import type { Actor } from "../../http/actor.js";
import { AppError, conflict, fieldError, invalid, notFound } from "../../http/errors.js";
import { enforce } from "../../http/policy.js";
import { setRecordArchived } from "../audit/audit.archive.js";
import { recordAudit } from "../audit/audit.service.js";
import { type PersonFacts, personAbilities, personMovePolicy, personPolicy } from "./people.policy.js";
import {
  insertPersonRow,
  lockPerson,
  organizationExists,
  personRecord,
  selectPeople,
  selectPerson,
  updatePersonRow,
} from "./people.queries.js";

export type PersonValues = z.output<typeof PersonInput>;
export type PersonChanges = z.output<typeof PersonPatch>;

const searchKeyOf = (values: { givenName: string; familyName: string }) =>
  buildSearchKey(values.givenName, values.familyName);

/** The person as this reader gets them: personal data only where the policy lets them see it, and their abilities. */
const presentPerson = (actor: Actor, person: Stored<Person>, facts: PersonFacts): Person => ({
  ...person,
  personal: personPolicy(actor, "readPersonal", facts) === "allow" ? person.personal : null,
  abilities: personAbilities(actor, facts),
});

/**
 * A page of people. `after` (an export's batches): continue after this person in the list's order
 * instead of skipping the pages before; such a page's total is not counted (the rows on it).
 */
export async function listPeople(
  db: Db,
  actor: Actor,
  query: PersonListQuery,
  after?: Pick<Person, "id" | "familyName" | "givenName">,
): Promise<Page<Person>> {
  enforce(personPolicy(actor, "read"), "Person");
  const { items, total } = await selectPeople(db, actor, query, after);
  return {
    items: items.map(({ person, facts }) => presentPerson(actor, person, facts)),
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
  return presentPerson(actor, found.person, found.facts);
}

/** The person as the actor who just wrote it sees it. */
async function loadWrittenPerson(db: DbOrTx, actor: Actor, id: string): Promise<Person> {
  const found = await selectPerson(db, actor, id);
  if (!found) throw notFound("Person");
  return presentPerson(actor, found.person, found.facts);
}

async function checkOrganization(db: DbOrTx, organizationId: string | null | undefined, path: string) {
  if (organizationId && !(await organizationExists(db, organizationId))) {
    throw invalid(path, "no_such_organization");
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
  const row = await insertPersonRow(tx, {
    ...values,
    registeredByOrganizationId: actor.organizationId,
    searchText: searchKeyOf(values),
  });
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
    const before = await lockPerson(tx, id);
    if (!before) throw notFound("Person");
    enforce(personPolicy(actor, "update", before), "Person");
    if (before.mergedIntoId !== null) throw conflict("person_merged");
    const isMoved = changes.organizationId !== undefined && changes.organizationId !== before.organizationId;
    if (isMoved && personMovePolicy(actor, changes.organizationId ?? null) !== "allow") {
      const detail = fieldError("organizationId", "cannot_move_person");
      throw new AppError("FORBIDDEN", detail.message, [detail], { reason: "cannot_move_person" });
    }
    await checkOrganization(tx, changes.organizationId, "organizationId");
    const merged = { ...before, ...changes };
    const after = await updatePersonRow(tx, id, { ...changes, searchText: searchKeyOf(merged) });
    await recordAudit(tx, actor, { action: "update", entityType: "person", entityId: id, before, after });
  });
  return loadWrittenPerson(db, actor, id);
}

/**
 * People are archived, never deleted: their participations keep pointing at them. A record merged
 * into another person stays archived (409).
 */
export async function setPersonArchived(
  db: Db,
  actor: Actor,
  id: string,
  isArchived: boolean,
  now: Date,
): Promise<Person> {
  enforce(personPolicy(actor, "archive"), "Person");
  await setRecordArchived(db, actor, {
    record: personRecord,
    entityType: "person",
    what: "Person",
    id,
    isArchived,
    now,
    authorize: (before) => {
      enforce(personPolicy(actor, "archive", before), "Person");
      if (before.mergedIntoId !== null) throw conflict("person_merged");
    },
  });
  return loadWrittenPerson(db, actor, id);
}

/**
 * Only a person the actor may read can be added to an event, and not an archived one: the same
 * answer for one missing or hidden. `path` places the field error.
 */
export async function checkPersonToAdd(tx: DbOrTx, actor: Actor, personId: string, path = "personId") {
  const found = await selectPerson(tx, actor, personId);
  if (!found || personPolicy(actor, "read", found.facts) !== "allow") {
    throw invalid(path, "no_such_person");
  }
  if (found.person.isArchived) throw invalid(path, "person_archived");
}

/**
 * Changes a registered person inside an open transaction with fields the caller has checked (an
 * import bringing people up to date), the search key kept and the change audited.
 */
export async function applyPersonChanges(
  tx: DbOrTx,
  actor: Actor,
  id: string,
  changes: Partial<PersonValues>,
): Promise<void> {
  const before = await lockPerson(tx, id);
  if (!before) throw notFound("Person");
  const merged = { ...before, ...changes };
  const after = await updatePersonRow(tx, id, { ...changes, searchText: searchKeyOf(merged) });
  await recordAudit(tx, actor, { action: "update", entityType: "person", entityId: id, before, after });
}
