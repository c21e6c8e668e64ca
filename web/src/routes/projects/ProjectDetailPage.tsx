import { Paper, Progress, Stack, Table, Text, Title } from "@mantine/core";
import { useArchiveProject, useProject, useRestoreProject } from "../../api/projects.js";
import { DetailHeader } from "../../components/DetailHeader.js";
import { DetailList } from "../../components/DetailList.js";
import { RecordPending } from "../../components/LoadFailure.js";
import { ButtonLink, TextLink } from "../../components/links.js";
import { useFormat } from "../../i18n/format.js";
import { useT } from "../../i18n/useT.js";
import { useNodeLabels } from "../events/EventDetailPage.js";
import { OrganizationLink, OrganizationLinks } from "../organizations/OrganizationLinks.js";

export function ProjectDetailPage({ id }: { id: string }) {
  const t = useT();
  const format = useFormat();
  const query = useProject(id);
  const archive = useArchiveProject();
  const restore = useRestoreProject();
  const nodes = useNodeLabels(query.data?.frameworkNodeIds ?? []);

  if (!query.data) return <RecordPending query={query} />;
  const project = query.data;

  return (
    <>
      <DetailHeader
        back={{ to: "/projects", label: t("projects.title") }}
        title={project.title}
        record={project}
        name={project.title}
        actions={
          <>
            <ButtonLink to="/" search={{ projectId: project.id }} variant="default">
              {t("nav.dashboard")}
            </ButtonLink>
            <ButtonLink to="/events" search={{ projectId: project.id }} variant="default">
              {t("nav.events")}
            </ButtonLink>
          </>
        }
        edit={{ to: "/projects/$projectId/edit", params: { projectId: project.id } }}
        archive={archive}
        restore={restore}
      />
      <Stack gap="lg">
        <Paper withBorder p="md">
          <DetailList
            items={[
              { label: t("common.code"), value: project.code },
              {
                label: t("projects.donor"),
                value: project.donorOrganizationId && (
                  <OrganizationLink id={project.donorOrganizationId} name={project.donorName} />
                ),
              },
              {
                label: t("projects.implementers"),
                value: project.implementers.length > 0 && (
                  <OrganizationLinks organizations={project.implementers} />
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
