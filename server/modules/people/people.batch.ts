/**
 * Registering many people at once (an import): one policy check, one check of the organisations
 * named, inserts of a thousand rows per statement, and one audit entry per person written in the
 * same batches — the same rows and entries as registering them one by one, in a few statements.
 */
import { buildSearchKey } from "../../../common/text/search.js";
import type { DbOrTx } from "../../db/client.js";
import type { Actor } from "../../http/actor.js";
import { invalid } from "../../http/errors.js";
import { enforce } from "../../http/policy.js";
import { recordAudits } from "../audit/audit.service.js";
import { personPolicy } from "./people.policy.js";
import { countOrganizations, insertPersonRows } from "./people.queries.js";
import type { PersonValues } from "./people.service.js";

/** Rows per insert statement: 15 columns × 1,000 rows stays far below PostgreSQL's 65,535 parameters. */
const batchSize = 1000;

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
