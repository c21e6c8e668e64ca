import { Box, Paper, Stack, Table, Text, Title } from "@mantine/core";
import type { LearningResults } from "../../../../common/schemas/training.js";
import { useLearningResults } from "../../api/learning.js";
import type { ChartOption } from "../../components/EChart.js";
import { Figure, Figures } from "../../components/Figure.js";
import { LazyEChart as EChart } from "../../components/LazyEChart.js";
import { LoadFailure } from "../../components/LoadFailure.js";
import { LoadingState } from "../../components/states.js";
import { useFormat } from "../../i18n/format.js";
import { useT } from "../../i18n/useT.js";
import { SatisfactionResults } from "./SatisfactionResults.js";
import { isHidden, useTrainingFormat } from "./training-shared.js";

type Statistics = LearningResults["wholeTest"];
type LearningFigures = Omit<Statistics, "bySex" | "bySector" | "byLevel">;
interface Row {
  key: string;
  label: string;
  figures: LearningFigures;
}

const PRE = "#868e96";
const POST = "#862e9c";

/**
 * What a training taught: the paired pre/post figures of the whole test (and per module), split by
 * sex, sector and level, and the satisfaction of the participants. Read by whoever reads the
 * participants; left out for everyone else.
 */
export function LearningSection({ eventId }: { eventId: string }) {
  const t = useT();
  const query = useLearningResults(eventId);
  if (isHidden(query.error)) return null;

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="learning-heading">
      <Title order={2} size="h4" id="learning-heading" mb="sm">
        {t("learning.title")}
      </Title>
      {query.isLoading && <LoadingState />}
      {query.error && <LoadFailure error={query.error} onRetry={() => query.refetch()} />}
      {query.data && (
        <Stack gap="xl">
          <TestResults results={query.data} />
          <SatisfactionResults eventId={eventId} summary={query.data.satisfaction} />
        </Stack>
      )}
    </Paper>
  );
}

function TestResults({ results }: { results: LearningResults }) {
  const t = useT();
  const format = useFormat();
  const fmt = useTrainingFormat();
  const whole = results.wholeTest;
  const hasPairs = whole.pairs > 0;
  const female = whole.bySex.find((g) => g.key === "female");
  const male = whole.bySex.find((g) => g.key === "male");

  const sexRows: Row[] = [
    { key: "all", label: t("learning.all"), figures: whole },
    ...whole.bySex.map((g) => ({
      key: g.key ?? "unknown",
      label: g.key ? t(`sex.${g.key}`) : t("learning.unknown"),
      figures: g,
    })),
  ];
  const sectorRows: Row[] = whole.bySector.map((g) => ({
    key: g.key ?? "unknown",
    label: g.key ? t(`sector.${g.key}`) : t("learning.unknown"),
    figures: g,
  }));
  const levelRows: Row[] = whole.byLevel.map((g) => ({
    key: g.key ?? "unknown",
    label: g.key ? t(`level.${g.key}`) : t("learning.unknown"),
    figures: g,
  }));

  return (
    <Stack gap="lg">
      {!hasPairs && whole.unpairedPre + whole.unpairedPost === 0 ? (
        <Text size="sm" c="dimmed">
          {t("learning.none")}
        </Text>
      ) : (
        <>
          <Figures cols={{ base: 2, sm: 3, lg: 6 }} spacing="md">
            <Figure
              look="headline"
              size={26}
              label={t("learning.peoplePaired")}
              value={format.number(whole.people)}
              hint={t("learning.peopleBySex", {
                female: format.number(female?.people ?? 0),
                male: format.number(male?.people ?? 0),
              })}
            />
            <Figure
              look="headline"
              size={26}
              label={t("learning.meanPre")}
              value={fmt.percent(whole.meanPre)}
              hint={t("learning.ofMaximum")}
            />
            <Figure
              look="headline"
              size={26}
              label={t("learning.meanPost")}
              value={fmt.percent(whole.meanPost)}
              hint={t("learning.ofMaximum")}
            />
            <Figure
              look="headline"
              size={26}
              label={t("learning.meanGain")}
              value={fmt.points(whole.meanGain)}
            />
            <Figure
              look="headline"
              size={26}
              label={t("learning.improved")}
              value={fmt.share(whole.shareImproved)}
            />
            {results.passMark !== null && (
              <Figure
                look="headline"
                size={26}
                label={t("learning.passed")}
                value={fmt.share(whole.sharePassed)}
              />
            )}
          </Figures>
          <Stack gap={4}>
            <Text size="sm">
              {results.passMark === null
                ? t("learning.noPassMark")
                : t("learning.passMark", { value: fmt.share(results.passMark) })}
            </Text>
            <UnpairedNote figures={whole} />
            <Text size="xs" c="dimmed">
              {t("learning.tableNote")}
            </Text>
          </Stack>
          {hasPairs && (
            <Box component="section" aria-labelledby="learning-by-sex-heading">
              <Title order={3} size="h5" id="learning-by-sex-heading" mb="xs">
                {t("learning.bySex")}
              </Title>
              <Stack gap="sm">
                <Box maw={640}>
                  <PrePostChart rows={sexRows} />
                </Box>
                <FiguresTable
                  caption={t("learning.tableCaption", { title: t("learning.bySex") })}
                  groupHeader={t("learning.group")}
                  rows={sexRows}
                  passMark={results.passMark}
                />
              </Stack>
            </Box>
          )}
          {hasPairs && sectorRows.length > 0 && (
            <SplitSection
              id="learning-by-sector-heading"
              title={t("learning.bySector")}
              rows={sectorRows}
              passMark={results.passMark}
            />
          )}
          {hasPairs && levelRows.length > 0 && (
            <SplitSection
              id="learning-by-level-heading"
              title={t("learning.byLevel")}
              rows={levelRows}
              passMark={results.passMark}
            />
          )}
        </>
      )}
      {results.modules && results.byModule.length > 0 && (
        <Box component="section" aria-labelledby="learning-by-module-heading">
          <Title order={3} size="h5" id="learning-by-module-heading" mb="xs">
            {t("learning.byModule")}
          </Title>
          <FiguresTable
            caption={t("learning.tableCaption", { title: t("learning.byModule") })}
            groupHeader={t("learning.module")}
            rows={[
              ...results.byModule.map((m) => ({
                key: m.id,
                label: `${m.position}. ${m.title}`,
                figures: m.statistics,
              })),
              { key: "all-modules", label: t("learning.allModules"), figures: results.modules },
            ]}
            passMark={results.passMark}
          />
          <Box mt={4}>
            <UnpairedNote figures={results.modules} />
          </Box>
        </Box>
      )}
    </Stack>
  );
}

/** Tests without their pair: counted, never in the means. */
function UnpairedNote({ figures }: { figures: LearningFigures }) {
  const t = useT();
  const parts = [
    figures.unpairedPre > 0 && t("learning.unpairedPre", { count: figures.unpairedPre }),
    figures.unpairedPost > 0 && t("learning.unpairedPost", { count: figures.unpairedPost }),
  ].filter(Boolean);
  return (
    <Text size="xs" c="dimmed">
      {t("learning.unpairedNote")}
      {parts.length > 0 && ` ${parts.join("; ")}.`}
    </Text>
  );
}

function SplitSection({
  id,
  title,
  rows,
  passMark,
}: {
  id: string;
  title: string;
  rows: Row[];
  passMark: number | null;
}) {
  const t = useT();
  return (
    <Box component="section" aria-labelledby={id}>
      <Title order={3} size="h5" id={id} mb="xs">
        {title}
      </Title>
      <FiguresTable
        caption={t("learning.tableCaption", { title })}
        groupHeader={t("learning.group")}
        rows={rows}
        passMark={passMark}
      />
    </Box>
  );
}

/** Pre-test and post-test means side by side per group; the same figures are in the table next to it. */
function PrePostChart({ rows }: { rows: Row[] }) {
  const t = useT();
  const fmt = useTrainingFormat();
  const shown = rows.filter((row) => row.figures.pairs > 0);
  // The chart is drawn from JSON (no formatter functions): whole percents, the sign as the locale writes it.
  const round = (value: number | null) => (value == null ? null : Math.round(value));
  const percentTemplate = (placeholder: string) =>
    fmt.percent(1234).replace(/[\d.,\s\u00a0\u202f]*1[\d.,\s\u00a0\u202f]*234[\d.,]*/, placeholder);
  const barLabel = { show: true, position: "top", formatter: percentTemplate("{c}") };
  const option: ChartOption = {
    tooltip: { trigger: "axis" },
    legend: { bottom: 0 },
    grid: { left: 8, right: 16, top: 24, bottom: 36, containLabel: true },
    xAxis: { type: "category", data: shown.map((row) => row.label) },
    yAxis: { type: "value", min: 0, max: 100, axisLabel: { formatter: percentTemplate("{value}") } },
    series: [
      {
        name: t("learning.pre"),
        type: "bar",
        color: PRE,
        data: shown.map((row) => round(row.figures.meanPre)),
        label: barLabel,
      },
      {
        name: t("learning.post"),
        type: "bar",
        color: POST,
        data: shown.map((row) => round(row.figures.meanPost)),
        label: barLabel,
      },
    ],
  };
  const label = t("learning.chartLabel", {
    items: shown
      .map((row) =>
        t("learning.chartItem", {
          name: row.label,
          from: fmt.percent(row.figures.meanPre),
          to: fmt.percent(row.figures.meanPost),
        }),
      )
      .join("; "),
  });
  return (
    <div>
      <Text size="sm" c="dimmed" mb={4}>
        {t("learning.chartTitle")}
      </Text>
      <EChart option={option} height={240} label={label} />
    </div>
  );
}

function FiguresTable({
  caption,
  groupHeader,
  rows,
  passMark,
}: {
  caption: string;
  groupHeader: string;
  rows: Row[];
  passMark: number | null;
}) {
  const t = useT();
  const format = useFormat();
  const fmt = useTrainingFormat();
  const num = { ta: "right" as const, style: { whiteSpace: "nowrap" as const } };
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped fz="sm" verticalSpacing={4}>
        <Table.Caption className="visually-hidden">
          {caption}. {t("learning.tableNote")}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{groupHeader}</Table.Th>
            <Table.Th scope="col" {...num}>
              {t("learning.colPeople")}
            </Table.Th>
            <Table.Th scope="col" {...num}>
              {t("learning.pre")}
            </Table.Th>
            <Table.Th scope="col" {...num}>
              {t("learning.post")}
            </Table.Th>
            <Table.Th scope="col" {...num}>
              {t("learning.colGain")}
            </Table.Th>
            <Table.Th scope="col" {...num}>
              {t("learning.colImproved")}
            </Table.Th>
            {passMark !== null && (
              <Table.Th scope="col" {...num}>
                {t("learning.colPassed")}
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.key}>
              <Table.Th scope="row" fw={600}>
                {row.label}
              </Table.Th>
              <Table.Td {...num}>{format.number(row.figures.people)}</Table.Td>
              <Table.Td {...num}>{fmt.percent(row.figures.meanPre)}</Table.Td>
              <Table.Td {...num}>{fmt.percent(row.figures.meanPost)}</Table.Td>
              <Table.Td {...num}>{fmt.points(row.figures.meanGain)}</Table.Td>
              <Table.Td {...num}>{fmt.share(row.figures.shareImproved)}</Table.Td>
              {passMark !== null && <Table.Td {...num}>{fmt.share(row.figures.sharePassed)}</Table.Td>}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
