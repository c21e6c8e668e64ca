import type { z } from "zod";
import type { Stored } from "../../../common/schemas/abilities.js";
import type { Page } from "../../../common/schemas/common.js";
import type { Plan, PlanInput, PlanListQuery, PlanPatch } from "../../../common/schemas/plans.js";
import { buildSearchKey } from "../../../common/text/search.js";
import type { Db, DbOrTx } from "../../db/client.js";
import type { Actor } from "../../http/actor.js";
import { invalid, notFound } from "../../http/errors.js";
import { enforce } from "../../http/policy.js";
import { setRecordArchived } from "../audit/audit.archive.js";
import { recordAudit } from "../audit/audit.service.js";
import { planAbilities, planPolicy } from "./plans.policy.js";
import {
  insertPlanRow,
  lockPlan,
  planRecord,
  selectMaxNodeDepth,
  selectPlan,
  selectPlans,
  selectPredecessorChain,
  updatePlanRow,
} from "./plans.queries.js";

export type PlanValues = z.output<typeof PlanInput>;
export type PlanChanges = z.output<typeof PlanPatch>;

const searchKeyOf = (values: Pick<PlanValues, "title" | "shortTitle">) =>
  buildSearchKey(values.title, values.shortTitle);

export async function listPlans(db: Db, actor: Actor, query: PlanListQuery): Promise<Page<Plan>> {
  enforce(planPolicy(actor, "read"), "Plan");
  const { items, total } = await selectPlans(db, query);
  const abilities = planAbilities(actor);
  return {
    items: items.map((plan) => ({ ...plan, abilities })),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** Archived plans stay readable by id: later plans and reports still point at them. */
export async function getPlan(db: DbOrTx, actor: Actor, id: string): Promise<Plan> {
  const plan = await selectPlan(db, id);
  if (!plan) throw notFound("Plan");
  enforce(planPolicy(actor, "read"), "Plan");
  return { ...plan, abilities: planAbilities(actor) };
}

/** A predecessor is another existing plan, and following predecessors never comes back to this plan. */
async function checkPredecessor(tx: DbOrTx, planId: string | null, predecessorId: string): Promise<void> {
  if (predecessorId === planId) throw invalid("predecessorId", "own_predecessor");
  const chain = await selectPredecessorChain(tx, predecessorId);
  if (chain.length === 0) throw invalid("predecessorId", "no_such_predecessor");
  if (planId && chain.includes(planId)) {
    throw invalid("predecessorId", "predecessor_cycle");
  }
}

export async function createPlan(db: Db, actor: Actor, input: PlanValues): Promise<Plan> {
  enforce(planPolicy(actor, "create"), "Plan");
  const id = await db.transaction(async (tx) => {
    if (input.predecessorId) await checkPredecessor(tx, null, input.predecessorId);
    const row = await insertPlanRow(tx, { ...input, searchText: searchKeyOf(input) });
    await recordAudit(tx, actor, { action: "create", entityType: "plan", entityId: row.id, after: row });
    return row.id;
  });
  return getPlan(db, actor, id);
}

export async function updatePlan(db: Db, actor: Actor, id: string, patch: PlanChanges): Promise<Plan> {
  await db.transaction(async (tx) => {
    const before = await lockPlan(tx, id);
    if (!before) throw notFound("Plan");
    enforce(planPolicy(actor, "update"), "Plan");
    const merged = { ...before, ...patch };
    if (merged.endsOn < merged.startsOn) {
      throw invalid(patch.endsOn ? "endsOn" : "startsOn", "date_order");
    }
    if (patch.predecessorId && patch.predecessorId !== before.predecessorId) {
      await checkPredecessor(tx, id, patch.predecessorId);
    }
    if (patch.tierNames) {
      const deepest = await selectMaxNodeDepth(tx, id);
      if (deepest !== null && deepest >= patch.tierNames.length) {
        throw invalid("tierNames", "too_few_tiers", { tier: deepest + 1 });
      }
    }
    const after = await updatePlanRow(tx, id, { ...patch, searchText: searchKeyOf(merged) });
    await recordAudit(tx, actor, { action: "update", entityType: "plan", entityId: id, before, after });
  });
  return getPlan(db, actor, id);
}

/** Plans are archived, never deleted: successors, projects and reports keep pointing at them. */
export async function setPlanArchived(
  db: Db,
  actor: Actor,
  id: string,
  isArchived: boolean,
  now: Date,
): Promise<Plan> {
  await setRecordArchived(db, actor, {
    record: planRecord,
    entityType: "plan",
    what: "Plan",
    id,
    isArchived,
    now,
    authorize: () => enforce(planPolicy(actor, "archive"), "Plan"),
  });
  return getPlan(db, actor, id);
}

/** The plan, whoever asks (the caller has asked its own policy); undefined when missing. */
export function findPlan(db: DbOrTx, id: string): Promise<Stored<Plan> | undefined> {
  return selectPlan(db, id);
}
