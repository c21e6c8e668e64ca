import { Alert, Badge, Paper, Progress, Stack, Table, Text, Title } from "@mantine/core";
import { useMe } from "../../api/auth.js";
import { useArchiveProject, useProject, useRestoreProject } from "../../api/projects.js";
import { ArchiveButton } from "../../components/ArchiveButton.js";
import { BackLink } from "../../components/BackLink.js";
import { DetailList } from "../../components/DetailList.js";
import { LoadFailure } from "../../components/LoadFailure.js";
import { ButtonLink, TextLink } from "../../components/links.js";
import { PageHeader } from "../../components/PageHeader.js";
import { canEdit } from "../../components/permissions.js";
import { LoadingState } from "../../components/states.js";
import { useFormat } from "../../i18n/format.js";
import { useT } from "../../i18n/useT.js";
import { useNodeLabels } from "../events/EventDetailPage.js";

export function ProjectDetailPage({ id }: { id: string }) {
  const t = useT();
  const format = useFormat();
  const { data: me } = useMe();
  const query = useProject(id);
  const archive = useArchiveProject();
  const restore = useRestoreProject();
  const nodes = useNodeLabels(query.data?.frameworkNodeIds ?? []);

  if (query.isLoading) return <LoadingState />;
  if (!query.data) return <LoadFailure error={query.error} />;
  const project = query.data;

  return (
    <>
      <PageHeader
        above={<BackLink to="/projects" label={t("projects.title")} />}
        title={project.title}
        badges={project.isArchived && <Badge color="gray">{t("common.archivedBadge")}</Badge>}
        actions={
          <>
            <ButtonLink to="/" search={{ projectId: project.id }} variant="default">
              {t("nav.dashboard")}
            </ButtonLink>
            <ButtonLink to="/events" search={{ projectId: project.id }} variant="default">
              {t("nav.events")}
            </ButtonLink>
            {canEdit(me, "projects") && (
              <>
                <ButtonLink to="/projects/$projectId/edit" params={{ projectId: project.id }}>
                  {t("common.edit")}
                </ButtonLink>
                <ArchiveButton
                  id={project.id}
                  name={project.title}
                  isArchived={project.isArchived}
                  archive={archive}
                  restore={restore}
                />
              </>
            )}
          </>
        }
      />
      {project.isArchived && (
        <Alert color="gray" mb="md">
          {t("common.archivedAlert")}
        </Alert>
      )}
      <Stack gap="lg">
        <Paper withBorder p="md">
          <DetailList
            items={[
              { label: t("common.code"), value: project.code },
              {
                label: t("projects.donor"),
                value: project.donorOrganizationId && (
                  <TextLink
                    to="/organizations/$organizationId"
                    params={{ organizationId: project.donorOrganizationId }}
                  >
                    {project.donorName}
                  </TextLink>
                ),
              },
              {
                label: t("projects.implementers"),
                value: project.implementers.length > 0 && (
                  <Stack gap={2}>
                    {project.implementers.map((org) => (
                      <TextLink
                        key={org.id}
                        to="/organizations/$organizationId"
                        params={{ organizationId: org.id }}
                      >
                        {org.name}
                      </TextLink>
                    ))}
                  </Stack>
                ),
              },
              { label: t("common.period"), value: format.dateRange(project.startsOn, project.endsOn) },
              { label: t("projects.budget"), value: format.money(project.budgetAmount, project.currency) },
              { label: t("common.description"), value: project.description },
              { label: t("common.source"), value: project.source },
            ]}
          />
        </Paper>
        <Paper withBorder p="md" component="section" aria-labelledby="targets-heading">
          <Title order={2} size="h4" id="targets-heading" mb="sm">
            {t("projects.outputTargets")}
          </Title>
          {project.outputTargets.length === 0 ? (
            <Text c="dimmed" size="sm">
              {t("projects.noTargets")}
            </Text>
          ) : (
            <Table.ScrollContainer minWidth={560}>
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t("projects.targetLabel")}</Table.Th>
                    <Table.Th scope="col">{t("projects.targetKind")}</Table.Th>
                    <Table.Th scope="col">{t("projects.held")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {project.outputTargets.map((target) => (
                    <Table.Tr key={target.eventKind}>
                      <Table.Td>{target.label}</Table.Td>
                      <Table.Td>{t(`eventKind.${target.eventKind}`)}</Table.Td>
                      <Table.Td miw={180}>
                        <Text size="sm">
                          {t("dashboard.heldOfTarget", {
                            held: format.number(target.held),
                            target: format.number(target.targetCount),
                          })}
                        </Text>
                        <Progress
                          value={
                            target.targetCount ? Math.min(100, (100 * target.held) / target.targetCount) : 0
                          }
                          aria-hidden
                          size="sm"
                          mt={4}
                        />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Paper>
        <Paper withBorder p="md" component="section" aria-labelledby="nodes-heading">
          <Title order={2} size="h4" id="nodes-heading" mb="sm">
            {t("projects.frameworkNodes")}
          </Title>
          {nodes.length === 0 ? (
            <Text c="dimmed" size="sm">
              {t("common.notSet")}
            </Text>
          ) : (
            <Stack gap={4}>
              {nodes.map((node) =>
                node.planId ? (
                  <TextLink
                    key={node.id}
                    to="/plans/$planId/framework"
                    params={{ planId: node.planId }}
                    size="sm"
                  >
                    {node.label}
                  </TextLink>
                ) : (
                  <Text key={node.id} size="sm">
                    {node.label}
                  </Text>
                ),
              )}
            </Stack>
          )}
        </Paper>
      </Stack>
    </>
  );
}
