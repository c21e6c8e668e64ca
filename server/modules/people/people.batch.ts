/**
 * Registering many people at once (an import): one policy check, one check of the organisations
 * named, then per 5,000 people one insert (a JSON document; the ids are chosen here) and one
 * statement of their audit entries — the same rows and entries as registering them one by one, in
 * a few statements.
 */
import { randomUUID } from "node:crypto";
import { buildSearchKey } from "../../../common/text/search.js";
import type { DbOrTx } from "../../db/client.js";
import type { Actor } from "../../http/actor.js";
import { invalid } from "../../http/errors.js";
import { enforce } from "../../http/policy.js";
import { recordAudits } from "../audit/audit.service.js";
import { personPolicy } from "./people.policy.js";
import { countOrganizations, insertPersonRows } from "./people.queries.js";
import type { PersonValues } from "./people.service.js";

/** People per insert statement (one JSON document each) and per statement of their audit entries. */
const batchSize = 5000;

/**
 * Registers people inside an open transaction on behalf of the actor's organisation and answers
 * their ids in the order given. An organisation that does not exist is refused (400).
 */
export async function insertPeople(
  tx: DbOrTx,
  actor: Actor,
  values: readonly PersonValues[],
): Promise<string[]> {
  if (values.length === 0) return [];
  enforce(personPolicy(actor, "create"), "Person");
  const named = [
    ...new Set(values.flatMap((person) => (person.organizationId ? [person.organizationId] : []))),
  ];
  if ((await countOrganizations(tx, named)) < named.length)
    throw invalid("organizationId", "no_such_organization");
  const ids: string[] = [];
  for (let start = 0; start < values.length; start += batchSize) {
    const rows = await insertPersonRows(
      tx,
      values.slice(start, start + batchSize).map((person) => ({
        ...person,
        id: randomUUID(),
        registeredByOrganizationId: actor.organizationId,
        searchText: buildSearchKey(person.givenName, person.familyName),
      })),
    );
    await recordAudits(
      tx,
      actor,
      rows.map((row) => ({ action: "create" as const, entityType: "person", entityId: row.id, after: row })),
    );
    ids.push(...rows.map((row) => row.id));
  }
  return ids;
}
