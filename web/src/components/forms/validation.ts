import type { z } from "zod";
import type { FieldError } from "../../../../common/errors.js";
import type { MessageKey } from "../../i18n/messages/en.js";
import type { Translate } from "../../i18n/useT.js";
import { reasonMessage } from "./reasons.js";

/** Rule messages written in the shared schemas, mapped to their translation. */
const knownMessages: Record<string, MessageKey> = {
  "The end date comes before the start date": "validation.endBeforeStart",
  "Test scores need a maximum score they do not exceed": "validation.scores",
  "Representatives and partners belong to an organisation": "validation.organizationRequired",
  "Choose a person or register a new one": "validation.choosePerson",
  "One target per kind of event": "validation.oneTargetPerKind",
  "Use a three-letter currency code, e.g. BAM, EUR, USD": "validation.currency",
  "The current password is not right": "validation.currentPassword",
  "An indicator that counts people is split by sex: include the set “sex”": "validation.sexRequired",
  "The period is not a reporting period of this plan": "validation.periodNotInPlan",
  "An indicator is computed by a formula or from activities, not both": "validation.formulaOrActivities",
  "An indicator cannot be computed from itself": "validation.formulaSelf",
  "The indicator is not an indicator of this plan": "validation.formulaOtherPlan",
  "The numerator and the denominator are two indicators": "validation.formulaSame",
  "An indicator fed by activities counts: its unit is number": "validation.activityUnit",
  "An indicator that counts people at events counts people": "validation.activityPeople",
  "The period starts after the plan ends": "validation.periodAfterPlan",
  "The period ends before the plan starts": "validation.periodBeforePlan",
  "One target per period": "validation.onePerPeriod",
  "This code is listed twice": "validation.codeTwice",
  "A budget amount needs its currency": "validation.budgetCurrency",
  "The indicator already has reported values: give a reason for the change": "validation.reasonRequired",
  "A cascade's reach is counted from trainings of trainers: include that kind": "validation.cascadeFromTot",
};

type Issue = z.core.$ZodIssue;

/** One zod issue in the reader's language. */
export function issueMessage(issue: Issue, t: Translate): string {
  const known = knownMessages[issue.message];
  if (known) return t(known);
  if (issue.code === "custom") {
    const byReason = reasonMessage(issue.params?.reason, issue.params, t);
    if (byReason) return byReason;
  }
  const last = String(issue.path.at(-1) ?? "");
  switch (issue.code) {
    case "invalid_type":
      if (issue.expected === "int") return t("validation.integer");
      return t("validation.required");
    case "too_small": {
      const min = Number(issue.minimum);
      if (issue.origin === "string")
        return min <= 1 ? t("validation.required") : t("validation.tooShort", { min });
      if (issue.origin === "array") return t("validation.chooseAtLeast", { min });
      return t("validation.min", { min });
    }
    case "too_big": {
      const max = Number(issue.maximum);
      if (issue.origin === "string") return t("validation.tooLong", { max });
      if (issue.origin === "array") return t("validation.tooMany", { max });
      return t("validation.max", { max });
    }
    case "invalid_format":
      if (issue.format === "email") return t("validation.email");
      if (issue.format === "date" || issue.format === "datetime") return t("validation.date");
      if (issue.format === "uuid" || issue.format === "guid") return t("validation.required");
      return t("validation.invalid");
    case "invalid_union":
      return last === "email" ? t("validation.email") : t("validation.invalid");
    case "invalid_value":
      return t("validation.required");
    default:
      return t("validation.invalid");
  }
}

/** Field errors keyed by dotted path, the shape `@mantine/form` expects; the first issue of a field wins. */
export function schemaErrors(schema: z.ZodType, input: unknown, t: Translate): Record<string, string> {
  const result = schema.safeParse(input);
  if (result.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join(".");
    if (!(path in errors)) errors[path] = issueMessage(issue, t);
  }
  return errors;
}

/** Field errors answered by the server (400 VALIDATION), translated where the rule is known. */
export function serverFieldErrors(details: FieldError[], t: Translate): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const detail of details) {
    if (detail.path in errors) continue;
    const known = knownMessages[detail.message];
    errors[detail.path] =
      reasonMessage(detail.reason, detail.params, t) ?? (known ? t(known) : t("validation.invalid"));
  }
  return errors;
}
