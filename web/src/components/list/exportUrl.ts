import { type QueryValue, toQueryString } from "../../api/client.js";

export type ExportFormat = "xlsx" | "csv";

const isScalar = (value: unknown): value is QueryValue =>
  value === null || ["string", "number", "boolean", "undefined"].includes(typeof value);
/** A value the address can carry: a scalar, or a list of strings (repeated, `kinds=a&kinds=b`). */
const isQueryValue = (value: unknown): value is QueryValue | string[] =>
  isScalar(value) || (Array.isArray(value) && value.every((item) => typeof item === "string"));

/**
 * The address of a list's export with the list's current search, filters, sort and order: every
 * page of it, so the paging parameters are left out.
 */
export function exportUrl(list: string, params: Record<string, unknown>, format: ExportFormat): string {
  const view: Record<string, QueryValue | string[]> = {};
  for (const [key, value] of Object.entries(params)) {
    if (key !== "page" && key !== "pageSize" && isQueryValue(value)) view[key] = value;
  }
  return `/api/${list}/export${toQueryString({ ...view, format })}`;
}
