/**
 * The two records side by side, a choice per field of the value the kept record will have, and the
 * merge itself after a confirmation. When both records take part in one event the merge is refused:
 * the events are listed, each a link.
 */
import { Alert, Button, Group, List, Paper, Radio, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { defaultMergeSide, type MergeRecord } from "../../../../common/people/merge.js";
import {
  type MergeSide,
  type Person,
  type PersonMergeField,
  personMergeFields,
} from "../../../../common/schemas/people.js";
import { type ApiError, isApiError } from "../../api/client.js";
import { useMergePerson } from "../../api/people.js";
import { AppModal } from "../../components/AppModal.js";
import { ErrorAlert, errorText } from "../../components/ErrorAlert.js";
import { ButtonLink, TextLink } from "../../components/links.js";
import { notifySuccess } from "../../components/notify.js";
import { useFormat } from "../../i18n/format.js";
import type { MessageKey } from "../../i18n/messages/en.js";
import { useT } from "../../i18n/useT.js";
import { personName } from "./PeopleListPage.js";

/** The fields of a person as a merge compares them (personal data empty where it is not shown). */
const mergeRecordOf = (person: Person): MergeRecord => ({
  givenName: person.givenName,
  familyName: person.familyName,
  sex: person.sex,
  organizationId: person.organizationId,
  position: person.position,
  rank: person.rank,
  isDecisionMaker: person.isDecisionMaker,
  email: person.personal?.email ?? null,
  phone: person.personal?.phone ?? null,
  birthYear: person.personal?.birthYear ?? null,
  hasConsented: person.personal?.hasConsented ?? false,
  consentedOn: person.personal?.consentedOn ?? null,
});

const personalFields: PersonMergeField[] = ["email", "phone", "birthYear", "consent"];

const fieldLabels: Record<PersonMergeField, MessageKey> = {
  givenName: "people.givenName",
  familyName: "people.familyName",
  sex: "people.sex",
  organizationId: "common.organization",
  position: "people.position",
  rank: "people.rank",
  isDecisionMaker: "people.isDecisionMaker",
  email: "people.email",
  phone: "people.phone",
  birthYear: "people.birthYear",
  consent: "people.merge.consent",
};

/** One field's value as the reader sees it; "" when empty. */
function useFieldValue() {
  const t = useT();
  const format = useFormat();
  return (person: Person, field: PersonMergeField): string => {
    const personal = person.personal;
    switch (field) {
      case "sex":
        return t(`sex.${person.sex}`);
      case "organizationId":
        return person.organizationName ?? "";
      case "isDecisionMaker":
        return person.isDecisionMaker ? t("common.yes") : t("common.no");
      case "email":
      case "phone":
        return personal?.[field] ?? "";
      case "birthYear":
        return personal?.birthYear != null ? String(personal.birthYear) : "";
      case "consent":
        if (!personal?.hasConsented) return "";
        return personal.consentedOn
          ? t("people.merge.consentOn", { date: format.date(personal.consentedOn) })
          : t("people.merge.consentGiven");
      default:
        return person[field] ?? "";
    }
  };
}

/** The events both records take part in, from a refused merge's details. */
function BlockedEvents({ error }: { error: ApiError }) {
  const t = useT();
  const format = useFormat();
  const events = error.details.filter((detail) => detail.reason === "merge_shared_event" && detail.params);
  return (
    <Alert color="red" variant="light" title={t("people.merge.blocked")} role="alert">
      <Stack gap="xs">
        <Text size="sm">{errorText(error, t)}</Text>
        <List size="sm" spacing={4}>
          {events.map((detail) => {
            const { eventId, title, startsOn } = detail.params ?? {};
            return (
              <List.Item key={String(eventId)}>
                <TextLink to="/events/$eventId" params={{ eventId: String(eventId) }}>
                  {String(title)}
                </TextLink>
                {startsOn ? ` · ${format.date(String(startsOn))}` : ""}
              </List.Item>
            );
          })}
        </List>
        <Text size="sm">{t("people.merge.blockedHint")}</Text>
      </Stack>
    </Alert>
  );
}

function RecordCard({ label, person }: { label: string; person: Person }) {
  const t = useT();
  return (
    <Paper withBorder p="md">
      <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
        {label}
      </Text>
      <TextLink to="/people/$personId" params={{ personId: person.id }} fw={600}>
        {personName(person)}
      </TextLink>
      <Text size="sm" c="dimmed" style={{ overflowWrap: "anywhere" }}>
        {person.organizationName ?? t("people.noOrganization")}
      </Text>
    </Paper>
  );
}

export function MergeForm({ survivor, other }: { survivor: Person; other: Person }) {
  const t = useT();
  const navigate = useNavigate();
  const merge = useMergePerson();
  const fieldValue = useFieldValue();
  const withPersonal = survivor.personal !== null && other.personal !== null;
  const fields = personMergeFields.filter((field) => withPersonal || !personalFields.includes(field));
  const [choices, setChoices] = useState<Record<PersonMergeField, MergeSide>>(() => {
    const [kept, merged] = [mergeRecordOf(survivor), mergeRecordOf(other)];
    return Object.fromEntries(
      personMergeFields.map((field) => [field, defaultMergeSide(kept, merged, field)]),
    ) as Record<PersonMergeField, MergeSide>;
  });
  const [isConfirming, setConfirming] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const shown = (value: string) => value || t("common.notSet");

  const confirm = async () => {
    setError(null);
    try {
      const values = Object.fromEntries(fields.map((field) => [field, choices[field]]));
      await merge.mutateAsync({ id: survivor.id, body: { otherId: other.id, values } });
      notifySuccess(t("people.merge.done"));
      await navigate({ to: "/people/$personId", params: { personId: survivor.id } });
    } catch (failure) {
      setError(failure);
      setConfirming(false);
    }
  };
  const isBlocked = isApiError(error) && error.why?.reason === "merge_double_participation";

  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <RecordCard label={t("people.merge.kept")} person={survivor} />
        <RecordCard label={t("people.merge.merged")} person={other} />
      </SimpleGrid>
      <Group>
        <ButtonLink
          variant="subtle"
          size="xs"
          to="/people/$personId/merge"
          params={{ personId: other.id }}
          search={{ otherId: survivor.id }}
        >
          {t("people.merge.swap")}
        </ButtonLink>
      </Group>
      <Paper withBorder p="md" component="section" aria-labelledby="merge-fields">
        <Title order={2} size="h4" id="merge-fields">
          {t("people.merge.fields")}
        </Title>
        <Text size="sm" c="dimmed" mb="md">
          {t("people.merge.fieldsHint")}
        </Text>
        <Stack gap="md">
          {fields.map((field) => (
            <Radio.Group
              key={field}
              label={t(fieldLabels[field])}
              value={choices[field]}
              onChange={(side) => setChoices((current) => ({ ...current, [field]: side as MergeSide }))}
            >
              <SimpleGrid cols={{ base: 1, sm: 2 }} mt={6} spacing="xs">
                <Radio
                  value="survivor"
                  label={t("people.merge.keptValue", { value: shown(fieldValue(survivor, field)) })}
                  styles={{ label: { overflowWrap: "anywhere" } }}
                />
                <Radio
                  value="other"
                  label={t("people.merge.otherValue", { value: shown(fieldValue(other, field)) })}
                  styles={{ label: { overflowWrap: "anywhere" } }}
                />
              </SimpleGrid>
            </Radio.Group>
          ))}
        </Stack>
      </Paper>
      {error !== null &&
        (isBlocked ? <BlockedEvents error={error as ApiError} /> : <ErrorAlert error={error} />)}
      <Group justify="flex-end">
        <Button color="red" onClick={() => setConfirming(true)}>
          {t("people.merge.submit")}
        </Button>
      </Group>
      <AppModal
        opened={isConfirming}
        onClose={() => setConfirming(false)}
        title={t("people.merge.confirmTitle", { name: personName(other) })}
      >
        <Stack gap="md">
          <Text size="sm">{t("people.merge.confirmBody", { name: personName(other) })}</Text>
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t("common.cancel")}
            </Button>
            <Button color="red" loading={merge.isPending} onClick={() => void confirm()}>
              {t("people.merge.confirm")}
            </Button>
          </Group>
        </Stack>
      </AppModal>
    </Stack>
  );
}
