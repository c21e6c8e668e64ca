import {
  Alert,
  Button,
  Group,
  NativeSelect,
  NumberInput,
  Paper,
  Stack,
  Switch,
  Table,
  Text,
  Textarea,
  Title,
} from "@mantine/core";
import { type FormEvent, useState } from "react";
import { type ActionReportStatus, actionReportStatuses } from "../../../../common/schemas/enums.js";
import type { FormAction, FormIndicator, SubmissionForm } from "../../../../common/schemas/submissions.js";
import { useMe } from "../../api/auth.js";
import { useIndicators } from "../../api/indicators.js";
import {
  useAddSubmissionComment,
  useSaveActionReports,
  useSaveValues,
  useSubmission,
  useSubmissionStep,
  type WorkflowStep,
} from "../../api/submissions.js";
import { BackLink } from "../../components/BackLink.js";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { ModalForm } from "../../components/forms/ModalForm.js";
import { RecordPending } from "../../components/LoadFailure.js";
import { notifyError, notifySuccess } from "../../components/notify.js";
import { PageHeader } from "../../components/PageHeader.js";
import { useFormat } from "../../i18n/format.js";
import type { MessageKey } from "../../i18n/messages/en.js";
import { useT } from "../../i18n/useT.js";
import { combinationsOf, type EntryValue, entryKey, initialEntries, valuesToSave } from "./entry.js";
import { SubmissionStatusBadge } from "./SubmissionStatusBadge.js";

/** One organisation's report for a period: values, action progress, the thread and the workflow. */
export function SubmissionPage({ id }: { id: string }) {
  const t = useT();
  const { data: me } = useMe();
  const query = useSubmission(id);
  if (!query.data) return <RecordPending query={query} />;
  const form = query.data;
  const { submission } = form;

  const isStaff = me?.role === "administrator" || me?.role === "coordinator";
  const isOwn = me?.role === "representative" && me.organizationId === submission.organizationId;
  const open = submission.periodStatus === "open";
  const editable =
    (isStaff || isOwn) && open && (submission.status === "draft" || submission.status === "returned");

  return (
    <>
      <PageHeader
        above={
          <BackLink
            to="/plans/$planId/periods/$periodId/reports"
            params={{ planId: submission.planId, periodId: submission.reportingPeriodId }}
            label={t("reports.title", { name: submission.periodName })}
          />
        }
        title={t("submission.title", {
          organization: submission.organizationName,
          period: submission.periodName,
        })}
        badges={<SubmissionStatusBadge status={submission.status} />}
        actions={<WorkflowButtons form={form} isStaff={isStaff} isOwn={isOwn} />}
      />
      <Stack gap="lg">
        <StateNotice form={form} />
        <ValuesSection key={`values-${submission.updatedAt}`} form={form} editable={editable} />
        {form.actions.length > 0 && (
          <ActionsSection key={`actions-${submission.updatedAt}`} form={form} editable={editable} />
        )}
        <CommentsSection form={form} canComment={isStaff || isOwn} />
      </Stack>
    </>
  );
}

function StateNotice({ form }: { form: SubmissionForm }) {
  const t = useT();
  const format = useFormat();
  const { submission } = form;
  if (submission.status === "approved") {
    return (
      <Alert color="teal" variant="light" title={t("submission.lockedTitle")}>
        {t("error.LOCKED")}
      </Alert>
    );
  }
  if (submission.status === "submitted") {
    return (
      <Alert color="yellow" variant="light">
        {t("submission.submittedNotice", {
          date: submission.submittedAt ? format.date(submission.submittedAt) : "",
        })}
      </Alert>
    );
  }
  if (submission.status === "returned") {
    return (
      <Alert color="orange" variant="light">
        {t("submission.returnedNotice")}
      </Alert>
    );
  }
  if (submission.periodStatus === "closed") {
    return (
      <Alert color="gray" variant="light">
        {t("submission.periodClosed")}
      </Alert>
    );
  }
  return null;
}

type Dialog = "return" | "unlock" | null;

function WorkflowButtons({
  form,
  isStaff,
  isOwn,
}: {
  form: SubmissionForm;
  isStaff: boolean;
  isOwn: boolean;
}) {
  const t = useT();
  const step = useSubmissionStep(form.submission.id);
  const [dialog, setDialog] = useState<Dialog>(null);
  const { status, periodStatus } = form.submission;

  const run = async (input: WorkflowStep, done: MessageKey) => {
    try {
      await step.mutateAsync(input);
      notifySuccess(t(done));
      return true;
    } catch (error) {
      notifyError(error, t);
      return false;
    }
  };

  const canSubmit =
    (isStaff || isOwn) && periodStatus === "open" && (status === "draft" || status === "returned");
  return (
    <>
      {canSubmit && (
        <Button onClick={() => run({ step: "submit" }, "submission.submittedDone")} loading={step.isPending}>
          {t("submission.submit")}
        </Button>
      )}
      {isStaff && status === "submitted" && (
        <>
          <Button variant="default" onClick={() => setDialog("return")}>
            {t("submission.return")}
          </Button>
          <Button
            color="teal"
            onClick={() => run({ step: "approve" }, "submission.approvedDone")}
            loading={step.isPending}
          >
            {t("submission.approve")}
          </Button>
        </>
      )}
      {isStaff && status === "approved" && (
        <Button variant="default" onClick={() => setDialog("unlock")}>
          {t("submission.unlock")}
        </Button>
      )}
      {dialog && (
        <ReasonModal
          title={dialog === "return" ? t("submission.returnTitle") : t("submission.unlockTitle")}
          label={dialog === "return" ? t("submission.returnComment") : t("submission.unlockReason")}
          submitting={step.isPending}
          onClose={() => setDialog(null)}
          onSubmit={(text) =>
            step.mutateAsync(
              dialog === "return" ? { step: "return", comment: text } : { step: "unlock", reason: text },
            )
          }
          successMessage={dialog === "return" ? t("submission.returnedDone") : t("submission.unlockedDone")}
        />
      )}
    </>
  );
}

/** Return and unlock ask for a text: the comment to the organisation, or the reason kept in the audit. */
function ReasonModal(props: {
  title: string;
  label: string;
  submitting: boolean;
  onClose: () => void;
  onSubmit: (text: string) => Promise<unknown>;
  successMessage: string;
}) {
  const t = useT();
  const [text, setText] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    if (text.trim() === "") {
      setFieldError(t("validation.required"));
      return;
    }
    try {
      await props.onSubmit(text.trim());
      notifySuccess(props.successMessage);
      props.onClose();
    } catch (caught) {
      setError(caught);
    }
  };
  return (
    <ModalForm
      opened
      onClose={props.onClose}
      title={props.title}
      onSubmit={submit}
      submitError={error}
      submitting={props.submitting}
    >
      <Textarea
        label={props.label}
        required
        autosize
        minRows={3}
        value={text}
        error={fieldError}
        onChange={(event) => {
          setText(event.currentTarget.value);
          setFieldError(null);
        }}
      />
    </ModalForm>
  );
}

function ValuesSection({ form, editable }: { form: SubmissionForm; editable: boolean }) {
  const t = useT();
  const save = useSaveValues(form.submission.id);
  const [entries, setEntries] = useState<Record<string, EntryValue>>(() => initialEntries(form.indicators));
  const [error, setError] = useState<unknown>(null);
  // The means of verification is the source of each figure; the form itself does not carry it.
  const definitions = useIndicators({ planId: form.submission.planId, pageSize: 200 });
  const sourceOf = (indicatorId: string) =>
    definitions.data?.items.find((item) => item.id === indicatorId)?.meansOfVerification ?? null;

  const setEntry = (key: string, value: EntryValue) =>
    setEntries((current) => ({ ...current, [key]: value }));

  const onSave = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    const values = valuesToSave(form.indicators, entries);
    if (values.length === 0) {
      notifySuccess(t("submission.nothingToSave"));
      return;
    }
    try {
      await save.mutateAsync({ values });
      notifySuccess(t("submission.valuesSaved"));
    } catch (caught) {
      setError(caught);
      notifyError(caught, t);
    }
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="values-heading">
      <form onSubmit={onSave} noValidate>
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h4" id="values-heading">
            {t("submission.indicators")}
          </Title>
          {editable && (
            <Button type="submit" loading={save.isPending}>
              {t("submission.saveValues")}
            </Button>
          )}
        </Group>
        {error !== null && (
          <div style={{ marginBottom: 12 }}>
            <ErrorAlert error={error} />
          </div>
        )}
        {form.indicators.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t("submission.noIndicators")}
          </Text>
        ) : (
          <Stack gap="lg">
            {form.indicators.map((indicator) => (
              <IndicatorEntry
                key={indicator.id}
                indicator={indicator}
                source={sourceOf(indicator.id)}
                entries={entries}
                setEntry={setEntry}
                disabled={!editable}
              />
            ))}
          </Stack>
        )}
      </form>
    </Paper>
  );
}

interface EntryProps {
  indicator: FormIndicator;
  source: string | null;
  entries: Record<string, EntryValue>;
  setEntry: (key: string, value: EntryValue) => void;
  disabled: boolean;
}

function IndicatorEntry(props: EntryProps) {
  const t = useT();
  const { indicator, source } = props;
  return (
    <Stack gap={6} component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
      <Text component="legend" fw={600}>
        {indicator.code} · {indicator.name}
      </Text>
      <Text size="sm" c="dimmed">
        {t("submission.unit")}: {t(`indicatorUnit.${indicator.unit}`)}
      </Text>
      {source && (
        <Text size="xs" c="dimmed">
          {t("submission.source")}: {source}
        </Text>
      )}
      <CategoryInputs {...props} />
    </Stack>
  );
}

/** The inputs of one indicator: a single value, a row per set, or a grid for two sets. */
function CategoryInputs({ indicator, entries, setEntry, disabled }: EntryProps) {
  const t = useT();
  const format = useFormat();
  const sets = indicator.categorySets;
  const input = (categoryKey: string, label: string) => (
    <ValueInput
      key={categoryKey}
      unit={indicator.unit}
      label={`${indicator.code} ${label}`}
      value={entryOf(categoryKey)}
      onChange={(value) => setEntry(entryKey(indicator.id, categoryKey), value)}
      disabled={disabled}
    />
  );
  function entryOf(categoryKey: string) {
    return entries[entryKey(indicator.id, categoryKey)];
  }
  const nameOf = (setCode: string, code: string, name: string) =>
    setCode === "sex" && (code === "female" || code === "male") ? t(`sex.${code}`) : name;

  if (sets.length === 0) return input("", t("submission.value"));

  const combinations = combinationsOf(sets);
  const numeric = indicator.unit === "number";
  const sum = combinations.reduce((total, combination) => {
    const value = entryOf(combination.key);
    return total + (value === "" || value === undefined || typeof value === "boolean" ? 0 : Number(value));
  }, 0);
  const total = numeric ? (
    <Text size="sm" fw={600} aria-live="polite">
      {t("submission.computedTotal", { total: format.number(sum) })}
    </Text>
  ) : indicator.unit === "text" || indicator.unit === "yes_no" ? null : (
    input("", t("submission.total"))
  );

  const [rowsSet, columnsSet] =
    sets.length === 2 && sets[0]?.code === "sex" ? [sets[1], sets[0]] : [sets[0], sets[1]];
  if (sets.length === 2 && rowsSet && columnsSet && indicator.unit !== "text") {
    return (
      <Stack gap="xs">
        <Table withTableBorder withColumnBorders style={{ width: "auto" }}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{rowsSet.name}</Table.Th>
              {columnsSet.categories.map((column) => (
                <Table.Th key={column.code}>{nameOf(columnsSet.code, column.code, column.name)}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rowsSet.categories.map((row) => (
              <Table.Tr key={row.code}>
                <Table.Th scope="row">{nameOf(rowsSet.code, row.code, row.name)}</Table.Th>
                {columnsSet.categories.map((column) => {
                  const key = combinationKey(rowsSet.code, row.code, columnsSet.code, column.code);
                  return (
                    <Table.Td key={column.code}>
                      {input(
                        key,
                        `${nameOf(rowsSet.code, row.code, row.name)} ${nameOf(columnsSet.code, column.code, column.name)}`,
                      )}
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {total}
      </Stack>
    );
  }

  return (
    <Stack gap="xs">
      <Group align="flex-end" gap="sm">
        {combinations.map((combination) =>
          input(
            combination.key,
            combination.names
              .map((name, index) => {
                const set = sets[index];
                const code = set ? combination.pairs[set.code] : undefined;
                return set && code ? nameOf(set.code, code, name) : name;
              })
              .join(" · "),
          ),
        )}
      </Group>
      {total}
    </Stack>
  );
}

const combinationKey = (setA: string, codeA: string, setB: string, codeB: string) =>
  [`${setA}=${codeA}`, `${setB}=${codeB}`]
    .sort((a, b) => (a.split("=")[0] ?? "").localeCompare(b.split("=")[0] ?? ""))
    .join(";");

function ValueInput({
  unit,
  label,
  value,
  onChange,
  disabled,
}: {
  unit: FormIndicator["unit"];
  label: string;
  value: EntryValue | undefined;
  onChange: (value: EntryValue) => void;
  disabled: boolean;
}) {
  if (unit === "yes_no") {
    return (
      <Switch
        label={label}
        checked={value === true}
        onChange={(event) => onChange(event.currentTarget.checked)}
        disabled={disabled}
      />
    );
  }
  if (unit === "text") {
    return (
      <Textarea
        label={label}
        autosize
        minRows={2}
        value={typeof value === "string" ? value : ""}
        onChange={(event) => onChange(event.currentTarget.value)}
        disabled={disabled}
        style={{ flex: 1 }}
      />
    );
  }
  return (
    <NumberInput
      label={label}
      value={typeof value === "boolean" ? "" : (value ?? "")}
      onChange={(next) => onChange(next)}
      disabled={disabled}
      min={0}
      max={unit === "percent" ? 100 : undefined}
      decimalScale={unit === "number" ? undefined : 2}
      suffix={unit === "percent" ? " %" : undefined}
      w={150}
    />
  );
}

type ActionReport = { status: ActionReportStatus; narrative: string };

function ActionsSection({ form, editable }: { form: SubmissionForm; editable: boolean }) {
  const t = useT();
  const save = useSaveActionReports(form.submission.id);
  const [reports, setReports] = useState<Record<string, ActionReport>>(() =>
    Object.fromEntries(
      form.actions.map((action) => [
        action.frameworkNodeId,
        { status: action.report?.status ?? "not_started", narrative: action.report?.narrative ?? "" },
      ]),
    ),
  );
  const [error, setError] = useState<unknown>(null);

  const onSave = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    try {
      await save.mutateAsync({
        reports: form.actions.map((action) => {
          const report = reports[action.frameworkNodeId] ?? { status: "not_started", narrative: "" };
          return {
            frameworkNodeId: action.frameworkNodeId,
            status: report.status,
            narrative: report.narrative.trim() === "" ? null : report.narrative,
          };
        }),
      });
      notifySuccess(t("submission.actionsSaved"));
    } catch (caught) {
      setError(caught);
      notifyError(caught, t);
    }
  };

  const update = (action: FormAction, patch: Partial<ActionReport>) =>
    setReports((current) => ({
      ...current,
      [action.frameworkNodeId]: {
        status: "not_started",
        narrative: "",
        ...current[action.frameworkNodeId],
        ...patch,
      },
    }));

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="actions-heading">
      <form onSubmit={onSave} noValidate>
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h4" id="actions-heading">
            {t("submission.actions")}
          </Title>
          {editable && (
            <Button type="submit" loading={save.isPending}>
              {t("submission.saveActions")}
            </Button>
          )}
        </Group>
        {error !== null && (
          <div style={{ marginBottom: 12 }}>
            <ErrorAlert error={error} />
          </div>
        )}
        <Stack gap="md">
          {form.actions.map((action) => {
            const report = reports[action.frameworkNodeId];
            return (
              <Stack key={action.frameworkNodeId} gap={6}>
                <Text fw={600}>
                  {action.code} · {action.title}
                </Text>
                <NativeSelect
                  label={t("submission.actionStatus", { code: action.code })}
                  value={report?.status ?? "not_started"}
                  onChange={(event) =>
                    update(action, { status: event.currentTarget.value as ActionReportStatus })
                  }
                  data={actionReportStatuses.map((value) => ({
                    value,
                    label: t(`actionReportStatus.${value}`),
                  }))}
                  disabled={!editable}
                  w={240}
                />
                <Textarea
                  label={t("submission.narrative", { code: action.code })}
                  autosize
                  minRows={2}
                  value={report?.narrative ?? ""}
                  onChange={(event) => update(action, { narrative: event.currentTarget.value })}
                  disabled={!editable}
                />
              </Stack>
            );
          })}
        </Stack>
      </form>
    </Paper>
  );
}

function CommentsSection({ form, canComment }: { form: SubmissionForm; canComment: boolean }) {
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
