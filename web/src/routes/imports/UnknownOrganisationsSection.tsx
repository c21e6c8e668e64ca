/**
 * Organisations the file names that the registry does not know: how many people name each, and a
 * choice of the registered organisation it is. Without a choice those people are saved without an
 * organisation, unless the user has the missing organisations created at the commit.
 */
import { Paper, Stack, Table, Text, Title } from "@mantine/core";
import type { ImportPreview } from "../../../../common/schemas/imports.js";
import { useChangeImport } from "../../api/imports.js";
import { notifyError } from "../../components/notify.js";
import { SearchSelect } from "../../components/selects/SearchSelect.js";
import { useOrganizationOptions } from "../../components/selects/sources.js";
import { useFormat } from "../../i18n/format.js";
import { useT } from "../../i18n/useT.js";

export function UnknownOrganisationsSection({
  preview,
  onPreview,
  createOrganisations,
}: {
  preview: ImportPreview;
  onPreview: (preview: ImportPreview) => void;
  createOrganisations: boolean;
}) {
  const t = useT();
  const format = useFormat();
  const change = useChangeImport(preview.import.id);
  const people = preview.unknownOrganisations.reduce((sum, organisation) => sum + organisation.people, 0);
  const match = async (name: string, organizationId: string | null) => {
    if (!organizationId) return;
    try {
      onPreview(await change.mutateAsync({ organisations: [{ name, organizationId }] }));
    } catch (error) {
      notifyError(error, t);
    }
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="import-organisations-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="import-organisations-heading">
          {t("imports.organisations.title")}
        </Title>
        <Text size="sm" c={createOrganisations ? "dimmed" : "orange.9"} role="status">
          {createOrganisations
            ? t("imports.organisations.created", { count: preview.unknownOrganisations.length })
            : t("imports.organisations.without", { count: people })}
        </Text>
        <Table.ScrollContainer minWidth={320}>
          <Table verticalSpacing="xs" fz="sm">
            <Table.Caption className="visually-hidden">{t("imports.organisations.title")}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("imports.organisations.inFile")}</Table.Th>
                <Table.Th scope="col">{t("imports.organisations.people")}</Table.Th>
                <Table.Th scope="col">{t("imports.organisations.match")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {preview.unknownOrganisations.map((organisation) => (
                <Table.Tr key={organisation.name}>
                  <Table.Td style={{ overflowWrap: "anywhere" }}>{organisation.name}</Table.Td>
                  <Table.Td>{format.number(organisation.people)}</Table.Td>
                  <Table.Td miw={200}>
                    <SearchSelect
                      label={t("imports.organisations.matchFor", { name: organisation.name })}
                      hideLabel
                      useOptions={useOrganizationOptions}
                      value={null}
                      onChange={(id) => void match(organisation.name, id)}
                      disabled={change.isPending}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </Paper>
  );
}
