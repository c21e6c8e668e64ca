/** The list of probable duplicates in the registry, for staff to merge (see people.merge.ts). */
import type { Page } from "../../../common/schemas/common.js";
import type { DuplicateListQuery, DuplicatePair } from "../../../common/schemas/people.js";
import type { Db } from "../../db/client.js";
import type { Actor } from "../../http/actor.js";
import { enforce } from "../../http/policy.js";
import { nameKey } from "../../imports/read/index.js";
import { selectDuplicatePairs } from "./people.duplicates.queries.js";
import { personPolicy } from "./people.policy.js";

/** A page of pairs of people who may be one person; only those who may merge them see it. */
export async function listDuplicatePeople(
  db: Db,
  actor: Actor,
  query: DuplicateListQuery,
): Promise<Page<DuplicatePair>> {
  enforce(personPolicy(actor, "merge"), "Person");
  const words = query.q ? nameKey(query.q).split(" ").filter(Boolean) : [];
  const { items, total } = await selectDuplicatePairs(db, query.page, query.pageSize, words);
  return { items, total, page: query.page, pageSize: query.pageSize };
}
