import { Checkbox, Group, NativeSelect, Paper, Skeleton, Stack, Text, Title } from "@mantine/core";
import { useNavigate } from "@tanstack/react-router";
import { lazy, Suspense, useMemo, useState } from "react";
import type { Network } from "../../../../common/schemas/cooperation.js";
import {
  type OrganizationLevel,
  type OrganizationSector,
  organizationLevels,
  organizationSectors,
  type TieKind,
  tieKinds,
} from "../../../../common/schemas/enums.js";
import { useCooperationYears, useNetwork } from "../../api/cooperation.js";
import { useProjects } from "../../api/projects.js";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { ExportMenu } from "../../components/list/ExportMenu.js";
import { FilterSelect } from "../../components/list/FilterSelect.js";
import { PageHeader } from "../../components/PageHeader.js";
import { useFormat } from "../../i18n/format.js";
import { useT } from "../../i18n/useT.js";
import { MeasuresTable } from "./MeasuresTable.js";
import { TiesTable } from "./TiesTable.js";

/** The graph library's graph series is large: it loads with this page's chart. */
const NetworkChart = lazy(async () => ({ default: (await import("./NetworkChart.js")).NetworkChart }));

const CHART_HEIGHT = 520;

export interface CooperationSearch {
  year?: number | undefined;
  projectId?: string | undefined;
  level?: OrganizationLevel | undefined;
  sector?: OrganizationSector | undefined;
  kinds?: TieKind[] | undefined;
}

/** A year's ties (1 January – 31 December), compared with the year before. */
const yearRange = (year: number) => ({ from: `${year}-01-01`, to: `${year}-12-31` });

/**
 * Cooperation between organisations: the network of a year drawn from the programme's records and
 * agreements, its measures against the year before, the brokers, and every tie as a table.
 */
export function CooperationPage({ search }: { search: CooperationSearch }) {
  const t = useT();
  const format = useFormat();
  const navigate = useNavigate();
  const offered = useCooperationYears();
  const [thisYear] = useState(() => new Date().getFullYear());
  const years = offered.data?.years.length ? offered.data.years : [thisYear];
  // The last year with a new tie (an event held, an agreement signed) unless one is chosen.
  const year = search.year ?? offered.data?.latest ?? thisYear;
  const kinds = search.kinds ?? [...tieKinds];
  const params = {
    ...yearRange(year),
    projectId: search.projectId,
    level: search.level,
    sector: search.sector,
    kinds: kinds.length === tieKinds.length ? undefined : kinds,
  };
  const network = useNetwork(params, offered.isSuccess || search.year !== undefined);
  const projects = useProjects({ pageSize: 200, sort: "title" });
  const update = (patch: Partial<CooperationSearch>) =>
    navigate({ to: "/cooperation", search: { ...search, ...patch }, replace: true });
  const data = network.data;
  const names = useMemo(() => new Map((data?.nodes ?? []).map((node) => [node.id, node.name])), [data]);

  return (
    <>
      <PageHeader
        title={t("cooperation.title")}
        actions={<ExportMenu list="cooperation/network" params={params} />}
      />
      <Stack gap="lg">
        <Text size="sm" c="dimmed" maw={760}>
          {t("cooperation.intro")}
        </Text>
        <Group gap="sm" align="flex-end" wrap="wrap">
          <NativeSelect
            label={t("cooperation.year")}
            value={String(year)}
            data={years.map((value) => ({ value: String(value), label: String(value) }))}
            onChange={(event) => update({ year: Number(event.currentTarget.value) })}
            style={{ flex: "0 1 140px" }}
          />
          <FilterSelect
            label={t("events.project")}
            value={search.projectId}
            options={(projects.data?.items ?? []).map((project) => ({
              value: project.id,
              label: `${project.code} — ${project.title}`,
            }))}
            onChange={(projectId) => update({ projectId })}
          />
          <FilterSelect
            label={t("cooperation.level")}
            value={search.level}
            options={organizationLevels.map((level) => ({ value: level, label: t(`level.${level}`) }))}
            onChange={(level) => update({ level: level as OrganizationLevel | undefined })}
          />
          <FilterSelect
            label={t("cooperation.sector")}
            value={search.sector}
            options={organizationSectors.map((sector) => ({ value: sector, label: t(`sector.${sector}`) }))}
            onChange={(sector) => update({ sector: sector as OrganizationSector | undefined })}
          />
        </Group>
        <Checkbox.Group
          label={t("cooperation.kinds")}
          value={kinds}
          onChange={(value) =>
            update({ kinds: value.length === tieKinds.length ? undefined : (value as TieKind[]) })
          }
        >
          <Group gap="md" mt={4} wrap="wrap">
            {tieKinds.map((kind) => (
              <Checkbox key={kind} value={kind} label={t(`tieKind.${kind}`)} />
            ))}
          </Group>
        </Checkbox.Group>
        {network.error && !data && <ErrorAlert error={network.error} onRetry={() => network.refetch()} />}
        <MeasuresTable network={data} isLoading={network.isLoading} />
        <Paper withBorder p="sm" component="figure" m={0}>
          {data ? (
            <Suspense fallback={<Skeleton height={CHART_HEIGHT} aria-hidden />}>
              <NetworkChart
                network={data}
                levelLabel={(level) => t(`level.${level}`)}
                describeNode={(id) => describeNode(t, data, id)}
                describeEdge={(source, target) => describeEdge(t, data, names, source, target)}
                onSelect={(organizationId) =>
                  void navigate({ to: "/organizations/$organizationId", params: { organizationId } })
                }
                label={t("cooperation.chartSummary", {
                  count: data.measures.organizations,
                  ties: data.measures.ties,
                  items: data.brokers.map((broker) => broker.name).join(", ") || "–",
                })}
                height={CHART_HEIGHT}
              />
            </Suspense>
          ) : (
            <Skeleton height={CHART_HEIGHT} aria-hidden />
          )}
          <Text component="figcaption" size="xs" c="dimmed" mt="xs">
            {t("cooperation.chartCaption")}
          </Text>
        </Paper>
        <section aria-labelledby="brokers-title">
          <Title order={2} size="h4" id="brokers-title" mb="xs">
            {t("cooperation.brokers")}
          </Title>
          {data && data.brokers.length > 0 ? (
            <Text size="sm">
              {data.brokers
                .map((broker) =>
                  t("cooperation.broker", {
                    name: broker.name,
                    value: format.number(Math.round(broker.betweenness * 100) / 100),
                    count: broker.degree,
                  }),
                )
                .join(" · ")}
            </Text>
          ) : (
            <Text size="sm" c="dimmed">
              {t("cooperation.noBrokers")}
            </Text>
          )}
        </section>
        <TiesTable network={data} names={names} />
      </Stack>
    </>
  );
}

type T = ReturnType<typeof useT>;

function describeNode(t: T, network: Network, id: string) {
  const node = network.nodes.find((candidate) => candidate.id === id);
  return node ? t("cooperation.nodeTooltip", { name: node.name, count: node.degree }) : "";
}

function describeEdge(t: T, network: Network, names: Map<string, string>, source: string, target: string) {
  const edge = network.edges.find((candidate) => candidate.source === source && candidate.target === target);
  const kinds = edge ? edge.kinds.map((kind) => t(`tieKind.${kind}`)).join(", ") : "";
  return `${names.get(source) ?? ""} – ${names.get(target) ?? ""}: ${kinds}`;
}
