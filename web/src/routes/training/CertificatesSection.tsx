import { Anchor, Badge, Button, Group, Paper, Stack, Table, Text, Textarea, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import type { CertificateCandidate, CertificateOverview } from "../../../../common/schemas/certificates.js";
import type { Sex } from "../../../../common/schemas/enums.js";
import {
  certificatePdfUrl,
  eventCertificatesPdfUrl,
  useCertificates,
  useIssueCertificates,
  useRevokeCertificate,
  verifyPath,
} from "../../api/certificates.js";
import { useParticipations } from "../../api/events.js";
import { AppModal } from "../../components/AppModal.js";
import { FormFrame } from "../../components/forms/FormFrame.js";
import { LoadFailure } from "../../components/LoadFailure.js";
import { SimpleTable } from "../../components/list/SimpleTable.js";
import { confirmAction, notifySuccess } from "../../components/notify.js";
import { LoadingState } from "../../components/states.js";
import { useFormat } from "../../i18n/format.js";
import { useT } from "../../i18n/useT.js";
import { isHidden, useTrainingFormat } from "./training-shared.js";

const fullName = (c: { givenName: string; familyName: string }) => `${c.givenName} ${c.familyName}`;

/**
 * Who may receive a certificate of the training and why not, the certificates issued (with their
 * PDFs and verification addresses), and, for whoever may update the event, issuing and revoking.
 */
export function CertificatesSection({ eventId, canEdit }: { eventId: string; canEdit: boolean }) {
  const t = useT();
  const query = useCertificates(eventId);
  if (isHidden(query.error)) return null;

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="certificates-heading">
      {query.data ? (
        <CertificateList overview={query.data} canEdit={canEdit} />
      ) : (
        <>
          <Title order={2} size="h4" id="certificates-heading" mb="sm">
            {t("certificates.title")}
          </Title>
          {query.isLoading && <LoadingState />}
          {query.error && <LoadFailure error={query.error} onRetry={() => query.refetch()} />}
        </>
      )}
    </Paper>
  );
}

function CertificateList({ overview, canEdit }: { overview: CertificateOverview; canEdit: boolean }) {
  const t = useT();
  const format = useFormat();
  const fmt = useTrainingFormat();
  const participations = useParticipations(overview.eventId);
  const issue = useIssueCertificates(overview.eventId);
  const [revoking, setRevoking] = useState<CertificateCandidate | null>(null);
  const { rules, items } = overview;

  // The overview names people without their sex; the participants list has it.
  const sexOf = new Map<string, Sex>(
    (participations.data?.items ?? []).map((p) => [p.personId, p.person.sex] as const),
  );
  const bySex = (rows: CertificateCandidate[]) => ({
    total: format.number(rows.length),
    female: format.number(rows.filter((c) => sexOf.get(c.personId) === "female").length),
    male: format.number(rows.filter((c) => sexOf.get(c.personId) === "male").length),
  });
  const tested = items.some((c) => c.postTestShare !== null);
  const eligible = items.filter((c) => c.eligible);
  const issued = items.filter((c) => c.certificate && !c.certificate.revokedAt);
  const toIssue = eligible.filter((c) => c.certificate === null).length;

  const ruleText = [
    t("certificates.ruleAttendance", { value: fmt.share(rules.minAttendanceShare) }),
    rules.passMark === null
      ? t("certificates.ruleNoTest")
      : t("certificates.rulePassMark", { value: fmt.share(rules.passMark) }),
  ].join("; ");

  return (
    <>
      <Group justify="space-between" mb="sm" align="flex-start">
        <Title order={2} size="h4" id="certificates-heading">
          {t("certificates.title")}
        </Title>
        <Group gap="xs">
          {issued.length > 0 && (
            <Button component="a" href={eventCertificatesPdfUrl(overview.eventId)} variant="default">
              {t("certificates.downloadAll")}
            </Button>
          )}
          {canEdit && rules.issuesCertificates && (
            <Button
              disabled={toIssue === 0}
              onClick={() =>
                confirmAction({
                  t,
                  title: t("certificates.issueAllTitle"),
                  body: t("certificates.issueAllBody", { count: toIssue }),
                  confirmLabel: t("certificates.issueConfirm"),
                  action: () => issue.mutateAsync(undefined),
                  successMessage: t("certificates.issuedDone", { count: toIssue }),
                })
              }
            >
              {t("certificates.issueAll")}
            </Button>
          )}
        </Group>
      </Group>
      <Stack gap="sm">
        {rules.issuesCertificates ? (
          <Text size="sm">
            <Text span fw={600}>
              {t("certificates.rules")}:
            </Text>{" "}
            {ruleText}
            {rules.isDefault && ` ${t("certificates.ruleDefault")}`}
          </Text>
        ) : (
          <Text size="sm">{t("certificates.notIssuing")}</Text>
        )}
        {items.length > 0 && (
          <Text size="sm">
            {t("certificates.eligibleCount", bySex(eligible))} ·{" "}
            {t("certificates.issuedCount", bySex(issued))}
          </Text>
        )}
        {canEdit && rules.issuesCertificates && toIssue === 0 && eligible.length > 0 && (
          <Text size="xs" c="dimmed">
            {t("certificates.nothingToIssue")}
          </Text>
        )}
        <SimpleTable
          isEmpty={items.length === 0}
          empty={t("certificates.none")}
          minWidth={820}
          verticalSpacing={6}
          caption={t("certificates.caption")}
          head={
            <>
              <Table.Th scope="col">{t("certificates.participant")}</Table.Th>
              <Table.Th scope="col">{t("participation.role")}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t("certificates.attendance")}
              </Table.Th>
              {tested && (
                <Table.Th scope="col" ta="right">
                  {t("certificates.postTest")}
                </Table.Th>
              )}
              <Table.Th scope="col">{t("certificates.eligible")}</Table.Th>
              <Table.Th scope="col">{t("certificates.certificate")}</Table.Th>
              {canEdit && (
                <Table.Th scope="col">
                  <span className="visually-hidden">{t("common.actions")}</span>
                </Table.Th>
              )}
            </>
          }
        >
          {items.map((c) => (
            <CandidateRow
              key={c.personId}
              candidate={c}
              canEdit={canEdit}
              tested={tested}
              onRevoke={() => setRevoking(c)}
            />
          ))}
        </SimpleTable>
      </Stack>
      {revoking?.certificate && <RevokeModal candidate={revoking} onClose={() => setRevoking(null)} />}
    </>
  );
}

function CandidateRow({
  candidate: c,
  canEdit,
  tested,
  onRevoke,
}: {
  candidate: CertificateCandidate;
  canEdit: boolean;
  /** Whether anyone has a post-test score: without, the column is left out. */
  tested: boolean;
  onRevoke: () => void;
}) {
  const t = useT();
  const format = useFormat();
  const fmt = useTrainingFormat();
  const name = fullName(c);
  const certificate = c.certificate;
  return (
    <Table.Tr>
      <Table.Th scope="row" fw={600}>
        {name}
      </Table.Th>
      <Table.Td>{t(`participationRole.${c.role}`)}</Table.Td>
      <Table.Td ta="right">{fmt.share(c.attendanceShare)}</Table.Td>
      {tested && <Table.Td ta="right">{fmt.share(c.postTestShare)}</Table.Td>}
      <Table.Td>
        {c.eligible ? (
          <Badge color="teal" variant="light" tt="none">
            {t("common.yes")}
          </Badge>
        ) : (
          <Stack gap={2} align="flex-start">
            <Badge color="gray" variant="light" tt="none">
              {t("common.no")}
            </Badge>
            <Text size="xs" c="dimmed">
              {c.reasons.map((reason) => t(`certificateReason.${reason}`)).join("; ")}
            </Text>
          </Stack>
        )}
      </Table.Td>
      <Table.Td>
        {certificate && (
          <Stack gap={2} align="flex-start">
            <Group gap="xs" wrap="nowrap">
              <Text
                size="sm"
                ff="monospace"
                td={certificate.revokedAt ? "line-through" : undefined}
                style={{ whiteSpace: "nowrap" }}
              >
                {certificate.number}
              </Text>
              {certificate.revokedAt && (
                <Badge color="red" variant="light" tt="none">
                  {t("certificates.revoked")}
                </Badge>
              )}
            </Group>
            {certificate.revokedAt ? (
              <Text size="xs" c="dimmed">
                {t("certificates.revokedOn", {
                  date: format.date(certificate.revokedAt.slice(0, 10)),
                  reason: certificate.revokedReason ?? "",
                })}
              </Text>
            ) : (
              <>
                <Text size="xs" c="dimmed">
                  {t("certificates.issuedOn", { date: format.date(certificate.issuedAt.slice(0, 10)) })}
                </Text>
                <Stack gap={0} align="flex-start">
                  <Anchor
                    href={certificatePdfUrl(certificate.id)}
                    size="sm"
                    aria-label={t("certificates.downloadOf", { name })}
                  >
                    {t("certificates.download")}
                  </Anchor>
                  <Anchor
                    href={verifyPath(certificate.number)}
                    size="xs"
                    target="_blank"
                    title={t("certificates.verify", { code: certificate.number })}
                    style={{ whiteSpace: "nowrap" }}
                  >
                    {verifyPath(certificate.number)}
                  </Anchor>
                </Stack>
              </>
            )}
          </Stack>
        )}
      </Table.Td>
      {canEdit && (
        <Table.Td>
          {certificate && !certificate.revokedAt && (
            <Button
              size="compact-sm"
              variant="subtle"
              color="red"
              aria-label={t("certificates.revokeOf", { name })}
              onClick={onRevoke}
            >
              {t("certificates.revoke")}
            </Button>
          )}
        </Table.Td>
      )}
    </Table.Tr>
  );
}

/** Revoking asks for the reason and says what follows; the dialog is the confirmation. */
function RevokeModal({ candidate, onClose }: { candidate: CertificateCandidate; onClose: () => void }) {
  const t = useT();
  const revoke = useRevokeCertificate();
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [submitError, setSubmitError] = useState<unknown>(null);
  const certificate = candidate.certificate;
  if (!certificate) return null;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!reason.trim()) {
      setReasonError(t("validation.required"));
      return;
    }
    setSubmitError(null);
    try {
      await revoke.mutateAsync({ id: certificate.id, reason: reason.trim() });
      notifySuccess(t("certificates.revokedDone"));
      onClose();
    } catch (error) {
      setSubmitError(error);
    }
  };

  return (
    <AppModal opened onClose={onClose} title={t("certificates.revokeTitle", { code: certificate.number })}>
      <FormFrame onSubmit={onSubmit} error={submitError}>
        <Text size="sm">{t("certificates.revokeBody", { name: fullName(candidate) })}</Text>
        <Textarea
          label={t("certificates.revokeReason")}
          required
          autosize
          minRows={2}
          maxLength={1000}
          value={reason}
          error={reasonError}
          onChange={(event) => {
            setReason(event.currentTarget.value);
            setReasonError(null);
          }}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" color="red" loading={revoke.isPending}>
            {t("certificates.revokeConfirm")}
          </Button>
        </Group>
      </FormFrame>
    </AppModal>
  );
}
