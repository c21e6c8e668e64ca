import { Button, Code, Group, TextInput } from "@mantine/core";
import { useDebouncedCallback } from "@mantine/hooks";
import { useState } from "react";
import type { AuditEntry } from "../../../../common/schemas/audit.js";
import { useAuditLog } from "../../api/audit.js";
import { type Column, DataTable } from "../../components/list/DataTable.js";
import { ExportMenu } from "../../components/list/ExportMenu.js";
import {
  type BaseListSearch,
  DEFAULT_PAGE_SIZE,
  useListSearch,
} from "../../components/list/useListSearch.js";
import { PageHeader } from "../../components/PageHeader.js";
import { useFormat } from "../../i18n/format.js";
import { useT } from "../../i18n/useT.js";
import { AuditDiff } from "./AuditDiff.js";

interface Search extends BaseListSearch {
  entityType?: string | undefined;
  entityId?: string | undefined;
  actorUserId?: string | undefined;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function DebouncedFilter({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string | undefined;
  onChange: (v: string | undefined) => void;
}) {
  const [text, setText] = useState(value ?? "");
  const send = useDebouncedCallback((next: string) => onChange(next.trim() || undefined), 350);
  return (
    <TextInput
      label={label}
      value={text}
      onChange={(event) => {
        setText(event.currentTarget.value);
        send(event.currentTarget.value);
      }}
      style={{ flex: "0 1 220px" }}
    />
  );
}

export function AuditPage() {
  const t = useT();
  const format = useFormat();
  const [search, update] = useListSearch<Search>();
  const [expanded, setExpanded] = useState<Set<number>>(new Set());
  const params = {
    page: search.page ?? 1,
    pageSize: DEFAULT_PAGE_SIZE,
    sort: "at",
    order: search.order ?? "desc",
    entityType: search.entityType,
    entityId: search.entityId,
    actorUserId: search.actorUserId && uuidPattern.test(search.actorUserId) ? search.actorUserId : undefined,
  } as const;
  const list = useAuditLog(params);

  const toggle = (id: number) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const columns: Column<AuditEntry>[] = [
    {
      key: "at",
      header: t("audit.at"),
      sortKey: "at",
      render: (entry) => <span style={{ whiteSpace: "nowrap" }}>{format.dateTime(entry.at)}</span>,
    },
    { key: "actor", header: t("audit.actor"), render: (entry) => entry.actorName ?? t("audit.system") },
    { key: "action", header: t("audit.action"), render: (entry) => <Code>{entry.action}</Code> },
    { key: "entityType", header: t("audit.entityType"), render: (entry) => entry.entityType },
    {
      key: "entityId",
      header: t("audit.entityId"),
      render: (entry) => (
        <Code fz="xs" style={{ wordBreak: "break-all" }}>
          {entry.entityId}
        </Code>
      ),
    },
    {
      key: "changes",
      header: t("common.details"),
      render: (entry) => (
        <Button
          size="compact-xs"
          variant="subtle"
          aria-expanded={expanded.has(entry.id)}
          aria-controls={`audit-diff-${entry.id}`}
          onClick={() => toggle(entry.id)}
        >
          {expanded.has(entry.id) ? t("audit.hideChanges") : t("audit.showChanges")}
        </Button>
      ),
    },
  ];

  return (
    <>
      <PageHeader title={t("audit.title")} actions={<ExportMenu list="audit" params={params} />} />
      <Group align="flex-end" gap="sm" mb="md" wrap="wrap">
        <DebouncedFilter
          label={t("audit.entityType")}
          value={search.entityType}
          onChange={(entityType) => update({ entityType })}
        />
        <DebouncedFilter
          label={t("audit.entityId")}
          value={search.entityId}
          onChange={(entityId) => update({ entityId })}
        />
      </Group>
      <DataTable
        caption={t("audit.title")}
        columns={columns}
        rows={list.data?.items}
        rowKey={(entry) => String(entry.id)}
        total={list.data?.total}
        page={params.page}
        pageSize={params.pageSize}
        onPageChange={(page) => update({ page })}
        sort="at"
        order={params.order}
        onSort={(_, order) => update({ order })}
        isLoading={list.isLoading}
        error={list.error}
        onRetry={() => list.refetch()}
        isFiltered={Boolean(search.entityType || search.entityId || search.actorUserId)}
        minWidth={860}
        expandedRow={(entry) =>
          expanded.has(entry.id) ? (
            <>
              {entry.reason && (
                <Group gap="xs" mb="xs">
                  <strong>{t("audit.reason")}:</strong> {entry.reason}
                </Group>
              )}
              <AuditDiff id={`audit-diff-${entry.id}`} before={entry.before} after={entry.after} />
            </>
          ) : null
        }
      />
    </>
  );
}
