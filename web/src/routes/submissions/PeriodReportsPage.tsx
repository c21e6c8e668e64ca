import { Button, Group, Progress, Text } from "@mantine/core";
import { useNavigate } from "@tanstack/react-router";
import type { CompletenessRow } from "../../../../common/schemas/submissions.js";
import { useMe } from "../../api/auth.js";
import { usePeriod } from "../../api/indicators.js";
import { useCompleteness, useStartSubmission } from "../../api/submissions.js";
import { BackLink } from "../../components/BackLink.js";
import { RecordPending } from "../../components/LoadFailure.js";
import { TextLink } from "../../components/links.js";
import { type Column, DataTable } from "../../components/list/DataTable.js";
import { notifyError, notifySuccess } from "../../components/notify.js";
import { PageHeader } from "../../components/PageHeader.js";
import { useFormat } from "../../i18n/format.js";
import { useT } from "../../i18n/useT.js";
import { NotFoundPage } from "../not-found/NotFoundPage.js";
import { PeriodStatusBadge } from "../plans/PeriodsSection.js";
import { AssessmentsSection } from "./AssessmentsSection.js";
import { SubmissionStatusBadge } from "./SubmissionStatusBadge.js";

/** Which organisation has reported what for one period, with a way to start a report. */
export function PeriodReportsPage({ planId, periodId }: { planId: string; periodId: string }) {
  const t = useT();
  const navigate = useNavigate();
  const { data: me } = useMe();
  const periodQuery = usePeriod(periodId);
  const query = useCompleteness(periodId);
  const start = useStartSubmission(periodId);

  const period = periodQuery.data;
  if (!period) return <RecordPending query={periodQuery} />;
  if (period.plan.id !== planId) return <NotFoundPage />;

  const startReport = async (row: CompletenessRow) => {
    try {
      const form = await start.mutateAsync(row.organizationId);
      notifySuccess(t("reports.started"));
      await navigate({ to: "/submissions/$submissionId", params: { submissionId: form.submission.id } });
    } catch (error) {
      notifyError(error, t);
    }
  };

  const columns: Column<CompletenessRow>[] = [
    {
      key: "organization",
      header: t("common.organization"),
      render: (row) =>
        row.submissionId ? (
          <TextLink
            to="/submissions/$submissionId"
            params={{ submissionId: row.submissionId }}
            fw={600}
            size="sm"
          >
            {row.organizationName}
          </TextLink>
        ) : (
          <Text size="sm" fw={600}>
            {row.organizationName}
          </Text>
        ),
    },
    {
      key: "status",
      header: t("common.status"),
      render: (row) => <SubmissionStatusBadge status={row.status} />,
    },
    {
      key: "values",
      header: t("reports.values"),
      render: (row) =>
        row.valuesExpected > 0 ? (
          <ShareOf given={row.valuesGiven} expected={row.valuesExpected} />
        ) : (
          <NoneExpected label={t("reports.actionsOnly")} />
        ),
    },
    {
      key: "actionReports",
      header: t("reports.actionsReported"),
      render: (row) =>
        row.actionsLed > 0 ? (
          <ShareOf given={row.actionsReported} expected={row.actionsLed} />
        ) : (
          <NoneExpected label={t("reports.indicatorsOnly")} />
        ),
    },
    {
      key: "actions",
      header: t("common.actions"),
      render: (row) => {
        if (!row.abilities.start) return null;
        const own = row.organizationId === me?.organizationId;
        return (
          <Button
            size="compact-sm"
            onClick={() => startReport(row)}
            loading={start.isPending && start.variables === row.organizationId}
            aria-label={own ? undefined : t("reports.startFor", { name: row.organizationName })}
          >
            {own ? t("reports.startOwn") : t("reports.start")}
          </Button>
        );
      },
    },
  ];

  return (
    <>
      <PageHeader
        above={
          <BackLink
            to="/plans/$planId"
            params={{ planId }}
            label={period.plan.shortTitle || period.plan.title}
          />
        }
        title={t("reports.title", { name: period.name })}
        badges={<PeriodStatusBadge status={period.status} />}
      />
      {!me?.abilities.reports ? null : query.data?.items.length === 0 ? (
        <Text c="dimmed" size="sm" py="md">
          {t("reports.empty")}
        </Text>
      ) : (
        <DataTable
          caption={t("reports.title", { name: period.name })}
          columns={columns}
          rows={query.data?.items}
          rowKey={(row) => row.organizationId}
          total={query.data?.items.length}
          pageSize={10_000}
          isLoading={query.isLoading}
          error={query.error}
          onRetry={() => query.refetch()}
          minWidth={880}
        />
      )}
      <AssessmentsSection periodId={periodId} />
    </>
  );
}

/** "given of expected" with a progress bar, for values or action reports. */
function ShareOf({ given, expected }: { given: number; expected: number }) {
  const t = useT();
  const format = useFormat();
  const label = t("reports.valuesOf", { given: format.number(given), expected: format.number(expected) });
  return (
    <Group gap="xs" wrap="nowrap">
      <Progress value={(100 * given) / expected} w={120} aria-label={label} />
      <Text size="sm" style={{ whiteSpace: "nowrap" }}>
        {label}
      </Text>
    </Group>
  );
}

/** A dash for a count the organisation is not asked for, with why in words. */
function NoneExpected({ label }: { label: string }) {
  return (
    <Text size="sm" c="dimmed" style={{ whiteSpace: "nowrap" }}>
      <span aria-hidden="true">— </span>
      {label}
    </Text>
  );
}
