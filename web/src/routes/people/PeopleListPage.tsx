import { linkOptions, useNavigate } from "@tanstack/react-router";
import { sexes } from "../../../../common/schemas/enums.js";
import { type Person, personSortKeys } from "../../../../common/schemas/people.js";
import { useMe } from "../../api/auth.js";
import { useOrganization } from "../../api/organizations.js";
import { usePeople } from "../../api/people.js";
import { ButtonLink } from "../../components/links.js";
import { type Column, DataTable } from "../../components/list/DataTable.js";
import { ExportMenu } from "../../components/list/ExportMenu.js";
import { FilterSelect } from "../../components/list/FilterSelect.js";
import { ListToolbar } from "../../components/list/ListToolbar.js";
import { TitleWithArchivedBadge } from "../../components/list/TitleWithArchivedBadge.js";
import { useListPage } from "../../components/list/useListPage.js";
import type { BaseListSearch } from "../../components/list/useListSearch.js";
import { PageHeader } from "../../components/PageHeader.js";
import { SearchSelect } from "../../components/selects/SearchSelect.js";
import { useOrganizationOptions } from "../../components/selects/sources.js";
import { useT } from "../../i18n/useT.js";

interface Search extends BaseListSearch {
  sex?: (typeof sexes)[number] | undefined;
  organizationId?: string | undefined;
}

export const personName = (person: { givenName: string; familyName: string }) =>
  `${person.givenName} ${person.familyName}`;

const personLink = (person: Person) =>
  linkOptions({ to: "/people/$personId", params: { personId: person.id } });

export function PeopleListPage() {
  const t = useT();
  const { data: me } = useMe();
  const navigate = useNavigate();
  const { search, update, params, toolbarProps, tableProps } = useListPage({
    sortKeys: personSortKeys,
    defaultSort: "familyName",
    filters: (search: Search) => ({ sex: search.sex, organizationId: search.organizationId }),
  });
  const organization = useOrganization(search.organizationId);
  const list = usePeople(params);

  const columns: Column<Person>[] = [
    {
      key: "name",
      header: t("people.name"),
      sortKey: "familyName",
      render: (person) => (
        <TitleWithArchivedBadge link={personLink(person)} isArchived={person.isArchived}>
          {personName(person)}
        </TitleWithArchivedBadge>
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
        actions={
          <>
            <ExportMenu list="people" params={params} />
            {me?.abilities.mergePeople && (
              <ButtonLink variant="default" to="/people/duplicates">
                {t("people.duplicates.title")}
              </ButtonLink>
            )}
            {me?.abilities.create.people && (
              <ButtonLink variant="default" to="/imports/new" search={{ kind: "people" }}>
                {t("imports.button")}
              </ButtonLink>
            )}
            {me?.abilities.create.people && <ButtonLink to="/people/new">{t("people.new")}</ButtonLink>}
          </>
        }
      />
      <ListToolbar {...toolbarProps}>
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
        rowKey={(person) => person.id}
        onRowClick={(person) => navigate(personLink(person))}
        {...tableProps(list)}
      />
    </>
  );
}
