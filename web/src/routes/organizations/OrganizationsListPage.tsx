import { linkOptions, useNavigate } from "@tanstack/react-router";
import { organizationLevels, organizationSectors } from "../../../../common/schemas/enums.js";
import type { Organization } from "../../../../common/schemas/organizations.js";
import { organizationSortKeys } from "../../../../common/schemas/organizations.js";
import { useMe } from "../../api/auth.js";
import { useOrganizations } from "../../api/organizations.js";
import { ButtonLink } from "../../components/links.js";
import { type Column, DataTable } from "../../components/list/DataTable.js";
import { ExportMenu } from "../../components/list/ExportMenu.js";
import { FilterSelect } from "../../components/list/FilterSelect.js";
import { ListToolbar } from "../../components/list/ListToolbar.js";
import { TitleWithArchivedBadge } from "../../components/list/TitleWithArchivedBadge.js";
import { useListPage } from "../../components/list/useListPage.js";
import type { BaseListSearch } from "../../components/list/useListSearch.js";
import { PageHeader } from "../../components/PageHeader.js";
import { useT } from "../../i18n/useT.js";

interface Search extends BaseListSearch {
  level?: (typeof organizationLevels)[number] | undefined;
  sector?: (typeof organizationSectors)[number] | undefined;
}

const organizationLink = (org: Organization) =>
  linkOptions({ to: "/organizations/$organizationId", params: { organizationId: org.id } });

export function OrganizationsListPage() {
  const t = useT();
  const { data: me } = useMe();
  const navigate = useNavigate();
  const { search, update, params, toolbarProps, tableProps } = useListPage({
    sortKeys: organizationSortKeys,
    defaultSort: "name",
    filters: (search: Search) => ({ level: search.level, sector: search.sector }),
  });
  const list = useOrganizations(params);

  const columns: Column<Organization>[] = [
    {
      key: "name",
      header: t("common.name"),
      sortKey: "name",
      render: (org) => (
        <TitleWithArchivedBadge link={organizationLink(org)} isArchived={org.isArchived}>
          {org.name}
        </TitleWithArchivedBadge>
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
          <>
            <ExportMenu list="organizations" params={params} />
            {me?.abilities.create.organizations && (
              <ButtonLink variant="default" to="/imports/new" search={{ kind: "organisations" }}>
                {t("imports.button")}
              </ButtonLink>
            )}
            {me?.abilities.create.organizations && (
              <ButtonLink to="/organizations/new">{t("organizations.new")}</ButtonLink>
            )}
          </>
        }
      />
      <ListToolbar {...toolbarProps}>
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
        rowKey={(org) => org.id}
        onRowClick={(org) => navigate(organizationLink(org))}
        {...tableProps(list)}
      />
    </>
  );
}
