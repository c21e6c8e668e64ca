import { Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import type { Dashboard } from "../../../../common/schemas/dashboard.js";
import type { ChartOption } from "../../components/EChart.js";
import { LazyEChart as EChart } from "../../components/LazyEChart.js";
import { useFormat } from "../../i18n/format.js";
import { useT } from "../../i18n/useT.js";

const WOMEN = "#9c36b5";
const MEN = "#1864ab";

function SexFigures({
  title,
  hint,
  counts,
}: {
  title: string;
  hint: string;
  counts: Dashboard["uniquePeople"];
}) {
  const t = useT();
  const format = useFormat();
  return (
    <Stack gap={2}>
      <Text fw={600}>{title}</Text>
      <Text fz={30} fw={700} lh={1.1}>
        {format.number(counts.total)}
      </Text>
      <Text size="sm">
        <Text span c={WOMEN} fw={700}>
          {t("sex.female")}: {format.number(counts.female)}
        </Text>
        {" · "}
        <Text span c={MEN} fw={700}>
          {t("sex.male")}: {format.number(counts.male)}
        </Text>
      </Text>
      <Text size="xs" c="dimmed">
        {hint}
      </Text>
    </Stack>
  );
}

/** Participations and unique people, each split into women and men. */
export function PeopleCard({ dashboard }: { dashboard: Dashboard }) {
  const t = useT();
  const { participations, uniquePeople } = dashboard;
  const categories = [t("dashboard.participations"), t("dashboard.uniquePeople")];
  const option: ChartOption = {
    tooltip: { trigger: "axis" },
    legend: { bottom: 0 },
    grid: { left: 8, right: 16, top: 16, bottom: 36, containLabel: true },
    xAxis: { type: "category", data: categories },
    yAxis: { type: "value", minInterval: 1 },
    series: [
      {
        name: t("sex.female"),
        type: "bar",
        data: [participations.female, uniquePeople.female],
        color: WOMEN,
      },
      { name: t("sex.male"), type: "bar", data: [participations.male, uniquePeople.male], color: MEN },
    ],
  };
  const label = [
    t("dashboard.bySexChart", {
      title: categories[0],
      female: participations.female,
      male: participations.male,
    }),
    t("dashboard.bySexChart", { title: categories[1], female: uniquePeople.female, male: uniquePeople.male }),
  ].join(". ");

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="people-heading">
      <Title order={2} size="h4" id="people-heading" mb="md">
        {t("dashboard.people")}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
        <Stack gap="md">
          <SexFigures
            title={categories[0] as string}
            hint={t("dashboard.participationsHint")}
            counts={participations}
          />
          <SexFigures
            title={categories[1] as string}
            hint={t("dashboard.uniquePeopleHint")}
            counts={uniquePeople}
          />
        </Stack>
        {participations.total > 0 ? (
          <EChart option={option} height={240} label={label} />
        ) : (
          <Text c="dimmed" ta="center" py="xl">
            {t("dashboard.noAttendance")}
          </Text>
        )}
      </SimpleGrid>
    </Paper>
  );
}

function barOption(labels: string[], values: number[], horizontal: boolean): ChartOption {
  const category = {
    type: "category",
    data: labels,
    axisLabel: { interval: 0, width: 150, overflow: "truncate" },
  };
  const value = { type: "value", minInterval: 1 };
  return {
    tooltip: { trigger: "axis" },
    grid: { left: 8, right: 24, top: 12, bottom: 8, containLabel: true },
    xAxis: horizontal
      ? value
      : { ...category, axisLabel: { interval: 0, rotate: labels.length > 4 ? 30 : 0 } },
    yAxis: horizontal ? { ...category, inverse: true } : value,
    series: [
      {
        type: "bar",
        data: values,
        color: "#862e9c",
        label: { show: true, position: horizontal ? "right" : "top" },
      },
    ],
  };
}

/** Organisations reached, by level and by sector. */
export function OrganizationsCard({ dashboard }: { dashboard: Dashboard }) {
  const t = useT();
  const format = useFormat();
  const { byLevel, bySector, total } = dashboard.organizationsReached;
  const levels = byLevel.filter((row) => row.count > 0);
  const sectors = bySector.filter((row) => row.count > 0).sort((a, b) => b.count - a.count);
  const levelLabels = levels.map((row) => t(`level.${row.level}`));
  const sectorLabels = sectors.map((row) => t(`sector.${row.sector}`));
  const levelOption = barOption(
    levelLabels,
    levels.map((row) => row.count),
    false,
  );
  const sectorOption = barOption(
    sectorLabels,
    sectors.map((row) => row.count),
    true,
  );
  const describe = (title: string, labels: string[], values: number[]) =>
    t("dashboard.barChart", {
      title,
      items: labels.map((label, index) => `${label} ${format.number(values[index])}`).join(", "),
    });

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="organizations-heading">
      <Title order={2} size="h4" id="organizations-heading">
        {t("dashboard.organizationsReached")}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t("dashboard.organizationsTotal", { count: total })}
      </Text>
      {total === 0 ? null : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <div>
            <Title order={3} size="h5" mb="xs">
              {t("dashboard.byLevel")}
            </Title>
            <EChart
              option={levelOption}
              height={260}
              label={describe(
                t("dashboard.byLevel"),
                levelLabels,
                levels.map((row) => row.count),
              )}
            />
          </div>
          <div>
            <Title order={3} size="h5" mb="xs">
              {t("dashboard.bySector")}
            </Title>
            <EChart
              option={sectorOption}
              height={Math.max(200, 34 * sectors.length + 40)}
              label={describe(
                t("dashboard.bySector"),
                sectorLabels,
                sectors.map((row) => row.count),
              )}
            />
          </div>
        </SimpleGrid>
      )}
    </Paper>
  );
}
