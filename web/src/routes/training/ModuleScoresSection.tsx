import { Alert, Group, NumberInput, Table, Text } from "@mantine/core";
import { Fragment, useState } from "react";
import type { TestPhase } from "../../../../common/schemas/enums.js";
import type { Event } from "../../../../common/schemas/events.js";
import type { ModuleScoreSheet } from "../../../../common/schemas/training.js";
import { useModuleScoreSheet, useSaveModuleScores } from "../../api/training.js";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { notifySuccess } from "../../components/notify.js";
import { useFormat } from "../../i18n/format.js";
import { useT } from "../../i18n/useT.js";
import { SheetSaveBar } from "./SheetSaveBar.js";
import { SheetSection } from "./SheetSection.js";
import { participantName } from "./shared.js";

const phases = ["pre", "post"] as const satisfies readonly TestPhase[];
const cellKey = (personId: string, moduleId: string, phase: TestPhase) => `${personId} ${moduleId} ${phase}`;
const MAX_LIMIT = 10_000;

/** The problems without the one of the cell just edited (its message goes until the next save). */
function dropKey(errors: Map<string, string>, key: string) {
  if (!errors.has(key)) return errors;
  const next = new Map(errors);
  next.delete(key);
  return next;
}

/**
 * Pre- and post-test scores per participant and module of the training's curricula, with one
 * maximum score per module. Shown only when the curricula have modules.
 */
export function ModuleScoresSection({ event }: { event: Pick<Event, "id" | "abilities"> }) {
  const t = useT();
  const canRecord = event.abilities.record;
  const query = useModuleScoreSheet(event.id);

  if (query.data && query.data.modules.length === 0) return null;
  return (
    <SheetSection headingId="module-scores-heading" title={t("training.moduleScores")} query={query}>
      {(sheet, version) => <ScoresGrid key={version} sheet={sheet} canRecord={canRecord} />}
    </SheetSection>
  );
}

type Value = number | string;

function ScoresGrid({ sheet, canRecord }: { sheet: ModuleScoreSheet; canRecord: boolean }) {
  const t = useT();
  const format = useFormat();
  const save = useSaveModuleScores(sheet.eventId);
  const initialScores = () =>
    new Map<string, Value>(sheet.scores.map((s) => [cellKey(s.personId, s.moduleId, s.phase), s.score]));
  const initialMaxes = () => {
    const maxes = new Map<string, Value>();
    for (const s of sheet.scores) if (!maxes.has(s.moduleId)) maxes.set(s.moduleId, s.maxScore);
    return maxes;
  };
  const [scores, setScores] = useState(initialScores);
  const [maxes, setMaxes] = useState(initialMaxes);
  const [dirty, setDirty] = useState(false);
  const [errors, setErrors] = useState<Map<string, string>>(new Map());
  const manyCurricula = new Set(sheet.modules.map((m) => m.curriculumId)).size > 1;

  const setScore = (key: string, value: Value) => {
    setScores((previous) => new Map(previous).set(key, value));
    setErrors((previous) => dropKey(previous, key));
    setDirty(true);
  };
  const setMax = (moduleId: string, value: Value) => {
    setMaxes((previous) => new Map(previous).set(moduleId, value));
    setErrors((previous) => dropKey(previous, moduleId));
    setDirty(true);
  };
  const filled = (value: Value | undefined): value is number => value !== undefined && value !== "";

  /** Every problem of the grid, keyed by cell (or by module for its maximum), in the reader's language. */
  const validate = () => {
    const found = new Map<string, string>();
    for (const module of sheet.modules) {
      const max = maxes.get(module.id);
      const hasScores = sheet.participants.some((p) =>
        phases.some((phase) => filled(scores.get(cellKey(p.personId, module.id, phase)))),
      );
      if (!filled(max)) {
        if (hasScores) found.set(module.id, t("training.maxRequired"));
      } else if (Number(max) <= 0) found.set(module.id, t("training.maxPositive"));
      else if (Number(max) > MAX_LIMIT) found.set(module.id, t("validation.max", { max: MAX_LIMIT }));
      for (const p of sheet.participants) {
        for (const phase of phases) {
          const key = cellKey(p.personId, module.id, phase);
          const value = scores.get(key);
          if (!filled(value)) continue;
          if (Number(value) < 0) found.set(key, t("validation.min", { min: 0 }));
          else if (filled(max) && Number(value) > Number(max))
            found.set(key, t("training.scoreAboveMax", { max: format.number(Number(max)) }));
        }
      }
    }
    return found;
  };

  const onSave = () => {
    const found = validate();
    setErrors(found);
    if (found.size > 0) return;
    const payload = sheet.modules.flatMap((module) =>
      sheet.participants.flatMap((p) =>
        phases.flatMap((phase) => {
          const value = scores.get(cellKey(p.personId, module.id, phase));
          return filled(value)
            ? [
                {
                  personId: p.personId,
                  moduleId: module.id,
                  phase,
                  score: Number(value),
                  maxScore: Number(maxes.get(module.id)),
                },
              ]
            : [];
        }),
      ),
    );
    save.mutate({ scores: payload }, { onSuccess: () => notifySuccess(t("training.scoresSaved")) });
  };

  /** People with both a pre- and a post-test score for the module, by sex. */
  const pairsOf = (moduleId: string) => {
    const counts = { female: 0, male: 0 };
    for (const p of sheet.participants) {
      if (phases.every((phase) => filled(scores.get(cellKey(p.personId, moduleId, phase)))))
        counts[p.sex] += 1;
    }
    return counts;
  };
  const phaseLabel = (phase: TestPhase) =>
    phase === "pre" ? t("participation.preTest") : t("participation.postTest");
  const inputProps = {
    size: "xs",
    min: 0,
    hideControls: true,
    decimalScale: 2,
    decimalSeparator: format.decimalSeparator,
    w: 84,
    styles: { error: { whiteSpace: "normal" as const } },
  } as const;

  return (
    <>
      <Text size="sm" c="dimmed" mb="sm">
        {canRecord ? t("training.scoresHint") : t("training.scoresReadOnly")}
      </Text>
      <Table.ScrollContainer minWidth={240 + sheet.modules.length * 200}>
        <Table withTableBorder withColumnBorders verticalSpacing={6}>
          <Table.Caption className="visually-hidden">{t("training.moduleScores")}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" rowSpan={2}>
                {t("participation.name")}
              </Table.Th>
              {sheet.modules.map((module) => (
                <Table.Th scope="colgroup" colSpan={2} key={module.id} ta="center">
                  <Text size="sm" fw={700}>
                    {module.title}
                  </Text>
                  {manyCurricula && (
                    <Text size="xs" c="dimmed" fw={400}>
                      {module.curriculumTitle}
                    </Text>
                  )}
                </Table.Th>
              ))}
            </Table.Tr>
            <Table.Tr>
              {sheet.modules.map((module) => (
                <Fragment key={module.id}>
                  {phases.map((phase) => (
                    <Table.Th scope="col" key={phase} ta="center" fw={600} fz="xs">
                      {phaseLabel(phase)}
                    </Table.Th>
                  ))}
                </Fragment>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            <Table.Tr bg="var(--mantine-color-gray-0)">
              <Table.Th scope="row">{t("participation.maxScore")}</Table.Th>
              {sheet.modules.map((module) => (
                <Table.Td key={module.id} colSpan={2} ta="center">
                  {canRecord ? (
                    <Group justify="center">
                      <NumberInput
                        {...inputProps}
                        min={0}
                        max={MAX_LIMIT}
                        aria-label={t("training.maxScoreOf", { title: module.title })}
                        value={maxes.get(module.id) ?? ""}
                        onChange={(value) => setMax(module.id, value)}
                        error={errors.get(module.id)}
                      />
                    </Group>
                  ) : (
                    format.number(filled(maxes.get(module.id)) ? Number(maxes.get(module.id)) : null)
                  )}
                </Table.Td>
              ))}
            </Table.Tr>
            {sheet.participants.map((p) => {
              const name = participantName(p);
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
                  </Table.Th>
                  {sheet.modules.map((module) => (
                    <Fragment key={module.id}>
                      {phases.map((phase) => {
                        const key = cellKey(p.personId, module.id, phase);
                        const value = scores.get(key);
                        return (
                          <Table.Td key={phase} ta="center">
                            {canRecord ? (
                              <Group justify="center">
                                <NumberInput
                                  {...inputProps}
                                  aria-label={t(
                                    phase === "pre" ? "training.preScoreOf" : "training.postScoreOf",
                                    {
                                      title: module.title,
                                      name,
                                    },
                                  )}
                                  value={value ?? ""}
                                  onChange={(next) => setScore(key, next)}
                                  error={errors.get(key)}
                                />
                              </Group>
                            ) : (
                              format.number(filled(value) ? Number(value) : null)
                            )}
                          </Table.Td>
                        );
                      })}
                    </Fragment>
                  ))}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th scope="row">{t("training.pairs")}</Table.Th>
              {sheet.modules.map((module) => {
                const pairs = pairsOf(module.id);
                return (
                  <Table.Td key={module.id} colSpan={2} ta="center">
                    {t("training.bySex", {
                      female: format.number(pairs.female),
                      male: format.number(pairs.male),
                    })}
                  </Table.Td>
                );
              })}
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
      {canRecord && (
        <SheetSaveBar
          dirty={dirty}
          saving={save.isPending}
          saveLabel={t("training.saveScores")}
          onSave={onSave}
          onUndo={() => {
            setScores(initialScores());
            setMaxes(initialMaxes());
            setErrors(new Map());
            setDirty(false);
          }}
        >
          {save.error ? <ErrorAlert error={save.error} /> : null}
          {errors.size > 0 && (
            <Alert color="red" variant="light" role="alert" mt="sm" title={t("error.title")}>
              {t("training.fixScores", { count: errors.size })}
            </Alert>
          )}
        </SheetSaveBar>
      )}
    </>
  );
}
