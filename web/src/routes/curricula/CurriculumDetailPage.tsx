import { Paper, Stack, Table, Text, Title } from "@mantine/core";
import type { CurriculumDetail } from "../../../../common/schemas/training.js";
import { useArchiveCurriculum, useCurriculum } from "../../api/training.js";
import { DetailHeader } from "../../components/DetailHeader.js";
import { DetailList } from "../../components/DetailList.js";
import { RecordPending } from "../../components/LoadFailure.js";
import { useFormat } from "../../i18n/format.js";
import { useT } from "../../i18n/useT.js";
import { formatDuration } from "./shared.js";

/** A curriculum: what it is about, and its modules in the order they are taught. */
export function CurriculumDetailPage({ id }: { id: string }) {
  const t = useT();
  const format = useFormat();
  const query = useCurriculum(id);
  const archive = useArchiveCurriculum();

  if (!query.data) return <RecordPending query={query} />;
  const curriculum = query.data;
  const totalMinutes = curriculum.modules.reduce((sum, m) => sum + (m.durationMinutes ?? 0), 0);

  return (
    <>
      <DetailHeader
        back={{ to: "/curricula", label: t("curricula.title") }}
        title={curriculum.title}
        record={curriculum}
        name={curriculum.title}
        editable={!curriculum.isArchived}
        edit={{ to: "/curricula/$curriculumId/edit", params: { curriculumId: curriculum.id } }}
        archive={archive}
        archiveBody={t("curricula.archiveBody")}
        archivedAlert={false}
      />
      <Stack gap="lg">
        <Paper withBorder p="md">
          <DetailList
            items={[
              { label: t("common.description"), value: curriculum.description },
              { label: t("curricula.moduleCount"), value: format.number(curriculum.modules.length) },
              {
                label: t("curricula.totalDuration"),
                value: totalMinutes > 0 && formatDuration(totalMinutes, t),
              },
              { label: t("common.createdAt"), value: format.date(curriculum.createdAt.slice(0, 10)) },
            ]}
          />
        </Paper>
        <ModulesSection curriculum={curriculum} />
      </Stack>
    </>
  );
}

function ModulesSection({ curriculum }: { curriculum: CurriculumDetail }) {
  const t = useT();
  const format = useFormat();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="modules-heading">
      <Title order={2} size="h4" id="modules-heading" mb="sm">
        {t("curricula.modules")}
      </Title>
      {curriculum.modules.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t("curricula.noModules")}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table striped verticalSpacing="xs">
            <Table.Caption className="visually-hidden">{t("curricula.modules")}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col" w={48}>
                  {t("curricula.position")}
                </Table.Th>
                <Table.Th scope="col">{t("curricula.module")}</Table.Th>
                <Table.Th scope="col" w={140}>
                  {t("curricula.duration")}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {curriculum.modules.map((module, index) => (
                <Table.Tr key={module.id}>
                  <Table.Td>{format.number(index + 1)}</Table.Td>
                  <Table.Th scope="row" fw={400}>
                    <Text fw={600} size="sm">
                      {module.title}
                    </Text>
                    {module.description && (
                      <Text size="sm" c="dimmed" style={{ whiteSpace: "pre-line" }}>
                        {module.description}
                      </Text>
                    )}
                  </Table.Th>
                  <Table.Td style={{ whiteSpace: "nowrap" }}>
                    {module.durationMinutes == null ? (
                      <Text span size="sm" c="dimmed">
                        {t("common.notSet")}
                      </Text>
                    ) : (
                      formatDuration(module.durationMinutes, t)
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
