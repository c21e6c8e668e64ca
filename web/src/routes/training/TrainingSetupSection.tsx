import { Button, Group, List, NumberInput, Paper, Switch, Text, Title } from "@mantine/core";
import { useMemo, useState } from "react";
import { z } from "zod";
import type { Event } from "../../../../common/schemas/events.js";
import type { TrainingSetup } from "../../../../common/schemas/training.js";
import { isApiError } from "../../api/client.js";
import { useCurricula, useSaveTrainingSetup, useTrainingSetup } from "../../api/training.js";
import { DetailList } from "../../components/DetailList.js";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { ModalForm } from "../../components/forms/ModalForm.js";
import { numberOrNull, useSchemaForm } from "../../components/forms/useSchemaForm.js";
import { TextLink } from "../../components/links.js";
import { notifySuccess } from "../../components/notify.js";
import { type Option, SearchMultiSelect } from "../../components/selects/SearchSelect.js";
import { LoadingState } from "../../components/states.js";
import { useFormat } from "../../i18n/format.js";
import { useT } from "../../i18n/useT.js";
import { isHidden, sharePercent } from "./shared.js";

/** The curricula a training teaches (links) and its rules; those who may update the event edit them. */
export function TrainingSetupSection({ event }: { event: Pick<Event, "id" | "abilities"> }) {
  const t = useT();
  const format = useFormat();
  const query = useTrainingSetup(event.id);
  const [editing, setEditing] = useState(false);

  if (isHidden(query.error)) return null;
  const setup = query.data;
  const percent = (share: number) =>
    new Intl.NumberFormat(format.locale, { style: "percent", maximumFractionDigits: 2 }).format(share);

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="training-setup-heading">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="training-setup-heading">
          {t("training.setup")}
        </Title>
        {event.abilities.update && setup && (
          <Button variant="default" onClick={() => setEditing(true)}>
            {t("training.editSetup")}
          </Button>
        )}
      </Group>
      {query.error ? (
        <ErrorAlert error={query.error} onRetry={() => query.refetch()} />
      ) : !setup ? (
        <LoadingState />
      ) : (
        <DetailList
          items={[
            {
              label: t("training.curricula"),
              value: setup.curricula.length > 0 && (
                <List spacing={2} size="sm">
                  {setup.curricula.map((curriculum) => (
                    <List.Item key={curriculum.id}>
                      <TextLink to="/curricula/$curriculumId" params={{ curriculumId: curriculum.id }}>
                        {curriculum.title}
                      </TextLink>{" "}
                      <Text span size="sm" c="dimmed">
                        {t("training.moduleCount", { count: curriculum.modules.length })}
                      </Text>
                    </List.Item>
                  ))}
                </List>
              ),
            },
            {
              label: t("training.minAttendance"),
              value: t("training.minAttendanceValue", { value: percent(setup.rules.minAttendanceShare) }),
            },
            {
              label: t("training.passMark"),
              value:
                setup.rules.passMark === null ? (
                  <Text span size="sm" c="dimmed">
                    {t("training.noPassMark")}
                  </Text>
                ) : (
                  t("training.passMarkValue", { value: percent(setup.rules.passMark) })
                ),
            },
            {
              label: t("training.certificates"),
              value: setup.rules.issuesCertificates
                ? t("training.issuesCertificates")
                : t("training.noCertificates"),
            },
          ]}
        />
      )}
      {editing && setup && <SetupModal eventId={event.id} setup={setup} onClose={() => setEditing(false)} />}
    </Paper>
  );
}

/** Curricula not archived, found by the server's search. */
function useCurriculumOptions(query: string) {
  const result = useCurricula({ q: query || undefined, pageSize: 50, sort: "title" });
  const options = useMemo<Option[]>(
    () => (result.data?.items ?? []).map((c) => ({ value: c.id, label: c.title })),
    [result.data],
  );
  return { options, isLoading: result.isFetching };
}

/** The form's view of the rules: percents, as people read them. */
const SetupForm = z.object({
  curriculumIds: z.array(z.string()).max(50),
  minAttendancePercent: z.number().min(1).max(100),
  passMarkPercent: z.number().min(1).max(100).nullable(),
  issuesCertificates: z.boolean(),
});

function SetupModal({
  eventId,
  setup,
  onClose,
}: {
  eventId: string;
  setup: TrainingSetup;
  onClose: () => void;
}) {
  const t = useT();
  const format = useFormat();
  const save = useSaveTrainingSetup(eventId);
  const { form, handleSubmit, submitError } = useSchemaForm({
    initialValues: {
      curriculumIds: setup.curriculumIds,
      minAttendancePercent: sharePercent(setup.rules.minAttendanceShare) as number | string,
      passMarkPercent: (setup.rules.passMark === null ? "" : sharePercent(setup.rules.passMark)) as
        | number
        | string,
      issuesCertificates: setup.rules.issuesCertificates,
    },
    schema: SetupForm,
    toInput: (values) => ({
      ...values,
      minAttendancePercent:
        values.minAttendancePercent === "" ? undefined : Number(values.minAttendancePercent),
      passMarkPercent: numberOrNull(values.passMarkPercent),
    }),
  });

  const onSubmit = handleSubmit(async (values) => {
    await save.mutateAsync({
      curriculumIds: values.curriculumIds,
      rules: {
        minAttendanceShare: values.minAttendancePercent / 100,
        passMark: values.passMarkPercent === null ? null : values.passMarkPercent / 100,
        issuesCertificates: values.issuesCertificates,
      },
    });
    notifySuccess(t("common.saved"));
    onClose();
  });
  // 409: a curriculum taken off has module scores in this training.
  const scoredRemoved = isApiError(submitError) && submitError.status === 409;

  return (
    <ModalForm
      opened
      onClose={onClose}
      title={t("training.editSetup")}
      onSubmit={onSubmit}
      submitError={scoredRemoved ? null : submitError}
      submitting={form.submitting}
    >
      {scoredRemoved && (
        <Text c="red" size="sm" role="alert">
          {t("training.curriculumScored")}
        </Text>
      )}
      <SearchMultiSelect
        label={t("training.curricula")}
        description={t("training.curriculaHint")}
        useOptions={useCurriculumOptions}
        knownOptions={setup.curricula.map((c) => ({ value: c.id, label: c.title }))}
        {...form.getInputProps("curriculumIds")}
      />
      <NumberInput
        label={t("training.minAttendancePercent")}
        description={t("training.minAttendanceHint")}
        required
        min={1}
        max={100}
        suffix=" %"
        decimalSeparator={format.decimalSeparator}
        maw={440}
        {...form.getInputProps("minAttendancePercent")}
      />
      <NumberInput
        label={t("training.passMarkPercent")}
        description={t("training.passMarkHint")}
        min={1}
        max={100}
        suffix=" %"
        decimalSeparator={format.decimalSeparator}
        maw={440}
        {...form.getInputProps("passMarkPercent")}
      />
      <Switch
        label={t("training.issuesCertificatesLabel")}
        {...form.getInputProps("issuesCertificates", { type: "checkbox" })}
      />
    </ModalForm>
  );
}
