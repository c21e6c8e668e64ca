/** The problems an import preview found, by row. */
import { Badge, Button, Group, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { Fragment, useMemo, useState } from "react";
import type { ImportPreview } from "../../../../common/schemas/imports.js";
import { useFormat } from "../../i18n/format.js";
import { useT } from "../../i18n/useT.js";
import { issueMessage } from "./import-text.js";
import { RowCorrection } from "./RowCorrection.js";

/** How many rows of a list show before "show all". */
export const firstRows = 50;

/**
 * The issues, errors first; the first issue of a row that the preview holds can open the row for
 * correction in place.
 */
function SeverityBadge({ severity }: { severity: "error" | "warning" }) {
  const t = useT();
  return (
    <Badge variant="light" color={severity === "error" ? "red" : "orange"}>
      {severity === "error" ? t("imports.issues.error") : t("imports.issues.warning")}
    </Badge>
  );
}

export function IssuesSection({
  preview,
  onPreview,
}: {
  preview: ImportPreview;
  onPreview: (preview: ImportPreview) => void;
}) {
  const t = useT();
  const format = useFormat();
  const [all, setAll] = useState(false);
  const [editing, setEditing] = useState<number | null>(null);
  const editable = useMemo(() => new Set(preview.rows.map((row) => row.rowNumber)), [preview.rows]);
  const issues = useMemo(
    () =>
      [...preview.issues].sort(
        (a, b) =>
          (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1) || a.rowNumber - b.rowNumber,
      ),
    [preview.issues],
  );
  const shown = all ? issues : issues.slice(0, firstRows);
  /** "Correct" for a row the preview holds, while it is not open. */
  const openButton = (rowNumber: number) =>
    editable.has(rowNumber) &&
    editing !== rowNumber && (
      <Button
        size="compact-xs"
        variant="light"
        onClick={() => setEditing(rowNumber)}
        aria-label={t("imports.correct.title", { row: format.number(rowNumber) })}
      >
        {t("imports.correct.open")}
      </Button>
    );
  const form = (rowNumber: number) => (
    <RowCorrection
      preview={preview}
      rowNumber={rowNumber}
      onPreview={onPreview}
      onClose={() => setEditing(null)}
    />
  );
  /** On a phone: the button, or the open form. */
  const correction = (rowNumber: number) => (
    <div>{editing === rowNumber ? form(rowNumber) : openButton(rowNumber)}</div>
  );
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="import-issues-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="import-issues-heading">
          {t("imports.issues.title")}
        </Title>
        {issues.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t("imports.issues.none")}
          </Text>
        ) : (
          <>
            <Text size="sm" c="dimmed">
              {t("imports.issues.hint")}
            </Text>
            <Stack component="ul" gap="xs" hiddenFrom="sm" p={0} m={0} style={{ listStyle: "none" }}>
              {shown.map((issue, index) => {
                const firstOfRow = shown.findIndex((other) => other.rowNumber === issue.rowNumber) === index;
                return (
                  <Paper
                    withBorder
                    p="xs"
                    component="li"
                    key={`${issue.rowNumber}-${issue.header}-${issue.code}-${issue.severity}-${issue.value}`}
                  >
                    <Stack gap={4}>
                      <Group justify="space-between" gap="xs">
                        <Text size="sm" fw={600}>
                          {t("imports.issues.rowNumber", { row: format.number(issue.rowNumber) })}
                        </Text>
                        <SeverityBadge severity={issue.severity} />
                      </Group>
                      <Text size="sm" style={{ overflowWrap: "anywhere" }}>
                        {issue.header ? `${issue.header}: ` : ""}
                        {issue.value ?? t("imports.issues.emptyCell")}
                      </Text>
                      <Text size="sm">{issueMessage(issue, t)}</Text>
                      {firstOfRow && correction(issue.rowNumber)}
                    </Stack>
                  </Paper>
                );
              })}
            </Stack>
            <Table.ScrollContainer minWidth={640} visibleFrom="sm">
              <Table striped verticalSpacing="xs" fz="sm">
                <Table.Caption className="visually-hidden">{t("imports.issues.title")}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t("imports.issues.row")}</Table.Th>
                    <Table.Th scope="col">{t("imports.issues.severity")}</Table.Th>
                    <Table.Th scope="col">{t("imports.issues.column")}</Table.Th>
                    <Table.Th scope="col">{t("imports.issues.value")}</Table.Th>
                    <Table.Th scope="col">{t("imports.issues.message")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {shown.map((issue, index) => {
                    const firstOfRow =
                      shown.findIndex((other) => other.rowNumber === issue.rowNumber) === index;
                    return (
                      <Fragment
                        key={`${issue.rowNumber}-${issue.header}-${issue.code}-${issue.severity}-${issue.value}`}
                      >
                        <Table.Tr>
                          <Table.Td>
                            <Stack gap={4} align="flex-start">
                              {format.number(issue.rowNumber)}
                              {firstOfRow && openButton(issue.rowNumber)}
                            </Stack>
                          </Table.Td>
                          <Table.Td>
                            <SeverityBadge severity={issue.severity} />
                          </Table.Td>
                          <Table.Td>{issue.header ?? ""}</Table.Td>
                          <Table.Td style={{ overflowWrap: "anywhere" }}>
                            {issue.value ?? (
                              <Text span size="sm" c="dimmed">
                                {t("imports.issues.emptyCell")}
                              </Text>
                            )}
                          </Table.Td>
                          <Table.Td>{issueMessage(issue, t)}</Table.Td>
                        </Table.Tr>
                        {firstOfRow && editing === issue.rowNumber && (
                          <Table.Tr>
                            <Table.Td colSpan={5}>{form(issue.rowNumber)}</Table.Td>
                          </Table.Tr>
                        )}
                      </Fragment>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            {issues.length > firstRows && (
              <Group>
                <Button variant="subtle" size="xs" onClick={() => setAll(!all)}>
                  {all
                    ? t("imports.showFirst", { count: firstRows })
                    : t("imports.showAll", { count: issues.length })}
                </Button>
              </Group>
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
}
