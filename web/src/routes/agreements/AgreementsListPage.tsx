import { Box } from "@mantine/core";
import { linkOptions, useNavigate } from "@tanstack/react-router";
import { type Agreement, agreementSortKeys } from "../../../../common/schemas/cooperation.js";
import { agreementKinds, organizationLevels } from "../../../../common/schemas/enums.js";
import { useAgreements } from "../../api/agreements.js";
import { useMe } from "../../api/auth.js";
import { useOrganization } from "../../api/organizations.js";
import { ButtonLink } from "../../components/links.js";
import { type Column, DataTable } from "../../components/list/DataTable.js";
import { ExportMenu } from "../../components/list/ExportMenu.js";
import { FilterSelect } from "../../components/list/FilterSelect.js";
import { ListToolbar } from "../../components/list/ListToolbar.js";
import { TitleWithArchivedBadge } from "../../components/list/TitleWithArchivedBadge.js";
import { useListPage } from "../../components/list/useListPage.js";
import type { BaseListSearch } from "../../components/list/useListSearch.js";
import { PageHeader } from "../../components/PageHeader.js";
import { knownOption, SearchSelect } from "../../components/selects/SearchSelect.js";
import { useOrganizationOptions } from "../../components/selects/sources.js";
import { useFormat } from "../../i18n/format.js";
import { useT } from "../../i18n/useT.js";

interface Search extends BaseListSearch {
  kind?: (typeof agreementKinds)[number] | undefined;
  level?: (typeof organizationLevels)[number] | undefined;
  organizationId?: string | undefined;
}

/** How many party names a row shows before "and N more". */
const SHOWN_PARTIES = 2;

const agreementLink = (agreement: Agreement) =>
  linkOptions({ to: "/agreements/$agreementId", params: { agreementId: agreement.id } });

export function AgreementsListPage() {
  const t = useT();
  const format = useFormat();
  const { data: me } = useMe();
  const navigate = useNavigate();
  const { search, update, params, toolbarProps, tableProps } = useListPage({
    sortKeys: agreementSortKeys,
    defaultSort: "signedOn",
    defaultOrder: "desc",
    filters: (search: Search) => ({
      kind: search.kind,
      level: search.level,
      organizationId: search.organizationId,
    }),
  });
  const list = useAgreements(params);
  const party = useOrganization(search.organizationId);

  const partyNames = (agreement: Agreement) => {
    const names = agreement.parties.slice(0, SHOWN_PARTIES).map((p) => p.name);
    const more = agreement.parties.length - names.length;
    return more > 0
      ? `${names.join(", ")} ${t("agreements.moreParties", { count: format.number(more) })}`
      : names.join(", ");
  };

  const columns: Column<Agreement>[] = [
    {
      key: "title",
      header: t("common.title"),
      sortKey: "title",
      render: (agreement) => (
        <TitleWithArchivedBadge link={agreementLink(agreement)} isArchived={agreement.isArchived}>
          {agreement.title}
        </TitleWithArchivedBadge>
      ),
    },
    {
      key: "kind",
      header: t("agreements.kind"),
      sortKey: "kind",
      render: (agreement) => t(`agreementKind.${agreement.kind}`),
    },
    {
      key: "signedOn",
      header: t("agreements.signedOn"),
      sortKey: "signedOn",
      render: (agreement) => <Box style={{ whiteSpace: "nowrap" }}>{format.date(agreement.signedOn)}</Box>,
    },
    {
      key: "validUntil",
      header: t("agreements.validUntil"),
      render: (agreement) => <Box style={{ whiteSpace: "nowrap" }}>{format.date(agreement.validUntil)}</Box>,
    },
    {
      key: "parties",
      header: t("agreements.parties"),
      render: (agreement) => (
        <Box title={t("agreements.partiesCount", { count: agreement.parties.length })}>
          {partyNames(agreement)}
        </Box>
      ),
    },
    {
      key: "level",
      header: t("agreements.level"),
      render: (agreement) => t(`level.${agreement.level}`),
    },
  ];

  return (
    <>
      <PageHeader
        title={t("agreements.title")}
        actions={
          <>
            <ExportMenu list="agreements" params={params} />
            {me?.abilities.create.agreements && (
              <ButtonLink to="/agreements/new">{t("agreements.new")}</ButtonLink>
            )}
          </>
        }
      />
      <ListToolbar {...toolbarProps}>
        <FilterSelect
          label={t("agreements.kind")}
          value={search.kind}
          onChange={(kind) => update({ kind: kind as Search["kind"] })}
          options={agreementKinds.map((value) => ({ value, label: t(`agreementKind.${value}`) }))}
        />
        <FilterSelect
          label={t("agreements.level")}
          value={search.level}
          onChange={(level) => update({ level: level as Search["level"] })}
          options={organizationLevels.map((value) => ({ value, label: t(`level.${value}`) }))}
        />
        <Box style={{ flex: "0 1 260px" }}>
          <SearchSelect
            label={t("agreements.party")}
            placeholder={t("common.all")}
            useOptions={useOrganizationOptions}
            knownOptions={knownOption(party.data?.id, party.data?.name)}
            value={search.organizationId ?? null}
            onChange={(organizationId) => update({ organizationId: organizationId ?? undefined })}
          />
        </Box>
      </ListToolbar>
      <DataTable
        caption={t("agreements.title")}
        columns={columns}
        rowKey={(agreement) => agreement.id}
        onRowClick={(agreement) => navigate(agreementLink(agreement))}
        minWidth={760}
        {...tableProps(list)}
      />
    </>
  );
}
