import { pickSort } from "./sort.js";
import { type BaseListSearch, DEFAULT_PAGE_SIZE, useListSearch } from "./useListSearch.js";

type Order = "asc" | "desc";
type NoFilters = Record<never, never>;

interface ListPageOptions<S extends BaseListSearch, K extends string, F extends object> {
  /** The sort keys the API knows; any other sort in the address falls back on `defaultSort`. */
  sortKeys: readonly K[];
  defaultSort: K;
  /** The order of the default sort (ascending unless told); a column the reader picks starts ascending. */
  defaultOrder?: Order;
  /**
   * The list's own filters, read from the address into the API's parameters. Their keys are the
   * address's: when one of them (or the search text) is set, an empty list suggests clearing it.
   */
  filters?: (search: S) => F;
  /** Records that can be archived are left out unless the reader asks for them (on by default). */
  archivable?: boolean;
}

/** What a list's query answers: one page of rows and the total. */
interface ListQuery<T> {
  data?: { items: T[]; total: number } | undefined;
  isLoading: boolean;
  error: unknown;
  refetch: () => unknown;
}

/**
 * A list page's view kept in the address: the API parameters (search, page, sort, order, archived
 * and the list's filters), the props of its `ListToolbar`, and the wiring of its `DataTable`.
 */
export function useListPage<
  S extends BaseListSearch = BaseListSearch,
  K extends string = string,
  F extends object = NoFilters,
>(options: ListPageOptions<S, K, F>) {
  const [search, update] = useListSearch<S>();
  const { archivable = true } = options;
  const change = (patch: Partial<BaseListSearch>) => update(patch as Partial<S>);
  const filters = options.filters?.(search) ?? ({} as F);
  const archived = archivable ? { archived: search.archived ?? ("exclude" as const) } : {};

  const params = {
    q: search.q,
    page: search.page ?? 1,
    pageSize: DEFAULT_PAGE_SIZE,
    sort: pickSort(search.sort, options.sortKeys, options.defaultSort),
    order: search.order ?? (search.sort ? "asc" : (options.defaultOrder ?? "asc")),
    ...filters,
    ...archived,
  };
  const isFiltered = Boolean(search.q || Object.keys(filters).some((key) => search[key as keyof S]));

  const toolbarProps = {
    search: search.q,
    onSearch: (q: string | undefined) => change({ q }),
    ...(archivable && {
      archived: Boolean(search.archived),
      onArchivedChange: (on: boolean) => change({ archived: on ? "include" : undefined }),
    }),
  };

  /** The `DataTable` props that follow from the address and the list's query. */
  const tableProps = <T>(list: ListQuery<T>) => ({
    rows: list.data?.items,
    total: list.data?.total,
    page: params.page,
    pageSize: params.pageSize,
    onPageChange: (page: number) => change({ page }),
    sort: params.sort,
    order: params.order,
    onSort: (sort: string, order: Order) => change({ sort, order }),
    isLoading: list.isLoading,
    error: list.error,
    onRetry: () => list.refetch(),
    isFiltered,
  });

  return { search, update, params, toolbarProps, tableProps };
}
