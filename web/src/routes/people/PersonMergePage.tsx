/**
 * Merging another record of a person into this one (staff): choose the other record by search (or
 * come with it from the probable duplicates), then the values to keep, then confirm.
 */
import { Alert, Paper, Stack, Text } from "@mantine/core";
import { useNavigate } from "@tanstack/react-router";
import { usePerson } from "../../api/people.js";
import { BackLink } from "../../components/BackLink.js";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { RecordPending } from "../../components/LoadFailure.js";
import { PageHeader } from "../../components/PageHeader.js";
import { knownOption, SearchSelect } from "../../components/selects/SearchSelect.js";
import { usePersonOptions } from "../../components/selects/sources.js";
import { LoadingState } from "../../components/states.js";
import { useT } from "../../i18n/useT.js";
import { MergeForm } from "./MergeForm.js";
import { personName } from "./PeopleListPage.js";

export function PersonMergePage({ id, otherId }: { id: string; otherId?: string | undefined }) {
  const t = useT();
  const navigate = useNavigate();
  const survivorQuery = usePerson(id);
  const otherQuery = usePerson(otherId);
  if (!survivorQuery.data) return <RecordPending query={survivorQuery} />;
  const survivor = survivorQuery.data;
  const other = otherQuery.data;
  const choose = (next: string | null) =>
    void navigate({
      to: "/people/$personId/merge",
      params: { personId: id },
      search: next ? { otherId: next } : {},
      replace: true,
    });

  return (
    <>
      <PageHeader
        above={<BackLink to="/people/$personId" params={{ personId: id }} label={personName(survivor)} />}
        title={t("people.merge.title")}
      />
      <Stack gap="lg" maw={960}>
        <Text size="sm" c="dimmed">
          {t("people.merge.intro")}
        </Text>
        {survivor.abilities.merge ? (
          <Paper withBorder p="md">
            <SearchSelect
              label={t("people.merge.other")}
              description={t("people.merge.otherHint")}
              value={otherId ?? null}
              onChange={choose}
              useOptions={usePersonOptions}
              knownOptions={other ? knownOption(other.id, personName(other)) : []}
              exclude={[id]}
            />
          </Paper>
        ) : (
          <Alert color="gray">{t("people.merge.notPossible")}</Alert>
        )}
        {survivor.abilities.merge && otherId && otherQuery.isLoading && <LoadingState />}
        {survivor.abilities.merge && otherId && otherQuery.error !== null && (
          <ErrorAlert error={otherQuery.error} onRetry={() => otherQuery.refetch()} />
        )}
        {survivor.abilities.merge &&
          other &&
          (other.abilities.merge ? (
            <MergeForm key={`${survivor.id}:${other.id}`} survivor={survivor} other={other} />
          ) : (
            <Alert color="gray">{t("people.merge.notPossible")}</Alert>
          ))}
      </Stack>
    </>
  );
}
