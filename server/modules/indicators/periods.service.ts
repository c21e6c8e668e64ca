import type { z } from "zod";
import type { Stored } from "../../../common/schemas/abilities.js";
import type {
  PeriodGeneration,
  ReportingPeriod,
  ReportingPeriodDetail,
  ReportingPeriodInput,
  ReportingPeriodList,
  ReportingPeriodPatch,
} from "../../../common/schemas/periods.js";
import type { Db, DbOrTx } from "../../db/client.js";
import type { Actor } from "../../http/actor.js";
import { conflict, invalid, notFound } from "../../http/errors.js";
import { enforce } from "../../http/policy.js";
import { recordAudit } from "../audit/audit.service.js";
import { findPlan } from "../plans/plans.service.js";
import { periodAbilities, periodPolicy } from "./indicators.policy.js";
import {
  countSubmissionsOfPeriod,
  countTargetsOfPeriod,
  deletePeriodRow,
  insertPeriodRow,
  lockPlanRow,
  type PeriodRow,
  selectOverlappingPeriods,
  selectPeriod,
  selectPeriodDetail,
  selectPeriodRow,
  selectPeriodRowForShare,
  selectPeriodRows,
  selectPeriods,
  updatePeriodRow,
} from "./periods.queries.js";

export type PeriodValues = z.output<typeof ReportingPeriodInput>;
export type PeriodChanges = z.output<typeof ReportingPeriodPatch>;
type Range = { startsOn: string; endsOn: string };

const PERIOD = "Reporting period";

const isoDay = (date: Date) => date.toISOString().slice(0, 10);
/** Midnight UTC of a day; years below 100 are those years, not 1900 + year as `Date.UTC` reads them. */
function utcDay(year: number, month: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

const yearName = (year: number) => String(year).padStart(4, "0");

/**
 * The yearly periods starting on `startMonth`/`startDay` that share a day with the plan: the
 * first one starts on or before the plan's first day, the last one holds the plan's last day.
 * A period within one calendar year is named by the year ("2012"), else by both ("2012/2013").
 */
export function yearlyPeriods(plan: Range, startMonth: number, startDay: number) {
  const first = new Date(`${plan.startsOn}T00:00:00Z`);
  // Compared as dates: past the year 9999 an ISO string ("+010000-…") sorts before any other.
  const last = new Date(`${plan.endsOn}T00:00:00Z`);
  let year = first.getUTCFullYear();
  if (utcDay(year, startMonth, startDay) > first) year -= 1;
  const periods: (Range & { name: string })[] = [];
  for (; utcDay(year, startMonth, startDay) <= last; year++) {
    const starts = utcDay(year, startMonth, startDay);
    const ends = new Date(utcDay(year + 1, startMonth, startDay).getTime() - 86_400_000);
    const endYear = ends.getUTCFullYear();
    periods.push({
      name: endYear === year ? yearName(year) : `${yearName(year)}/${yearName(endYear)}`,
      startsOn: isoDay(starts),
      endsOn: isoDay(ends),
    });
  }
  return periods;
}

/** The period just written, as its writer reads it. */
function presentPeriod(actor: Actor, period: Stored<ReportingPeriod> | undefined): ReportingPeriod {
  if (!period) throw notFound(PERIOD);
  return { ...period, abilities: periodAbilities(actor) };
}

export async function listPeriods(db: Db, actor: Actor, planId: string): Promise<ReportingPeriodList> {
  if (!(await findPlan(db, planId))) throw notFound("Plan");
  enforce(periodPolicy(actor, "read"), PERIOD);
  const abilities = periodAbilities(actor);
  return { items: (await selectPeriods(db, planId)).map((period) => ({ ...period, abilities })) };
}

/** One period with its plan's id and titles; read as the plan's period list is. */
export async function getPeriod(db: Db, actor: Actor, id: string): Promise<ReportingPeriodDetail> {
  const period = await selectPeriodDetail(db, id);
  if (!period) throw notFound(PERIOD);
  enforce(periodPolicy(actor, "read"), PERIOD);
  return { ...period, abilities: periodAbilities(actor) };
}

async function lockPlan(tx: DbOrTx, actor: Actor, planId: string, action: "create" | "update" | "delete") {
  const plan = await lockPlanRow(tx, planId);
  if (!plan) throw notFound("Plan");
  enforce(periodPolicy(actor, action), PERIOD);
  return plan;
}

/** A period shares at least one day with its plan, and no day with another period of the plan. */
async function checkDates(tx: DbOrTx, plan: Range & { id: string }, period: Range, exceptId?: string) {
  if (period.startsOn > plan.endsOn) throw invalid("startsOn", "period_after_plan");
  if (period.endsOn < plan.startsOn) throw invalid("endsOn", "period_before_plan");
  const [overlap] = await selectOverlappingPeriods(tx, plan.id, period, exceptId);
  if (overlap) {
    throw conflict("period_overlap", {
      name: overlap.name,
      startsOn: overlap.startsOn,
      endsOn: overlap.endsOn,
    });
  }
}

async function insertPeriod(tx: DbOrTx, actor: Actor, planId: string, values: PeriodValues) {
  const row = await insertPeriodRow(tx, { ...values, planId });
  await recordAudit(tx, actor, {
    action: "create",
    entityType: "reporting_period",
    entityId: row.id,
    after: row,
  });
  return row;
}

export async function createPeriod(
  db: Db,
  actor: Actor,
  planId: string,
  input: PeriodValues,
): Promise<ReportingPeriod> {
  const id = await db.transaction(async (tx) => {
    const plan = await lockPlan(tx, actor, planId, "create");
    await checkDates(tx, plan, input);
    return (await insertPeriod(tx, actor, planId, input)).id;
  });
  return presentPeriod(actor, await selectPeriod(db, id));
}

/** Adds the yearly periods that cover the plan's dates and overlap no period it has; answers those added. */
export async function generatePeriods(
  db: Db,
  actor: Actor,
  planId: string,
  options: z.output<typeof PeriodGeneration>,
): Promise<ReportingPeriodList> {
  const ids = await db.transaction(async (tx) => {
    const plan = await lockPlan(tx, actor, planId, "create");
    const existing = await selectPeriodRows(tx, planId);
    const periods = yearlyPeriods(plan, options.startMonth, options.startDay);
    // A date column holds the years 1–9999; a plan at either edge has a period that cannot be stored.
    if (periods.some((p) => !/^\d{4}-/.test(p.endsOn) || p.startsOn < "0001-01-01")) {
      throw invalid("", "periods_out_of_range");
    }
    const added: string[] = [];
    for (const period of periods) {
      const overlaps = existing.some((e) => e.startsOn <= period.endsOn && e.endsOn >= period.startsOn);
      if (!overlaps) added.push((await insertPeriod(tx, actor, planId, { ...period, status: "open" })).id);
    }
    return added;
  });
  const periods = await selectPeriods(db, planId);
  const abilities = periodAbilities(actor);
  return {
    items: periods.filter((period) => ids.includes(period.id)).map((period) => ({ ...period, abilities })),
  };
}

/** Finds the period (404), asks the policy, then locks its plan and the period in that order. */
async function lockPeriod(tx: DbOrTx, actor: Actor, id: string, action: "update" | "delete") {
  const found = await selectPeriodRow(tx, id);
  if (!found) throw notFound(PERIOD);
  enforce(periodPolicy(actor, action), PERIOD);
  const plan = await lockPlan(tx, actor, found.planId, action);
  const period = await selectPeriodRow(tx, id, true);
  if (!period) throw notFound(PERIOD);
  return { plan, period };
}

export async function updatePeriod(
  db: Db,
  actor: Actor,
  id: string,
  patch: PeriodChanges,
): Promise<ReportingPeriod> {
  await db.transaction(async (tx) => {
    const { plan, period: before } = await lockPeriod(tx, actor, id, "update");
    const merged = { ...before, ...patch };
    if (merged.endsOn < merged.startsOn) {
      throw invalid(patch.endsOn ? "endsOn" : "startsOn", "date_order");
    }
    if (patch.startsOn || patch.endsOn) await checkDates(tx, plan, merged, id);
    const after = await updatePeriodRow(tx, id, patch);
    await recordAudit(tx, actor, {
      action: "update",
      entityType: "reporting_period",
      entityId: id,
      before,
      after,
    });
  });
  return presentPeriod(actor, await selectPeriod(db, id));
}

/** A period no indicator has a target for is deleted; the audit log keeps it. */
export async function deletePeriod(db: Db, actor: Actor, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const { period } = await lockPeriod(tx, actor, id, "delete");
    const targets = await countTargetsOfPeriod(tx, id);
    if (targets > 0) throw conflict("period_has_targets", { count: targets });
    const reports = await countSubmissionsOfPeriod(tx, id);
    if (reports > 0) throw conflict("period_has_reports", { count: reports });
    await deletePeriodRow(tx, id);
    await recordAudit(tx, actor, {
      action: "delete",
      entityType: "reporting_period",
      entityId: id,
      before: period,
    });
  });
}

/** A period's stored row, for the modules that report on it; undefined when missing. */
export function findPeriodRow(db: DbOrTx, id: string): Promise<PeriodRow | undefined> {
  return selectPeriodRow(db, id);
}

/** A period's stored row, held `for share` until the caller's transaction ends (it cannot close meanwhile). */
export function sharePeriodRow(tx: DbOrTx, id: string): Promise<PeriodRow | undefined> {
  return selectPeriodRowForShare(tx, id);
}
