/** Pairs of probable duplicates in the registry, each with a way to merge them (staff). */
import { Stack, Text } from "@mantine/core";
import { useCallback } from "react";
import type { DuplicatePair, DuplicatePerson } from "../../../../common/schemas/people.js";
import { useDuplicatePeople } from "../../api/people.js";
import { BackLink } from "../../components/BackLink.js";
import { ButtonLink, TextLink } from "../../components/links.js";
import { type Column, DataTable } from "../../components/list/DataTable.js";
import { ListToolbar } from "../../components/list/ListToolbar.js";
import { DEFAULT_PAGE_SIZE, useListSearch } from "../../components/list/useListSearch.js";
import { PageHeader } from "../../components/PageHeader.js";
import { useT } from "../../i18n/useT.js";
import { personName } from "./PeopleListPage.js";

/** One side of a pair: the name (a link), the organisation, the birth year and the participations. */
function PersonCell({ person }: { person: DuplicatePerson }) {
  const t = useT();
  const details = [
    person.organizationName ?? t("people.noOrganization"),
    person.birthYear !== null ? t("people.duplicates.born", { year: String(person.birthYear) }) : null,
    t("people.duplicates.participations", { count: person.participations }),
  ].filter(Boolean);
  return (
    <Stack gap={2}>
      <TextLink to="/people/$personId" params={{ personId: person.id }} fw={600}>
        {personName(person)}
      </TextLink>
      <Text size="xs" c="dimmed" style={{ overflowWrap: "anywhere" }}>
        {details.join(" · ")}
      </Text>
    </Stack>
  );
}

/** The record with more participations is offered as the one to keep (the first on a tie). */
export const keptAndMerged = (pair: DuplicatePair) =>
  pair.second.participations > pair.first.participations
    ? { kept: pair.second, merged: pair.first }
    : { kept: pair.first, merged: pair.second };

export function DuplicatePeoplePage() {
  const t = useT();
  const [search, update] = useListSearch<{ page?: number | undefined; q?: string | undefined }>();
  const page = search.page ?? 1;
  const list = useDuplicatePeople({
    page,
    pageSize: DEFAULT_PAGE_SIZE,
    ...(search.q ? { q: search.q } : {}),
  });
  // A new search starts at the first page.
  const onSearch = useCallback((q: string | undefined) => update({ q, page: undefined }), [update]);

  const columns: Column<DuplicatePair>[] = [
    {
      key: "first",
      header: t("people.duplicates.person"),
      render: (pair) => <PersonCell person={pair.first} />,
    },
    {
      key: "second",
      header: t("people.duplicates.other"),
      render: (pair) => <PersonCell person={pair.second} />,
    },
    {
      key: "merge",
      header: t("people.duplicates.action"),
      width: 1,
      render: (pair) => {
        const { kept, merged } = keptAndMerged(pair);
        return (
          <ButtonLink
            size="xs"
            variant="default"
            to="/people/$personId/merge"
            params={{ personId: kept.id }}
            search={{ otherId: merged.id }}
            aria-label={t("people.duplicates.mergeLabel", { name: personName(kept) })}
          >
            {t("people.duplicates.merge")}
          </ButtonLink>
        );
      },
    },
  ];

  return (
    <>
      <PageHeader
        above={<BackLink to="/people" label={t("people.title")} />}
        title={t("people.duplicates.title")}
      />
      <Text size="sm" c="dimmed" mb="md">
        {t("people.duplicates.hint")}
      </Text>
      <ListToolbar search={search.q} onSearch={onSearch} />
      <DataTable
        caption={t("people.duplicates.title")}
        columns={columns}
        rows={list.data?.items}
        rowKey={(pair) => `${pair.first.id}:${pair.second.id}`}
        total={list.data?.total}
        page={page}
        pageSize={DEFAULT_PAGE_SIZE}
        onPageChange={(next) => update({ page: next })}
        isLoading={list.isLoading}
        error={list.error}
        onRetry={() => list.refetch()}
        minWidth={340}
        empty={list.data?.total === 0 && page === 1 && !search.q ? t("people.duplicates.none") : undefined}
      />
    </>
  );
}
