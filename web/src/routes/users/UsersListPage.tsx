import { Badge } from "@mantine/core";
import { linkOptions, useNavigate } from "@tanstack/react-router";
import { roles } from "../../../../common/schemas/enums.js";
import type { User } from "../../../../common/schemas/users.js";
import { useUsers } from "../../api/users.js";
import { ButtonLink, TextLink } from "../../components/links.js";
import { type Column, DataTable } from "../../components/list/DataTable.js";
import { ExportMenu } from "../../components/list/ExportMenu.js";
import { FilterSelect } from "../../components/list/FilterSelect.js";
import { ListToolbar } from "../../components/list/ListToolbar.js";
import { useListPage } from "../../components/list/useListPage.js";
import type { BaseListSearch } from "../../components/list/useListSearch.js";
import { PageHeader } from "../../components/PageHeader.js";
import { useFormat } from "../../i18n/format.js";
import { useT } from "../../i18n/useT.js";

interface Search extends BaseListSearch {
  role?: (typeof roles)[number] | undefined;
}

const userLink = (user: User) => linkOptions({ to: "/users/$userId", params: { userId: user.id } });

export function UsersListPage() {
  const t = useT();
  const format = useFormat();
  const navigate = useNavigate();
  const { search, update, params, toolbarProps, tableProps } = useListPage({
    sortKeys: ["displayName", "email", "role", "lastLoginAt"] as const,
    defaultSort: "displayName",
    filters: (search: Search) => ({ role: search.role }),
    archivable: false,
  });
  const list = useUsers(params);

  const columns: Column<User>[] = [
    {
      key: "name",
      header: t("users.displayName"),
      sortKey: "displayName",
      render: (user) => (
        <TextLink {...userLink(user)} fw={600}>
          {user.displayName}
        </TextLink>
      ),
    },
    { key: "email", header: t("users.email"), sortKey: "email", render: (user) => user.email },
    { key: "role", header: t("users.role"), sortKey: "role", render: (user) => t(`role.${user.role}`) },
    { key: "organization", header: t("common.organization"), render: (user) => user.organizationName },
    {
      key: "active",
      header: t("common.status"),
      render: (user) =>
        user.isActive ? (
          <Badge color="teal" variant="light">
            {t("users.isActive")}
          </Badge>
        ) : (
          <Badge color="gray" variant="light">
            {t("users.inactive")}
          </Badge>
        ),
    },
    {
      key: "lastLogin",
      header: t("users.lastLogin"),
      sortKey: "lastLoginAt",
      render: (user) => (user.lastLoginAt ? format.dateTime(user.lastLoginAt) : t("users.never")),
    },
  ];

  return (
    <>
      <PageHeader
        title={t("users.title")}
        actions={
          <>
            <ExportMenu list="users" params={params} />
            <ButtonLink to="/users/new">{t("users.new")}</ButtonLink>
          </>
        }
      />
      <ListToolbar {...toolbarProps}>
        <FilterSelect
          label={t("users.role")}
          value={search.role}
          onChange={(role) => update({ role: role as Search["role"] })}
          options={roles.map((value) => ({ value, label: t(`role.${value}`) }))}
        />
      </ListToolbar>
      <DataTable
        caption={t("users.title")}
        columns={columns}
        rowKey={(user) => user.id}
        onRowClick={(user) => navigate(userLink(user))}
        {...tableProps(list)}
        minWidth={760}
      />
    </>
  );
}
