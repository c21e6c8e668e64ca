import type { z } from "zod";
import type { Stored } from "../../../common/schemas/abilities.js";
import type { Page } from "../../../common/schemas/common.js";
import type {
  Agreement,
  AgreementInput,
  AgreementListQuery,
  AgreementPatch,
} from "../../../common/schemas/cooperation.js";
import { buildSearchKey } from "../../../common/text/search.js";
import type { Db, DbOrTx } from "../../db/client.js";
import { definedOnly } from "../../db/rows.js";
import type { Actor } from "../../http/actor.js";
import { invalid, notFound } from "../../http/errors.js";
import { enforce } from "../../http/policy.js";
import { setRecordArchived } from "../audit/audit.archive.js";
import { recordAudit } from "../audit/audit.service.js";
import { type AgreementAction, agreementAbilities, agreementPolicy } from "./agreements.policy.js";
import {
  agreementRecord,
  insertAgreementRow,
  jurisdictionExists,
  lockAgreement,
  planExists,
  projectExists,
  replaceAgreementParties,
  selectAgreement,
  selectAgreements,
  unknownOrganizationIds,
  updateAgreementRow,
} from "./agreements.queries.js";

export type AgreementValues = z.output<typeof AgreementInput>;
export type AgreementChanges = z.output<typeof AgreementPatch>;

const WHAT = "Agreement";

const searchKeyOf = (values: { title: string; reference: string | null }) =>
  buildSearchKey(values.title, values.reference);

/** Each party once, in a stable order (the audit log compares before → after). */
const partySet = (ids: string[]) => [...new Set(ids)].sort();

const present = (actor: Actor, agreement: Stored<Agreement>): Agreement => ({
  ...agreement,
  abilities: agreementAbilities(actor, { partyIds: agreement.parties.map((party) => party.organizationId) }),
});

export async function listAgreements(
  db: Db,
  actor: Actor,
  query: AgreementListQuery,
): Promise<Page<Agreement>> {
  enforce(agreementPolicy(actor, "read"), WHAT);
  const { items, total } = await selectAgreements(db, query);
  return {
    items: items.map((agreement) => present(actor, agreement)),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export async function getAgreement(db: DbOrTx, actor: Actor, id: string): Promise<Agreement> {
  enforce(agreementPolicy(actor, "read"), WHAT);
  const agreement = await selectAgreement(db, id);
  if (!agreement) throw notFound(WHAT);
  return present(actor, agreement);
}

/**
 * Checks what a create or a change names: the actor's own organisation stays among the parties
 * (representatives and partners), every party, the jurisdiction, plan and project exist.
 */
async function checkReferences(
  tx: DbOrTx,
  actor: Actor,
  action: AgreementAction,
  values: Partial<AgreementValues>,
): Promise<void> {
  if (values.partyIds !== undefined) {
    if (agreementPolicy(actor, action, { partyIds: values.partyIds }) !== "allow") {
      throw invalid("partyIds", "agreement_not_own_party");
    }
    if ((await unknownOrganizationIds(tx, partySet(values.partyIds))).length > 0) {
      throw invalid("partyIds", "no_such_organization");
    }
  }
  if (values.jurisdictionId && !(await jurisdictionExists(tx, values.jurisdictionId))) {
    throw invalid("jurisdictionId", "no_such_jurisdiction");
  }
  if (values.planId && !(await planExists(tx, values.planId))) throw invalid("planId", "no_such_plan");
  if (values.projectId && !(await projectExists(tx, values.projectId))) {
    throw invalid("projectId", "no_such_project");
  }
}

/** The rules over the whole agreement, after a change merged into what is stored. */
function checkMerged(merged: {
  signedOn: string;
  validUntil: string | null;
  leadOrganizationId: string | null;
  partyIds: string[];
}): void {
  if (merged.validUntil !== null && merged.validUntil < merged.signedOn) {
    throw invalid("validUntil", "agreement_ends_before_signed");
  }
  if (merged.leadOrganizationId !== null && !merged.partyIds.includes(merged.leadOrganizationId)) {
    throw invalid("leadOrganizationId", "agreement_lead_not_party");
  }
}

export async function createAgreement(db: Db, actor: Actor, input: AgreementValues): Promise<Agreement> {
  enforce(agreementPolicy(actor, "create"), WHAT);
  const { partyIds: givenPartyIds, ...fields } = input;
  const partyIds = partySet(givenPartyIds);
  const id = await db.transaction(async (tx) => {
    checkMerged({ ...fields, partyIds });
    await checkReferences(tx, actor, "create", { ...fields, partyIds });
    const row = await insertAgreementRow(tx, { ...fields, searchText: searchKeyOf(fields) });
    await replaceAgreementParties(tx, row.id, partyIds);
    await recordAudit(tx, actor, {
      action: "create",
      entityType: "agreement",
      entityId: row.id,
      after: { ...row, partyIds },
    });
    return row.id;
  });
  return getAgreement(db, actor, id);
}

export async function updateAgreement(
  db: Db,
  actor: Actor,
  id: string,
  patch: AgreementChanges,
): Promise<Agreement> {
  enforce(agreementPolicy(actor, "update"), WHAT);
  const { partyIds: givenPartyIds, ...fields } = definedOnly(patch);
  const partyIds = givenPartyIds === undefined ? undefined : partySet(givenPartyIds);
  await db.transaction(async (tx) => {
    const before = await lockAgreement(tx, id);
    if (!before) throw notFound(WHAT);
    enforce(agreementPolicy(actor, "update", before), WHAT);
    const merged = { ...before, ...fields, partyIds: partyIds ?? before.partyIds };
    checkMerged(merged);
    await checkReferences(tx, actor, "update", { ...fields, ...(partyIds ? { partyIds } : {}) });
    const after = await updateAgreementRow(tx, id, { ...fields, searchText: searchKeyOf(merged) });
    if (partyIds) await replaceAgreementParties(tx, id, partyIds);
    await recordAudit(tx, actor, {
      action: "update",
      entityType: "agreement",
      entityId: id,
      before,
      after: { ...after, partyIds: merged.partyIds },
    });
  });
  return getAgreement(db, actor, id);
}

/** Agreements are archived, never deleted: archiving and restoring are audited with the parties. */
export async function setAgreementArchived(
  db: Db,
  actor: Actor,
  id: string,
  isArchived: boolean,
  now: Date,
): Promise<Agreement> {
  enforce(agreementPolicy(actor, "archive"), WHAT);
  await setRecordArchived(db, actor, {
    record: agreementRecord,
    entityType: "agreement",
    what: WHAT,
    id,
    isArchived,
    now,
    authorize: (before) => enforce(agreementPolicy(actor, "archive", before), WHAT),
  });
  return getAgreement(db, actor, id);
}
