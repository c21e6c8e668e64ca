import { Anchor, Badge, Group, Text } from "@mantine/core";
import type { ImportKind, ImportRecord } from "../../../../common/schemas/imports.js";
import { importFileUrl, useImports } from "../../api/imports.js";
import { ButtonLink, TextLink } from "../../components/links.js";
import { type Column, DataTable } from "../../components/list/DataTable.js";
import { FilterSelect } from "../../components/list/FilterSelect.js";
import { PageHeader } from "../../components/PageHeader.js";
import { useFormat } from "../../i18n/format.js";
import { useT } from "../../i18n/useT.js";
import { useFileSize } from "../submissions/EvidenceSection.js";
import { kindLabel, wizardKinds } from "./import-text.js";

export interface ImportsSearch {
  page?: number | undefined;
  kind?: ImportKind | undefined;
}

const pageSize = 25;

/** Past imports, newest first: who, when, which file (downloadable), what it filled and what it did. */
export function ImportsListPage({
  search,
  onSearch,
}: {
  search: ImportsSearch;
  onSearch: (search: ImportsSearch) => void;
}) {
  const t = useT();
  const format = useFormat();
  const size = useFileSize();
  const page = search.page ?? 1;
  const list = useImports({ kind: search.kind, page, pageSize });

  const columns: Column<ImportRecord>[] = [
    {
      key: "when",
      header: t("imports.list.when"),
      render: (record) => (
        <TextLink
          to="/imports/$importId"
          params={{ importId: record.id }}
          aria-label={t("imports.list.open", {
            name: record.fileName,
            date: format.dateTime(record.createdAt),
          })}
          style={{ whiteSpace: "nowrap" }}
        >
          {format.dateTime(record.createdAt)}
        </TextLink>
      ),
    },
    { key: "by", header: t("imports.list.by"), render: (record) => record.createdByName ?? "" },
    {
      key: "file",
      header: t("imports.list.file"),
      render: (record) => (
        <>
          {record.abilities.downloadFile ? (
            <Anchor href={importFileUrl(record.id)} download={record.fileName} size="sm">
              {record.fileName}
            </Anchor>
          ) : (
            <Text size="sm">{record.fileName}</Text>
          )}
          <Text size="xs" c="dimmed">
            {size(record.sizeBytes)}
          </Text>
        </>
      ),
    },
    { key: "kind", header: t("imports.list.kind"), render: (record) => kindLabel(record.kind, t) },
    {
      key: "event",
      header: t("imports.list.event"),
      render: (record) =>
        record.eventId ? (
          <TextLink to="/events/$eventId" params={{ eventId: record.eventId }}>
            {record.eventTitle ?? "…"}
          </TextLink>
        ) : (
          ""
        ),
    },
    {
      key: "counts",
      header: t("imports.list.counts"),
      render: (record) => (
        <Text size="sm" style={{ whiteSpace: "nowrap" }}>
          {t("imports.list.countsValue", {
            count: record.counts.rows,
            created: format.number(record.counts.new),
            matched: format.number(record.counts.matched),
            skipped: format.number(record.counts.skipped),
          })}
        </Text>
      ),
    },
    {
      key: "status",
      header: t("imports.list.status"),
      render: (record) => (
        <Badge
          variant="light"
          color={{ committed: "teal", committing: "blue", previewed: "gray" }[record.status]}
        >
          {t(`imports.status.${record.status}`)}
        </Badge>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t("imports.title")}
        actions={<ButtonLink to="/imports/new">{t("imports.new")}</ButtonLink>}
      />
      <Group mb="md" align="flex-end">
        <FilterSelect
          label={t("imports.list.kind")}
          value={search.kind}
          onChange={(kind) => onSearch({ kind: kind as ImportKind | undefined, page: undefined })}
          options={wizardKinds.map((value) => ({ value, label: kindLabel(value, t) }))}
        />
      </Group>
      <DataTable
        caption={t("imports.title")}
        columns={columns}
        rows={list.data?.items}
        rowKey={(record) => record.id}
        total={list.data?.total}
        page={page}
        pageSize={pageSize}
        onPageChange={(next) => onSearch({ ...search, page: next })}
        isLoading={list.isLoading}
        error={list.error}
        onRetry={() => list.refetch()}
        isFiltered={Boolean(search.kind)}
        minWidth={900}
      />
    </>
  );
}
