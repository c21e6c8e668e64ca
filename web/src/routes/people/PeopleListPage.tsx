import { Badge, Group } from "@mantine/core";
import { useNavigate } from "@tanstack/react-router";
import { sexes } from "../../../../common/schemas/enums.js";
import { type Person, personSortKeys } from "../../../../common/schemas/people.js";
import { useMe } from "../../api/auth.js";
import { useOrganization } from "../../api/organizations.js";
import { usePeople } from "../../api/people.js";
import { ButtonLink, TextLink } from "../../components/links.js";
import { type Column, DataTable } from "../../components/list/DataTable.js";
import { FilterSelect } from "../../components/list/FilterSelect.js";
import { ListToolbar } from "../../components/list/ListToolbar.js";
import { pickSort } from "../../components/list/sort.js";
import {
  type BaseListSearch,
  DEFAULT_PAGE_SIZE,
  useListSearch,
} from "../../components/list/useListSearch.js";
import { PageHeader } from "../../components/PageHeader.js";
import { canCreate } from "../../components/permissions.js";
import { SearchSelect } from "../../components/selects/SearchSelect.js";
import { useOrganizationOptions } from "../../components/selects/sources.js";
import { useT } from "../../i18n/useT.js";

interface Search extends BaseListSearch {
  sex?: (typeof sexes)[number] | undefined;
  organizationId?: string | undefined;
}

export const personName = (person: { givenName: string; familyName: string }) =>
  `${person.givenName} ${person.familyName}`;

export function PeopleListPage() {
  const t = useT();
  const { data: me } = useMe();
  const navigate = useNavigate();
  const [search, update] = useListSearch<Search>();
  const organization = useOrganization(search.organizationId);
  const params = {
    q: search.q,
    page: search.page ?? 1,
    pageSize: DEFAULT_PAGE_SIZE,
    sort: pickSort(search.sort, personSortKeys, "familyName"),
    order: search.order ?? "asc",
    sex: search.sex,
    organizationId: search.organizationId,
    archived: search.archived ?? "exclude",
  } as const;
  const list = usePeople(params);

  const columns: Column<Person>[] = [
    {
      key: "name",
      header: t("people.name"),
      sortKey: "familyName",
      render: (person) => (
        <Group gap="xs" wrap="nowrap">
          <TextLink to="/people/$personId" params={{ personId: person.id }} fw={600}>
            {personName(person)}
          </TextLink>
          {person.isArchived && (
            <Badge size="xs" color="gray">
              {t("common.archivedBadge")}
            </Badge>
          )}
        </Group>
      ),
    },
    { key: "sex", header: t("people.sex"), render: (person) => t(`sex.${person.sex}`) },
    {
      key: "organization",
      header: t("common.organization"),
      sortKey: "organization",
      render: (person) => person.organizationName,
    },
    { key: "position", header: t("people.position"), render: (person) => person.position },
    {
      key: "decision",
      header: t("people.isDecisionMaker"),
      render: (person) => (person.isDecisionMaker ? t("common.yes") : ""),
    },
  ];

  return (
    <>
      <PageHeader
        title={t("people.title")}
        actions={canCreate(me, "people") && <ButtonLink to="/people/new">{t("people.new")}</ButtonLink>}
      />
      <ListToolbar
        search={search.q}
        onSearch={(q) => update({ q })}
        archived={Boolean(search.archived)}
        onArchivedChange={(on) => update({ archived: on ? "include" : undefined })}
      >
        <FilterSelect
          label={t("people.sex")}
          value={search.sex}
          onChange={(sex) => update({ sex: sex as Search["sex"] })}
          options={sexes.map((value) => ({ value, label: t(`sex.${value}`) }))}
        />
        <div style={{ flex: "0 1 260px" }}>
          <SearchSelect
            label={t("common.organization")}
            value={search.organizationId ?? null}
            onChange={(organizationId) => update({ organizationId: organizationId ?? undefined })}
            useOptions={useOrganizationOptions}
            knownOptions={
              organization.data ? [{ value: organization.data.id, label: organization.data.name }] : []
            }
          />
        </div>
      </ListToolbar>
      <DataTable
        caption={t("people.title")}
        columns={columns}
        rows={list.data?.items}
        rowKey={(person) => person.id}
        total={list.data?.total}
        page={params.page}
        pageSize={params.pageSize}
        onPageChange={(page) => update({ page })}
        sort={params.sort}
        order={params.order}
        onSort={(sort, order) => update({ sort, order })}
        onRowClick={(person) => navigate({ to: "/people/$personId", params: { personId: person.id } })}
        isLoading={list.isLoading}
        error={list.error}
        onRetry={() => list.refetch()}
        isFiltered={Boolean(search.q || search.sex || search.organizationId)}
      />
    </>
  );
}
