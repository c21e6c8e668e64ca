import {
  Button,
  Group,
  NativeSelect,
  Paper,
  Radio,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from "@mantine/core";
import { type FormEvent, useState } from "react";
import type { SatisfactionQuestion } from "../../../../common/schemas/enums.js";
import { satisfactionQuestions } from "../../../../common/schemas/enums.js";
import type { Evaluation } from "../../../../common/schemas/training.js";
import { useParticipations } from "../../api/events.js";
import { useAddEvaluation, useEvaluations, useRemoveEvaluation } from "../../api/learning.js";
import { DeleteButton } from "../../components/EditDeleteActions.js";
import { ModalForm } from "../../components/forms/ModalForm.js";
import { LoadFailure } from "../../components/LoadFailure.js";
import { SimpleTable } from "../../components/list/SimpleTable.js";
import { notifySuccess } from "../../components/notify.js";
import { LoadingState } from "../../components/states.js";
import { useFormat } from "../../i18n/format.js";
import type { Translate } from "../../i18n/useT.js";
import { useT } from "../../i18n/useT.js";
import { isHidden } from "./training-shared.js";

const evaluatorName = (evaluation: Evaluation, t: Translate) =>
  evaluation.person
    ? `${evaluation.person.givenName} ${evaluation.person.familyName}`
    : t("evaluations.anonymous");

/**
 * The satisfaction evaluations of a training, one row each; whoever records the event's
 * participations (`canRecord`, the rule the participants section follows) adds and deletes them.
 */
export function EvaluationsSection({ eventId, canRecord }: { eventId: string; canRecord: boolean }) {
  const t = useT();
  const format = useFormat();
  const query = useEvaluations(eventId);
  const remove = useRemoveEvaluation();
  const [adding, setAdding] = useState(false);
  if (isHidden(query.error)) return null;
  const items = query.data?.items ?? [];

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="evaluations-heading">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="evaluations-heading">
          {t("evaluations.title")}
        </Title>
        {canRecord && <Button onClick={() => setAdding(true)}>{t("evaluations.add")}</Button>}
      </Group>
      {query.isLoading && <LoadingState />}
      {query.error && <LoadFailure error={query.error} onRetry={() => query.refetch()} />}
      {query.data && (
        <SimpleTable
          isEmpty={items.length === 0}
          empty={t("evaluations.none")}
          above={
            <Text size="xs" c="dimmed" mb="xs">
              {t("satisfaction.scale")}
            </Text>
          }
          minWidth={880}
          verticalSpacing={4}
          caption={t("evaluations.caption")}
          head={
            <>
              <Table.Th scope="col">{t("evaluations.person")}</Table.Th>
              {satisfactionQuestions.map((q) => (
                <Table.Th key={q} scope="col" ta="right">
                  {t(`satisfactionQuestion.${q}`)}
                </Table.Th>
              ))}
              <Table.Th scope="col">{t("evaluations.comment")}</Table.Th>
              <Table.Th scope="col">{t("evaluations.date")}</Table.Th>
              {canRecord && (
                <Table.Th scope="col">
                  <span className="visually-hidden">{t("common.actions")}</span>
                </Table.Th>
              )}
            </>
          }
        >
          {items.map((evaluation) => {
            const name = evaluatorName(evaluation, t);
            return (
              <Table.Tr key={evaluation.id}>
                <Table.Th scope="row" fw={evaluation.person ? 600 : 400}>
                  {evaluation.person ? (
                    name
                  ) : (
                    <Text span size="sm" c="dimmed" fs="italic">
                      {name}
                    </Text>
                  )}
                </Table.Th>
                {satisfactionQuestions.map((q) => (
                  <Table.Td key={q} ta="right">
                    {evaluation.scores[q] == null ? "–" : format.number(evaluation.scores[q])}
                  </Table.Td>
                ))}
                <Table.Td maw={320} style={{ whiteSpace: "pre-line", overflowWrap: "anywhere" }}>
                  {evaluation.comment}
                </Table.Td>
                <Table.Td style={{ whiteSpace: "nowrap" }}>
                  {format.date(evaluation.createdAt.slice(0, 10))}
                </Table.Td>
                {canRecord && (
                  <Table.Td>
                    <DeleteButton
                      label={t("evaluations.delete", { name })}
                      title={t("evaluations.deleteTitle")}
                      body={t("evaluations.deleteBody", { name })}
                      onDelete={() => remove.mutateAsync(evaluation.id)}
                    />
                  </Table.Td>
                )}
              </Table.Tr>
            );
          })}
        </SimpleTable>
      )}
      {adding && (
        <AddEvaluationModal
          eventId={eventId}
          evaluated={new Set(items.flatMap((e) => (e.personId ? [e.personId] : [])))}
          onClose={() => setAdding(false)}
        />
      )}
    </Paper>
  );
}

type Answers = Record<SatisfactionQuestion, string>;
const noAnswers = Object.fromEntries(satisfactionQuestions.map((q) => [q, ""])) as Answers;

/** One evaluation form as filled in: a 1–5 answer per question (or none), who gave it, a comment. */
function AddEvaluationModal({
  eventId,
  evaluated,
  onClose,
}: {
  eventId: string;
  /** People who have already evaluated the training: once per person. */
  evaluated: Set<string>;
  onClose: () => void;
}) {
  const t = useT();
  const format = useFormat();
  const participants = useParticipations(eventId);
  const add = useAddEvaluation(eventId);
  const [answers, setAnswers] = useState<Answers>(noAnswers);
  const [personId, setPersonId] = useState("");
  const [comment, setComment] = useState("");
  const [answerError, setAnswerError] = useState<string | null>(null);
  const [submitError, setSubmitError] = useState<unknown>(null);

  const people = (participants.data?.items ?? [])
    .filter((p) => !evaluated.has(p.personId))
    .map((p) => ({ value: p.personId, label: `${p.person.givenName} ${p.person.familyName}` }))
    .sort((a, b) => a.label.localeCompare(b.label, format.locale));

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const scores = Object.fromEntries(
      satisfactionQuestions.filter((q) => answers[q] !== "").map((q) => [q, Number(answers[q])]),
    );
    if (Object.keys(scores).length === 0) {
      setAnswerError(t("evaluations.answerOne"));
      return;
    }
    setAnswerError(null);
    setSubmitError(null);
    try {
      await add.mutateAsync({ personId: personId || null, scores, comment: comment.trim() || null });
      notifySuccess(t("evaluations.added"));
      onClose();
    } catch (error) {
      setSubmitError(error);
    }
  };

  return (
    <ModalForm
      opened
      onClose={onClose}
      title={t("evaluations.add")}
      onSubmit={onSubmit}
      submitError={submitError}
      submitting={add.isPending}
    >
      <NativeSelect
        label={t("evaluations.person")}
        description={t("evaluations.personHint")}
        data={[{ value: "", label: t("evaluations.anonymous") }, ...people]}
        value={personId}
        onChange={(event) => setPersonId(event.currentTarget.value)}
      />
      <Text size="sm" c="dimmed">
        {t("satisfaction.scale")}
      </Text>
      {answerError && (
        <Text size="sm" c="red" role="alert">
          {answerError}
        </Text>
      )}
      <Stack gap="md">
        {satisfactionQuestions.map((q) => (
          <Radio.Group
            key={q}
            label={t(`satisfactionAsk.${q}`)}
            value={answers[q]}
            onChange={(value) => {
              setAnswers((current) => ({ ...current, [q]: value }));
              setAnswerError(null);
            }}
          >
            <Group gap="md" mt={6}>
              {["1", "2", "3", "4", "5"].map((score) => (
                <Radio key={score} value={score} label={format.number(Number(score))} />
              ))}
              <Radio value="" label={t("evaluations.noAnswer")} />
            </Group>
          </Radio.Group>
        ))}
      </Stack>
      <Textarea
        label={t("evaluations.comment")}
        autosize
        minRows={2}
        maxLength={4000}
        value={comment}
        onChange={(event) => setComment(event.currentTarget.value)}
      />
    </ModalForm>
  );
}
