import { Paper, SimpleGrid, Skeleton, Stack, Text, Title } from "@mantine/core";
import { lazy, Suspense } from "react";
import type { TotCascade } from "../../../../common/schemas/cascade.js";
import { useTotCascade } from "../../api/cascade.js";
import { BackLink } from "../../components/BackLink.js";
import { Figure, Figures } from "../../components/Figure.js";
import { RecordPending } from "../../components/LoadFailure.js";
import { PageHeader } from "../../components/PageHeader.js";
import { useFormat } from "../../i18n/format.js";
import { type Translate, useT } from "../../i18n/useT.js";
import { SessionsTable, SplitTables, TrainersTable } from "./CascadeTables.js";

/** The Sankey needs ECharts' Sankey chart: both load with the first cascade shown. */
const CascadeSankey = lazy(async () => ({ default: (await import("./CascadeSankey.js")).CascadeSankey }));

const WOMEN = "#9c36b5";
const MEN = "#1864ab";

/** What the diagram shows, in words, for screen readers. */
function diagramLabel(t: Translate, cascade: TotCascade): string {
  const { peopleReached } = cascade;
  const summary = t("cascade.diagramLabel", {
    title: cascade.tot.title,
    trainers: cascade.trainersProduced,
    sessions: cascade.sessionsDelivered,
    total: peopleReached.total,
    female: peopleReached.female,
    male: peopleReached.male,
    depth: cascade.depth,
  });
  const items = cascade.trainers.map((trainer) => `${trainer.name} ${trainer.reached}`).join(", ");
  return items ? `${summary} ${t("cascade.diagramTrainers", { items })}` : summary;
}

/** The headline figures: those of the trainers the TOT produced. */
function HeadlineFigures({ cascade }: { cascade: TotCascade }) {
  const t = useT();
  const format = useFormat();
  const { peopleReached } = cascade;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="cascade-figures-heading">
      <Title order={2} size="h4" id="cascade-figures-heading">
        {t("cascade.figures")}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t("cascade.figuresHint")}
      </Text>
      <Figures cols={{ base: 2, sm: 3, lg: 5 }} spacing="lg">
        <Figure
          look="headline"
          label={t("cascade.trainersProduced")}
          value={format.number(cascade.trainersProduced)}
        />
        <Figure
          look="headline"
          label={t("cascade.sessionsDelivered")}
          value={format.number(cascade.sessionsDelivered)}
        />
        <Figure
          look="headline"
          label={t("cascade.peopleReached")}
          value={format.number(peopleReached.total)}
          hint={
            <Text size="sm">
              <Text span c={WOMEN} fw={700}>
                {t("sex.female")}: {format.number(peopleReached.female)}
              </Text>
              {" · "}
              <Text span c={MEN} fw={700}>
                {t("sex.male")}: {format.number(peopleReached.male)}
              </Text>
            </Text>
          }
        />
        <Figure
          look="headline"
          label={t("cascade.depth")}
          value={format.number(cascade.depth)}
          hint={
            <Text size="xs" c="dimmed">
              {t("cascade.depthHint")}
            </Text>
          }
        />
        <Figure
          look="headline"
          label={t("cascade.reachPerTrainer")}
          value={format.number(Math.round(cascade.reachPerTrainer * 10) / 10)}
        />
      </Figures>
    </Paper>
  );
}

/** The Sankey diagram with its figures in tables beside it. */
function Diagram({ cascade }: { cascade: TotCascade }) {
  const t = useT();
  const hasFlow = cascade.graph.links.some((link) => link.weight > 0);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="cascade-diagram-heading">
      <Title order={2} size="h4" id="cascade-diagram-heading" mb="md">
        {t("cascade.diagram")}
      </Title>
      {hasFlow ? (
        <Suspense fallback={<Skeleton height={280} aria-hidden />}>
          <CascadeSankey graph={cascade.graph} label={diagramLabel(t, cascade)} />
        </Suspense>
      ) : (
        <Text c="dimmed" ta="center" py="xl">
          {t("cascade.noReach")}
        </Text>
      )}
    </Paper>
  );
}

/** The trainer cascade of a TOT: figures, the diagram and the same figures in tables. */
export function CascadePage({ eventId }: { eventId: string }) {
  const t = useT();
  const query = useTotCascade(eventId);
  if (!query.data) return <RecordPending query={query} />;
  const cascade = query.data;
  return (
    <>
      <PageHeader
        title={t("cascade.title")}
        above={<BackLink to="/events/$eventId" params={{ eventId }} label={cascade.tot.title} />}
      />
      <Stack gap="lg">
        <HeadlineFigures cascade={cascade} />
        <Diagram cascade={cascade} />
        <Paper withBorder p="md" component="section" aria-labelledby="cascade-tables-heading">
          <Title order={2} size="h4" id="cascade-tables-heading" mb="md">
            {t("cascade.tables")}
          </Title>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
            <TrainersTable cascade={cascade} />
            <SessionsTable cascade={cascade} />
            <SplitTables cascade={cascade} />
          </SimpleGrid>
        </Paper>
      </Stack>
    </>
  );
}
