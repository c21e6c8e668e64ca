import { useNavigate, useSearch } from "@tanstack/react-router";
import { useCallback } from "react";
import { z } from "zod";

/** What every list keeps in the address, so back and forward restore the same view. */
export interface BaseListSearch {
  q?: string | undefined;
  page?: number | undefined;
  sort?: string | undefined;
  order?: "asc" | "desc" | undefined;
  archived?: "include" | "only" | undefined;
}

const text = z.preprocess(
  (value) => (value === undefined || value === null || value === "" ? undefined : String(value)),
  z.string().max(200).optional(),
);

export const baseListSearchShape = {
  q: text,
  page: z.coerce.number().int().min(1).optional().catch(undefined),
  sort: text,
  order: z.enum(["asc", "desc"]).optional().catch(undefined),
  archived: z.enum(["include", "only"]).optional().catch(undefined),
};

/** Optional text filter in the address (ids, free text). */
export const searchText = text;

/** A `validateSearch` for a list route: unknown or broken values are dropped, never an error page. */
export function listSearchValidator<S extends z.ZodRawShape>(extra: S) {
  const schema = z.object({ ...baseListSearchShape, ...extra });
  return (search: Record<string, unknown>) => {
    const result = schema.safeParse(search);
    return (result.success ? result.data : {}) as z.output<typeof schema>;
  };
}

export const DEFAULT_PAGE_SIZE = 25;

/** Reads the current list view from the address and updates it (replacing the history entry). */
export function useListSearch<S extends BaseListSearch>() {
  const raw: unknown = useSearch({ strict: false });
  const search = raw as S;
  const navigate = useNavigate();
  const update = useCallback(
    (patch: Partial<S>, options: { keepPage?: boolean } = {}) => {
      void navigate({
        to: ".",
        replace: true,
        search: ((previous: Record<string, unknown>) => {
          const next: Record<string, unknown> = { ...previous, ...patch };
          if (!options.keepPage && !("page" in patch)) delete next.page;
          for (const key of Object.keys(next))
            if (next[key] === undefined || next[key] === "") delete next[key];
          return next;
        }) as never,
      });
    },
    [navigate],
  );
  return [search, update] as const;
}
