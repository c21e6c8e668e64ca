/**
 * A new plan cycle from an old one (AP I → AP II): the framework is copied node for node and every
 * indicator continues its series (same lineage), so figures can be followed across cycles.
 * Reporting periods and targets are not copied: the new cycle sets its own.
 */
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { z } from "zod";
import type { Plan, PlanCopyInput } from "../../../common/schemas/plans.js";
import { buildSearchKey } from "../../../common/text/search.js";
import type { Db } from "../../db/client.js";
import {
  frameworkNodeOrganizations,
  frameworkNodes,
  indicatorCategorySets,
  indicatorResponsibleOrganizations,
  indicators,
  plans,
} from "../../db/schema.js";
import type { Actor } from "../../http/actor.js";
import { notFound } from "../../http/errors.js";
import { enforce } from "../../http/policy.js";
import { recordAudit } from "../audit/audit.service.js";
import { orderDepthFirst } from "./framework.queries.js";
import { planPolicy } from "./plans.policy.js";
import { getPlan } from "./plans.service.js";

export async function copyPlan(
  db: Db,
  actor: Actor,
  sourceId: string,
  input: z.output<typeof PlanCopyInput>,
): Promise<Plan> {
  const id = await db.transaction(async (tx) => {
    const [source] = await tx.select().from(plans).where(eq(plans.id, sourceId)).for("share");
    if (!source) throw notFound("Plan");
    enforce(planPolicy(actor, "create"), "Plan");
    const [plan] = await tx
      .insert(plans)
      .values({
        ...input,
        jurisdictionId: source.jurisdictionId,
        predecessorId: source.id,
        tierNames: source.tierNames,
        status: "draft",
        description: source.description,
        source: source.source,
        searchText: buildSearchKey(input.title, input.shortTitle),
      })
      .returning();
    if (!plan) throw new Error("insert returned no row");

    const nodeIds = new Map<string, string>();
    const sourceNodes = orderDepthFirst(
      await tx.select().from(frameworkNodes).where(eq(frameworkNodes.planId, source.id)),
    );
    for (const node of sourceNodes) {
      const { id: oldId, planId: _plan, parentId, lineageId, createdAt: _c, updatedAt: _u, ...fields } = node;
      const [copy] = await tx
        .insert(frameworkNodes)
        .values({
          ...fields,
          planId: plan.id,
          parentId: parentId ? (nodeIds.get(parentId) ?? null) : null,
          lineageId: lineageId ?? oldId,
        })
        .returning({ id: frameworkNodes.id });
      nodeIds.set(oldId, (copy as { id: string }).id);
    }
    const partners = sourceNodes.length
      ? await tx
          .select()
          .from(frameworkNodeOrganizations)
          .where(inArray(frameworkNodeOrganizations.frameworkNodeId, [...nodeIds.keys()]))
      : [];
    if (partners.length > 0) {
      await tx.insert(frameworkNodeOrganizations).values(
        partners.map((partner) => ({
          frameworkNodeId: nodeIds.get(partner.frameworkNodeId) as string,
          organizationId: partner.organizationId,
        })),
      );
    }

    const sourceIndicators = await tx
      .select()
      .from(indicators)
      .where(and(eq(indicators.planId, source.id), isNull(indicators.archivedAt)))
      .orderBy(asc(indicators.code));
    const indicatorIds = new Map<string, string>();
    for (const indicator of sourceIndicators) {
      const { id: oldId, createdAt: _c, updatedAt: _u, ...fields } = indicator;
      const [copy] = await tx
        .insert(indicators)
        .values({
          ...fields,
          planId: plan.id,
          frameworkNodeId: nodeIds.get(indicator.frameworkNodeId) as string,
          formula: null,
        })
        .returning({ id: indicators.id });
      indicatorIds.set(oldId, (copy as { id: string }).id);
    }
    // Formulas point at indicators of their own plan: repoint them once every copy exists.
    for (const indicator of sourceIndicators) {
      const formula = indicator.formula;
      if (!formula) continue;
      const numerator = indicatorIds.get(formula.numeratorIndicatorId);
      const denominator = indicatorIds.get(formula.denominatorIndicatorId);
      if (!numerator || !denominator) continue;
      await tx
        .update(indicators)
        .set({
          formula: { ...formula, numeratorIndicatorId: numerator, denominatorIndicatorId: denominator },
        })
        .where(eq(indicators.id, indicatorIds.get(indicator.id) as string));
    }
    const oldIndicatorIds = [...indicatorIds.keys()];
    if (oldIndicatorIds.length > 0) {
      const sets = await tx
        .select()
        .from(indicatorCategorySets)
        .where(inArray(indicatorCategorySets.indicatorId, oldIndicatorIds));
      if (sets.length > 0) {
        await tx
          .insert(indicatorCategorySets)
          .values(sets.map((set) => ({ ...set, indicatorId: indicatorIds.get(set.indicatorId) as string })));
      }
      const responsible = await tx
        .select()
        .from(indicatorResponsibleOrganizations)
        .where(inArray(indicatorResponsibleOrganizations.indicatorId, oldIndicatorIds));
      if (responsible.length > 0) {
        await tx
          .insert(indicatorResponsibleOrganizations)
          .values(
            responsible.map((row) => ({ ...row, indicatorId: indicatorIds.get(row.indicatorId) as string })),
          );
      }
    }
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
