/**
 * The states of a submission: draft → submitted → returned (with a comment) | approved; a returned
 * submission is corrected and submitted again; an approved one is locked until unlocked with a reason.
 */
import type { z } from "zod";
import type { SubmissionStatus } from "../../../common/schemas/enums.js";
import type { ReturnInput, SubmissionForm, UnlockInput } from "../../../common/schemas/submissions.js";
import type { Db, DbOrTx } from "../../db/client.js";
import type { Actor } from "../../http/actor.js";
import { AppError, conflict, fieldError } from "../../http/errors.js";
import type { MailDeps } from "../../mail/mailer.js";
import { recordAudit } from "../audit/audit.service.js";
import { selectResponsibleIndicators, selectValues } from "./submissions.form.queries.js";
import { mailReturned, mailSubmitted } from "./submissions.mail.js";
import { insertComment, type SubmissionRow, updateSubmissionRow } from "./submissions.queries.js";
import { missingSexCategories } from "./submissions.rules.js";
import { loadIndicatorSets, lockSubmission, periodClosed, readForm } from "./submissions.service.js";

/** A step the submission's status does not allow: its status and the step, as codes. */
function assertStatus(
  row: SubmissionRow,
  allowed: SubmissionStatus[],
  action: "submitted" | "returned" | "approved" | "unlocked",
) {
  if (!allowed.includes(row.status as SubmissionStatus)) {
    throw conflict("submission_status", { status: row.status, action });
  }
}

async function setStatus(
  tx: DbOrTx,
  actor: Actor,
  before: SubmissionRow,
  changes: Parameters<typeof updateSubmissionRow>[2],
  reason?: string,
) {
  const after = await updateSubmissionRow(tx, before.id, changes);
  await recordAudit(tx, actor, {
    action: "update",
    entityType: "submission",
    entityId: before.id,
    before,
    after,
    reason: reason ?? null,
  });
}

/** Every indicator that counts people needs a value for each category of its `sex` set. */
async function checkSexSplit(tx: DbOrTx, row: SubmissionRow, planId: string) {
  const indicators = (await selectResponsibleIndicators(tx, planId, row.organizationId)).filter(
    (i) => i.countsPeople,
  );
  const sets = await loadIndicatorSets(
    tx,
    indicators.map((i) => i.id),
  );
  const values = (await selectValues(tx, [row.id])).filter((v) => v.value !== null);
  const details = indicators.flatMap((indicator) => {
    const keys = values.filter((v) => v.indicatorId === indicator.id).map((v) => v.categoryKey);
    const missing = missingSexCategories(sets.get(indicator.id) ?? [], keys);
    return missing.length === 0
      ? []
      : [
          fieldError(`indicators.${indicator.id}`, "sex_split_missing", {
            indicator: indicator.code,
            categories: missing.map((m) => `sex=${m}`).join(", "),
          }),
        ];
  });
  if (details.length > 0) {
    throw new AppError("VALIDATION", "Counts of people must be split by sex", details);
  }
}

/** Draft or returned → submitted; the coordinators are mailed once it is committed. */
export async function submitSubmission(
  db: Db,
  mail: MailDeps,
  actor: Actor,
  id: string,
  now: Date,
): Promise<SubmissionForm> {
  await db.transaction(async (tx) => {
    const { row, period } = await lockSubmission(tx, actor, id, "write");
    assertStatus(row, ["draft", "returned"], "submitted");
    if (period.status === "closed") throw periodClosed();
    await checkSexSplit(tx, row, period.planId);
    await setStatus(tx, actor, row, {
      status: "submitted",
      submittedAt: now,
      submittedBy: actor.userId,
      decidedAt: null,
      decidedBy: null,
    });
  });
  const form = await readForm(db, actor, id);
  await mailSubmitted(db, mail, form);
  return form;
}

/** Submitted → returned with a comment; the organisation's representatives are mailed. */
export async function returnSubmission(
  db: Db,
  mail: MailDeps,
  actor: Actor,
  id: string,
  input: z.output<typeof ReturnInput>,
  now: Date,
): Promise<SubmissionForm> {
  await db.transaction(async (tx) => {
    const { row } = await lockSubmission(tx, actor, id, "decide");
    assertStatus(row, ["submitted"], "returned");
    await insertComment(tx, {
      submissionId: id,
      authorUserId: actor.userId,
      body: input.comment,
      kind: "return",
    });
    await setStatus(
      tx,
      actor,
      row,
      { status: "returned", decidedAt: now, decidedBy: actor.userId },
      input.comment,
    );
  });
  const form = await readForm(db, actor, id);
  await mailReturned(db, mail, form, input.comment);
  return form;
}

export async function approveSubmission(
  db: Db,
  actor: Actor,
  id: string,
  now: Date,
): Promise<SubmissionForm> {
  await db.transaction(async (tx) => {
    const { row } = await lockSubmission(tx, actor, id, "decide");
    assertStatus(row, ["submitted"], "approved");
    await setStatus(tx, actor, row, { status: "approved", decidedAt: now, decidedBy: actor.userId });
  });
  return readForm(db, actor, id);
}

/** Approved → returned, so that the organisation can correct it; the reason goes to the thread and the log. */
export async function unlockSubmission(
  db: Db,
  actor: Actor,
  id: string,
  input: z.output<typeof UnlockInput>,
  now: Date,
): Promise<SubmissionForm> {
  await db.transaction(async (tx) => {
    const { row } = await lockSubmission(tx, actor, id, "decide");
    assertStatus(row, ["approved"], "unlocked");
    await insertComment(tx, {
      submissionId: id,
      authorUserId: actor.userId,
      body: input.reason,
      kind: "unlock",
    });
    await setStatus(
      tx,
      actor,
      row,
      { status: "returned", decidedAt: now, decidedBy: actor.userId },
      input.reason,
    );
  });
  return readForm(db, actor, id);
}
