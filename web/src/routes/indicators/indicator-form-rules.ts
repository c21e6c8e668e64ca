import { activitySourceProblems } from "../../../../common/indicators/index.js";
import { reasonTexts } from "../../../../common/reasons/index.js";
import { IndicatorInput } from "../../../../common/schemas/indicators.js";

/**
 * The indicator's schema with the activity-source rules the server applies (one function in
 * `common/`), so the form shows them before sending; each issue carries the server's reason code.
 */
export const IndicatorFormSchema = IndicatorInput.superRefine((input, context) => {
  if (!input.activitySource) return;
  const problems = activitySourceProblems({
    unit: input.unit,
    countsPeople: input.countsPeople ?? false,
    source: input.activitySource,
  });
  for (const { path, reason } of problems) {
    // The unit is where the form lets the reader fix a unit that is not a count.
    const field = reason === "activity_unit" ? "unit" : path;
    context.addIssue({ code: "custom", path: [field], message: reasonTexts[reason], params: { reason } });
  }
});
