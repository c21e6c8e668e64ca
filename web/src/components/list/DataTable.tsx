import { Box, Center, Group, Pagination, Table, Text, UnstyledButton } from "@mantine/core";
import { Fragment, type MouseEvent, type ReactNode } from "react";
import { useFormat } from "../../i18n/format.js";
import { useT } from "../../i18n/useT.js";
import { ErrorAlert } from "../ErrorAlert.js";
import { LoadingState } from "../states.js";
import { EmptyText } from "./SimpleTable.js";

export interface Column<T> {
  key: string;
  header: string;
  /** The API's sort key for this column; the header becomes a sort button. */
  sortKey?: string;
  render: (row: T) => ReactNode;
  width?: number | string;
}

interface DataTableProps<T> {
  caption: string;
  columns: Column<T>[];
  rows: T[] | undefined;
  rowKey: (row: T) => string;
  total?: number;
  page?: number;
  pageSize?: number;
  onPageChange?: (page: number) => void;
  sort?: string | undefined;
  order?: "asc" | "desc" | undefined;
  onSort?: (sortKey: string, order: "asc" | "desc") => void;
  onRowClick?: (row: T) => void;
  isLoading?: boolean;
  error?: unknown;
  onRetry?: () => void;
  /** Whether a search or filter is active: the empty state then suggests clearing it. */
  isFiltered?: boolean;
  minWidth?: number;
  /** Extra content under a row (a details view), spanning all columns; null for none. */
  expandedRow?: (row: T) => ReactNode | null;
  /** A sentence shown instead of the whole table when there are no rows. */
  empty?: ReactNode;
}

interface ListQuery<T> {
  data: { items: T[] } | undefined;
  isLoading: boolean;
  error: unknown;
  refetch: () => unknown;
}

/** A DataTable's rows, loading and error state from a query of a whole (unpaged) list. */
export function wholeList<T>(query: ListQuery<T>) {
  return {
    rows: query.data?.items,
    total: query.data?.items.length,
    pageSize: 10_000,
    isLoading: query.isLoading,
    error: query.error,
    onRetry: () => query.refetch(),
  };
}

function SortMark({ state }: { state: "ascending" | "descending" | "none" }) {
  const glyph = state === "ascending" ? "▲" : state === "descending" ? "▼" : "↕";
  return (
    <Text span size="xs" c={state === "none" ? "dimmed" : undefined} aria-hidden>
      {glyph}
    </Text>
  );
}

/** Rows of a list with sortable headers (aria-sort), row navigation, empty and loading states, paging. */
export function DataTable<T>(props: DataTableProps<T>) {
  const { columns, rows, page = 1, pageSize = 25, total = rows?.length ?? 0 } = props;
  const t = useT();
  const format = useFormat();
  const pages = Math.max(1, Math.ceil(total / pageSize));

  const rowClick = (row: T) => (event: MouseEvent<HTMLTableRowElement>) => {
    if ((event.target as HTMLElement).closest("a, button, input, label")) return;
    props.onRowClick?.(row);
  };

  if (props.error && !rows) return <ErrorAlert error={props.error} onRetry={props.onRetry} />;
  if (props.empty !== undefined && rows?.length === 0) return <EmptyText py="md">{props.empty}</EmptyText>;

  return (
    <Box>
      <Table.ScrollContainer minWidth={props.minWidth ?? 640}>
        <Table striped highlightOnHover={Boolean(props.onRowClick)} verticalSpacing="xs">
          <Table.Caption style={{ captionSide: "top", textAlign: "left" }} className="visually-hidden">
            {props.caption}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              {columns.map((column) => {
                const active = column.sortKey !== undefined && props.sort === column.sortKey;
                const state = active ? (props.order === "desc" ? "descending" : "ascending") : "none";
                return (
                  <Table.Th
                    key={column.key}
                    scope="col"
                    style={{ width: column.width }}
                    aria-sort={column.sortKey ? state : undefined}
                  >
                    {column.sortKey && props.onSort ? (
                      <UnstyledButton
                        onClick={() =>
                          props.onSort?.(
                            column.sortKey as string,
                            active && props.order !== "desc" ? "desc" : "asc",
                          )
                        }
                        fw={700}
                        fz="sm"
                      >
                        <Group gap={6} wrap="nowrap">
                          {column.header}
                          <SortMark state={state} />
                        </Group>
                      </UnstyledButton>
                    ) : (
                      column.header
                    )}
                  </Table.Th>
                );
              })}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows?.map((row) => {
              const expanded = props.expandedRow?.(row);
              return (
                <Fragment key={props.rowKey(row)}>
                  <Table.Tr
                    onClick={props.onRowClick ? rowClick(row) : undefined}
                    style={props.onRowClick ? { cursor: "pointer" } : undefined}
                  >
                    {columns.map((column) => (
                      <Table.Td key={column.key}>{column.render(row)}</Table.Td>
                    ))}
                  </Table.Tr>
                  {expanded && (
                    <Table.Tr>
                      <Table.Td colSpan={columns.length} bg="gray.0">
                        {expanded}
                      </Table.Td>
                    </Table.Tr>
                  )}
                </Fragment>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {props.isLoading && !rows && <LoadingState />}
      {rows && rows.length === 0 && (
        <Center py="xl">
          <Box ta="center">
            <Text fw={600}>{props.isFiltered ? t("common.noResults") : t("common.empty")}</Text>
            {props.isFiltered && (
              <Text c="dimmed" size="sm">
                {t("common.noResultsHint")}
              </Text>
            )}
          </Box>
        </Center>
      )}
      {rows && total > 0 && (
        <Group justify="space-between" mt="md" gap="sm">
          <Text size="sm" c="dimmed" aria-live="polite">
            {t("common.total", { count: total })}
            {pages > 1 && ` · ${format.number(page)} / ${format.number(pages)}`}
          </Text>
          {pages > 1 && props.onPageChange && (
            <nav aria-label={t("common.pagination")}>
              <Pagination
                total={pages}
                value={page}
                onChange={props.onPageChange}
                size="sm"
                siblings={1}
                getControlProps={(control) => ({ "aria-label": t(`common.${control}Page`) })}
                getItemProps={(item) => ({ "aria-label": t("common.pageNumber", { page: item }) })}
              />
            </nav>
          )}
        </Group>
      )}
    </Box>
  );
}
