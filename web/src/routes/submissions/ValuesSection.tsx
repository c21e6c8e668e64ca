import {
  Button,
  Group,
  NumberInput,
  Paper,
  Stack,
  Switch,
  Table,
  Text,
  Textarea,
  Title,
} from "@mantine/core";
import { type FormEvent, useState } from "react";
import type { FormIndicator, SubmissionForm } from "../../../../common/schemas/submissions.js";
import { useIndicators } from "../../api/indicators.js";
import { useSaveValues } from "../../api/submissions.js";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { notifyError, notifySuccess } from "../../components/notify.js";
import { useFormat } from "../../i18n/format.js";
import { useT } from "../../i18n/useT.js";
import { combinationsOf, type EntryValue, entryKey, initialEntries, valuesToSave } from "./entry.js";
export function ValuesSection({ form, editable }: { form: SubmissionForm; editable: boolean }) {
  const t = useT();
  const save = useSaveValues(form.submission.id);
  const [entries, setEntries] = useState<Record<string, EntryValue>>(() => initialEntries(form.indicators));
  const [error, setError] = useState<unknown>(null);
  // The means of verification is the source of each figure; the form itself does not carry it.
  const definitions = useIndicators({ planId: form.submission.planId, pageSize: 200 });
  const sourceOf = (indicatorId: string) =>
    definitions.data?.items.find((item) => item.id === indicatorId)?.meansOfVerification ?? null;

  const setEntry = (key: string, value: EntryValue) =>
    setEntries((current) => ({ ...current, [key]: value }));

  const onSave = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    const values = valuesToSave(form.indicators, entries);
    if (values.length === 0) {
      notifySuccess(t("submission.nothingToSave"));
      return;
    }
    try {
      await save.mutateAsync({ values });
      notifySuccess(t("submission.valuesSaved"));
    } catch (caught) {
      setError(caught);
      notifyError(caught, t);
    }
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="values-heading">
      <form onSubmit={onSave} noValidate>
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h4" id="values-heading">
            {t("submission.indicators")}
          </Title>
          {editable && (
            <Button type="submit" loading={save.isPending}>
              {t("submission.saveValues")}
            </Button>
          )}
        </Group>
        {error !== null && (
          <div style={{ marginBottom: 12 }}>
            <ErrorAlert error={error} />
          </div>
        )}
        {form.indicators.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t("submission.noIndicators")}
          </Text>
        ) : (
          <Stack gap="lg">
            {form.indicators.map((indicator) => (
              <IndicatorEntry
                key={indicator.id}
                indicator={indicator}
                source={sourceOf(indicator.id)}
                entries={entries}
                setEntry={setEntry}
                disabled={!editable}
              />
            ))}
          </Stack>
        )}
      </form>
    </Paper>
  );
}

interface EntryProps {
  indicator: FormIndicator;
  source: string | null;
  entries: Record<string, EntryValue>;
  setEntry: (key: string, value: EntryValue) => void;
  disabled: boolean;
}

function IndicatorEntry(props: EntryProps) {
  const t = useT();
  const { indicator, source } = props;
  return (
    <Stack gap={6} component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
      <Text component="legend" fw={600}>
        {indicator.code} · {indicator.name}
      </Text>
      <Text size="sm" c="dimmed">
        {t("submission.unit")}: {t(`indicatorUnit.${indicator.unit}`)}
      </Text>
      {source && (
        <Text size="xs" c="dimmed">
          {t("submission.source")}: {source}
        </Text>
      )}
      <CategoryInputs {...props} />
    </Stack>
  );
}

/** The inputs of one indicator: a single value, a row per set, or a grid for two sets. */
function CategoryInputs({ indicator, entries, setEntry, disabled }: EntryProps) {
  const t = useT();
  const format = useFormat();
  const sets = indicator.categorySets;
  const input = (categoryKey: string, label: string) => (
    <ValueInput
      key={categoryKey}
      unit={indicator.unit}
      label={`${indicator.code} ${label}`}
      value={entryOf(categoryKey)}
      onChange={(value) => setEntry(entryKey(indicator.id, categoryKey), value)}
      disabled={disabled}
    />
  );
  function entryOf(categoryKey: string) {
    return entries[entryKey(indicator.id, categoryKey)];
  }
  const nameOf = (setCode: string, code: string, name: string) =>
    setCode === "sex" && (code === "female" || code === "male") ? t(`sex.${code}`) : name;

  if (sets.length === 0) return input("", t("submission.value"));

  const combinations = combinationsOf(sets);
  const numeric = indicator.unit === "number";
  const sum = combinations.reduce((total, combination) => {
    const value = entryOf(combination.key);
    return total + (value === "" || value === undefined || typeof value === "boolean" ? 0 : Number(value));
  }, 0);
  const total = numeric ? (
    <Text size="sm" fw={600} aria-live="polite">
      {t("submission.computedTotal", { total: format.number(sum) })}
    </Text>
  ) : indicator.unit === "text" || indicator.unit === "yes_no" ? null : (
    input("", t("submission.total"))
  );

  const [rowsSet, columnsSet] =
    sets.length === 2 && sets[0]?.code === "sex" ? [sets[1], sets[0]] : [sets[0], sets[1]];
  if (sets.length === 2 && rowsSet && columnsSet && indicator.unit !== "text") {
    return (
      <Stack gap="xs">
        <Table withTableBorder withColumnBorders style={{ width: "auto" }}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{rowsSet.name}</Table.Th>
              {columnsSet.categories.map((column) => (
                <Table.Th key={column.code}>{nameOf(columnsSet.code, column.code, column.name)}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rowsSet.categories.map((row) => (
              <Table.Tr key={row.code}>
                <Table.Th scope="row">{nameOf(rowsSet.code, row.code, row.name)}</Table.Th>
                {columnsSet.categories.map((column) => {
                  const key = combinationKey(rowsSet.code, row.code, columnsSet.code, column.code);
                  return (
                    <Table.Td key={column.code}>
                      {input(
                        key,
                        `${nameOf(rowsSet.code, row.code, row.name)} ${nameOf(columnsSet.code, column.code, column.name)}`,
                      )}
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {total}
      </Stack>
    );
  }

  return (
    <Stack gap="xs">
      <Group align="flex-end" gap="sm">
        {combinations.map((combination) =>
          input(
            combination.key,
            combination.names
              .map((name, index) => {
                const set = sets[index];
                const code = set ? combination.pairs[set.code] : undefined;
                return set && code ? nameOf(set.code, code, name) : name;
              })
              .join(" · "),
          ),
        )}
      </Group>
      {total}
    </Stack>
  );
}

const combinationKey = (setA: string, codeA: string, setB: string, codeB: string) =>
  [`${setA}=${codeA}`, `${setB}=${codeB}`]
    .sort((a, b) => (a.split("=")[0] ?? "").localeCompare(b.split("=")[0] ?? ""))
    .join(";");

function ValueInput({
  unit,
  label,
  value,
  onChange,
  disabled,
}: {
  unit: FormIndicator["unit"];
  label: string;
  value: EntryValue | undefined;
  onChange: (value: EntryValue) => void;
  disabled: boolean;
}) {
  if (unit === "yes_no") {
    return (
      <Switch
        label={label}
        checked={value === true}
        onChange={(event) => onChange(event.currentTarget.checked)}
        disabled={disabled}
      />
    );
  }
  if (unit === "text") {
    return (
      <Textarea
        label={label}
        autosize
        minRows={2}
        value={typeof value === "string" ? value : ""}
        onChange={(event) => onChange(event.currentTarget.value)}
        disabled={disabled}
        style={{ flex: 1 }}
      />
    );
  }
  return (
    <NumberInput
      label={label}
      value={typeof value === "boolean" ? "" : (value ?? "")}
      onChange={(next) => onChange(next)}
      disabled={disabled}
      min={0}
      max={unit === "percent" ? 100 : undefined}
      decimalScale={unit === "number" ? undefined : 2}
      suffix={unit === "percent" ? " %" : undefined}
      w={150}
    />
  );
}
