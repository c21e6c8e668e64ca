/** How satisfied the participants were: the 1–5 answers per question, with their distribution. */
import { Box, Group, List, Stack, Table, Text, Title } from "@mantine/core";
import type { SatisfactionQuestion } from "../../../../common/schemas/enums.js";
import { satisfactionQuestions } from "../../../../common/schemas/enums.js";
import type { LearningResults } from "../../../../common/schemas/training.js";
import { useEvaluations } from "../../api/learning.js";
import { Figure } from "../../components/Figure.js";
import { useFormat } from "../../i18n/format.js";
import { useT } from "../../i18n/useT.js";
import { useTrainingFormat } from "./training-shared.js";

export const scores = [1, 2, 3, 4, 5] as const;

export function SatisfactionResults({
  eventId,
  summary,
}: {
  eventId: string;
  summary: LearningResults["satisfaction"];
}) {
  const t = useT();
  const format = useFormat();
  const fmt = useTrainingFormat();
  // The comments themselves come with the evaluations, which the API shows to the same readers.
  const evaluations = useEvaluations(eventId);
  const comments = (evaluations.data?.items ?? [])
    .map((e) => e.comment?.trim() ?? "")
    .filter((comment) => comment.length > 0);
  const questions = satisfactionQuestions
    .map((id) => summary.questions.find((q) => q.questionId === id))
    .filter((q) => q !== undefined);

  return (
    <Box component="section" aria-labelledby="satisfaction-heading">
      <Title order={3} size="h5" id="satisfaction-heading" mb="xs">
        {t("satisfaction.title")}
      </Title>
      {summary.evaluations === 0 ? (
        <Text size="sm" c="dimmed">
          {t("satisfaction.none")}
        </Text>
      ) : (
        <Stack gap="sm">
          <Group gap="xl" align="flex-end">
            <Figure
              look="headline"
              size={26}
              label={t("satisfaction.overallMean")}
              value={t("satisfaction.outOfFive", { value: fmt.mean(summary.overallMean) })}
            />
            <Text size="sm">
              {t("satisfaction.evaluations", { count: summary.evaluations })} ·{" "}
              {t("satisfaction.comments", { count: summary.comments })}
            </Text>
          </Group>
          <Text size="xs" c="dimmed">
            {t("satisfaction.scale")}
          </Text>
          <Table.ScrollContainer minWidth={560}>
            <Table striped fz="sm" verticalSpacing={4}>
              <Table.Caption className="visually-hidden">{t("satisfaction.title")}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("satisfaction.question")}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t("satisfaction.mean")}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t("satisfaction.answers")}
                  </Table.Th>
                  {scores.map((score) => (
                    <Table.Th key={score} scope="col" ta="right">
                      <span aria-hidden="true">{format.number(score)}</span>
                      <span className="visually-hidden">{t("satisfaction.answeredWith", { score })}</span>
                    </Table.Th>
                  ))}
                  <Table.Th scope="col">
                    <span className="visually-hidden">{t("satisfaction.answers")}</span>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {questions.map((q) => (
                  <Table.Tr key={q.questionId}>
                    <Table.Th scope="row" fw={600}>
                      {t(`satisfactionQuestion.${q.questionId as SatisfactionQuestion}`)}
                    </Table.Th>
                    <Table.Td ta="right">{fmt.mean(q.mean)}</Table.Td>
                    <Table.Td ta="right">{format.number(q.count)}</Table.Td>
                    {scores.map((score) => (
                      <Table.Td key={score} ta="right">
                        {format.number(q.distribution[String(score)] ?? 0)}
                      </Table.Td>
                    ))}
                    <Table.Td w={140} aria-hidden="true">
                      <DistributionBar distribution={q.distribution} count={q.count} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {comments.length > 0 && (
            <Box component="section" aria-labelledby="satisfaction-comments-heading">
              <Title order={4} size="h6" id="satisfaction-comments-heading" mb={4}>
                {t("satisfaction.commentsTitle")}
              </Title>
              <List spacing={4} size="sm">
                {comments.map((comment, index) => (
                  // Comments have no id of their own and never change order while shown.
                  // biome-ignore lint/suspicious/noArrayIndexKey: see above
                  <List.Item key={index}>
                    <Text size="sm" style={{ whiteSpace: "pre-line" }}>
                      {comment}
                    </Text>
                  </List.Item>
                ))}
              </List>
            </Box>
          )}
        </Stack>
      )}
    </Box>
  );
}

export const scaleColours = ["#c92a2a", "#e8590c", "#fab005", "#82c91e", "#2b8a3e"];

/** The 1–5 answers as one stacked bar (decoration: the numbers are in the cells before it). */
export function DistributionBar({
  distribution,
  count,
}: {
  distribution: Record<string, number>;
  count: number;
}) {
  if (count === 0) return null;
  return (
    <div style={{ display: "flex", height: 12, borderRadius: 3, overflow: "hidden", minWidth: 100 }}>
      {scores.map((score) => {
        const n = distribution[String(score)] ?? 0;
        return n > 0 ? (
          <div key={score} style={{ width: `${(n / count) * 100}%`, background: scaleColours[score - 1] }} />
        ) : null;
      })}
    </div>
  );
}
