import { Table, Text } from "@mantine/core";
import type { ReactNode } from "react";
import type { TotCascade } from "../../../../common/schemas/cascade.js";
import { useFormat } from "../../i18n/format.js";
import { useT } from "../../i18n/useT.js";

interface FiguresTableProps {
  caption: string;
  headers: string[];
  rows: { key: string; cells: ReactNode[] }[];
  /** Under the caption: how to read the figures. */
  hint?: string;
}

/** A small table of figures: a caption, column headers, first cell as the row header, numbers aligned right. */
export function FiguresTable({ caption, headers, rows, hint }: FiguresTableProps) {
  return (
    <div>
      <Table.ScrollContainer minWidth={280}>
        <Table striped verticalSpacing={4}>
          <Table.Caption style={{ captionSide: "top", textAlign: "left" }}>
            <Text fw={700} c="var(--mantine-color-text)">
              {caption}
            </Text>
            {hint && (
              <Text size="xs" c="dimmed">
                {hint}
              </Text>
            )}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              {headers.map((header, index) => (
                <Table.Th key={header} scope="col" ta={index === 0 ? "left" : "right"}>
                  {header}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.key}>
                {row.cells.map((cell, index) =>
                  index === 0 ? (
                    // biome-ignore lint/suspicious/noArrayIndexKey: the cells of a row never move
                    <Table.Th key={index} scope="row" fw={400}>
                      {cell}
                    </Table.Th>
                  ) : (
                    // biome-ignore lint/suspicious/noArrayIndexKey: the cells of a row never move
                    <Table.Td key={index} ta="right">
                      {cell}
                    </Table.Td>
                  ),
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </div>
  );
}

/** Per trainer of every generation: name, generation, sessions, people reached. */
export function TrainersTable({ cascade }: { cascade: TotCascade }) {
  const t = useT();
  const format = useFormat();
  return (
    <FiguresTable
      caption={t("cascade.byTrainer")}
      headers={[
        t("cascade.trainer"),
        t("cascade.generation"),
        t("cascade.sessions"),
        t("cascade.peopleReached"),
      ]}
      rows={cascade.trainers.map((trainer) => ({
        key: trainer.personId,
        cells: [
          trainer.name,
          format.number(trainer.generation),
          format.number(trainer.sessions),
          format.number(trainer.reached),
        ],
      }))}
    />
  );
}

/** The sessions of every generation: title, date, municipality, generation. */
export function SessionsTable({ cascade }: { cascade: TotCascade }) {
  const t = useT();
  const format = useFormat();
  return (
    <FiguresTable
      caption={t("cascade.sessionsDelivered")}
      headers={[t("common.title"), t("cascade.date"), t("common.municipality"), t("cascade.generation")]}
      rows={cascade.sessions.map((session) => ({
        key: session.id,
        cells: [
          session.title,
          format.date(session.startsOn),
          session.municipalityName ?? t("cascade.unknown"),
          format.number(session.generation),
        ],
      }))}
    />
  );
}

/** People reached by the trainers the TOT produced, per municipality, sex, sector and level. */
export function SplitTables({ cascade }: { cascade: TotCascade }) {
  const t = useT();
  const format = useFormat();
  const unknown = t("cascade.unknown");
  const split = (
    caption: string,
    header: string,
    rows: { key: string | null; people: number }[],
    label: (key: string) => string,
    hint?: string,
  ) => (
    <FiguresTable
      caption={caption}
      hint={hint}
      headers={[header, t("cascade.peopleReached")]}
      rows={rows.map((row) => ({
        key: row.key ?? "",
        cells: [row.key === null ? unknown : label(row.key), format.number(row.people)],
      }))}
    />
  );
  const municipalityNames = new Map(cascade.reachedByMunicipality.map((row) => [row.key, row.name]));
  return (
    <>
      {split(
        t("cascade.byMunicipality"),
        t("common.municipality"),
        cascade.reachedByMunicipality,
        (key) => municipalityNames.get(key) ?? unknown,
        t("cascade.byMunicipalityHint"),
      )}
      {split(t("cascade.bySex"), t("cascade.group"), cascade.reachedBySex, (key) =>
        t(key === "female" ? "sex.female" : "sex.male"),
      )}
      {split(t("cascade.bySector"), t("cascade.group"), cascade.reachedBySector, (key) =>
        t(`sector.${key as TotCascade["reachedBySector"][number]["key"] & string}`),
      )}
      {split(t("cascade.byLevel"), t("cascade.group"), cascade.reachedByLevel, (key) =>
        t(`level.${key as TotCascade["reachedByLevel"][number]["key"] & string}`),
      )}
    </>
  );
}
