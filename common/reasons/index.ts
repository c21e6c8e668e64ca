/**
 * Every reason an error can carry: a stable code the web translates (`reason.<code>`, tested in
 * every locale) with its English text for the API's `message`. Field errors carry one in
 * `details[].reason`, other errors (a conflict, a lock) in the body's `reason`. Parameters fill the
 * text's `{name}` placeholders.
 */
import { accessReasons } from "./access.js";
import { activitiesReasons } from "./activities.js";
import { cooperationReasons } from "./cooperation.js";
import { importsReasons } from "./imports.js";
import { registryReasons } from "./registry.js";
import { resultsReasons } from "./results.js";

export const reasonTexts = {
  ...accessReasons,
  ...registryReasons,
  ...resultsReasons,
  ...activitiesReasons,
  ...importsReasons,
  ...cooperationReasons,
} as const;

export type Reason = keyof typeof reasonTexts;
export type ReasonParams = Record<string, string | number>;

export const reasons = Object.keys(reasonTexts) as Reason[];

export const isReason = (value: unknown): value is Reason =>
  typeof value === "string" && Object.hasOwn(reasonTexts, value);

/** The English text of a reason with its parameters filled in. */
export function reasonText(reason: Reason, params: ReasonParams = {}): string {
  return (reasonTexts[reason] as string).replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
