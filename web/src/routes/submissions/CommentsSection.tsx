import { Button, Paper, Stack, Text, Textarea, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import type { SubmissionForm } from "../../../../common/schemas/submissions.js";
import { useAddSubmissionComment } from "../../api/submissions.js";
import { notifyError, notifySuccess } from "../../components/notify.js";
import { useFormat } from "../../i18n/format.js";
import { useT } from "../../i18n/useT.js";
export function CommentsSection({ form, canComment }: { form: SubmissionForm; canComment: boolean }) {
  const t = useT();
  const format = useFormat();
  const add = useAddSubmissionComment(form.submission.id);
  const [body, setBody] = useState("");

  const onAdd = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (body.trim() === "") return;
    try {
      await add.mutateAsync(body.trim());
      setBody("");
      notifySuccess(t("submission.commentAdded"));
    } catch (error) {
      notifyError(error, t);
    }
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="comments-heading">
      <Title order={2} size="h4" id="comments-heading" mb="sm">
        {t("submission.comments")}
      </Title>
      {form.comments.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t("submission.noComments")}
        </Text>
      ) : (
        <Stack gap="sm" component="ol" style={{ listStyle: "none", padding: 0, margin: 0 }}>
          {form.comments.map((comment) => (
            <Paper key={comment.id} component="li" withBorder p="sm" bg="var(--mantine-color-gray-0)">
              <Text size="xs" c="dimmed">
                {comment.authorName ?? t("submission.unknownAuthor")} · {format.dateTime(comment.createdAt)}
                {comment.kind !== "comment" && ` · ${t(`submission.commentKind.${comment.kind}`)}`}
              </Text>
              <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                {comment.body}
              </Text>
            </Paper>
          ))}
        </Stack>
      )}
      {canComment && (
        <form onSubmit={onAdd}>
          <Stack gap="xs" mt="md" align="flex-start">
            <Textarea
              label={t("submission.newComment")}
              autosize
              minRows={2}
              value={body}
              onChange={(event) => setBody(event.currentTarget.value)}
              w="100%"
            />
            <Button type="submit" variant="light" loading={add.isPending} disabled={body.trim() === ""}>
              {t("submission.addComment")}
            </Button>
          </Stack>
        </form>
      )}
    </Paper>
  );
}
