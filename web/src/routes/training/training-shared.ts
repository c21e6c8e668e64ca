import { useMemo } from "react";
import { trainingKinds } from "../../../../common/schemas/training.js";
import { isApiError } from "../../api/client.js";
import { useFormat } from "../../i18n/format.js";
import { useT } from "../../i18n/useT.js";

/** Trainings (of trainers, seminars, workshops) have tests, evaluations and certificates. */
export const isTrainingKind = (kind: string): boolean => (trainingKinds as readonly string[]).includes(kind);

/** The API hides what a reader may not see (403 or 404): such a section is left out, not an error. */
export const isHidden = (error: unknown): boolean =>
  isApiError(error) && (error.status === 403 || error.status === 404);

/** Percentages, percentage points and means in the locale's format. */
export function useTrainingFormat() {
  const t = useT();
  const format = useFormat();
  return useMemo(() => {
    const share = new Intl.NumberFormat(format.locale, { style: "percent", maximumFractionDigits: 0 });
    const points = new Intl.NumberFormat(format.locale, {
      maximumFractionDigits: 1,
      signDisplay: "exceptZero",
    });
    const mean = new Intl.NumberFormat(format.locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    return {
      /** A share 0..1 as "89 %". */
      share: (value: number | null | undefined) => (value == null ? "–" : share.format(value)),
      /** A mean 0..100 (percent of the maximum) as "45 %". */
      percent: (value: number | null | undefined) => (value == null ? "–" : share.format(value / 100)),
      /** A gain in percentage points as "+27,4 p. p.". */
      points: (value: number | null | undefined) =>
        value == null ? "–" : t("learning.points", { value: points.format(value) }),
      /** A satisfaction mean 1..5 as "4,3". */
      mean: (value: number | null | undefined) => (value == null ? "–" : mean.format(value)),
    };
  }, [format.locale, t]);
}
