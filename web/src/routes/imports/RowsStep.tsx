import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  Paper,
  Radio,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { modals } from "@mantine/modals";
import { useState } from "react";
import type {
  ImportPreview,
  ImportRecord,
  LikelyMatch,
  PreviewRow,
} from "../../../../common/schemas/imports.js";
import { useCommitImport } from "../../api/imports.js";
import { notifyError, notifySuccess } from "../../components/notify.js";
import { useFormat } from "../../i18n/format.js";
import type { MessageKey } from "../../i18n/messages/en.js";
import { type Translate, useT } from "../../i18n/useT.js";
import { CommitFailure, FollowCommit } from "./CommitProgress.js";
import { DuplicatesSection } from "./DuplicatesSection.js";
import { ImportCountsList } from "./ImportCounts.js";
import { firstRows, IssuesSection } from "./ImportIssuesSection.js";
import { displayValue, fieldLabel } from "./import-text.js";
import { ScoreMaximumField } from "./ScoreMaximumField.js";
import { UnknownOrganisationsSection } from "./UnknownOrganisationsSection.js";

/** A decision per likely match: a person's id, or "new". */
export type Decisions = Record<number, string>;
export const NEW_PERSON = "new";

const outcomeColor: Record<PreviewRow["outcome"], string> = {
  new: "teal",
  matched: "blue",
  likely: "yellow",
  skipped: "red",
};
export const outcomeLabel = (outcome: string, t: Translate) =>
  ["new", "matched", "likely", "skipped"].includes(outcome)
    ? t(`imports.outcome.${outcome}` as MessageKey)
    : outcome;

interface RowsStepProps {
  preview: ImportPreview;
  /** A change made in this step (a corrected row, a duplicate decided) answers a new preview. */
  onPreview: (preview: ImportPreview) => void;
  decisions: Decisions;
  onDecide: (rowNumber: number, value: string) => void;
  createOrganisations: boolean;
  onCreateOrganisations: (value: boolean) => void;
  onBack: () => void;
  /** The confirmation dialog is open (the stepper then shows step 4). */
  onConfirming: (open: boolean) => void;
  onCommitted: (record: ImportRecord) => void;
}

/** Step 3: what the rows will do, the problems found, the likely matches to confirm; then the commit. */
export function RowsStep(props: RowsStepProps) {
  const { preview, decisions } = props;
  const t = useT();
  const commit = useCommitImport(preview.import.id);
  const [showErrors, setShowErrors] = useState(false);
  /** A commit written in the background: followed here until it ends. */
  const [following, setFollowing] = useState(false);
  const [failed, setFailed] = useState<ImportRecord | null>(null);
  const committed = (record: ImportRecord) => {
    notifySuccess(t("imports.commit.done"));
    props.onCommitted(record);
  };
  const kind = preview.import.kind;
  const counts = preview.import.counts;
  const undecided = preview.likely.filter((match) => !decisions[match.rowNumber]);
  // Rows of one person are written once; every row not skipped is written.
  const written = counts.rows - counts.skipped;

  const openDuplicates = preview.duplicates.filter((duplicate) => duplicate.decision === null);
  const noMaximum = preview.scoreMaximum !== null && preview.scoreMaximum.value === null;
  const confirm = () => {
    const first = openDuplicates[0]
      ? `duplicate-${openDuplicates[0].rowNumber}`
      : undecided[0]
        ? `likely-${undecided[0].rowNumber}`
        : noMaximum
          ? "import-maximum"
          : null;
    if (first) {
      setShowErrors(true);
      document.getElementById(first)?.focus();
      return;
    }
    props.onConfirming(true);
    modals.openConfirmModal({
      title: t("imports.commit.title"),
      children: (
        <Stack gap="xs">
          <Text size="sm">
            {preview.import.eventTitle
              ? t("imports.commit.bodyEvent", { count: written, title: preview.import.eventTitle })
              : t("imports.commit.body", { count: written })}
          </Text>
          {counts.skipped > 0 && (
            <Text size="sm" c="red.8">
              {t("imports.commit.skipped", { count: counts.skipped })}
            </Text>
          )}
          <Text size="sm" c="dimmed">
            {t("imports.commit.allOrNothing")}
          </Text>
        </Stack>
      ),
      labels: { confirm: t("imports.commit.confirm"), cancel: t("common.cancel") },
      onCancel: () => props.onConfirming(false),
      onConfirm: async () => {
        try {
          const record = await commit.mutateAsync({
            decisions: preview.likely.map((match) => {
              const choice = decisions[match.rowNumber];
              return {
                rowNumber: match.rowNumber,
                personId: choice && choice !== NEW_PERSON ? choice : null,
              };
            }),
            createMissingOrganizations: props.createOrganisations,
          });
          setFailed(null);
          if (record.status === "committing") setFollowing(true);
          else committed(record);
        } catch (error) {
          props.onConfirming(false);
          notifyError(error, t);
        }
      },
    });
  };

  return (
    <Stack gap="lg">
      <Paper withBorder p="md" component="section" aria-labelledby="import-summary-heading">
        <Title order={2} size="h4" id="import-summary-heading" mb="sm">
          {t("imports.step.rows")}
        </Title>
        <ImportCountsList counts={counts} kind={kind} />
      </Paper>
      {noMaximum && (
        <ScoreMaximumField preview={preview} onPreview={props.onPreview} showError={showErrors} />
      )}
      <IssuesSection preview={preview} onPreview={props.onPreview} />
      {preview.duplicates.length > 0 && (
        <DuplicatesSection preview={preview} onPreview={props.onPreview} showErrors={showErrors} />
      )}
      {preview.unknownOrganisations.length > 0 && (
        <UnknownOrganisationsSection
          preview={preview}
          onPreview={props.onPreview}
          createOrganisations={props.createOrganisations}
        />
      )}
      {preview.likely.length > 0 && (
        <LikelySection
          likely={preview.likely}
          decisions={decisions}
          onDecide={props.onDecide}
          showErrors={showErrors}
        />
      )}
      <RowsSection preview={preview} />
      {failed && <CommitFailure record={failed} />}
      {following && (
        <FollowCommit
          id={preview.import.id}
          onCommitted={committed}
          onFailed={(record) => {
            setFollowing(false);
            props.onConfirming(false);
            setFailed(record);
          }}
        />
      )}
      <Paper
        withBorder
        p="md"
        component="section"
        aria-labelledby="import-commit-heading"
        display={following ? "none" : undefined}
      >
        <Stack gap="sm">
          <Title order={2} size="h4" id="import-commit-heading">
            {t("imports.step.commit")}
          </Title>
          {kind !== "organisations" && (
            <Checkbox
              label={t("imports.commit.createOrganisations")}
              description={t("imports.commit.createOrganisationsHint")}
              checked={props.createOrganisations}
              onChange={(event) => props.onCreateOrganisations(event.currentTarget.checked)}
            />
          )}
          {showErrors && undecided.length > 0 && (
            <Alert color="red" variant="light" role="alert">
              {t("imports.likely.undecided", { count: undecided.length })}
            </Alert>
          )}
          {showErrors && openDuplicates.length > 0 && (
            <Alert color="red" variant="light" role="alert">
              {t("imports.duplicates.undecided", { count: openDuplicates.length })}
            </Alert>
          )}
          {showErrors && noMaximum && (
            <Alert color="red" variant="light" role="alert">
              {t("imports.maximum.required")}
            </Alert>
          )}
          {written === 0 && (
            <Alert color="orange" variant="light" role="status">
              {t("imports.commit.nothing")}
            </Alert>
          )}
          <Group justify="space-between">
            <Button variant="default" onClick={props.onBack}>
              {t("imports.rows.back")}
            </Button>
            <Button onClick={confirm} loading={commit.isPending} disabled={written === 0}>
              {t("imports.commit.button", { count: written })}
            </Button>
          </Group>
        </Stack>
      </Paper>
    </Stack>
  );
}

function LikelySection({
  likely,
  decisions,
  onDecide,
  showErrors,
}: {
  likely: LikelyMatch[];
  decisions: Decisions;
  onDecide: (rowNumber: number, value: string) => void;
  showErrors: boolean;
}) {
  const t = useT();
  const format = useFormat();
  const undecided = likely.filter((match) => !decisions[match.rowNumber]);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="import-likely-heading">
      <Stack gap="md">
        <Group justify="space-between" align="flex-end">
          <div>
            <Title order={2} size="h4" id="import-likely-heading">
              {t("imports.likely.title")}
            </Title>
            <Text size="sm" c="dimmed">
              {t("imports.likely.hint")}
            </Text>
          </div>
          {undecided.length > 0 && (
            <Button
              variant="default"
              size="xs"
              onClick={() => {
                for (const match of undecided) onDecide(match.rowNumber, NEW_PERSON);
              }}
            >
              {t("imports.likely.allNew", { count: undecided.length })}
            </Button>
          )}
        </Group>
        {likely.map((match) => {
          const missing = showErrors && !decisions[match.rowNumber];
          return (
            <div key={match.rowNumber} id={`likely-${match.rowNumber}`} tabIndex={-1}>
              <Radio.Group
                label={t("imports.likely.row", { index: format.number(match.rowNumber), name: match.name })}
                description={match.organisation ?? undefined}
                value={decisions[match.rowNumber] ?? null}
                onChange={(value) => onDecide(match.rowNumber, value)}
                error={missing ? t("imports.likely.choose") : undefined}
                required
              >
                <Stack gap={6} mt={6}>
                  {match.candidates.map((candidate) => (
                    <Radio
                      key={candidate.personId}
                      value={candidate.personId}
                      label={
                        candidate.organisationName
                          ? t("imports.likely.candidate", {
                              name: candidate.name,
                              organization: candidate.organisationName,
                            })
                          : candidate.name
                      }
                    />
                  ))}
                  <Radio value={NEW_PERSON} label={t("imports.likely.new")} />
                </Stack>
              </Radio.Group>
            </div>
          );
        })}
      </Stack>
    </Paper>
  );
}

function RowsSection({ preview }: { preview: ImportPreview }) {
  const t = useT();
  const format = useFormat();
  const [all, setAll] = useState(false);
  const fields = preview.fields.filter((field) => preview.mapping.some((column) => column.field === field));
  const shown = all ? preview.rows : preview.rows.slice(0, firstRows);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="import-rows-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="import-rows-heading">
          {t("imports.rows.title")}
        </Title>
        {preview.rows.length < preview.import.counts.rows && (
          <Text size="sm" c="dimmed">
            {t("imports.rows.firstOf", {
              count: preview.rows.length,
              total: format.number(preview.import.counts.rows),
            })}
          </Text>
        )}
        <Table.ScrollContainer minWidth={Math.max(640, 140 * (fields.length + 2))}>
          <Table striped verticalSpacing="xs" fz="sm">
            <Table.Caption className="visually-hidden">{t("imports.rows.title")}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("imports.issues.row")}</Table.Th>
                <Table.Th scope="col">{t("imports.rows.outcome")}</Table.Th>
                {fields.map((field) => (
                  <Table.Th scope="col" key={field}>
                    {fieldLabel(field, t)}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((row) => (
                <Table.Tr key={row.rowNumber}>
                  <Table.Td>{format.number(row.rowNumber)}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={outcomeColor[row.outcome] ?? "gray"}>
                      {outcomeLabel(row.outcome, t)}
                    </Badge>
                  </Table.Td>
                  {fields.map((field) => (
                    <Table.Td key={field} style={{ overflowWrap: "anywhere" }}>
                      {displayValue(field, row.values[field] ?? null, t)}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {preview.rows.length > firstRows && (
          <Group>
            <Button variant="subtle" size="xs" onClick={() => setAll(!all)}>
              {all
                ? t("imports.showFirst", { count: firstRows })
                : t("imports.showAll", { count: preview.rows.length })}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
