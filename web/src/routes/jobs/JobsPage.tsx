import { Badge, Button, Group, Stack, Table, Text, Title } from "@mantine/core";
import type { Job, JobState } from "../../../../common/schemas/jobs.js";
import { jobStates } from "../../../../common/schemas/jobs.js";
import { useJobs, useRetryJob } from "../../api/jobs.js";
import { type Column, DataTable } from "../../components/list/DataTable.js";
import { FilterSelect } from "../../components/list/FilterSelect.js";
import { SimpleTable } from "../../components/list/SimpleTable.js";
import {
  type BaseListSearch,
  DEFAULT_PAGE_SIZE,
  useListSearch,
} from "../../components/list/useListSearch.js";
import { confirmAction } from "../../components/notify.js";
import { PageHeader } from "../../components/PageHeader.js";
import { useFormat } from "../../i18n/format.js";
import { useT } from "../../i18n/useT.js";
import { kindLabel, scheduleInWords } from "./job-words.js";

interface Search extends BaseListSearch {
  state?: JobState | undefined;
  name?: string | undefined;
}

const stateColors: Record<JobState, string> = {
  created: "gray",
  retry: "yellow",
  active: "blue",
  completed: "teal",
  cancelled: "gray",
  failed: "red",
};

/** Small dimmed lines under a cell's main value; the empty ones are left out. */
function Notes({ lines }: { lines: (string | null)[] }) {
  return (
    <>
      {lines
        .filter((line): line is string => line !== null)
        .map((line) => (
          <Text key={line} size="xs" c="dimmed">
            {line}
          </Text>
        ))}
    </>
  );
}

/**
 * The background jobs, newest first, for administrators: what ran, what waits, what failed and why
 * (the error's message only), with a retry for failed jobs; then the schedules. Three narrow columns
 * whose text wraps, so that the list fits a phone's width.
 */
export function JobsPage() {
  const t = useT();
  const format = useFormat();
  const [search, update] = useListSearch<Search>();
  const params = {
    page: search.page ?? 1,
    pageSize: DEFAULT_PAGE_SIZE,
    state: search.state,
    name: search.name,
  };
  const list = useJobs(params);
  const retry = useRetryJob();

  const askRetry = (job: Job) =>
    confirmAction({
      title: t("jobs.retryTitle"),
      body: t("jobs.retryBody", { name: kindLabel(t, job.name) }),
      confirmLabel: t("jobs.retry"),
      t,
      action: () => retry.mutateAsync(job.id),
      successMessage: t("jobs.retried"),
    });

  const columns: Column<Job>[] = [
    {
      key: "name",
      header: t("jobs.name"),
      render: (job) => (
        <Stack gap={2}>
          <Text size="sm" fw={500} title={job.name}>
            {kindLabel(t, job.name)}
          </Text>
          <Notes lines={[t("jobs.created", { date: format.dateTime(job.createdAt) })]} />
        </Stack>
      ),
    },
    {
      key: "state",
      header: t("jobs.state"),
      render: (job) => (
        <Stack gap={2} align="flex-start">
          <Group gap={4}>
            <Badge color={stateColors[job.state]} variant="light">
              {t(`jobs.state.${job.state}`)}
            </Badge>
            {job.archived && (
              <Badge color="gray" variant="outline">
                {t("jobs.archived")}
              </Badge>
            )}
          </Group>
          <Notes
            lines={[
              t("jobs.retries", { count: job.retryCount, max: job.retryLimit }),
              job.startedAt ? t("jobs.started", { date: format.dateTime(job.startedAt) }) : null,
              job.completedAt ? t("jobs.completed", { date: format.dateTime(job.completedAt) }) : null,
              job.nextTryAt ? t("jobs.nextTry", { date: format.dateTime(job.nextTryAt) }) : null,
            ]}
          />
        </Stack>
      ),
    },
    {
      key: "error",
      header: t("jobs.lastError"),
      render: (job) => (
        <Stack gap={4} align="flex-start">
          {job.lastError && (
            <Text size="sm" c="red.8" style={{ overflowWrap: "anywhere" }}>
              {job.lastError}
            </Text>
          )}
          {job.abilities.retry && (
            <Button size="compact-sm" variant="light" onClick={() => askRetry(job)}>
              {t("jobs.retry")}
            </Button>
          )}
        </Stack>
      ),
    },
  ];

  const schedules = list.data?.schedules ?? [];
  return (
    <>
      <PageHeader title={t("jobs.title")} />
      <Text size="sm" c="dimmed" mb="md">
        {t("jobs.intro")}
      </Text>
      <Group align="flex-end" gap="sm" mb="md" wrap="wrap">
        <FilterSelect
          label={t("jobs.state")}
          value={search.state}
          onChange={(state) => update({ state: state as JobState | undefined })}
          options={jobStates.map((value) => ({ value, label: t(`jobs.state.${value}`) }))}
        />
        <FilterSelect
          label={t("jobs.name")}
          value={search.name}
          onChange={(name) => update({ name })}
          options={(list.data?.names ?? []).map((value) => ({ value, label: kindLabel(t, value) }))}
        />
      </Group>
      <DataTable
        caption={t("jobs.title")}
        columns={columns}
        rows={list.data?.items}
        rowKey={(job) => job.id}
        total={list.data?.total}
        page={params.page}
        pageSize={params.pageSize}
        onPageChange={(page) => update({ page })}
        isLoading={list.isLoading}
        error={list.error}
        onRetry={() => list.refetch()}
        isFiltered={Boolean(search.state || search.name)}
        minWidth={320}
      />
      {list.data && (
        <Stack gap="xs" mt="xl" component="section" aria-labelledby="schedules-heading">
          <Title order={2} size="h4" id="schedules-heading">
            {t("jobs.schedules")}
          </Title>
          <SimpleTable
            isEmpty={schedules.length === 0}
            empty={t("jobs.noSchedules")}
            caption={t("jobs.schedules")}
            minWidth={300}
            head={
              <>
                <Table.Th scope="col">{t("jobs.name")}</Table.Th>
                <Table.Th scope="col">{t("jobs.scheduleWhen")}</Table.Th>
              </>
            }
          >
            {schedules.map((schedule) => (
              <Table.Tr key={schedule.name}>
                <Table.Td title={schedule.name}>{kindLabel(t, schedule.name)}</Table.Td>
                <Table.Td>{scheduleInWords(t, schedule.cron, schedule.tz)}</Table.Td>
              </Table.Tr>
            ))}
          </SimpleTable>
        </Stack>
      )}
    </>
  );
}
