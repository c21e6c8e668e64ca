import { Table } from "@mantine/core";
import type { Network, NetworkMeasures } from "../../../../common/schemas/cooperation.js";
import { SimpleTable } from "../../components/list/SimpleTable.js";
import { useFormat } from "../../i18n/format.js";
import type { MessageKey } from "../../i18n/messages/en.js";
import { useT } from "../../i18n/useT.js";
import { formatShare } from "../coverage/measures.js";

type Kind = "count" | "share" | "decimal";
const rows: { key: keyof NetworkMeasures; label: MessageKey; kind: Kind }[] = [
  { key: "organizations", label: "cooperation.measure.organizations", kind: "count" },
  { key: "ties", label: "cooperation.measure.ties", kind: "count" },
  { key: "density", label: "cooperation.measure.density", kind: "share" },
  { key: "averageDegree", label: "cooperation.measure.averageDegree", kind: "decimal" },
  { key: "degreeCentralization", label: "cooperation.measure.degreeCentralization", kind: "share" },
  { key: "components", label: "cooperation.measure.components", kind: "count" },
  { key: "crossLevelTies", label: "cooperation.measure.crossLevelTies", kind: "count" },
  { key: "crossLevelShare", label: "cooperation.measure.crossLevelShare", kind: "share" },
  { key: "institutionCsoTies", label: "cooperation.measure.institutionCsoTies", kind: "count" },
  { key: "institutionCsoShare", label: "cooperation.measure.institutionCsoShare", kind: "share" },
];

/** A calendar year by its number, any other range by its dates. */
function rangeLabel(format: ReturnType<typeof useFormat>, from: string, to: string) {
  const year = from.slice(0, 4);
  return from === `${year}-01-01` && to === `${year}-12-31` ? year : format.dateRange(from, to);
}

/** The network's measures: this year, the year before and the change, as a table everyone can read. */
export function MeasuresTable({ network, isLoading }: { network: Network | undefined; isLoading: boolean }) {
  const t = useT();
  const format = useFormat();
  const show = (value: unknown, kind: Kind) => {
    if (typeof value !== "number") return "–";
    if (kind === "share") return formatShare(format.locale, value);
    if (kind === "decimal") return format.number(Math.round(value * 10) / 10);
    return format.number(value);
  };
  const change = (now: unknown, before: unknown, kind: Kind) => {
    if (typeof now !== "number" || typeof before !== "number") return "–";
    const difference = now - before;
    const text = show(Math.abs(difference), kind);
    return difference > 0 ? `+${text}` : difference < 0 ? `−${text}` : text;
  };
  return (
    <SimpleTable
      isEmpty={!isLoading && !network}
      empty={t("cooperation.noNetwork")}
      caption={t("cooperation.measuresCaption")}
      minWidth={420}
      head={
        <>
          <Table.Th scope="col">{t("cooperation.measure")}</Table.Th>
          <Table.Th scope="col" ta="right">
            {network ? rangeLabel(format, network.from, network.to) : ""}
          </Table.Th>
          <Table.Th scope="col" ta="right">
            {network ? rangeLabel(format, network.previousFrom, network.previousTo) : ""}
          </Table.Th>
          <Table.Th scope="col" ta="right">
            {t("cooperation.change")}
          </Table.Th>
        </>
      }
    >
      {rows.map((row) => (
        <Table.Tr key={row.key}>
          <Table.Th scope="row" fw="normal">
            {t(row.label)}
          </Table.Th>
          <Table.Td ta="right">{show(network?.measures[row.key], row.kind)}</Table.Td>
          <Table.Td ta="right">{show(network?.previous[row.key], row.kind)}</Table.Td>
          <Table.Td ta="right">
            {change(network?.measures[row.key], network?.previous[row.key], row.kind)}
          </Table.Td>
        </Table.Tr>
      ))}
    </SimpleTable>
  );
}
