import {
  Alert,
  Badge,
  Group,
  NativeSelect,
  Paper,
  Progress,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { useNavigate } from "@tanstack/react-router";
import type { Dashboard } from "../../../../common/schemas/dashboard.js";
import { useDashboard } from "../../api/dashboard.js";
import { useEvents } from "../../api/events.js";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { PageHeader } from "../../components/PageHeader.js";
import { LoadingState } from "../../components/states.js";
import { useFormat } from "../../i18n/format.js";
import { useT } from "../../i18n/useT.js";
import { OrganizationsCard, PeopleCard } from "./DashboardCharts.js";
import { RemindersPanel } from "./RemindersPanel.js";

function OutputCard({ output }: { output: Dashboard["outputs"][number] }) {
  const t = useT();
  const format = useFormat();
  const percent = output.targetCount > 0 ? Math.min(100, (100 * output.held) / output.targetCount) : 0;
  const done = output.targetCount > 0 && output.held >= output.targetCount;
  return (
    <Paper withBorder p="md">
      <Stack gap={6}>
        <Text size="sm" fw={600} c="dimmed" tt="uppercase" fz="xs">
          {t(`eventKind.${output.eventKind}`)}
        </Text>
        <Text fw={600} size="sm" lineClamp={2} title={output.label}>
          {output.label}
        </Text>
        <Group gap={6} align="baseline">
          <Text fz={28} fw={700} lh={1}>
            {format.number(output.held)}
          </Text>
          <Text c="dimmed" fz="lg">
            / {format.number(output.targetCount)}
          </Text>
        </Group>
        <Progress
          value={percent}
          color={done ? "teal" : "grape"}
          size="md"
          aria-label={t("dashboard.heldOfTarget", {
            held: format.number(output.held),
            target: format.number(output.targetCount),
          })}
        />
      </Stack>
    </Paper>
  );
}

/** Whether the project's events come from the demo dataset. */
function useIsDemo(projectId: string | undefined) {
  const events = useEvents({ projectId, pageSize: 5 });
  return Boolean(projectId && events.data?.items.some((event) => event.isDemo));
}

export function DashboardPage({ projectId }: { projectId?: string | undefined }) {
  const t = useT();
  const navigate = useNavigate();
  const query = useDashboard(projectId);
  const dashboard = query.data;
  const isDemo = useIsDemo(dashboard?.project?.id);

  if (query.isLoading) return <LoadingState />;
  if (!dashboard) return <ErrorAlert error={query.error} onRetry={() => query.refetch()} />;

  return (
    <>
      <PageHeader
        title={t("dashboard.title")}
        badges={
          isDemo && (
            <Badge color="orange" variant="light" size="lg">
              {t("common.demoData")}
            </Badge>
          )
        }
        actions={
          dashboard.projects.length > 0 && (
            <NativeSelect
              label={t("dashboard.project")}
              value={dashboard.project?.id ?? ""}
              onChange={(event) => navigate({ to: "/", search: { projectId: event.currentTarget.value } })}
              data={dashboard.projects.map((project) => ({
                value: project.id,
                label: `${project.code} — ${project.title}`,
              }))}
              w={{ base: "100%", sm: 420 }}
            />
          )
        }
      />
      <RemindersPanel />
      {isDemo && (
        <Alert color="orange" variant="light" mb="lg" title={t("common.demoData")}>
          {t("common.demoDataExplanation")}
        </Alert>
      )}
      {!dashboard.project ? (
        <Paper withBorder p="xl">
          <Text c="dimmed" ta="center">
            {t("dashboard.noProject")}
          </Text>
        </Paper>
      ) : (
        <Stack gap="lg">
          <section aria-labelledby="outputs-heading">
            <Title order={2} size="h4" id="outputs-heading" mb="sm">
              {t("dashboard.outputs")}
            </Title>
            {dashboard.outputs.length === 0 ? (
              <Text c="dimmed">{t("dashboard.noOutputs")}</Text>
            ) : (
              <SimpleGrid cols={{ base: 1, xs: 2, md: 3, lg: 4 }} spacing="md">
                {dashboard.outputs.map((output) => (
                  <OutputCard key={output.eventKind} output={output} />
                ))}
              </SimpleGrid>
            )}
          </section>
          <PeopleCard dashboard={dashboard} />
          <OrganizationsCard dashboard={dashboard} />
        </Stack>
      )}
    </>
  );
}
