import type { z } from "zod";
import type {
  CommentInput,
  CompletenessList,
  SubmissionComment,
  SubmissionCreate,
  SubmissionForm,
} from "../../../common/schemas/submissions.js";
import type { Db, DbOrTx } from "../../db/client.js";
import type { Actor } from "../../http/actor.js";
import { conflict, invalid, notFound, refused } from "../../http/errors.js";
import { enforce } from "../../http/policy.js";
import { recordAudit } from "../audit/audit.service.js";
import {
  selectActionReports,
  selectIndicatorSets,
  selectLedActions,
  selectPlanResponsibilities,
  selectReportedActions,
  selectResponsibleIndicators,
  selectSetCategories,
  selectValues,
} from "./submissions.form.queries.js";
import {
  completenessAbilities,
  type SubmissionAction,
  submissionAbilities,
  submissionPolicy,
} from "./submissions.policy.js";
import {
  insertComment,
  insertSubmissionRow,
  type SubmissionRow,
  selectApprovedFigures,
  selectComments,
  selectOrganizationNames,
  selectPeriodForShare,
  selectPeriodRow,
  selectSubmission,
  selectSubmissionRow,
  selectSubmissionsOfPeriod,
} from "./submissions.queries.js";
import { countsTowardCompleteness, expectedValueCount } from "./submissions.rules.js";

export const SUBMISSION = "Submission";

export type IndicatorSets = Map<
  string,
  { id: string; code: string; name: string; categories: { code: string; name: string }[] }[]
>;

/** The category sets (with their categories, in order) of each indicator, sets sorted by code. */
export async function loadIndicatorSets(db: DbOrTx, indicatorIds: string[]): Promise<IndicatorSets> {
  const sets = await selectIndicatorSets(db, indicatorIds);
  const cats = await selectSetCategories(db, [...new Set(sets.map((s) => s.id))]);
  const result: IndicatorSets = new Map(indicatorIds.map((id) => [id, []]));
  for (const { indicatorId, ...set } of sets) {
    const categories = cats
      .filter((c) => c.categorySetId === set.id)
      .map(({ code, name }) => ({ code, name }));
    result.get(indicatorId)?.push({ ...set, categories });
  }
  return result;
}

/** Finds the submission (404), asks the policy with its row, then locks it for the write. */
export async function lockSubmission(
  tx: DbOrTx,
  actor: Actor,
  id: string,
  action: SubmissionAction,
): Promise<{ row: SubmissionRow; period: NonNullable<Awaited<ReturnType<typeof selectPeriodForShare>>> }> {
  const found = await selectSubmissionRow(tx, id);
  if (!found) throw notFound(SUBMISSION);
  enforce(submissionPolicy(actor, action, found), SUBMISSION);
  const period = await selectPeriodForShare(tx, found.reportingPeriodId);
  const row = await selectSubmissionRow(tx, id, true);
  if (!row || !period) throw notFound(SUBMISSION);
  return { row, period };
}

export const periodClosed = () => conflict("period_closed");

/** Values and action reports are written only in draft or returned, and while the period is open. */
export function assertWritable(row: SubmissionRow, period: { status: string }): void {
  if (row.status === "approved") {
    throw refused("LOCKED", "approved_locked");
  }
  if (row.status === "submitted") {
    throw conflict("submission_submitted");
  }
  if (period.status === "closed") throw periodClosed();
}

/** How many of the actions an organisation leads its submission reports on. */
function actionCounts(led: string[], reportedNodeIds: string[]) {
  return {
    actionsLed: led.length,
    actionsReported: led.filter((nodeId) => reportedNodeIds.includes(nodeId)).length,
  };
}

/** One row per organisation that reports for the period's plan, with how far its submission is. */
export async function listCompleteness(db: Db, actor: Actor, periodId: string): Promise<CompletenessList> {
  const period = await selectPeriodRow(db, periodId);
  if (!period) throw notFound("Reporting period");
  enforce(submissionPolicy(actor, "list"), SUBMISSION);
  const responsibilities = await selectPlanResponsibilities(db, period.planId);
  const actions = await selectLedActions(db, period.planId);
  const orgIds = [
    ...new Set([
      ...responsibilities.map((r) => r.organizationId),
      ...actions.map((a) => a.organizationId as string),
    ]),
  ];
  const names = await selectOrganizationNames(db, orgIds);
  const sets = await loadIndicatorSets(db, [...new Set(responsibilities.map((r) => r.indicatorId))]);
  const rows = await selectSubmissionsOfPeriod(db, periodId);
  const values = await selectValues(
    db,
    rows.map((row) => row.id),
  );
  const reported = await selectReportedActions(
    db,
    rows.map((row) => row.id),
  );
  const items = names.map(({ id, name }) => {
    const own = responsibilities.filter((r) => r.organizationId === id).map((r) => r.indicatorId);
    const submission = rows.find((row) => row.organizationId === id);
    const given = values.filter(
      (v) =>
        v.submissionId === submission?.id &&
        own.includes(v.indicatorId) &&
        (v.value !== null || v.textValue !== null) &&
        countsTowardCompleteness(v.categoryKey, sets.get(v.indicatorId) ?? []),
    ).length;
    return {
      organizationId: id,
      organizationName: name,
      submissionId: submission?.id ?? null,
      status: (submission?.status ?? "not_started") as CompletenessList["items"][number]["status"],
      valuesGiven: given,
      valuesExpected: own.reduce((sum, i) => sum + expectedValueCount(sets.get(i) ?? []), 0),
      ...actionCounts(
        actions.filter((a) => a.organizationId === id).map((a) => a.frameworkNodeId),
        reported.filter((r) => r.submissionId === submission?.id).map((r) => r.frameworkNodeId),
      ),
      abilities: completenessAbilities(actor, {
        organizationId: id,
        submissionId: submission?.id ?? null,
        periodStatus: period.status,
      }),
    };
  });
  items.sort((a, b) => a.organizationName.localeCompare(b.organizationName, "bs"));
  return { items };
}

/** A new draft for an organisation that reports in the period's plan (409 if it has one). */
export async function createSubmission(
  db: Db,
  actor: Actor,
  periodId: string,
  input: z.output<typeof SubmissionCreate>,
): Promise<SubmissionForm> {
  const id = await db.transaction(async (tx) => {
    const found = await selectPeriodRow(tx, periodId);
    if (!found) throw notFound("Reporting period");
    enforce(
      submissionPolicy(actor, "write", { organizationId: input.organizationId, status: "draft" }),
      "Organisation",
    );
    const period = await selectPeriodForShare(tx, periodId);
    if (period?.status !== "open") throw periodClosed();
    const indicators = await selectResponsibleIndicators(tx, found.planId, input.organizationId);
    const actions = await selectLedActions(tx, found.planId, input.organizationId);
    if (indicators.length === 0 && actions.length === 0) {
      throw invalid("organizationId", "nothing_to_report");
    }
    const row = await insertSubmissionRow(tx, {
      reportingPeriodId: periodId,
      organizationId: input.organizationId,
    });
    if (!row) throw conflict("submission_exists");
    await recordAudit(tx, actor, {
      action: "create",
      entityType: "submission",
      entityId: row.id,
      after: row,
    });
    return row.id;
  });
  return readForm(db, actor, id);
}

/** The data-entry form as stored. */
export async function readForm(db: DbOrTx, actor: Actor, id: string): Promise<SubmissionForm> {
  const submission = await selectSubmission(db, id);
  if (!submission) throw notFound(SUBMISSION);
  const indicators = await selectResponsibleIndicators(db, submission.planId, submission.organizationId);
  const sets = await loadIndicatorSets(
    db,
    indicators.map((i) => i.id),
  );
  const values = await selectValues(db, [id]);
  const actions = await selectLedActions(db, submission.planId, submission.organizationId);
  const reports = await selectActionReports(db, id);
  return {
    submission: { ...submission, abilities: submissionAbilities(actor, submission) },
    indicators: indicators.map((indicator) => ({
      ...indicator,
      unit: indicator.unit as SubmissionForm["indicators"][number]["unit"],
      categorySets: sets.get(indicator.id) ?? [],
      values: values
        .filter((v) => v.indicatorId === indicator.id)
        .map((v) => ({
          indicatorId: v.indicatorId,
          categoryKey: v.categoryKey,
          value: v.value === null ? null : Number(v.value),
          textValue: v.textValue,
        })),
    })),
    actions: actions.map(({ frameworkNodeId, code, title }) => {
      const report = reports.find((r) => r.frameworkNodeId === frameworkNodeId);
      return {
        frameworkNodeId,
        code,
        title,
        report: report
          ? {
              status: report.status as NonNullable<SubmissionForm["actions"][number]["report"]>["status"],
              narrative: report.narrative,
            }
          : null,
      };
    }),
    comments: await selectComments(db, id),
  };
}

export async function getSubmission(db: Db, actor: Actor, id: string): Promise<SubmissionForm> {
  const row = await selectSubmissionRow(db, id);
  if (!row) throw notFound(SUBMISSION);
  enforce(submissionPolicy(actor, "read", row), SUBMISSION);
  return readForm(db, actor, id);
}

/** A comment in the thread; allowed in every state, as the discussion goes on. */
export async function addComment(
  db: Db,
  actor: Actor,
  id: string,
  input: z.output<typeof CommentInput>,
): Promise<SubmissionComment> {
  const commentId = await db.transaction(async (tx) => {
    await lockSubmission(tx, actor, id, "write");
    const row = await insertComment(tx, {
      submissionId: id,
      authorUserId: actor.userId,
      body: input.body,
      kind: "comment",
    });
    await recordAudit(tx, actor, {
      action: "create",
      entityType: "submission_comment",
      entityId: row.id,
      after: row,
    });
    return row.id;
  });
  const comments = await selectComments(db, id);
  return comments.find((c) => c.id === commentId) as SubmissionComment;
}

/** A submission's stored row, for the modules that ask its policy before their own work. */
export function findSubmissionRow(db: DbOrTx, id: string): Promise<SubmissionRow | undefined> {
  return selectSubmissionRow(db, id);
}

/** The plan's actions an organisation leads (every node with a lead organisation when none is named). */
export function ledActions(db: DbOrTx, planId: string, organizationId?: string) {
  return selectLedActions(db, planId, organizationId);
}

/** The indicators an organisation types values in for in a plan. */
export function responsibleIndicators(db: DbOrTx, planId: string, organizationId: string) {
  return selectResponsibleIndicators(db, planId, organizationId);
}

/**
 * The figures approved submissions report for an indicator, by period and organisation: those of
 * the submissions the actor may read.
 */
export async function listApprovedFigures(db: DbOrTx, actor: Actor, indicatorId: string) {
  const figures = await selectApprovedFigures(db, indicatorId);
  return figures.filter((row) => submissionPolicy(actor, "read", row) === "allow");
}
