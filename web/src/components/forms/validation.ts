import type { z } from "zod";
import type { FieldError } from "../../../../common/errors.js";
import { isApiError } from "../../api/client.js";
import type { Translate } from "../../i18n/useT.js";
import { reasonMessage } from "./reasons.js";

type Issue = z.core.$ZodIssue;

/** One zod issue in the reader's language. */
export function issueMessage(issue: Issue, t: Translate): string {
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

/** The field errors of a 400 VALIDATION answer, translated; null for any other error. */
export function apiFieldErrors(error: unknown, t: Translate): Record<string, string> | null {
  return isApiError(error) && error.code === "VALIDATION" ? serverFieldErrors(error.details, t) : null;
}

/** Field errors answered by the server (400 VALIDATION), translated by their reason codes. */
export function serverFieldErrors(details: FieldError[], t: Translate): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const detail of details) {
    if (detail.path in errors) continue;
    errors[detail.path] = reasonMessage(detail.reason, detail.params, t) ?? t("validation.invalid");
  }
  return errors;
}
