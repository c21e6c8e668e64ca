/** Data entry: indicator values per disaggregation and the self-assessment of each action led. */
import type { z } from "zod";
import type { FieldError } from "../../../common/errors.js";
import type { IndicatorUnit } from "../../../common/schemas/enums.js";
import type { ActionReportsInput, SubmissionForm, ValuesInput } from "../../../common/schemas/submissions.js";
import type { Db } from "../../db/client.js";
import type { Actor } from "../../http/actor.js";
import { AppError, fieldError } from "../../http/errors.js";
import { recordAudit } from "../audit/audit.service.js";
import {
  selectActionReports,
  selectLedActions,
  selectResponsibleIndicators,
  upsertActionReports,
  upsertValues,
} from "./submissions.form.queries.js";
import { touchSubmission } from "./submissions.queries.js";
import { canonicalCategoryKey, checkValueShape } from "./submissions.rules.js";
import { assertWritable, loadIndicatorSets, lockSubmission, readForm } from "./submissions.service.js";

const invalidFields = (details: FieldError[]) =>
  new AppError("VALIDATION", "The request is not valid", details);

/** Upserts values; each must be for an indicator the organisation reports in this plan. */
export async function putValues(
  db: Db,
  actor: Actor,
  id: string,
  input: z.output<typeof ValuesInput>,
): Promise<SubmissionForm> {
  await db.transaction(async (tx) => {
    const { row, period } = await lockSubmission(tx, actor, id, "write");
    assertWritable(row, period);
    const indicators = await selectResponsibleIndicators(tx, period.planId, row.organizationId);
    const sets = await loadIndicatorSets(
      tx,
      indicators.map((i) => i.id),
    );
    const errors: FieldError[] = [];
    const rows: {
      indicatorId: string;
      categoryKey: string;
      value: string | null;
      textValue: string | null;
    }[] = [];
    input.values.forEach((entry, index) => {
      const at = (field: string) => `values.${index}.${field}`;
      const indicator = indicators.find((i) => i.id === entry.indicatorId);
      if (!indicator) {
        errors.push(fieldError(at("indicatorId"), "not_reported_indicator"));
        return;
      }
      const key = canonicalCategoryKey(entry.categoryKey, sets.get(indicator.id) ?? []);
      if ("error" in key) {
        errors.push(fieldError(at("categoryKey"), key.error, key.params));
        return;
      }
      const value = entry.value ?? null;
      const shape = checkValueShape(indicator.unit as IndicatorUnit, indicator.countsPeople, {
        value,
        textValue: entry.textValue,
      });
      errors.push(...shape.map((e) => ({ ...e, path: at(e.path) })));
      if (rows.some((r) => r.indicatorId === indicator.id && r.categoryKey === key.key)) {
        errors.push(fieldError(at("categoryKey"), "value_given_twice"));
      }
      rows.push({
        indicatorId: indicator.id,
        categoryKey: key.key,
        value: value === null ? null : String(value),
        textValue: entry.textValue,
      });
    });
    if (errors.length > 0) throw invalidFields(errors);
    const before = await upsertValues(tx, id, rows);
    await touchSubmission(tx, id);
    await recordAudit(tx, actor, {
      action: "update",
      entityType: "submission_values",
      entityId: id,
      before,
      after: rows,
    });
  });
  return readForm(db, actor, id);
}

/** Upserts the self-assessment of actions; only actions of the plan the organisation leads. */
export async function putActionReports(
  db: Db,
  actor: Actor,
  id: string,
  input: z.output<typeof ActionReportsInput>,
): Promise<SubmissionForm> {
  await db.transaction(async (tx) => {
    const { row, period } = await lockSubmission(tx, actor, id, "write");
    assertWritable(row, period);
    const led = await selectLedActions(tx, period.planId, row.organizationId);
    const errors: FieldError[] = [];
    input.reports.forEach((report, index) => {
      if (!led.some((a) => a.frameworkNodeId === report.frameworkNodeId)) {
        errors.push(fieldError(`reports.${index}.frameworkNodeId`, "not_led_action"));
      } else if (input.reports.findIndex((r) => r.frameworkNodeId === report.frameworkNodeId) !== index) {
        errors.push(fieldError(`reports.${index}.frameworkNodeId`, "action_given_twice"));
      }
    });
    if (errors.length > 0) throw invalidFields(errors);
    const ids = input.reports.map((r) => r.frameworkNodeId);
    const before = (await selectActionReports(tx, id)).filter((r) => ids.includes(r.frameworkNodeId));
    await upsertActionReports(tx, id, input.reports);
    await touchSubmission(tx, id);
    await recordAudit(tx, actor, {
      action: "update",
      entityType: "action_reports",
      entityId: id,
      before,
      after: input.reports,
    });
  });
  return readForm(db, actor, id);
}
