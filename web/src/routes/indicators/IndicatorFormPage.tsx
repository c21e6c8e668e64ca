import { Paper, Stack, Title } from "@mantine/core";
import { useState } from "react";
import type { Indicator } from "../../../../common/schemas/indicators.js";
import { useIndicator, usePeriods } from "../../api/indicators.js";
import { usePlan } from "../../api/plans.js";
import { RecordPending } from "../../components/LoadFailure.js";
import { SearchSelect } from "../../components/selects/SearchSelect.js";
import { usePlanOptions } from "../../components/selects/sources.js";
import { useT } from "../../i18n/useT.js";
import { IndicatorForm } from "./IndicatorForm.js";

/** New (in a plan given by the address, or chosen here) or edit. */
export function IndicatorFormPage({ id, planId }: { id?: string; planId?: string }) {
  const t = useT();
  const query = useIndicator(id);
  const [chosenPlanId, setChosenPlanId] = useState<string | null>(planId ?? null);
  if (id) {
    if (!query.data) return <RecordPending query={query} />;
    return <IndicatorPlanLoader planId={query.data.planId} indicator={query.data} />;
  }
  if (!chosenPlanId) {
    return (
      <Stack maw={600}>
        <Title order={1} size="h2">
          {t("indicators.new")}
        </Title>
        <Paper withBorder p="md">
          <SearchSelect
            label={t("indicators.plan")}
            required
            useOptions={usePlanOptions}
            value={chosenPlanId}
            onChange={setChosenPlanId}
          />
        </Paper>
      </Stack>
    );
  }
  return <IndicatorPlanLoader planId={chosenPlanId} />;
}

/** The form needs the plan's periods before it starts: one target input per period. */
function IndicatorPlanLoader({ planId, indicator }: { planId: string; indicator?: Indicator }) {
  const periods = usePeriods(planId);
  const plan = usePlan(planId);
  if (!periods.data) return <RecordPending query={periods} />;
  if (!plan.data) return <RecordPending query={plan} />;
  return (
    <IndicatorForm
      planId={planId}
      planLabel={plan.data.shortTitle || plan.data.title}
      periods={periods.data.items}
      indicator={indicator}
    />
  );
}
