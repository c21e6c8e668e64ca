/**
 * Progress of a plan: its periods, nodes, indicators and targets, the approved reported values per
 * organisation, and the counts of activity-fed indicators, each in one grouped query.
 */
import { and, asc, eq, sql } from "drizzle-orm";
import type { ActivityMeasure, IndicatorDirection, IndicatorUnit } from "../../../common/schemas/enums.js";
import type { ActivitySource, IndicatorFormula } from "../../../common/schemas/indicators.js";
import type { DbOrTx } from "../../db/client.js";
import { uuidArray } from "../../db/rows.js";
import { frameworkNodes, indicators, indicatorTargets, plans, reportingPeriods } from "../../db/schema.js";
import { toNumber } from "../../db/sql.js";

export interface PeriodOfPlan {
  id: string;
  name: string;
  startsOn: string;
  endsOn: string;
}

export interface NodeOfPlan {
  id: string;
  parentId: string | null;
  code: string;
  title: string;
  depth: number;
  position: number;
}

export interface IndicatorOfPlan {
  id: string;
  code: string;
  name: string;
  unit: IndicatorUnit;
  direction: IndicatorDirection;
  isCumulative: boolean;
  frameworkNodeId: string;
  formula: IndicatorFormula | null;
  activitySource: ActivitySource | null;
  isArchived: boolean;
  /** Split by the `sex` category set. */
  hasSex: boolean;
  baselineValue: number | null;
  baselineDate: string | null;
  endTarget: number | null;
}

/** One organisation's approved figures for one indicator and period. */
export interface ReportedRow {
  indicatorId: string;
  periodId: string;
  organizationId: string;
  /** The value given for the total (category key ''). */
  total: number | null;
  /** The sum of the values given per category combination. */
  combined: number | null;
  female: number | null;
  male: number | null;
}

export async function selectPlanRef(db: DbOrTx, planId: string) {
  const [row] = await db
    .select({ id: plans.id, title: plans.title, endsOn: plans.endsOn })
    .from(plans)
    .where(eq(plans.id, planId));
  return row;
}

/** The plan an indicator belongs to (its id and last day). */
export async function selectPlanOfIndicator(db: DbOrTx, indicatorId: string) {
  const [row] = await db
    .select({ id: plans.id, endsOn: plans.endsOn })
    .from(indicators)
    .innerJoin(plans, eq(plans.id, indicators.planId))
    .where(eq(indicators.id, indicatorId));
  return row;
}

/** The plan's reporting periods in time order. */
export function selectPlanPeriods(db: DbOrTx, planId: string): Promise<PeriodOfPlan[]> {
  return db
    .select({
      id: reportingPeriods.id,
      name: reportingPeriods.name,
      startsOn: reportingPeriods.startsOn,
      endsOn: reportingPeriods.endsOn,
    })
    .from(reportingPeriods)
    .where(eq(reportingPeriods.planId, planId))
    .orderBy(asc(reportingPeriods.startsOn));
}

export function selectPlanNodes(db: DbOrTx, planId: string): Promise<NodeOfPlan[]> {
  return db
    .select({
      id: frameworkNodes.id,
      parentId: frameworkNodes.parentId,
      code: frameworkNodes.code,
      title: frameworkNodes.title,
      depth: frameworkNodes.depth,
      position: frameworkNodes.position,
    })
    .from(frameworkNodes)
    .where(eq(frameworkNodes.planId, planId))
    .orderBy(asc(frameworkNodes.position), asc(frameworkNodes.code));
}

/** Every indicator of the plan, archived ones too (formulas may still refer to them). */
export async function selectPlanIndicators(db: DbOrTx, planId: string): Promise<IndicatorOfPlan[]> {
  // Written out: inside a select, drizzle names columns without their table.
  const hasSex = sql<boolean>`exists (
    select 1 from indicator_category_sets ics join category_sets cs on cs.id = ics.category_set_id
    where ics.indicator_id = indicators.id and cs.code = 'sex')`;
  const rows = await db
    .select({
      id: indicators.id,
      code: indicators.code,
      name: indicators.name,
      unit: indicators.unit,
      direction: indicators.direction,
      isCumulative: indicators.isCumulative,
      frameworkNodeId: indicators.frameworkNodeId,
      formula: indicators.formula,
      activitySource: indicators.activitySource,
      isArchived: sql<boolean>`indicators.archived_at is not null`,
      hasSex,
      baselineValue: indicators.baselineValue,
      baselineDate: indicators.baselineDate,
      endTarget: indicators.endTarget,
    })
    .from(indicators)
    .where(eq(indicators.planId, planId))
    .orderBy(asc(indicators.code));
  return rows.map((row) => ({
    ...row,
    unit: row.unit as IndicatorUnit,
    direction: row.direction as IndicatorDirection,
    baselineValue: toNumber(row.baselineValue),
    endTarget: toNumber(row.endTarget),
  }));
}

export async function selectPlanTargets(db: DbOrTx, planId: string) {
  const rows = await db
    .select({
      indicatorId: indicatorTargets.indicatorId,
      periodId: indicatorTargets.reportingPeriodId,
      target: indicatorTargets.targetValue,
    })
    .from(indicatorTargets)
    .innerJoin(indicators, eq(indicators.id, indicatorTargets.indicatorId))
    .where(and(eq(indicators.planId, planId)));
  return rows.map((row) => ({ ...row, target: toNumber(row.target) }));
}

/** Per indicator, period and organisation: the approved total and the sums of its combinations. */
export async function selectReportedValues(
  db: DbOrTx,
  planId: string,
  indicatorIds?: readonly string[],
): Promise<ReportedRow[]> {
  const only = indicatorIds ? sql`and v.indicator_id = any(${uuidArray(indicatorIds)})` : sql``;
  const result = await db.execute<Record<keyof ReportedRow, string | null>>(sql`
    select v.indicator_id as "indicatorId", s.reporting_period_id as "periodId",
      s.organization_id as "organizationId",
      max(v.value) filter (where v.category_key = '') as "total",
      sum(v.value) filter (where v.category_key <> '') as "combined",
      sum(v.value) filter (where 'sex=female' = any(string_to_array(v.category_key, ';'))) as "female",
      sum(v.value) filter (where 'sex=male' = any(string_to_array(v.category_key, ';'))) as "male"
    from indicator_values v
    join submissions s on s.id = v.submission_id
    join reporting_periods p on p.id = s.reporting_period_id
    join indicators i on i.id = v.indicator_id
    where p.plan_id = ${planId} and i.plan_id = ${planId} and s.status = 'approved' ${only}
    group by v.indicator_id, s.reporting_period_id, s.organization_id`);
  return result.rows.map((row) => ({
    indicatorId: row.indicatorId as string,
    periodId: row.periodId as string,
    organizationId: row.organizationId as string,
    total: toNumber(row.total),
    combined: toNumber(row.combined),
    female: toNumber(row.female),
    male: toNumber(row.male),
  }));
}

/** The plan's indicators of one activity measure (`ind`) and the nodes of their subtrees (`subtree`). */
const indicatorSubtrees = (planId: string, measure: ActivityMeasure) => sql`
  with recursive ind as (
    select id, framework_node_id, activity_source as src from indicators
    where plan_id = ${planId} and activity_source ->> 'measure' = ${measure}
  ), subtree (indicator_id, node_id) as (
    select id, framework_node_id from ind
    union
    select s.indicator_id, n.id from framework_nodes n join subtree s on n.parent_id = s.node_id
  )`;

/**
 * The held, not archived trainings of trainers of each `cascade_reach` indicator: of its kinds
 * (which include training_of_trainers), linked to its node or a node below it, whenever held.
 */
export async function selectCascadeSources(db: DbOrTx, planId: string) {
  const result = await db.execute<{ indicatorId: string; totId: string }>(sql`
    ${indicatorSubtrees(planId, "cascade_reach")}
    select distinct ind.id as "indicatorId", e.id as "totId"
    from ind
    join subtree st on st.indicator_id = ind.id
    join event_framework_nodes efn on efn.framework_node_id = st.node_id
    join events e on e.id = efn.event_id
    where e.kind = 'training_of_trainers' and e.status = 'held' and e.archived_at is null
      and (ind.src -> 'eventKinds') @> to_jsonb(e.kind)`);
  return result.rows;
}
