import { rollUpStatuses } from "../../../common/indicators/index.js";
import type { IndicatorSeries, NodeProgress, PlanProgress } from "../../../common/schemas/progress.js";
import type { DbOrTx } from "../../db/client.js";
import { type ExportFile, type ExportFormat, exportFile } from "../../exports/export.js";
import type { Actor } from "../../http/actor.js";
import { notFound } from "../../http/errors.js";
import { enforce } from "../../http/policy.js";
import { localeOf } from "../../i18n/locale.js";
import { type CountedIndicator, countedFigures, isKeptMeasure } from "../figures/figures.service.js";
import { cascadeFigures } from "./progress.cascade.js";
import { cooperationFigures } from "./progress.cooperation.js";
import { type ProgressTableRow, progressExport } from "./progress.export.js";
import { progressPolicy } from "./progress.policy.js";
import {
  type IndicatorOfPlan,
  type NodeOfPlan,
  type PeriodOfPlan,
  selectPlanIndicators,
  selectPlanNodes,
  selectPlanOfIndicator,
  selectPlanPeriods,
  selectPlanRef,
  selectPlanTargets,
  selectReportedValues,
} from "./progress.queries.js";
import { computePlanFigures, type IndicatorFigures } from "./progress.values.js";

/** An indicator and every indicator its formula reads, however deep. */
function withFormulaInputs(indicators: IndicatorOfPlan[], id: string): IndicatorOfPlan[] {
  const byId = new Map(indicators.map((indicator) => [indicator.id, indicator]));
  const needed = new Set<string>();
  const visit = (current: string) => {
    const indicator = byId.get(current);
    if (!indicator || needed.has(current)) return;
    needed.add(current);
    if (indicator.formula) {
      visit(indicator.formula.numeratorIndicatorId);
      visit(indicator.formula.denominatorIndicatorId);
    }
  };
  visit(id);
  return indicators.filter((indicator) => needed.has(indicator.id));
}

/**
 * Everything the figures of a plan are computed from: a handful of queries and the figures engine.
 * With `only`, just that indicator and the indicators its formula reads.
 */
async function loadFigures(db: DbOrTx, plan: { id: string; endsOn: string }, today: string, only?: string) {
  const planId = plan.id;
  const [periods, all, targets] = await Promise.all([
    selectPlanPeriods(db, planId),
    selectPlanIndicators(db, planId),
    selectPlanTargets(db, planId),
  ]);
  const indicators = only ? withFormulaInputs(all, only) : all;
  const ids = new Set(indicators.map((indicator) => indicator.id));
  const periodIds = periods.map((period) => period.id);
  const counted: CountedIndicator[] = indicators.flatMap((indicator) => {
    const measure = indicator.activitySource?.measure;
    return measure && isKeptMeasure(measure)
      ? [{ id: indicator.id, measure, isCumulative: indicator.isCumulative }]
      : [];
  });
  const cumulative = new Set(indicators.filter((i) => i.isCumulative).map((i) => i.id));
  const reportedIds = indicators.filter((i) => !i.formula && !i.activitySource).map((i) => i.id);
  const [reported, fromEngine, fromCascades, fromCooperation] = await Promise.all([
    reportedIds.length > 0 ? selectReportedValues(db, planId, only ? reportedIds : undefined) : [],
    countedFigures(db, counted, periodIds),
    indicators.some((i) => i.activitySource?.measure === "cascade_reach")
      ? cascadeFigures(db, planId, periods, cumulative, ids)
      : new Map(),
    cooperationFigures(db, planId, periods, indicators),
  ]);
  return {
    periods,
    figures: computePlanFigures({
      periods,
      indicators,
      targets: targets.filter((target) => ids.has(target.indicatorId)),
      reported,
      activity: new Map([...fromEngine, ...fromCascades, ...fromCooperation]),
      today,
      planEndsOn: plan.endsOn,
    }),
  };
}

/**
 * The period asked for (it must be the plan's); else the latest started period in which some
 * indicator has a status (a period under way with nothing reported yet shows only "no data");
 * else the latest started period that has any actual value; else the latest started; else the
 * first.
 */
function choosePeriod(
  periods: PeriodOfPlan[],
  figures: Map<string, IndicatorFigures>,
  today: string,
  periodId?: string,
) {
  if (periodId) {
    const period = periods.find((p) => p.id === periodId);
    if (!period) throw notFound("Reporting period");
    return period;
  }
  const points = [...figures.values()].flatMap((f) => f.points);
  const periodsWhere = (test: (point: IndicatorFigures["points"][number]) => boolean) =>
    new Set(points.filter(test).map((point) => point.periodId));
  const assessed = periodsWhere((point) => point.status !== "no_data");
  const withActuals = periodsWhere((point) => point.actual !== null);
  const started = periods.filter((p) => p.startsOn <= today);
  return (
    started.findLast((p) => assessed.has(p.id)) ??
    started.findLast((p) => withActuals.has(p.id)) ??
    started.at(-1) ??
    periods[0] ??
    null
  );
}

/** Nodes depth-first in framework order, each rolled up from the indicators of its subtree. */
function rollUpNodes(nodes: NodeOfPlan[], statusesByNode: Map<string, PlanProgress["rollUp"]["status"][]>) {
  const children = new Map<string | null, NodeOfPlan[]>();
  for (const node of nodes) children.set(node.parentId, [...(children.get(node.parentId) ?? []), node]);
  const result: NodeProgress[] = [];
  const visit = (node: NodeOfPlan): PlanProgress["rollUp"]["status"][] => {
    const entry = { nodeId: node.id, code: node.code, title: node.title, depth: node.depth };
    const index = result.length;
    result.push({
      ...entry,
      status: "no_data",
      counts: { on_track: 0, at_risk: 0, off_track: 0, no_data: 0 },
    });
    const statuses = [...(statusesByNode.get(node.id) ?? [])];
    for (const child of children.get(node.id) ?? []) statuses.push(...visit(child));
    result[index] = { ...entry, ...rollUpStatuses(statuses) };
    return statuses;
  };
  for (const root of children.get(null) ?? []) visit(root);
  return result;
}

async function planProgress(db: DbOrTx, actor: Actor, planId: string, today: string, periodId?: string) {
  enforce(progressPolicy(actor, "read"), "Plan");
  const plan = await selectPlanRef(db, planId);
  if (!plan) throw notFound("Plan");
  const [{ periods, figures }, nodes] = await Promise.all([
    loadFigures(db, plan, today),
    selectPlanNodes(db, planId),
  ]);
  const period = choosePeriod(periods, figures, today, periodId);
  const shown = [...figures.values()].filter((f) => !f.indicator.isArchived);
  const indicators = shown.map((f) => indicatorRow(f, period?.id ?? null));
  const statusesByNode = new Map<string, PlanProgress["rollUp"]["status"][]>();
  for (const row of indicators)
    statusesByNode.set(row.nodeId, [...(statusesByNode.get(row.nodeId) ?? []), row.status]);
  const progress: PlanProgress = {
    plan: { id: plan.id, title: plan.title },
    period: period ? { id: period.id, name: period.name } : null,
    periods: periods.map((p) => ({ id: p.id, name: p.name })),
    rollUp: rollUpStatuses(indicators.map((row) => row.status)),
    nodes: rollUpNodes(nodes, statusesByNode),
    indicators,
  };
  return { progress, codeOfNode: new Map(nodes.map((n) => [n.id, n.code])) };
}

function indicatorRow(
  figures: IndicatorFigures,
  periodId: string | null,
): PlanProgress["indicators"][number] {
  const { indicator, source, aggregation } = figures;
  const point = figures.points.find((p) => p.periodId === periodId);
  return {
    indicatorId: indicator.id,
    code: indicator.code,
    name: indicator.name,
    unit: indicator.unit,
    nodeId: indicator.frameworkNodeId,
    actual: point?.actual ?? null,
    expected: point?.expected ?? null,
    expectedBasis: point?.expectedBasis ?? "none",
    status: point?.status ?? "no_data",
    bySex: point ? point.bySex : null,
    aggregation,
    source,
    activitySource: indicator.activitySource ?? null,
    isCumulative: indicator.isCumulative,
  };
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** A plan's progress in one period (the latest that has started unless asked). */
export async function getPlanProgress(
  db: DbOrTx,
  actor: Actor,
  planId: string,
  now: Date,
  periodId?: string,
): Promise<PlanProgress> {
  return (await planProgress(db, actor, planId, isoDay(now), periodId)).progress;
}

/** One indicator's actuals and targets over every period of its plan. */
export async function getIndicatorSeries(
  db: DbOrTx,
  actor: Actor,
  indicatorId: string,
  now: Date,
): Promise<IndicatorSeries> {
  enforce(progressPolicy(actor, "read"), "Indicator");
  const plan = await selectPlanOfIndicator(db, indicatorId);
  if (!plan) throw notFound("Indicator");
  const { figures } = await loadFigures(db, plan, isoDay(now), indicatorId);
  const found = figures.get(indicatorId);
  if (!found) throw notFound("Indicator");
  const { indicator, points } = found;
  return {
    indicator: {
      id: indicator.id,
      code: indicator.code,
      name: indicator.name,
      unit: indicator.unit,
      direction: indicator.direction,
    },
    points: points.map(({ periodId, periodName, expected, expectedBasis, actual, status, bySex }) => ({
      periodId,
      periodName,
      target: expected,
      targetBasis: expectedBasis,
      actual,
      status,
      bySex,
    })),
  };
}

/** The progress table of a plan in one period: one row per indicator, and the period's name. */
async function progressTable(db: DbOrTx, actor: Actor, planId: string, now: Date, periodId?: string) {
  const { progress, codeOfNode } = await planProgress(db, actor, planId, isoDay(now), periodId);
  const rows: ProgressTableRow[] = progress.indicators.map((row) => ({
    code: row.code,
    name: row.name,
    nodeCode: codeOfNode.get(row.nodeId) ?? "",
    unit: row.unit,
    expected: row.expected,
    expectedBasis: row.expectedBasis,
    actual: row.actual,
    women: row.bySex?.female ?? null,
    men: row.bySex?.male ?? null,
    status: row.status,
  }));
  return { rows, periodName: progress.period?.name };
}

/**
 * The progress table of a plan in one period as a CSV or XLSX file, through the shared export
 * writer: headers and statuses in the reader's language, numbers as numbers, formula-safe text.
 * Named by the sheet and the period ("Napredak 2013-2014.xlsx"), or the day without a period.
 */
export async function getProgressFile(
  db: DbOrTx,
  actor: Actor,
  planId: string,
  now: Date,
  format: ExportFormat,
  periodId?: string,
): Promise<ExportFile> {
  const { rows, periodName } = await progressTable(db, actor, planId, now, periodId);
  const locale = await localeOf(db, actor.userId);
  return exportFile(progressExport, rows, {
    format,
    locale,
    today: isoDay(now),
    ...(periodName === undefined ? {} : { label: periodName.replace(/[\\/:*?"<>|]+/g, "-") }),
  });
}
