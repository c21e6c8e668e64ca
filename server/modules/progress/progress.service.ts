import { rollUpStatuses } from "../../../common/indicators/index.js";
import type { IndicatorSeries, NodeProgress, PlanProgress } from "../../../common/schemas/progress.js";
import type { DbOrTx } from "../../db/client.js";
import type { Actor } from "../../http/actor.js";
import { safeFileName, toCsv } from "../../http/csv.js";
import { notFound } from "../../http/errors.js";
import { enforce } from "../../http/policy.js";
import { progressPolicy } from "./progress.policy.js";
import {
  type NodeOfPlan,
  type PeriodOfPlan,
  selectActivityCounts,
  selectPlanIdOfIndicator,
  selectPlanIndicators,
  selectPlanNodes,
  selectPlanPeriods,
  selectPlanRef,
  selectPlanTargets,
  selectReportedValues,
} from "./progress.queries.js";
import { computePlanFigures, type IndicatorFigures } from "./progress.values.js";

/** Everything the figures of a plan are computed from: a handful of grouped queries. */
async function loadFigures(db: DbOrTx, planId: string, today: string) {
  const [periods, indicators, targets, reported, unique, participations, held] = await Promise.all([
    selectPlanPeriods(db, planId),
    selectPlanIndicators(db, planId),
    selectPlanTargets(db, planId),
    selectReportedValues(db, planId),
    selectActivityCounts(db, planId, "unique_people"),
    selectActivityCounts(db, planId, "participations"),
    selectActivityCounts(db, planId, "events_held"),
  ]);
  const activity = [...unique, ...participations, ...held];
  return {
    periods,
    figures: computePlanFigures({ periods, indicators, targets, reported, activity, today }),
  };
}

/** The period asked for (it must be the plan's), else the latest that has started, else the first. */
function choosePeriod(periods: PeriodOfPlan[], today: string, periodId?: string) {
  if (periodId) {
    const period = periods.find((p) => p.id === periodId);
    if (!period) throw notFound("Reporting period");
    return period;
  }
  return periods.filter((p) => p.startsOn <= today).at(-1) ?? periods[0] ?? null;
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
    loadFigures(db, planId, today),
    selectPlanNodes(db, planId),
  ]);
  const period = choosePeriod(periods, today, periodId);
  const shown = [...figures.values()].filter((f) => !f.indicator.isArchived);
  const indicators = shown.map((f) => indicatorRow(f, period?.id ?? null));
  const statusesByNode = new Map<string, PlanProgress["rollUp"]["status"][]>();
  for (const row of indicators)
    statusesByNode.set(row.nodeId, [...(statusesByNode.get(row.nodeId) ?? []), row.status]);
  const progress: PlanProgress = {
    plan,
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
    status: point?.status ?? "no_data",
    bySex: point ? point.bySex : null,
    aggregation,
    source,
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
  const planId = await selectPlanIdOfIndicator(db, indicatorId);
  if (!planId) throw notFound("Indicator");
  const { figures } = await loadFigures(db, planId, isoDay(now));
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
    points: points.map(({ periodId, periodName, expected, actual, status, bySex }) => ({
      periodId,
      periodName,
      target: expected,
      actual,
      status,
      bySex,
    })),
  };
}

export const progressCsvHeader = [
  "code",
  "name",
  "node code",
  "unit",
  "target",
  "actual",
  "women",
  "men",
  "status",
];

/** The progress table of a plan in one period as a CSV file for spreadsheets. */
export async function getProgressCsv(
  db: DbOrTx,
  actor: Actor,
  planId: string,
  now: Date,
  periodId?: string,
): Promise<{ fileName: string; body: string }> {
  const { progress, codeOfNode } = await planProgress(db, actor, planId, isoDay(now), periodId);
  const rows = progress.indicators.map((row) => [
    row.code,
    row.name,
    codeOfNode.get(row.nodeId) ?? "",
    row.unit,
    row.expected,
    row.actual,
    row.bySex?.female ?? null,
    row.bySex?.male ?? null,
    row.status,
  ]);
  const fileName = safeFileName(`progress-${progress.period?.name ?? "no-period"}`, "csv");
  return { fileName, body: toCsv([progressCsvHeader, ...rows]) };
}
