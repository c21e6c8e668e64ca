import { Badge, Group } from "@mantine/core";
import { useNavigate } from "@tanstack/react-router";
import { organizationLevels, organizationSectors } from "../../../../common/schemas/enums.js";
import type { Organization } from "../../../../common/schemas/organizations.js";
import { organizationSortKeys } from "../../../../common/schemas/organizations.js";
import { useMe } from "../../api/auth.js";
import { useOrganizations } from "../../api/organizations.js";
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
import { useT } from "../../i18n/useT.js";

interface Search extends BaseListSearch {
  level?: (typeof organizationLevels)[number] | undefined;
  sector?: (typeof organizationSectors)[number] | undefined;
}

export function OrganizationsListPage() {
  const t = useT();
  const { data: me } = useMe();
  const navigate = useNavigate();
  const [search, update] = useListSearch<Search>();
  const params = {
    q: search.q,
    page: search.page ?? 1,
    pageSize: DEFAULT_PAGE_SIZE,
    sort: pickSort(search.sort, organizationSortKeys, "name"),
    order: search.order ?? "asc",
    level: search.level,
    sector: search.sector,
    archived: search.archived ?? "exclude",
  } as const;
  const list = useOrganizations(params);

  const columns: Column<Organization>[] = [
    {
      key: "name",
      header: t("common.name"),
      sortKey: "name",
      render: (org) => (
        <Group gap="xs" wrap="nowrap">
          <TextLink to="/organizations/$organizationId" params={{ organizationId: org.id }} fw={600}>
            {org.name}
          </TextLink>
          {org.isArchived && (
            <Badge size="xs" color="gray">
              {t("common.archivedBadge")}
            </Badge>
          )}
        </Group>
      ),
    },
    { key: "shortName", header: t("organizations.shortName"), render: (org) => org.shortName },
    {
      key: "level",
      header: t("organizations.level"),
      sortKey: "level",
      render: (org) => t(`level.${org.level}`),
    },
    {
      key: "sector",
      header: t("organizations.sector"),
      sortKey: "sector",
      render: (org) => t(`sector.${org.sector}`),
    },
    { key: "municipality", header: t("common.municipality"), render: (org) => org.jurisdictionName },
  ];

  return (
    <>
      <PageHeader
        title={t("organizations.title")}
        actions={
          canCreate(me, "organizations") && (
            <ButtonLink to="/organizations/new">{t("organizations.new")}</ButtonLink>
          )
        }
      />
      <ListToolbar
        search={search.q}
        onSearch={(q) => update({ q })}
        archived={Boolean(search.archived)}
        onArchivedChange={(on) => update({ archived: on ? "include" : undefined })}
      >
        <FilterSelect
          label={t("organizations.level")}
          value={search.level}
          onChange={(level) => update({ level: level as Search["level"] })}
          options={organizationLevels.map((value) => ({ value, label: t(`level.${value}`) }))}
        />
        <FilterSelect
          label={t("organizations.sector")}
          value={search.sector}
          onChange={(sector) => update({ sector: sector as Search["sector"] })}
          options={organizationSectors.map((value) => ({ value, label: t(`sector.${value}`) }))}
        />
      </ListToolbar>
      <DataTable
        caption={t("organizations.title")}
        columns={columns}
        rows={list.data?.items}
        rowKey={(org) => org.id}
        total={list.data?.total}
        page={params.page}
        pageSize={params.pageSize}
        onPageChange={(page) => update({ page })}
        sort={params.sort}
        order={params.order}
        onSort={(sort, order) => update({ sort, order })}
        onRowClick={(org) =>
          navigate({ to: "/organizations/$organizationId", params: { organizationId: org.id } })
        }
        isLoading={list.isLoading}
        error={list.error}
        onRetry={() => list.refetch()}
        isFiltered={Boolean(search.q || search.level || search.sector)}
      />
    </>
  );
}
