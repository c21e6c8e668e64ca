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
/** A sum of the values some organisations reported, and how many reported one. */
export interface ReportedSum {
  sum: number;
  count: number;
}

/**
 * The approved figures of an indicator in a period, across organisations: per organisation, its
 * total is the value given for the total, else the sum of its category combinations; its women's
 * and men's figures are the sums of the combinations with that sex.
 */
export interface ReportedCell {
  indicatorId: string;
  periodId: string;
  actual: ReportedSum;
  female: ReportedSum;
  male: ReportedSum;
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

/**
 * Per indicator and period, the approved figures summed across organisations (see `ReportedCell`),
 * as the triggers of migration 0024 keep them.
 */
export async function selectReportedValues(
  db: DbOrTx,
  planId: string,
  indicatorIds?: readonly string[],
): Promise<ReportedCell[]> {
  const only = indicatorIds ? sql`and f.indicator_id = any(${uuidArray(indicatorIds)})` : sql``;
  const result = await db.execute<Record<string, string | number>>(sql`
    select f.indicator_id as "indicatorId", f.period_id as "periodId",
      f.actual_sum as "actualSum", f.actual_count as "actualCount",
      f.female_sum as "femaleSum", f.female_count as "femaleCount",
      f.male_sum as "maleSum", f.male_count as "maleCount"
    from reported_period_figures f
    join reporting_periods p on p.id = f.period_id
    join indicators i on i.id = f.indicator_id
    where p.plan_id = ${planId} and i.plan_id = ${planId} ${only}
      and (f.actual_count > 0 or f.female_count > 0 or f.male_count > 0)`);
  const sumOf = (sum: string | number | undefined, count: string | number | undefined): ReportedSum => ({
    sum: Number(sum ?? 0),
    count: Number(count ?? 0),
  });
  return result.rows.map((row) => ({
    indicatorId: String(row.indicatorId),
    periodId: String(row.periodId),
    actual: sumOf(row.actualSum, row.actualCount),
    female: sumOf(row.femaleSum, row.femaleCount),
    male: sumOf(row.maleSum, row.maleCount),
  }));
}

/**
 * The same figures counted from the values of approved submissions (what the triggers keep), for
 * the tests that compare the two.
 */
export async function selectReportedValuesFromScratch(db: DbOrTx, planId: string): Promise<ReportedCell[]> {
  const result = await db.execute<Record<string, string | null>>(sql`
    with organisation_cell as (
      select v.indicator_id, s.reporting_period_id as period_id,
        coalesce(max(v.value) filter (where v.category_key = ''),
          sum(v.value) filter (where v.category_key <> '')) as actual,
        sum(v.value) filter (where 'sex=female' = any(string_to_array(v.category_key, ';'))) as female,
        sum(v.value) filter (where 'sex=male' = any(string_to_array(v.category_key, ';'))) as male
      from indicator_values v
      join submissions s on s.id = v.submission_id
      join reporting_periods p on p.id = s.reporting_period_id
      join indicators i on i.id = v.indicator_id
      where p.plan_id = ${planId} and i.plan_id = ${planId} and s.status = 'approved'
      group by v.indicator_id, s.reporting_period_id, s.organization_id
    )
    select indicator_id as "indicatorId", period_id as "periodId",
      sum(actual) as "actualSum", count(actual) as "actualCount",
      sum(female) as "femaleSum", count(female) as "femaleCount",
      sum(male) as "maleSum", count(male) as "maleCount"
    from organisation_cell
    group by indicator_id, period_id`);
  return result.rows.map((row) => ({
    indicatorId: String(row.indicatorId),
    periodId: String(row.periodId),
    actual: { sum: Number(row.actualSum ?? 0), count: Number(row.actualCount ?? 0) },
    female: { sum: Number(row.femaleSum ?? 0), count: Number(row.femaleCount ?? 0) },
    male: { sum: Number(row.maleSum ?? 0), count: Number(row.maleCount ?? 0) },
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
    ${indicatorSubtrees(planId, "cascade_reach")},
    -- The TOTs and their links first (few among many events, by their own index).
    tot as materialized (
      select e.id, e.kind, efn.framework_node_id as node_id
      from events e join event_framework_nodes efn on efn.event_id = e.id
      where e.kind = 'training_of_trainers' and e.status = 'held' and e.archived_at is null
    )
    select distinct ind.id as "indicatorId", e.id as "totId"
    from ind
    join subtree st on st.indicator_id = ind.id
    join tot e on e.node_id = st.node_id
    where (ind.src -> 'eventKinds') @> to_jsonb(e.kind)`);
  return result.rows;
}
