import { Button, Table, Title } from "@mantine/core";
import { useState } from "react";
import type { Network } from "../../../../common/schemas/cooperation.js";
import { SimpleTable } from "../../components/list/SimpleTable.js";
import { useFormat } from "../../i18n/format.js";
import { useT } from "../../i18n/useT.js";

/** The strongest ties shown first; the rest on request. */
const FIRST_TIES = 25;

/** Every tie of the network, strongest first: the graph's content for screen readers and for reading. */
export function TiesTable({ network, names }: { network: Network | undefined; names: Map<string, string> }) {
  const t = useT();
  const format = useFormat();
  const [showAll, setShowAll] = useState(false);
  const edges = [...(network?.edges ?? [])]
    .map((edge) => ({ ...edge, first: names.get(edge.source) ?? "", second: names.get(edge.target) ?? "" }))
    .map((edge) =>
      edge.first.localeCompare(edge.second, format.locale) <= 0
        ? edge
        : { ...edge, first: edge.second, second: edge.first },
    )
    .sort(
      (a, b) =>
        b.weight - a.weight ||
        a.first.localeCompare(b.first, format.locale) ||
        a.second.localeCompare(b.second, format.locale),
    );
  return (
    <section aria-labelledby="ties-title">
      <Title order={2} size="h4" id="ties-title" mb="xs">
        {t("cooperation.tiesTitle")}
      </Title>
      <SimpleTable
        isEmpty={edges.length === 0}
        empty={t("cooperation.noTies")}
        caption={t("cooperation.tiesTitle")}
        minWidth={560}
        head={
          <>
            <Table.Th scope="col">{t("cooperation.organization")}</Table.Th>
            <Table.Th scope="col">{t("cooperation.organization")}</Table.Th>
            <Table.Th scope="col">{t("cooperation.tieKinds")}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t("cooperation.records")}
            </Table.Th>
          </>
        }
      >
        {(showAll ? edges : edges.slice(0, FIRST_TIES)).map((edge) => (
          <Table.Tr key={`${edge.source} ${edge.target}`}>
            <Table.Td>{edge.first}</Table.Td>
            <Table.Td>{edge.second}</Table.Td>
            <Table.Td>{edge.kinds.map((kind) => t(`tieKind.${kind}`)).join(", ")}</Table.Td>
            <Table.Td ta="right">{format.number(edge.weight)}</Table.Td>
          </Table.Tr>
        ))}
      </SimpleTable>
      {!showAll && edges.length > FIRST_TIES && (
        <Button variant="subtle" mt="xs" onClick={() => setShowAll(true)}>
          {t("cooperation.showAllTies", { count: edges.length })}
        </Button>
      )}
    </section>
  );
}
