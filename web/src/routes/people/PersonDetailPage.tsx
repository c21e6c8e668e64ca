import { Alert, Paper, Stack, Text, Title } from "@mantine/core";
import { useArchivePerson, usePerson, useRestorePerson } from "../../api/people.js";
import { DemoBadge } from "../../components/DemoBadge.js";
import { DetailHeader } from "../../components/DetailHeader.js";
import { DetailList } from "../../components/DetailList.js";
import { RecordPending } from "../../components/LoadFailure.js";
import { ButtonLink, TextLink } from "../../components/links.js";
import { useFormat } from "../../i18n/format.js";
import { useT } from "../../i18n/useT.js";
import { OrganizationLink } from "../organizations/OrganizationLinks.js";
import { personName } from "./PeopleListPage.js";

/** On a record merged into another person: where its data went, with a link (the name once it is read). */
function MergedIntoAlert({ survivorId }: { survivorId: string }) {
  const t = useT();
  const survivor = usePerson(survivorId);
  const name = survivor.data ? personName(survivor.data) : "…";
  return (
    <Alert color="gray" mb="md">
      <Text size="sm">{t("people.mergedInto", { name })}</Text>
      <TextLink to="/people/$personId" params={{ personId: survivorId }} size="sm">
        {t("people.mergedIntoLink")}
      </TextLink>
    </Alert>
  );
}

export function PersonDetailPage({ id }: { id: string }) {
  const t = useT();
  const format = useFormat();
  const query = usePerson(id);
  const archive = useArchivePerson();
  const restore = useRestorePerson();

  if (!query.data) return <RecordPending query={query} />;
  const person = query.data;
  const name = personName(person);
  const yesNo = (value: boolean) => (value ? t("common.yes") : t("common.no"));

  return (
    <>
      <DetailHeader
        back={{ to: "/people", label: t("people.title") }}
        title={name}
        record={person}
        name={name}
        badges={person.isDemo && <DemoBadge />}
        actions={
          person.abilities.merge && (
            <ButtonLink variant="default" to="/people/$personId/merge" params={{ personId: person.id }}>
              {t("people.merge.open")}
            </ButtonLink>
          )
        }
        edit={{ to: "/people/$personId/edit", params: { personId: person.id } }}
        archive={archive}
        restore={restore}
        archivedAlert={person.mergedIntoId === null}
      />
      {person.mergedIntoId && <MergedIntoAlert survivorId={person.mergedIntoId} />}
      <Stack gap="lg">
        <Paper withBorder p="md">
          <DetailList
            items={[
              { label: t("people.givenName"), value: person.givenName },
              { label: t("people.familyName"), value: person.familyName },
              { label: t("people.sex"), value: t(`sex.${person.sex}`) },
              {
                label: t("common.organization"),
                value: person.organizationId && (
                  <OrganizationLink id={person.organizationId} name={person.organizationName} />
                ),
              },
              { label: t("people.position"), value: person.position },
              { label: t("people.rank"), value: person.rank },
              { label: t("people.isDecisionMaker"), value: yesNo(person.isDecisionMaker) },
              { label: t("common.updatedAt"), value: format.dateTime(person.updatedAt) },
            ]}
          />
        </Paper>
        {person.personal && (
          <Paper withBorder p="md" component="section" aria-labelledby="personal-data">
            <Title order={2} size="h4" id="personal-data">
              {t("people.personalData")}
            </Title>
            <Text size="sm" c="dimmed" mb="sm">
              {t("people.personalDataHint")}
            </Text>
            <DetailList
              items={[
                { label: t("people.email"), value: person.personal.email },
                { label: t("people.phone"), value: person.personal.phone },
                {
                  label: t("people.birthYear"),
                  value: person.personal.birthYear != null ? String(person.personal.birthYear) : null,
                },
                { label: t("people.hasConsented"), value: yesNo(person.personal.hasConsented) },
                { label: t("people.consentedOn"), value: format.date(person.personal.consentedOn) },
              ]}
            />
          </Paper>
        )}
      </Stack>
    </>
  );
}
