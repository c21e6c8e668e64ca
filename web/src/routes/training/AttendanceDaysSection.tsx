import { Button, Checkbox, Table, Text } from "@mantine/core";
import { useState } from "react";
import type { Event } from "../../../../common/schemas/events.js";
import type { AttendanceSheet } from "../../../../common/schemas/training.js";
import { useAttendanceSheet, useSaveAttendance } from "../../api/training.js";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { notifySuccess } from "../../components/notify.js";
import { useFormat } from "../../i18n/format.js";
import { useT } from "../../i18n/useT.js";
import { SheetSaveBar } from "./SheetSaveBar.js";
import { SheetSection } from "./SheetSection.js";
import { participantName } from "./shared.js";

const cellKey = (personId: string, day: string) => `${personId} ${day}`;

/**
 * Attendance per participant and day, with the people present each day by sex. Those who may
 * record the event's participations (its trainers too) tick the days and save the whole grid.
 */
export function AttendanceDaysSection({ event }: { event: Pick<Event, "id" | "abilities"> }) {
  const t = useT();
  const canRecord = event.abilities.record;
  const query = useAttendanceSheet(event.id);

  return (
    <SheetSection headingId="attendance-days-heading" title={t("training.attendanceDays")} query={query}>
      {(sheet, version) => <AttendanceGrid key={version} sheet={sheet} canRecord={canRecord} />}
    </SheetSection>
  );
}

function AttendanceGrid({ sheet, canRecord }: { sheet: AttendanceSheet; canRecord: boolean }) {
  const t = useT();
  const format = useFormat();
  const save = useSaveAttendance(sheet.eventId);
  const initial = () => new Map(sheet.entries.map((e) => [cellKey(e.personId, e.day), e.present]));
  // Only days recorded (or ticked here) are sent: a day never recorded stays "not recorded".
  const [cells, setCells] = useState<Map<string, boolean>>(initial);
  const [dirty, setDirty] = useState(false);

  const set = (changes: [string, boolean][]) => {
    setCells((previous) => {
      const next = new Map(previous);
      for (const [key, present] of changes) next.set(key, present);
      return next;
    });
    setDirty(true);
  };
  const isPresent = (personId: string, day: string) => cells.get(cellKey(personId, day)) === true;
  const presentOn = (day: string) => {
    const counts = { female: 0, male: 0 };
    for (const p of sheet.participants) if (isPresent(p.personId, day)) counts[p.sex] += 1;
    return counts;
  };

  const onSave = () => {
    const entries = [...cells].map(([key, present]) => {
      const [personId = "", day = ""] = key.split(" ");
      return { personId, day, present };
    });
    save.mutate({ entries }, { onSuccess: () => notifySuccess(t("training.attendanceSaved")) });
  };

  const totals = sheet.days.map(presentOn);
  const figureRows = [
    { key: "female", label: t("training.presentWomen"), value: (i: number) => totals[i]?.female ?? 0 },
    { key: "male", label: t("training.presentMen"), value: (i: number) => totals[i]?.male ?? 0 },
    {
      key: "total",
      label: t("training.presentTotal"),
      value: (i: number) => (totals[i]?.female ?? 0) + (totals[i]?.male ?? 0),
    },
  ];

  return (
    <>
      <Text size="sm" c="dimmed" mb="sm">
        {canRecord ? t("training.attendanceHint") : t("training.attendanceReadOnly")}
      </Text>
      <Table.ScrollContainer minWidth={260 + sheet.days.length * 130}>
        <Table withTableBorder withColumnBorders verticalSpacing={6} striped>
          <Table.Caption className="visually-hidden">{t("training.attendanceDays")}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("participation.name")}</Table.Th>
              {sheet.days.map((day) => {
                const date = format.date(day);
                return (
                  <Table.Th scope="col" key={day} ta="center" style={{ whiteSpace: "nowrap" }}>
                    <div>{date}</div>
                    {canRecord && (
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        mt={2}
                        aria-label={t("training.markAllPresentOn", { date })}
                        onClick={() => set(sheet.participants.map((p) => [cellKey(p.personId, day), true]))}
                      >
                        {t("training.markAllPresent")}
                      </Button>
                    )}
                  </Table.Th>
                );
              })}
              <Table.Th scope="col" ta="center">
                {t("training.daysPresent")}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sheet.participants.map((p) => {
              const name = participantName(p);
              const recorded = sheet.days.some((day) => cells.has(cellKey(p.personId, day)));
              const daysPresent = sheet.days.filter((day) => isPresent(p.personId, day)).length;
              return (
                <Table.Tr key={p.personId}>
                  <Table.Th scope="row" fw={400}>
                    <Text size="sm" fw={600}>
                      {name}
                    </Text>
                    {p.organizationName && (
                      <Text size="xs" c="dimmed">
                        {p.organizationName}
                      </Text>
                    )}
                    {!recorded && (
                      <Text size="xs" c="dimmed" fs="italic">
                        {t("training.notRecorded")}
                      </Text>
                    )}
                  </Table.Th>
                  {sheet.days.map((day) => {
                    const present = isPresent(p.personId, day);
                    const label = t("training.presentOn", { name, date: format.date(day) });
                    return (
                      <Table.Td key={day} ta="center">
                        {canRecord ? (
                          <Checkbox
                            aria-label={label}
                            checked={present}
                            onChange={(e) => set([[cellKey(p.personId, day), e.currentTarget.checked]])}
                            styles={{ body: { justifyContent: "center" } }}
                          />
                        ) : (
                          <>
                            <Text span aria-hidden c={present ? "teal.8" : "dimmed"} fw={700}>
                              {present ? "✓" : "–"}
                            </Text>
                            <span className="visually-hidden">
                              {present ? t("training.present") : t("training.notPresent")}
                            </span>
                          </>
                        )}
                      </Table.Td>
                    );
                  })}
                  <Table.Td ta="center">
                    {t("training.daysOf", {
                      count: format.number(daysPresent),
                      total: format.number(sheet.days.length),
                    })}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
          <Table.Tfoot>
            {figureRows.map((row) => (
              <Table.Tr key={row.key}>
                <Table.Th scope="row">{row.label}</Table.Th>
                {sheet.days.map((day, i) => (
                  <Table.Td key={day} ta="center" fw={row.key === "total" ? 700 : 400}>
                    {format.number(row.value(i))}
                  </Table.Td>
                ))}
                <Table.Td />
              </Table.Tr>
            ))}
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
      {canRecord && (
        <SheetSaveBar
          dirty={dirty}
          saving={save.isPending}
          saveLabel={t("training.saveAttendance")}
          onSave={onSave}
          onUndo={() => {
            setCells(initial());
            setDirty(false);
          }}
        >
          {save.error ? <ErrorAlert error={save.error} /> : null}
        </SheetSaveBar>
      )}
    </>
  );
}
