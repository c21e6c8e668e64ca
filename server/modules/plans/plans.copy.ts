/**
 * A new plan cycle from an old one (AP I → AP II): the framework is copied node for node and every
 * indicator continues its series (same lineage), so figures can be followed across cycles.
 * Reporting periods and targets are not copied: the new cycle sets its own.
 */
import type { z } from "zod";
import type { Plan, PlanCopyInput } from "../../../common/schemas/plans.js";
import { buildSearchKey } from "../../../common/text/search.js";
import type { Db } from "../../db/client.js";
import type { Actor } from "../../http/actor.js";
import { notFound } from "../../http/errors.js";
import { enforce } from "../../http/policy.js";
import { recordAudit } from "../audit/audit.service.js";
import { orderDepthFirst, selectNodeRows } from "./framework.queries.js";
import {
  copyIndicatorLinks,
  copyNodePartners,
  insertIndicatorCopy,
  insertNodeCopy,
  selectActiveIndicatorRows,
  selectPlanForCopy,
  setIndicatorFormula,
} from "./plans.copy.queries.js";
import { planPolicy } from "./plans.policy.js";
import { insertPlanRow } from "./plans.queries.js";
import { getPlan } from "./plans.service.js";

export async function copyPlan(
  db: Db,
  actor: Actor,
  sourceId: string,
  input: z.output<typeof PlanCopyInput>,
): Promise<Plan> {
  const id = await db.transaction(async (tx) => {
    const source = await selectPlanForCopy(tx, sourceId);
    if (!source) throw notFound("Plan");
    enforce(planPolicy(actor, "create"), "Plan");
    const plan = await insertPlanRow(tx, {
      ...input,
      jurisdictionId: source.jurisdictionId,
      predecessorId: source.id,
      tierNames: source.tierNames,
      status: "draft",
      description: source.description,
      source: source.source,
      searchText: buildSearchKey(input.title, input.shortTitle),
    });

    const nodeIds = new Map<string, string>();
    const sourceNodes = orderDepthFirst(await selectNodeRows(tx, source.id));
    for (const node of sourceNodes) {
      const { id: oldId, planId: _plan, parentId, lineageId, createdAt: _c, updatedAt: _u, ...fields } = node;
      const copyId = await insertNodeCopy(tx, {
        ...fields,
        planId: plan.id,
        parentId: parentId ? (nodeIds.get(parentId) ?? null) : null,
        lineageId: lineageId ?? oldId,
      });
      nodeIds.set(oldId, copyId);
    }
    await copyNodePartners(tx, nodeIds);

    const sourceIndicators = await selectActiveIndicatorRows(tx, source.id);
    const indicatorIds = new Map<string, string>();
    for (const indicator of sourceIndicators) {
      const { id: oldId, createdAt: _c, updatedAt: _u, ...fields } = indicator;
      const copyId = await insertIndicatorCopy(tx, {
        ...fields,
        planId: plan.id,
        frameworkNodeId: nodeIds.get(indicator.frameworkNodeId) as string,
        formula: null,
      });
      indicatorIds.set(oldId, copyId);
    }
    // Formulas point at indicators of their own plan: repoint them once every copy exists.
    for (const indicator of sourceIndicators) {
      const formula = indicator.formula;
      if (!formula) continue;
      const numerator = indicatorIds.get(formula.numeratorIndicatorId);
      const denominator = indicatorIds.get(formula.denominatorIndicatorId);
      if (!numerator || !denominator) continue;
      await setIndicatorFormula(tx, indicatorIds.get(indicator.id) as string, {
        ...formula,
        numeratorIndicatorId: numerator,
        denominatorIndicatorId: denominator,
      });
    }
    await copyIndicatorLinks(tx, indicatorIds);
    await recordAudit(tx, actor, {
      action: "create",
      entityType: "plan",
      entityId: plan.id,
      after: { ...plan, copiedFrom: source.id, frameworkNodes: nodeIds.size, indicators: indicatorIds.size },
    });
    return plan.id;
  });
  return getPlan(db, actor, id);
}
