/** Jurisdictions are read-only reference data, readable by every signed-in user. */
import type { Page } from "../../../common/schemas/common.js";
import type { Jurisdiction, JurisdictionListQuery } from "../../../common/schemas/jurisdictions.js";
import type { DbOrTx } from "../../db/client.js";
import { notFound } from "../../http/errors.js";
import { selectJurisdiction, selectJurisdictionKind, selectJurisdictions } from "./jurisdictions.queries.js";

export async function listJurisdictions(
  db: DbOrTx,
  query: JurisdictionListQuery,
): Promise<Page<Jurisdiction>> {
  const { items, total } = await selectJurisdictions(db, query);
  return { items, total, page: query.page, pageSize: query.pageSize };
}

export async function getJurisdiction(db: DbOrTx, id: string): Promise<Jurisdiction> {
  const jurisdiction = await selectJurisdiction(db, id);
  if (!jurisdiction) throw notFound("Jurisdiction");
  return jurisdiction;
}

/** The kind of the jurisdiction (state, entity, canton, municipality…); undefined when there is none. */
export async function jurisdictionKind(db: DbOrTx, id: string): Promise<string | undefined> {
  return selectJurisdictionKind(db, id);
}
