import { Box, SimpleGrid, Text } from "@mantine/core";
import type { ImportCounts as Counts, ImportKind } from "../../../../common/schemas/imports.js";
import { useFormat } from "../../i18n/format.js";
import type { MessageKey } from "../../i18n/messages/en.js";
import { useT } from "../../i18n/useT.js";

const countKeys: Record<keyof Counts, MessageKey> = {
  rows: "imports.count.rows",
  new: "imports.count.new",
  matched: "imports.count.matched",
  likely: "imports.count.likely",
  skipped: "imports.count.skipped",
  errors: "imports.count.errors",
  warnings: "imports.count.warnings",
  female: "imports.count.female",
  male: "imports.count.male",
};
const order = [
  "rows",
  "new",
  "matched",
  "likely",
  "female",
  "male",
  "skipped",
  "errors",
  "warnings",
] as const;
/** Organisations have no sex. */
const peopleOnly: (keyof Counts)[] = ["female", "male"];
const organisationKeys: Partial<Record<keyof Counts, MessageKey>> = {
  new: "imports.count.newOrganisations",
  matched: "imports.count.matchedOrganisations",
};

/** The counts of an import as a description list (term: what, definition: how many). */
export function ImportCountsList({
  counts,
  kind,
  leaveOut = [],
}: {
  counts: Counts;
  kind: ImportKind;
  leaveOut?: (keyof Counts)[];
}) {
  const t = useT();
  const format = useFormat();
  return (
    <SimpleGrid
      component="dl"
      cols={{ base: 2, xs: 4, md: kind === "organisations" ? 7 : 9 }}
      spacing="sm"
      m={0}
    >
      {order
        .filter((key) => !leaveOut.includes(key) && !(kind === "organisations" && peopleOnly.includes(key)))
        .map((key) => (
          <Box key={key}>
            <Text component="dt" size="sm" c="dimmed">
              {t((kind === "organisations" && organisationKeys[key]) || countKeys[key])}
            </Text>
            <Text
              component="dd"
              m={0}
              fz={26}
              fw={700}
              lh={1.1}
              c={key === "errors" && counts.errors > 0 ? "red.8" : undefined}
            >
              {format.number(counts[key])}
            </Text>
          </Box>
        ))}
    </SimpleGrid>
  );
}
