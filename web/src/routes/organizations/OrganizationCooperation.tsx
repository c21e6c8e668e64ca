import { Group, NativeSelect, Paper, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useCooperationYears, usePartners } from "../../api/cooperation.js";
import { TextLink } from "../../components/links.js";
import { SimpleTable } from "../../components/list/SimpleTable.js";
import { useFormat } from "../../i18n/format.js";
import { useT } from "../../i18n/useT.js";
import { OrganizationLink } from "./OrganizationLinks.js";

/** An organisation's cooperation in a year: its partners, how they are tied, through how many records. */
export function OrganizationCooperation({ organizationId }: { organizationId: string }) {
  const t = useT();
  const format = useFormat();
  const offered = useCooperationYears();
  const [chosen, setChosen] = useState<number | null>(null);
  const years = offered.data?.years ?? [];
  const year = chosen ?? offered.data?.latest ?? years[0] ?? null;
  const partners = usePartners(organizationId, year ? { from: `${year}-01-01`, to: `${year}-12-31` } : null);
  const rows = year ? (partners.data?.partners ?? []) : [];
  return (
    <Paper withBorder p="md" mt="md" component="section" aria-labelledby="organization-cooperation">
      <Group justify="space-between" align="flex-end" mb="sm" wrap="wrap">
        <Title order={2} size="h4" id="organization-cooperation">
          {t("cooperation.partnersTitle")}
        </Title>
        {years.length > 0 && (
          <NativeSelect
            label={t("cooperation.year")}
            value={String(year)}
            data={years.map((value) => ({ value: String(value), label: String(value) }))}
            onChange={(event) => setChosen(Number(event.currentTarget.value))}
            w={140}
          />
        )}
      </Group>
      <SimpleTable
        isEmpty={rows.length === 0}
        empty={t("cooperation.noPartners")}
        caption={t("cooperation.partnersTitle")}
        minWidth={520}
        head={
          <>
            <Table.Th scope="col">{t("cooperation.partner")}</Table.Th>
            <Table.Th scope="col">{t("cooperation.tieKinds")}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t("cooperation.records")}
            </Table.Th>
          </>
        }
      >
        {rows.map((partner) => (
          <Table.Tr key={partner.id}>
            <Table.Td>
              <OrganizationLink id={partner.id} name={partner.name} />
            </Table.Td>
            <Table.Td>{partner.kinds.map((kind) => t(`tieKind.${kind}`)).join(", ")}</Table.Td>
            <Table.Td ta="right">{format.number(partner.records)}</Table.Td>
          </Table.Tr>
        ))}
      </SimpleTable>
      <Text size="sm" mt="sm">
        <TextLink to="/agreements" search={{ organizationId }}>
          {t("cooperation.agreementsOf")}
        </TextLink>
        {" · "}
        <TextLink to="/cooperation" search={year ? { year } : {}}>
          {t("cooperation.wholeNetwork")}
        </TextLink>
      </Text>
    </Paper>
  );
}
