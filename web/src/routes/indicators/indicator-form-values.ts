import type { ActivityMeasure, EventKind, ParticipationRole } from "../../../../common/schemas/enums.js";
import type { Indicator } from "../../../../common/schemas/indicators.js";
import type { ReportingPeriod } from "../../../../common/schemas/periods.js";
import { numberOrNull, orNull } from "../../components/forms/useSchemaForm.js";

/** Where an indicator's values come from: typed in by organisations, counted from events, or a formula. */
export type ValueSource = "reported" | "activities" | "formula";

export const valueSourceOf = (indicator?: Indicator): ValueSource =>
  indicator?.formula ? "formula" : indicator?.activitySource ? "activities" : "reported";

/** The form's values for an indicator (or a new one): one target input per period. */
export function indicatorFormValues(periods: ReportingPeriod[], indicator?: Indicator) {
  const targetOf = (periodId: string) =>
    indicator?.targets.find((target) => target.periodId === periodId)?.value;
  return {
    code: indicator?.code ?? "",
    name: indicator?.name ?? "",
    frameworkNodeId: indicator?.frameworkNodeId ?? "",
    unit: indicator?.unit ?? "",
    direction: indicator?.direction ?? "up",
    isCumulative: indicator?.isCumulative ?? false,
    countsPeople: indicator?.countsPeople ?? false,
    categorySetIds: indicator?.categorySets.map((set) => set.id) ?? [],
    baselineValue: (indicator?.baselineValue ?? "") as number | string,
    baselineDate: indicator?.baselineDate ?? (null as string | null),
    endTarget: (indicator?.endTarget ?? "") as number | string,
    targets: periods.map((period) => ({
      periodId: period.id,
      value: (targetOf(period.id) ?? "") as number | string,
    })),
    responsibleOrganizationIds: indicator?.responsibleOrganizations.map((org) => org.id) ?? [],
    meansOfVerification: indicator?.meansOfVerification ?? "",
    dataSource: indicator?.dataSource ?? "",
    frequency: indicator?.frequency ?? "",
    rationale: indicator?.rationale ?? "",
    valueSource: valueSourceOf(indicator),
    activitySource: {
      eventKinds: indicator?.activitySource?.eventKinds ?? ([] as EventKind[]),
      roles: indicator?.activitySource?.roles ?? (["participant"] as ParticipationRole[]),
      attendedOnly: indicator?.activitySource?.attendedOnly ?? true,
      measure: indicator?.activitySource?.measure ?? ("unique_people" as ActivityMeasure),
    },
    numeratorIndicatorId: indicator?.formula?.numeratorIndicatorId ?? (null as string | null),
    denominatorIndicatorId: indicator?.formula?.denominatorIndicatorId ?? (null as string | null),
    reason: "",
  };
}

export type IndicatorFormValues = ReturnType<typeof indicatorFormValues>;

/** What the API takes from the form's values, in a plan. */
export const toIndicatorInput =
  (planId: string) =>
  ({
    valueSource,
    activitySource,
    numeratorIndicatorId,
    denominatorIndicatorId,
    reason: _reason,
    ...values
  }: IndicatorFormValues) => ({
    ...values,
    planId,
    baselineValue: numberOrNull(values.baselineValue),
    endTarget: numberOrNull(values.endTarget),
    meansOfVerification: orNull(values.meansOfVerification),
    dataSource: orNull(values.dataSource),
    frequency: orNull(values.frequency),
    rationale: orNull(values.rationale),
    targets: values.targets
      .filter((target) => target.value !== "")
      .map((target) => ({ periodId: target.periodId, value: Number(target.value) })),
    formula:
      valueSource === "formula"
        ? {
            numeratorIndicatorId: numeratorIndicatorId ?? "",
            denominatorIndicatorId: denominatorIndicatorId ?? "",
          }
        : null,
    activitySource: valueSource === "activities" ? activitySource : null,
  });
