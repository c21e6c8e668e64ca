import {
  Checkbox,
  Group,
  MultiSelect,
  NativeSelect,
  NumberInput,
  Paper,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { useNavigate } from "@tanstack/react-router";
import { useEffect, useMemo, useState } from "react";
import {
  type ActivityMeasure,
  activityMeasures,
  type EventKind,
  eventKinds,
  indicatorDirections,
  indicatorUnits,
  type ParticipationRole,
  participationRoles,
} from "../../../../common/schemas/enums.js";
import { type Indicator, IndicatorInput } from "../../../../common/schemas/indicators.js";
import type { ReportingPeriod } from "../../../../common/schemas/periods.js";
import {
  useCategorySets,
  useCreateIndicator,
  useIndicator,
  useIndicators,
  usePeriods,
  useUpdateIndicator,
} from "../../api/indicators.js";
import { usePlan, usePlanTree } from "../../api/plans.js";
import { DateField } from "../../components/forms/DateField.js";
import { FormPage } from "../../components/forms/FormPage.js";
import { numberOrNull, orNull, useSchemaForm } from "../../components/forms/useSchemaForm.js";
import { RecordPending } from "../../components/LoadFailure.js";
import { TextLink } from "../../components/links.js";
import { notifySuccess } from "../../components/notify.js";
import { SearchMultiSelect, SearchSelect } from "../../components/selects/SearchSelect.js";
import { useOrganizationOptions, usePlanOptions } from "../../components/selects/sources.js";
import { useFormat } from "../../i18n/format.js";
import { useT } from "../../i18n/useT.js";

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

/** Where an indicator's values come from: typed in by organisations, counted from events, or a formula. */
type ValueSource = "reported" | "activities" | "formula";

const valueSourceOf = (indicator?: Indicator): ValueSource =>
  indicator?.formula ? "formula" : indicator?.activitySource ? "activities" : "reported";

/** The rules of the server's that the form can check before sending; the messages are those it answers. */
const IndicatorFormSchema = IndicatorInput.superRefine((input, context) => {
  if (!input.activitySource) return;
  if (input.unit !== "number") {
    const message = "An indicator fed by activities counts: its unit is number";
    context.addIssue({ code: "custom", path: ["unit"], message });
  }
  if (input.activitySource.measure !== "events_held" && !input.countsPeople) {
    const message = "An indicator that counts people at events counts people";
    context.addIssue({ code: "custom", path: ["countsPeople"], message });
  }
});

interface FormProps {
  planId: string;
  planLabel: string;
  periods: ReportingPeriod[];
  indicator?: Indicator;
}

function IndicatorForm({ planId, planLabel, periods, indicator }: FormProps) {
  const t = useT();
  const format = useFormat();
  const navigate = useNavigate();
  const create = useCreateIndicator();
  const update = useUpdateIndicator();
  const tree = usePlanTree(planId);
  const sets = useCategorySets();
  const siblings = useIndicators({ planId, pageSize: 200, sort: "code" });
  const sexSetId = sets.data?.items.find((set) => set.isSystem && set.code === "sex")?.id;

  const targetOf = (periodId: string) =>
    indicator?.targets.find((target) => target.periodId === periodId)?.value;
  const { form, handleSubmit, submitError } = useSchemaForm({
    initialValues: {
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
    },
    schema: IndicatorFormSchema,
    toInput: ({
      valueSource,
      activitySource,
      numeratorIndicatorId,
      denominatorIndicatorId,
      reason: _reason,
      ...values
    }) => ({
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
    }),
  });

  // People counts are always split by sex: checking "counts people" adds the set.
  const { countsPeople, categorySetIds } = form.values;
  useEffect(() => {
    if (countsPeople && sexSetId && !categorySetIds.includes(sexSetId)) {
      form.setFieldValue("categorySetIds", [sexSetId, ...categorySetIds]);
    }
  }, [countsPeople, sexSetId, categorySetIds, form.setFieldValue]);

  const nodeOptions = useMemo(
    () =>
      (tree.data?.nodes ?? []).map((node) => ({
        value: node.id,
        label: `${"\u00a0\u00a0".repeat(node.depth)}${node.code} ${node.title}`,
      })),
    [tree.data],
  );
  const setOptions = (sets.data?.items ?? []).map((set) => ({ value: set.id, label: set.name }));
  const indicatorOptions = (siblings.data?.items ?? [])
    .filter((item) => item.id !== indicator?.id)
    .map((item) => ({ value: item.id, label: `${item.code} ${item.name}` }));

  /** Counting people at events: the indicator is a number that counts people (and so is split by sex). */
  const fitActivityCount = (measure: ActivityMeasure) => {
    if (!form.values.unit) form.setFieldValue("unit", "number");
    if (measure !== "events_held") form.setFieldValue("countsPeople", true);
  };
  const chooseValueSource = (source: ValueSource) => {
    form.setFieldValue("valueSource", source);
    if (source === "activities") fitActivityCount(form.values.activitySource.measure);
  };
  const chooseMeasure = (measure: ActivityMeasure) => {
    form.setFieldValue("activitySource.measure", measure);
    fitActivityCount(measure);
  };

  const onSubmit = handleSubmit(async (input) => {
    const { planId: _fixed, ...patch } = input;
    const saved = indicator
      ? await update.mutateAsync({
          id: indicator.id,
          patch: { ...patch, reason: orNull(form.values.reason) ?? undefined },
        })
      : await create.mutateAsync(input);
    notifySuccess(indicator ? t("common.saved") : t("common.created"));
    await navigate({ to: "/indicators/$indicatorId", params: { indicatorId: saved.id } });
  });

  const numberProps = {
    thousandSeparator: format.thousandSeparator,
    decimalSeparator: format.decimalSeparator,
  };

  return (
    <FormPage
      title={indicator ? t("indicators.editTitle", { code: indicator.code }) : t("indicators.new")}
      back={
        indicator
          ? { to: "/indicators/$indicatorId", params: { indicatorId: indicator.id }, label: indicator.code }
          : { to: "/plans/$planId", params: { planId }, label: planLabel }
      }
      onSubmit={onSubmit}
      submitError={submitError}
      submitting={form.submitting}
      maw={960}
      sections
    >
      <Paper withBorder p="md">
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t("indicators.inPlan", { plan: planLabel })}
          </Text>
          <Group grow align="flex-start" wrap="wrap">
            <TextInput
              label={t("common.code")}
              required
              style={{ flex: "0 1 160px" }}
              {...form.getInputProps("code")}
            />
            <Textarea
              label={t("common.name")}
              required
              autosize
              minRows={1}
              style={{ flex: "3 1 360px" }}
              {...form.getInputProps("name")}
            />
          </Group>
          <Select
            label={t("indicators.node")}
            required
            searchable
            data={nodeOptions}
            nothingFoundMessage={tree.isLoading ? t("common.loading") : t("common.noResults")}
            comboboxProps={{ withinPortal: true }}
            maxDropdownHeight={320}
            {...form.getInputProps("frameworkNodeId")}
          />
          <Group grow align="flex-start" wrap="wrap">
            <NativeSelect
              label={t("indicators.unit")}
              required
              data={[
                { value: "", label: t("common.choose") },
                ...indicatorUnits.map((value) => ({ value, label: t(`indicatorUnit.${value}`) })),
              ]}
              {...form.getInputProps("unit")}
            />
            <NativeSelect
              label={t("indicators.direction")}
              data={indicatorDirections.map((value) => ({ value, label: t(`indicatorDirection.${value}`) }))}
              {...form.getInputProps("direction")}
            />
          </Group>
          <Group gap="xl">
            <Checkbox
              label={t("indicators.cumulative")}
              {...form.getInputProps("isCumulative", { type: "checkbox" })}
            />
            <Checkbox
              label={t("indicators.countsPeople")}
              {...form.getInputProps("countsPeople", { type: "checkbox" })}
            />
          </Group>
          <MultiSelect
            label={t("indicators.disaggregations")}
            description={countsPeople ? t("indicators.sexHint") : undefined}
            data={setOptions}
            searchable
            clearable
            comboboxProps={{ withinPortal: true }}
            {...form.getInputProps("categorySetIds")}
          />
          <TextLink to="/category-sets" size="sm">
            {t("categorySets.manage")}
          </TextLink>
          <SearchMultiSelect
            label={t("indicators.responsible")}
            useOptions={useOrganizationOptions}
            knownOptions={indicator?.responsibleOrganizations.map((org) => ({
              value: org.id,
              label: org.name,
            }))}
            {...form.getInputProps("responsibleOrganizationIds")}
          />
        </Stack>
      </Paper>

      <Paper withBorder p="md" component="section" aria-labelledby="values-heading">
        <Stack gap="md">
          <Title order={2} size="h4" id="values-heading">
            {t("indicators.baselineAndTargets")}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <NumberInput
              label={t("indicators.baselineValue")}
              {...numberProps}
              {...form.getInputProps("baselineValue")}
            />
            <DateField
              label={t("indicators.baselineDate")}
              clearable
              {...form.getInputProps("baselineDate")}
            />
            <NumberInput
              label={t("indicators.endTarget")}
              {...numberProps}
              {...form.getInputProps("endTarget")}
            />
          </SimpleGrid>
          {periods.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t("indicators.noPeriods")}
            </Text>
          ) : (
            <SimpleGrid cols={{ base: 2, sm: 4 }}>
              {periods.map((period, index) => (
                <NumberInput
                  key={period.id}
                  label={t("indicators.targetFor", { period: period.name })}
                  {...numberProps}
                  {...form.getInputProps(`targets.${index}.value`)}
                />
              ))}
            </SimpleGrid>
          )}
        </Stack>
      </Paper>

      <Paper withBorder p="md" component="section" aria-labelledby="source-heading">
        <Stack gap="md">
          <Title order={2} size="h4" id="source-heading">
            {t("indicators.sourceSection")}
          </Title>
          <Textarea
            label={t("indicators.meansOfVerification")}
            description={t("indicators.meansOfVerificationHint")}
            autosize
            minRows={2}
            {...form.getInputProps("meansOfVerification")}
          />
          <Group grow align="flex-start" wrap="wrap">
            <TextInput label={t("indicators.dataSource")} {...form.getInputProps("dataSource")} />
            <TextInput label={t("indicators.frequency")} {...form.getInputProps("frequency")} />
          </Group>
          <Textarea
            label={t("indicators.rationale")}
            autosize
            minRows={2}
            {...form.getInputProps("rationale")}
          />
        </Stack>
      </Paper>

      <Paper withBorder p="md" component="section" aria-labelledby="value-source-heading">
        <Stack gap="md">
          <Title order={2} size="h4" id="value-source-heading">
            {t("indicators.valueSource")}
          </Title>
          <Radio.Group
            aria-labelledby="value-source-heading"
            value={form.values.valueSource}
            onChange={(value) => chooseValueSource(value as ValueSource)}
          >
            <Stack gap="sm">
              <Radio
                value="reported"
                label={t("indicators.sourceReported")}
                description={t("indicators.sourceReportedHint")}
              />
              <Radio
                value="activities"
                label={t("indicators.sourceActivities")}
                description={t("indicators.sourceActivitiesHint")}
              />
              <Radio
                value="formula"
                label={t("indicators.hasFormula")}
                description={t("indicators.formulaHint")}
              />
            </Stack>
          </Radio.Group>
          {form.values.valueSource === "activities" && (
            <>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <MultiSelect
                  label={t("indicators.eventKinds")}
                  required
                  data={eventKinds.map((value) => ({ value, label: t(`eventKind.${value}`) }))}
                  comboboxProps={{ withinPortal: true }}
                  {...form.getInputProps("activitySource.eventKinds")}
                />
                <MultiSelect
                  label={t("indicators.roles")}
                  required
                  data={participationRoles.map((value) => ({
                    value,
                    label: t(`participationRole.${value}`),
                  }))}
                  comboboxProps={{ withinPortal: true }}
                  {...form.getInputProps("activitySource.roles")}
                />
              </SimpleGrid>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <NativeSelect
                  label={t("indicators.measure")}
                  description={t("indicators.measureHint")}
                  required
                  data={activityMeasures.map((value) => ({ value, label: t(`activityMeasure.${value}`) }))}
                  {...form.getInputProps("activitySource.measure")}
                  onChange={(event) => chooseMeasure(event.currentTarget.value as ActivityMeasure)}
                />
                <Switch
                  label={t("indicators.attendedOnly")}
                  description={t("indicators.attendedOnlyHint")}
                  mt="md"
                  {...form.getInputProps("activitySource.attendedOnly", { type: "checkbox" })}
                />
              </SimpleGrid>
            </>
          )}
          {form.values.valueSource === "formula" && (
            <Group grow align="flex-start" wrap="wrap">
              <Select
                label={t("indicators.numerator")}
                required
                searchable
                data={indicatorOptions}
                comboboxProps={{ withinPortal: true }}
                {...form.getInputProps("numeratorIndicatorId")}
                error={form.errors["formula.numeratorIndicatorId"] ?? form.errors.formula}
              />
              <Select
                label={t("indicators.denominator")}
                required
                searchable
                data={indicatorOptions}
                comboboxProps={{ withinPortal: true }}
                {...form.getInputProps("denominatorIndicatorId")}
                error={form.errors["formula.denominatorIndicatorId"]}
              />
            </Group>
          )}
          {form.errors.activitySource && (
            <Text c="red" size="sm" role="alert">
              {form.errors.activitySource}
            </Text>
          )}
        </Stack>
      </Paper>

      {indicator && (
        <Textarea
          label={t("indicators.changeReason")}
          description={t("indicators.changeReasonHint")}
          autosize
          minRows={2}
          maxLength={2000}
          {...form.getInputProps("reason")}
        />
      )}
    </FormPage>
  );
}
