import { Box, Group, List, Paper, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import type { SatisfactionQuestion } from "../../../../common/schemas/enums.js";
import { satisfactionQuestions } from "../../../../common/schemas/enums.js";
import type { LearningResults } from "../../../../common/schemas/training.js";
import { useEvaluations, useLearningResults } from "../../api/learning.js";
import type { ChartOption } from "../../components/EChart.js";
import { LazyEChart as EChart } from "../../components/LazyEChart.js";
import { LoadFailure } from "../../components/LoadFailure.js";
import { LoadingState } from "../../components/states.js";
import { useFormat } from "../../i18n/format.js";
import { useT } from "../../i18n/useT.js";
import { isHidden, useTrainingFormat } from "./training-shared.js";

type Statistics = LearningResults["wholeTest"];
type Figures = Omit<Statistics, "bySex" | "bySector" | "byLevel">;
interface Row {
  key: string;
  label: string;
  figures: Figures;
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
          <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="md">
            <Figure
              label={t("learning.peoplePaired")}
              value={format.number(whole.people)}
              hint={t("learning.peopleBySex", {
                female: format.number(female?.people ?? 0),
                male: format.number(male?.people ?? 0),
              })}
            />
            <Figure
              label={t("learning.meanPre")}
              value={fmt.percent(whole.meanPre)}
              hint={t("learning.ofMaximum")}
            />
            <Figure
              label={t("learning.meanPost")}
              value={fmt.percent(whole.meanPost)}
              hint={t("learning.ofMaximum")}
            />
            <Figure label={t("learning.meanGain")} value={fmt.points(whole.meanGain)} />
            <Figure label={t("learning.improved")} value={fmt.share(whole.shareImproved)} />
            {results.passMark !== null && (
              <Figure label={t("learning.passed")} value={fmt.share(whole.sharePassed)} />
            )}
          </SimpleGrid>
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

function Figure({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <div>
      <Text fz={26} fw={700} lh={1.1} style={{ whiteSpace: "nowrap" }}>
        {value}
      </Text>
      <Text size="sm" fw={600}>
        {label}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
    </div>
  );
}

/** Tests without their pair: counted, never in the means. */
function UnpairedNote({ figures }: { figures: Figures }) {
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

const scores = [1, 2, 3, 4, 5] as const;

function SatisfactionResults({
  eventId,
  summary,
}: {
  eventId: string;
  summary: LearningResults["satisfaction"];
}) {
  const t = useT();
  const format = useFormat();
  const fmt = useTrainingFormat();
  // The comments themselves come with the evaluations, which the API shows to the same readers.
  const evaluations = useEvaluations(eventId);
  const comments = (evaluations.data?.items ?? [])
    .map((e) => e.comment?.trim() ?? "")
    .filter((comment) => comment.length > 0);
  const questions = satisfactionQuestions
    .map((id) => summary.questions.find((q) => q.questionId === id))
    .filter((q) => q !== undefined);

  return (
    <Box component="section" aria-labelledby="satisfaction-heading">
      <Title order={3} size="h5" id="satisfaction-heading" mb="xs">
        {t("satisfaction.title")}
      </Title>
      {summary.evaluations === 0 ? (
        <Text size="sm" c="dimmed">
          {t("satisfaction.none")}
        </Text>
      ) : (
        <Stack gap="sm">
          <Group gap="xl" align="flex-end">
            <Figure
              label={t("satisfaction.overallMean")}
              value={t("satisfaction.outOfFive", { value: fmt.mean(summary.overallMean) })}
            />
            <Text size="sm">
              {t("satisfaction.evaluations", { count: summary.evaluations })} ·{" "}
              {t("satisfaction.comments", { count: summary.comments })}
            </Text>
          </Group>
          <Text size="xs" c="dimmed">
            {t("satisfaction.scale")}
          </Text>
          <Table.ScrollContainer minWidth={560}>
            <Table striped fz="sm" verticalSpacing={4}>
              <Table.Caption className="visually-hidden">{t("satisfaction.title")}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("satisfaction.question")}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t("satisfaction.mean")}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t("satisfaction.answers")}
                  </Table.Th>
                  {scores.map((score) => (
                    <Table.Th key={score} scope="col" ta="right">
                      <span aria-hidden="true">{format.number(score)}</span>
                      <span className="visually-hidden">{t("satisfaction.answeredWith", { score })}</span>
                    </Table.Th>
                  ))}
                  <Table.Th scope="col">
                    <span className="visually-hidden">{t("satisfaction.answers")}</span>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {questions.map((q) => (
                  <Table.Tr key={q.questionId}>
                    <Table.Th scope="row" fw={600}>
                      {t(`satisfactionQuestion.${q.questionId as SatisfactionQuestion}`)}
                    </Table.Th>
                    <Table.Td ta="right">{fmt.mean(q.mean)}</Table.Td>
                    <Table.Td ta="right">{format.number(q.count)}</Table.Td>
                    {scores.map((score) => (
                      <Table.Td key={score} ta="right">
                        {format.number(q.distribution[String(score)] ?? 0)}
                      </Table.Td>
                    ))}
                    <Table.Td w={140} aria-hidden="true">
                      <DistributionBar distribution={q.distribution} count={q.count} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {comments.length > 0 && (
            <Box component="section" aria-labelledby="satisfaction-comments-heading">
              <Title order={4} size="h6" id="satisfaction-comments-heading" mb={4}>
                {t("satisfaction.commentsTitle")}
              </Title>
              <List spacing={4} size="sm">
                {comments.map((comment, index) => (
                  // Comments have no id of their own and never change order while shown.
                  // biome-ignore lint/suspicious/noArrayIndexKey: see above
                  <List.Item key={index}>
                    <Text size="sm" style={{ whiteSpace: "pre-line" }}>
                      {comment}
                    </Text>
                  </List.Item>
                ))}
              </List>
            </Box>
          )}
        </Stack>
      )}
    </Box>
  );
}

const scaleColours = ["#c92a2a", "#e8590c", "#fab005", "#82c91e", "#2b8a3e"];

/** The 1–5 answers as one stacked bar (decoration: the numbers are in the cells before it). */
function DistributionBar({ distribution, count }: { distribution: Record<string, number>; count: number }) {
  if (count === 0) return null;
  return (
    <div style={{ display: "flex", height: 12, borderRadius: 3, overflow: "hidden", minWidth: 100 }}>
      {scores.map((score) => {
        const n = distribution[String(score)] ?? 0;
        return n > 0 ? (
          <div key={score} style={{ width: `${(n / count) * 100}%`, background: scaleColours[score - 1] }} />
        ) : null;
      })}
    </div>
  );
}
