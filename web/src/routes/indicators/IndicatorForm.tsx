/** The indicator form: what it measures, its values and targets, where they come from. */
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
import { useEffect, useMemo } from "react";
import {
  type ActivityMeasure,
  activityMeasures,
  eventKinds,
  indicatorDirections,
  indicatorUnits,
  isCooperationMeasure,
  measureCountsPeople,
  participationRoles,
} from "../../../../common/schemas/enums.js";
import type { Indicator } from "../../../../common/schemas/indicators.js";
import type { ReportingPeriod } from "../../../../common/schemas/periods.js";
import {
  useCategorySets,
  useCreateIndicator,
  useIndicators,
  useUpdateIndicator,
} from "../../api/indicators.js";
import { usePlanTree } from "../../api/plans.js";
import { DateField } from "../../components/forms/DateField.js";
import { FormPage } from "../../components/forms/FormPage.js";
import { orNull, useSchemaForm } from "../../components/forms/useSchemaForm.js";
import { TextLink } from "../../components/links.js";
import { notifySuccess } from "../../components/notify.js";
import { SearchMultiSelect } from "../../components/selects/SearchSelect.js";
import { useOrganizationOptions } from "../../components/selects/sources.js";
import { useFormat } from "../../i18n/format.js";
import { useT } from "../../i18n/useT.js";
import { IndicatorFormSchema } from "./indicator-form-rules.js";
import { indicatorFormValues, toIndicatorInput, type ValueSource } from "./indicator-form-values.js";

export interface FormProps {
  planId: string;
  planLabel: string;
  periods: ReportingPeriod[];
  indicator?: Indicator;
}

export function IndicatorForm({ planId, planLabel, periods, indicator }: FormProps) {
  const t = useT();
  const format = useFormat();
  const navigate = useNavigate();
  const create = useCreateIndicator();
  const update = useUpdateIndicator();
  const tree = usePlanTree(planId);
  const sets = useCategorySets();
  const siblings = useIndicators({ planId, pageSize: 200, sort: "code" });
  const sexSetId = sets.data?.items.find((set) => set.isSystem && set.code === "sex")?.id;

  const { form, handleSubmit, submitError } = useSchemaForm({
    initialValues: indicatorFormValues(periods, indicator),
    schema: IndicatorFormSchema,
    toInput: toIndicatorInput(planId),
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
    if (measureCountsPeople(measure)) form.setFieldValue("countsPeople", true);
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
                  disabled={isCooperationMeasure(form.values.activitySource.measure)}
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
                  disabled={isCooperationMeasure(form.values.activitySource.measure)}
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
