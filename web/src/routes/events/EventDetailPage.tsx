import { Grid, Paper, Stack, Text, Title } from "@mantine/core";
import { useMemo } from "react";
import { useArchiveEvent, useEvent, useRestoreEvent } from "../../api/events.js";
import { DemoBadge } from "../../components/DemoBadge.js";
import { DetailHeader } from "../../components/DetailHeader.js";
import { DetailList } from "../../components/DetailList.js";
import { Figure, Figures } from "../../components/Figure.js";
import { RecordPending } from "../../components/LoadFailure.js";
import { TextLink } from "../../components/links.js";
import { useFrameworkTrees } from "../../components/selects/FrameworkNodeSelect.js";
import { useFormat } from "../../i18n/format.js";
import { useT } from "../../i18n/useT.js";
import { BoardMeetingSection } from "../boards/BoardMeetingSection.js";
import { OrganizationLinks } from "../organizations/OrganizationLinks.js";
import { AttendanceDaysSection } from "../training/AttendanceDaysSection.js";
import { CertificatesSection } from "../training/CertificatesSection.js";
import { EvaluationsSection } from "../training/EvaluationsSection.js";
import { LearningSection } from "../training/LearningSection.js";
import { ModuleScoresSection } from "../training/ModuleScoresSection.js";
import { TrainingSetupSection } from "../training/TrainingSetupSection.js";
import { isTrainingKind } from "../training/training-shared.js";
import { ParticipantsSection } from "./ParticipantsSection.js";
import { StatusBadge } from "./StatusBadge.js";

/** "1.2 Title" for framework node ids, looked up in the loaded plans. */
export function useNodeLabels(ids: string[]) {
  const { trees } = useFrameworkTrees();
  return useMemo(() => {
    const byId = new Map(trees.flatMap((tree) => tree.nodes.map((node) => [node.id, node] as const)));
    return ids.map((id) => {
      const node = byId.get(id);
      return { id, label: node ? `${node.code} ${node.title}` : "…", planId: node?.planId };
    });
  }, [trees, ids]);
}

export function EventDetailPage({ id }: { id: string }) {
  const t = useT();
  const format = useFormat();
  const query = useEvent(id);
  const archive = useArchiveEvent();
  const restore = useRestoreEvent();
  const nodes = useNodeLabels(query.data?.frameworkNodeIds ?? []);

  if (!query.data) return <RecordPending query={query} />;
  const event = query.data;

  return (
    <>
      <DetailHeader
        back={{ to: "/events", label: t("events.title") }}
        title={event.title}
        record={event}
        name={event.title}
        badges={
          <>
            <StatusBadge status={event.status} />
            {event.isDemo && <DemoBadge />}
          </>
        }
        edit={{ to: "/events/$eventId/edit", params: { eventId: event.id } }}
        archive={archive}
        restore={restore}
      />
      <Stack gap="lg">
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 8 }}>
            <Paper withBorder p="md">
              <DetailList
                items={[
                  { label: t("events.kind"), value: t(`eventKind.${event.kind}`) },
                  { label: t("events.dates"), value: format.dateRange(event.startsOn, event.endsOn) },
                  {
                    label: t("common.municipality"),
                    value: (
                      <TextLink
                        to="/municipalities/$municipalityId"
                        params={{ municipalityId: event.jurisdictionId }}
                      >
                        {event.jurisdictionName}
                      </TextLink>
                    ),
                  },
                  { label: t("events.venue"), value: event.venue },
                  {
                    label: t("events.project"),
                    value: event.projectId && (
                      <TextLink to="/projects/$projectId" params={{ projectId: event.projectId }}>
                        {event.projectTitle}
                      </TextLink>
                    ),
                  },
                  {
                    label: t("events.organizers"),
                    value: event.organizers.length > 0 && (
                      <OrganizationLinks organizations={event.organizers} />
                    ),
                  },
                  {
                    label: t("events.frameworkNodes"),
                    value: nodes.length > 0 && (
                      <Stack gap={2}>
                        {nodes.map((node) => (
                          <Text key={node.id} size="sm">
                            {node.label}
                          </Text>
                        ))}
                      </Stack>
                    ),
                  },
                  { label: t("common.description"), value: event.description },
                ]}
              />
            </Paper>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <Paper withBorder p="md" component="section" aria-labelledby="attendance-heading">
              <Title order={2} size="h4" id="attendance-heading" mb="sm">
                {t("events.attendance")}
              </Title>
              <Figures>
                <Figure label={t("sex.female")} value={format.number(event.attendance.female)} />
                <Figure label={t("sex.male")} value={format.number(event.attendance.male)} />
                <Figure label={t("events.attendanceTotal")} value={format.number(event.attendance.total)} />
              </Figures>
            </Paper>
            {event.kind === "training_of_trainers" && (
              <Paper withBorder p="md" mt="lg">
                <TextLink to="/events/$eventId/cascade" params={{ eventId: event.id }} fw={600}>
                  {t("cascade.title")}
                </TextLink>
              </Paper>
            )}
          </Grid.Col>
        </Grid>
        {event.kind === "board_meeting" && <BoardMeetingSection eventId={event.id} />}
        <ParticipantsSection eventId={event.id} canEdit={event.abilities.update} />
        {isTrainingKind(event.kind) && (
          <>
            <TrainingSetupSection event={event} />
            <AttendanceDaysSection event={event} />
            <ModuleScoresSection event={event} />
          </>
        )}
        {isTrainingKind(event.kind) && (
          <>
            <LearningSection eventId={event.id} />
            <EvaluationsSection eventId={event.id} canRecord={event.abilities.record} />
            <CertificatesSection eventId={event.id} canEdit={event.abilities.update} />
          </>
        )}
      </Stack>
    </>
  );
}
