import {
  Badge,
  Button,
  Group,
  NativeSelect,
  NumberInput,
  Paper,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useState } from "react";
import { type ReportingPeriod, ReportingPeriodInput } from "../../../../common/schemas/periods.js";
import type { Plan } from "../../../../common/schemas/plans.js";
import {
  useCreatePeriod,
  useDeletePeriod,
  useGeneratePeriods,
  usePeriods,
  useUpdatePeriod,
} from "../../api/indicators.js";
import { EditDeleteActions } from "../../components/EditDeleteActions.js";
import { PeriodFields } from "../../components/forms/fields.js";
import { ModalForm } from "../../components/forms/ModalForm.js";
import { useSchemaForm } from "../../components/forms/useSchemaForm.js";
import { TextLink } from "../../components/links.js";
import { type Column, DataTable, wholeList } from "../../components/list/DataTable.js";
import { notifyError, notifySuccess } from "../../components/notify.js";
import { useFormat } from "../../i18n/format.js";
import { useLocale } from "../../i18n/I18nProvider.js";
import { useT } from "../../i18n/useT.js";

export function PeriodStatusBadge({ status }: { status: ReportingPeriod["status"] }) {
  const t = useT();
  return (
    <Badge color={status === "open" ? "teal" : "gray"} variant="light">
      {t(`periodStatus.${status}`)}
    </Badge>
  );
}

type Dialog = { mode: "create" } | { mode: "edit"; period: ReportingPeriod } | { mode: "generate" } | null;

/** A plan's reporting periods: generate yearly ones, add, edit, close or reopen, delete. */
export function PeriodsSection({ plan, canAdd }: { plan: Plan; canAdd: boolean }) {
  const t = useT();
  const format = useFormat();
  const query = usePeriods(plan.id);
  const update = useUpdatePeriod();
  const remove = useDeletePeriod();
  const [dialog, setDialog] = useState<Dialog>(null);

  const toggleStatus = async (period: ReportingPeriod) => {
    const status = period.status === "open" ? "closed" : "open";
    try {
      await update.mutateAsync({ id: period.id, patch: { status } });
      notifySuccess(status === "closed" ? t("periods.closed") : t("periods.reopened"));
    } catch (error) {
      notifyError(error, t);
    }
  };

  const columns: Column<ReportingPeriod>[] = [
    {
      key: "name",
      header: t("common.name"),
      render: (period) => (
        <Text fw={600} size="sm">
          {period.name}
        </Text>
      ),
    },
    {
      key: "dates",
      header: t("common.period"),
      render: (period) => format.dateRange(period.startsOn, period.endsOn),
    },
    {
      key: "status",
      header: t("common.status"),
      render: (period) => <PeriodStatusBadge status={period.status} />,
    },
    {
      key: "targets",
      header: t("periods.targetCount"),
      render: (period) => format.number(period.targetCount),
    },
  ];
  columns.push({
    key: "reports",
    header: t("periods.reports"),
    render: (period) => (
      <TextLink
        to="/plans/$planId/periods/$periodId/reports"
        params={{ planId: plan.id, periodId: period.id }}
        size="sm"
      >
        {t("reports.title", { name: period.name })}
      </TextLink>
    ),
  });
  if ((query.data?.items ?? []).some((period) => period.abilities.update)) {
    columns.push({
      key: "actions",
      header: t("common.actions"),
      render: (period) => (
        <Group gap={4} wrap="nowrap">
          <Button
            size="compact-sm"
            variant="default"
            onClick={() => toggleStatus(period)}
            aria-label={
              period.status === "open"
                ? t("periods.close", { name: period.name })
                : t("periods.reopen", { name: period.name })
            }
          >
            {period.status === "open" ? t("periods.closeShort") : t("periods.reopenShort")}
          </Button>
          <EditDeleteActions
            editLabel={t("periods.edit", { name: period.name })}
            onEdit={() => setDialog({ mode: "edit", period })}
            deleteLabel={t("periods.delete", { name: period.name })}
            deleteTitle={t("periods.deleteTitle", { name: period.name })}
            deleteBody={t("periods.deleteBody")}
            onDelete={() => remove.mutateAsync(period.id)}
          />
        </Group>
      ),
    });
  }

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="periods-heading">
      <Group justify="space-between" mb="sm" wrap="wrap">
        <Title order={2} size="h4" id="periods-heading">
          {t("periods.title")}
        </Title>
        {canAdd && (
          <Group gap="xs">
            <Button variant="light" onClick={() => setDialog({ mode: "generate" })}>
              {t("periods.generate")}
            </Button>
            <Button onClick={() => setDialog({ mode: "create" })}>{t("periods.add")}</Button>
          </Group>
        )}
      </Group>
      <DataTable
        caption={t("periods.title")}
        columns={columns}
        {...wholeList(query)}
        rowKey={(period) => period.id}
        minWidth={720}
        empty={t("periods.empty")}
      />
      {dialog?.mode === "generate" && (
        <GeneratePeriodsModal planId={plan.id} onClose={() => setDialog(null)} />
      )}
      {(dialog?.mode === "create" || dialog?.mode === "edit") && (
        <PeriodModal
          planId={plan.id}
          period={dialog.mode === "edit" ? dialog.period : undefined}
          onClose={() => setDialog(null)}
        />
      )}
    </Paper>
  );
}

function GeneratePeriodsModal({ planId, onClose }: { planId: string; onClose: () => void }) {
  const t = useT();
  const generate = useGeneratePeriods(planId);
  const [startMonth, setStartMonth] = useState("8");
  const [startDay, setStartDay] = useState<number | string>(1);
  const { locale } = useLocale();
  const [error, setError] = useState<unknown>(null);
  const monthName = (month: number) =>
    new Intl.DateTimeFormat(locale, { month: "long" }).format(new Date(2001, month - 1, 1));

  const onSubmit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    try {
      const result = await generate.mutateAsync({
        startMonth: Number(startMonth),
        startDay: Number(startDay),
      });
      notifySuccess(t("periods.generated", { count: result.items.length }));
      onClose();
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <ModalForm
      opened
      onClose={onClose}
      title={t("periods.generateTitle")}
      onSubmit={onSubmit}
      submitError={error}
      submitting={generate.isPending}
    >
      <Text size="sm">{t("periods.generateHint")}</Text>
      <Group grow align="flex-start">
        <NativeSelect
          label={t("periods.startMonth")}
          value={startMonth}
          onChange={(event) => setStartMonth(event.currentTarget.value)}
          data={Array.from({ length: 12 }, (_, index) => ({
            value: String(index + 1),
            label: monthName(index + 1),
          }))}
        />
        <NumberInput
          label={t("periods.startDay")}
          min={1}
          max={28}
          allowDecimal={false}
          value={startDay}
          onChange={setStartDay}
        />
      </Group>
    </ModalForm>
  );
}

function PeriodModal({
  planId,
  period,
  onClose,
}: {
  planId: string;
  period?: ReportingPeriod;
  onClose: () => void;
}) {
  const t = useT();
  const create = useCreatePeriod(planId);
  const update = useUpdatePeriod();
  const { form, handleSubmit, submitError } = useSchemaForm({
    initialValues: {
      name: period?.name ?? "",
      startsOn: period?.startsOn ?? (null as string | null),
      endsOn: period?.endsOn ?? (null as string | null),
      status: period?.status ?? "open",
    },
    schema: ReportingPeriodInput,
    toInput: (values) => ({ ...values, startsOn: values.startsOn ?? "", endsOn: values.endsOn ?? "" }),
  });

  const onSubmit = handleSubmit(async (input) => {
    if (period) await update.mutateAsync({ id: period.id, patch: input });
    else await create.mutateAsync(input);
    notifySuccess(period ? t("common.saved") : t("common.created"));
    onClose();
  });

  return (
    <ModalForm
      opened
      onClose={onClose}
      title={period ? t("periods.editTitle", { name: period.name }) : t("periods.newTitle")}
      onSubmit={onSubmit}
      submitError={submitError}
      submitting={form.submitting}
    >
      <TextInput label={t("periods.name")} required placeholder="2025/26" {...form.getInputProps("name")} />
      <PeriodFields start={form.getInputProps("startsOn")} end={form.getInputProps("endsOn")} />
      <NativeSelect
        label={t("common.status")}
        data={(["open", "closed"] as const).map((value) => ({ value, label: t(`periodStatus.${value}`) }))}
        {...form.getInputProps("status")}
      />
    </ModalForm>
  );
}
