/**
 * Which fields of a change alter what an indicator measures. Once values are stored against an
 * indicator, such a change needs a reason (kept in the audit log); a change of wording does not.
 */
import { invalid } from "../../http/errors.js";
import type { IndicatorLinks, IndicatorRow } from "./indicators.queries.js";
import type { IndicatorChanges } from "./indicators.service.js";

export const definingFields = [
  "unit",
  "direction",
  "isCumulative",
  "countsPeople",
  "categorySetIds",
  "formula",
  "activitySource",
  "baselineValue",
  "endTarget",
  "frameworkNodeId",
] as const;
export type DefiningField = (typeof definingFields)[number];

const numberOf = (value: string | null) => (value === null ? null : Number(value));

/** A comparable form of a formula or an activity source: keys in a fixed order, lists as given. */
const formulaKey = (formula: { numeratorIndicatorId: string; denominatorIndicatorId: string } | null) =>
  formula ? `${formula.numeratorIndicatorId}/${formula.denominatorIndicatorId}` : null;
const sourceKey = (
  source: { eventKinds: string[]; roles: string[]; attendedOnly: boolean; measure: string } | null,
) =>
  source
    ? JSON.stringify([
        [...source.eventKinds].sort(),
        [...source.roles].sort(),
        source.attendedOnly,
        source.measure,
      ])
    : null;

/** The defining fields the change gives with a value other than the stored one. */
export function changedDefiningFields(
  row: IndicatorRow,
  links: Pick<IndicatorLinks, "categorySetIds">,
  patch: IndicatorChanges,
): DefiningField[] {
  const stored: Record<DefiningField, unknown> = {
    unit: row.unit,
    direction: row.direction,
    isCumulative: row.isCumulative,
    countsPeople: row.countsPeople,
    categorySetIds: links.categorySetIds.join(","),
    formula: formulaKey(row.formula),
    activitySource: sourceKey(row.activitySource),
    baselineValue: numberOf(row.baselineValue),
    endTarget: numberOf(row.endTarget),
    frameworkNodeId: row.frameworkNodeId,
  };
  const given: Partial<Record<DefiningField, unknown>> = {
    unit: patch.unit,
    direction: patch.direction,
    isCumulative: patch.isCumulative,
    countsPeople: patch.countsPeople,
    categorySetIds: patch.categorySetIds?.join(","),
    formula: patch.formula === undefined ? undefined : formulaKey(patch.formula),
    activitySource: patch.activitySource === undefined ? undefined : sourceKey(patch.activitySource),
    baselineValue: patch.baselineValue,
    endTarget: patch.endTarget,
    frameworkNodeId: patch.frameworkNodeId,
  };
  return definingFields.filter((field) => given[field] !== undefined && given[field] !== stored[field]);
}

/** A definition change of an indicator with stored values is refused without a reason. */
export function requireReason(
  changed: DefiningField[],
  hasValues: boolean,
  reason: string | undefined,
): void {
  if (changed.length === 0 || !hasValues || reason) return;
  throw invalid("reason", "change_reason_required");
}
