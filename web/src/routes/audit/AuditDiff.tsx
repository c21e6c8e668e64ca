import { Table, Text } from "@mantine/core";
import { useT } from "../../i18n/useT.js";
import { diffFields, showValue } from "./diff.js";

export function AuditDiff({ before, after, id }: { before: unknown; after: unknown; id: string }) {
  const t = useT();
  const rows = diffFields(before, after);
  if (rows.length === 0) {
    return (
      <Text size="sm" c="dimmed" id={id}>
        {t("audit.noChanges")}
      </Text>
    );
  }
  return (
    <Table id={id} withTableBorder withColumnBorders verticalSpacing={4} fz="xs" bg="white">
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col" w={180}>
            {t("audit.field")}
          </Table.Th>
          <Table.Th scope="col">{t("audit.before")}</Table.Th>
          <Table.Th scope="col">{t("audit.after")}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.field || "value"} bg={row.changed ? "yellow.0" : undefined}>
            <Table.Th scope="row" fw={row.changed ? 700 : 400}>
              {row.field}
            </Table.Th>
            <Table.Td className="json-value" c={row.changed ? "red.9" : undefined}>
              {showValue(row.before)}
            </Table.Td>
            <Table.Td className="json-value" c={row.changed ? "green.9" : undefined}>
              {showValue(row.after)}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
