/** Jurisdictions are read-only reference data; who reads them is `jurisdictionPolicy`. */
import type { Page } from "../../../common/schemas/common.js";
import type { Jurisdiction, JurisdictionListQuery } from "../../../common/schemas/jurisdictions.js";
import type { DbOrTx } from "../../db/client.js";
import type { Actor } from "../../http/actor.js";
import { notFound } from "../../http/errors.js";
import { enforce } from "../../http/policy.js";
import { jurisdictionPolicy } from "./jurisdictions.policy.js";
import { selectJurisdiction, selectJurisdictionKind, selectJurisdictions } from "./jurisdictions.queries.js";

export async function listJurisdictions(
  db: DbOrTx,
  actor: Actor,
  query: JurisdictionListQuery,
): Promise<Page<Jurisdiction>> {
  enforce(jurisdictionPolicy(actor, "read"), "Jurisdiction");
  const { items, total } = await selectJurisdictions(db, query);
  return { items, total, page: query.page, pageSize: query.pageSize };
}

export async function getJurisdiction(db: DbOrTx, actor: Actor, id: string): Promise<Jurisdiction> {
  enforce(jurisdictionPolicy(actor, "read"), "Jurisdiction");
  const jurisdiction = await selectJurisdiction(db, id);
  if (!jurisdiction) throw notFound("Jurisdiction");
  return jurisdiction;
}

/** The kind of the jurisdiction (state, entity, canton, municipality…); undefined when there is none. */
export async function jurisdictionKind(db: DbOrTx, id: string): Promise<string | undefined> {
  return selectJurisdictionKind(db, id);
}
