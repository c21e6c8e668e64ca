/** Dual-track assessment: the government self-assessment and civil-society shadow assessments. */
import type { z } from "zod";
import type { FieldError } from "../../../common/errors.js";
import type {
  ActionAssessments,
  PeriodAssessments,
  ShadowAssessmentsInput,
} from "../../../common/schemas/assessments.js";
import type { ActionReportStatus, PeriodStatus, SubmissionStatus } from "../../../common/schemas/enums.js";
import type { Db, DbOrTx } from "../../db/client.js";
import type { Actor } from "../../http/actor.js";
import { isStaff } from "../../http/actor.js";
import { AppError, conflict, fieldError, forbidden, invalid, notFound } from "../../http/errors.js";
import { enforce } from "../../http/policy.js";
import { recordAudit } from "../audit/audit.service.js";
import { findPeriodRow, sharePeriodRow } from "../indicators/periods.service.js";
import { ledActions } from "../submissions/submissions.service.js";
import { assessmentPolicy } from "./assessments.policy.js";
import {
  selectGovernmentReports,
  selectOrganizationNames,
  selectOrganizationSector,
  selectOwnShadowRows,
  selectShadowAssessments,
  upsertShadowAssessments,
} from "./assessments.queries.js";

const PERIOD = "Reporting period";

/**
 * The actions of a plan are its nodes that have a lead organisation (as in the submission form),
 * whatever their tier: the lead organisation's self-assessment is what the government reports.
 */
async function readAssessments(db: DbOrTx, periodId: string): Promise<PeriodAssessments> {
  const period = await findPeriodRow(db, periodId);
  if (!period) throw notFound(PERIOD);
  const actions = await ledActions(db, period.planId);
  const leads = await selectOrganizationNames(db, [
    ...new Set(actions.map((a) => a.organizationId as string)),
  ]);
  const government = await selectGovernmentReports(db, periodId);
  const shadow = await selectShadowAssessments(db, periodId);
  return {
    periodId: period.id,
    periodName: period.name,
    periodStatus: period.status as PeriodStatus,
    actions: actions.map((action): ActionAssessments => {
      const own = government.find(
        (g) => g.frameworkNodeId === action.frameworkNodeId && g.organizationId === action.organizationId,
      );
      return {
        frameworkNodeId: action.frameworkNodeId,
        code: action.code,
        title: action.title,
        leadOrganizationId: action.organizationId as string,
        leadOrganizationName: leads.find((l) => l.id === action.organizationId)?.name ?? "",
        government: own
          ? {
              status: own.status as ActionReportStatus,
              narrative: own.narrative,
              submissionStatus: own.submissionStatus as SubmissionStatus,
            }
          : null,
        shadow: shadow
          .filter((s) => s.frameworkNodeId === action.frameworkNodeId)
          .map((s) => ({
            organizationId: s.organizationId,
            organizationName: s.organizationName,
            status: s.status as ActionReportStatus,
            narrative: s.narrative,
            updatedAt: s.updatedAt.toISOString(),
          })),
      };
    }),
  };
}

export async function getAssessments(db: Db, actor: Actor, periodId: string): Promise<PeriodAssessments> {
  enforce(assessmentPolicy(actor, "read"), PERIOD);
  return readAssessments(db, periodId);
}

/** The civil-society organisation written for: a partner's own; staff must name one. */
async function assessingOrganization(db: DbOrTx, actor: Actor, named: string | undefined): Promise<string> {
  if (!isStaff(actor)) {
    if (!actor.organizationId || (named && named !== actor.organizationId)) throw forbidden();
    const own = await selectOrganizationSector(db, actor.organizationId);
    if (own?.sector !== "civil_society") throw forbidden();
    return actor.organizationId;
  }
  if (!named) throw invalid("organizationId", "assessed_organization_required");
  const org = await selectOrganizationSector(db, named);
  if (org?.sector !== "civil_society") {
    throw invalid("organizationId", "not_civil_society");
  }
  return org.id;
}

/** Upserts the shadow assessments of one civil-society organisation; only while the period is open. */
export async function putShadowAssessments(
  db: Db,
  actor: Actor,
  periodId: string,
  input: z.output<typeof ShadowAssessmentsInput>,
): Promise<PeriodAssessments> {
  enforce(assessmentPolicy(actor, "write"), PERIOD);
  await db.transaction(async (tx) => {
    const period = await sharePeriodRow(tx, periodId);
    if (!period) throw notFound(PERIOD);
    const organizationId = await assessingOrganization(tx, actor, input.organizationId);
    if (period.status === "closed") throw conflict("period_closed");
    const actions = await ledActions(tx, period.planId);
    const errors: FieldError[] = [];
    input.assessments.forEach((entry, index) => {
      const at = `assessments.${index}.frameworkNodeId`;
      if (!actions.some((a) => a.frameworkNodeId === entry.frameworkNodeId)) {
        errors.push(fieldError(at, "no_such_action"));
      } else if (input.assessments.findIndex((e) => e.frameworkNodeId === entry.frameworkNodeId) !== index) {
        errors.push(fieldError(at, "action_given_twice"));
      }
    });
    if (errors.length > 0) throw new AppError("VALIDATION", "The request is not valid", errors);
    const ids = input.assessments.map((e) => e.frameworkNodeId);
    const before = (await selectOwnShadowRows(tx, periodId, organizationId)).filter((r) =>
      ids.includes(r.frameworkNodeId),
    );
    const rows = input.assessments.map((e) => ({ ...e, narrative: e.narrative ?? null }));
    await upsertShadowAssessments(
      tx,
      { reportingPeriodId: periodId, organizationId, updatedBy: actor.userId },
      rows,
    );
    await recordAudit(tx, actor, {
      action: "update",
      entityType: "shadow_assessments",
      entityId: periodId,
      before,
      after: { organizationId, assessments: rows },
    });
  });
  return readAssessments(db, periodId);
}
