import { Anchor, Badge, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { importFileUrl, useImportStatus } from "../../api/imports.js";
import { BackLink } from "../../components/BackLink.js";
import { DetailList } from "../../components/DetailList.js";
import { RecordPending } from "../../components/LoadFailure.js";
import { ButtonLink, TextLink } from "../../components/links.js";
import { PageHeader } from "../../components/PageHeader.js";
import { useFormat } from "../../i18n/format.js";
import { useT } from "../../i18n/useT.js";
import { useFileSize } from "../submissions/EvidenceSection.js";
import { CommitFailure, CommitProgressPanel } from "./CommitProgress.js";
import { ImportCountsList } from "./ImportCounts.js";
import { ImportStepper } from "./ImportStepper.js";
import { kindLabel } from "./import-text.js";

/** One import: after the commit, what it did, with the way on to the event or the list it filled. */
export function ImportResultPage({ id }: { id: string }) {
  const t = useT();
  const format = useFormat();
  const size = useFileSize();
  // The record alone (no rows analysed), followed every second while it is being written.
  const query = useImportStatus(id);
  if (!query.data) return <RecordPending query={query} />;
  const record = query.data;
  const committed = record.status === "committed";
  const committing = record.status === "committing";

  const onward =
    record.kind === "attendance" && record.eventId ? (
      <ButtonLink to="/events/$eventId" params={{ eventId: record.eventId }}>
        {t("imports.result.openEvent")}
      </ButtonLink>
    ) : record.kind === "people" ? (
      <ButtonLink to="/people">{t("imports.result.openPeople")}</ButtonLink>
    ) : record.kind === "organisations" ? (
      <ButtonLink to="/organizations">{t("imports.result.openOrganisations")}</ButtonLink>
    ) : null;

  return (
    <>
      <PageHeader
        title={
          committed
            ? t("imports.result.title")
            : committing
              ? t("imports.progress.title")
              : t("imports.result.notCommitted")
        }
        above={<BackLink to="/imports" label={t("imports.title")} />}
        badges={
          <Badge variant="light" color={committed ? "teal" : committing ? "blue" : "gray"}>
            {t(`imports.status.${record.status}`)}
          </Badge>
        }
      />
      {committed && <ImportStepper active={4} />}
      <Stack gap="lg">
        {committing && record.progress && <CommitProgressPanel progress={record.progress} />}
        <CommitFailure record={record} />
        {/* While the list is written, what it did is not known yet: the progress says how far it is. */}
        <Paper
          withBorder
          p="md"
          component="section"
          aria-labelledby="import-result-heading"
          display={committing ? "none" : undefined}
        >
          <Title order={2} size="h4" id="import-result-heading" mb="sm">
            {t("imports.result.counts")}
          </Title>
          <ImportCountsList
            counts={record.counts}
            kind={record.kind}
            leaveOut={committed ? ["likely"] : []}
          />
          {!committed && !committing && (
            <Text size="sm" c="dimmed" mt="sm">
              {t("imports.result.notCommittedHint")}
            </Text>
          )}
          <Group mt="md" gap="sm">
            {committed && onward}
            <ButtonLink
              variant="default"
              to="/imports/new"
              search={{
                kind: record.kind === "indicatorValues" ? undefined : record.kind,
                eventId: record.eventId ?? undefined,
              }}
            >
              {t("imports.result.another")}
            </ButtonLink>
          </Group>
        </Paper>
        <Paper withBorder p="md" component="section" aria-labelledby="import-about-heading">
          <Title order={2} size="h4" id="import-about-heading" mb="sm">
            {t("imports.result.about")}
          </Title>
          <DetailList
            items={[
              { label: t("imports.list.kind"), value: kindLabel(record.kind, t) },
              {
                label: t("imports.list.file"),
                value: (
                  <>
                    {record.abilities.downloadFile ? (
                      <Anchor href={importFileUrl(record.id)} download={record.fileName} size="sm">
                        {record.fileName}
                      </Anchor>
                    ) : (
                      <Text span size="sm">
                        {record.fileName}
                      </Text>
                    )}{" "}
                    <Text span size="sm" c="dimmed">
                      ({size(record.sizeBytes)})
                    </Text>
                  </>
                ),
              },
              {
                label: t("imports.list.event"),
                value: record.eventId && (
                  <TextLink to="/events/$eventId" params={{ eventId: record.eventId }}>
                    {record.eventTitle ?? record.eventId}
                  </TextLink>
                ),
              },
              { label: t("imports.list.by"), value: record.createdByName },
              { label: t("imports.list.when"), value: format.dateTime(record.createdAt) },
              { label: t("imports.result.committedAt"), value: format.dateTime(record.committedAt) },
            ]}
          />
        </Paper>
      </Stack>
    </>
  );
}
