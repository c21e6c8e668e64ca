/**
 * Lists as spreadsheet files: every row of a list that the reader may read, with the list's own
 * filters and order, as CSV or XLSX. Each column has a type, so the XLSX file holds numbers as
 * numbers and dates as dates; headers are in the reader's language.
 */
import type { FastifyReply } from "fastify";
import { z } from "zod";
import type { DbOrTx } from "../db/client.js";
import type { Actor } from "../http/actor.js";
import { type CsvCell, toCsv } from "../http/csv.js";
import { attachmentHeader } from "../http/disposition.js";
import { invalid } from "../http/errors.js";
import { toXlsx, type XlsxColumn, type XlsxColumnType, type XlsxRow, xlsxContentType } from "../http/xlsx.js";
import { type Catalogue, messagesFor } from "../i18n/catalogue.js";
import { localeOf, type ServerLocale } from "../i18n/locale.js";
import { flagWords, type HeaderWords } from "../i18n/messages/exports.js";

export const exportFormats = ["csv", "xlsx"] as const;
export type ExportFormat = (typeof exportFormats)[number];

/** The most rows one export holds; a larger selection is refused, to be narrowed by the filters. */
export const exportRowLimit = 50_000;

/** `format`, required: which file the export answers. */
export const ExportFormatField = { format: z.enum(exportFormats) };

/** The query of a list's export: the list's own query without paging, and the format. */
export function exportQuery<Shape extends z.ZodRawShape & { page: z.ZodType; pageSize: z.ZodType }>(
  listQuery: z.ZodObject<Shape, z.core.$strict>,
) {
  const paging = { page: true, pageSize: true } as const;
  // The mask names keys every list query has; the compiler cannot see that through the generic shape.
  return listQuery.omit<typeof paging>(paging as never).extend(ExportFormatField);
}

/** What a column's value function may use besides the row: the reader's language and flag words. */
export interface ExportContext {
  locale: ServerLocale;
  /** A flag in the reader's language. */
  flag: (value: boolean) => string;
}

/** The values a column of each type gives: text, numbers, percentage points, ISO dates or Dates. */
interface ExportValueOf {
  text: string;
  number: number;
  integer: number;
  percent: number;
  date: string | Date;
}

/** One column: its header's key in the export's catalogue, its type and how a row gives its value. */
export type ExportColumn<Item, Key extends string> = {
  [Type in XlsxColumnType]: {
    key: Key;
    type: Type;
    value: (item: Item, context: ExportContext) => ExportValueOf[Type] | null | undefined;
    width?: number;
    numFmt?: string;
  };
}[XlsxColumnType];

/** An export of one list: its words and its columns in order. */
export interface ListExport<Item, Key extends string> {
  headers: Catalogue<HeaderWords<Key>>;
  columns: readonly ExportColumn<Item, Key>[];
}

/** The columns of an export, as written: its type checks each value function against its column type. */
export const defineExport = <Item, Key extends string>(definition: ListExport<Item, Key>) => definition;

/** The date-and-time format of timestamp columns. */
export const dateTimeFormat = "yyyy-mm-dd hh:mm";

/** A file ready to send. */
export interface ExportFile {
  fileName: string;
  contentType: string;
  body: string | Buffer;
}

/** The rows of one page of a list, and how many match in all. */
export type LoadPage<Item> = (paging: { page: number; pageSize: number }) => Promise<{
  items: readonly Item[];
  total: number;
}>;

/**
 * Every row the list would show over all its pages: one page as large as the limit. More matching
 * rows than the limit is a 400 that asks for narrower filters.
 */
export async function loadAll<Item>(load: LoadPage<Item>): Promise<readonly Item[]> {
  const { items, total } = await load({ page: 1, pageSize: exportRowLimit });
  if (total > exportRowLimit) {
    throw invalid("q", "export_too_long", { total, max: exportRowLimit });
  }
  return items;
}

/** A CSV cell: numbers stay numbers, dates are ISO dates (or date-times), text stays text. */
function csvCell(value: string | number | Date | null | undefined): CsvCell {
  return value instanceof Date ? value.toISOString() : value;
}

/**
 * The file of an export's rows in one format, headed in one language; named by the sheet and
 * `label` (what the rows stand for, such as a period), else the day it is written.
 */
export async function exportFile<Item, Key extends string>(
  definition: ListExport<Item, Key>,
  rows: readonly Item[],
  options: { format: ExportFormat; locale: ServerLocale; today: string; label?: string },
): Promise<ExportFile> {
  const words = messagesFor(options.locale, definition.headers);
  const flags = messagesFor(options.locale, flagWords);
  const context: ExportContext = { locale: options.locale, flag: (value) => (value ? flags.yes : flags.no) };
  const baseName = `${words.sheet} ${options.label ?? options.today}`;
  if (options.format === "csv") {
    const header = definition.columns.map((column) => words[column.key]);
    const cells = rows.map((row) => definition.columns.map((column) => csvCell(column.value(row, context))));
    return {
      fileName: `${baseName}.csv`,
      contentType: "text/csv; charset=utf-8",
      body: toCsv([header, ...cells]),
    };
  }
  const columns: XlsxColumn[] = definition.columns.map(({ key, type, width, numFmt }) => ({
    header: words[key],
    key,
    type,
    ...(width === undefined ? {} : { width }),
    ...(numFmt === undefined ? {} : { numFmt }),
  }));
  const xlsxRows = rows.map(
    (row) =>
      Object.fromEntries(
        definition.columns.map((column) => [column.key, column.value(row, context) ?? null]),
      ) as XlsxRow<XlsxColumn[]>,
  );
  const body = await toXlsx({ name: words.sheet, columns, rows: xlsxRows });
  return { fileName: `${baseName}.xlsx`, contentType: xlsxContentType, body };
}

/**
 * The export of a list for one reader: all the rows its list query gives the reader (the list's own
 * authorization and read filter), in the reader's language (`users.locale`).
 */
export async function listExport<Item, Key extends string>(options: {
  db: DbOrTx;
  actor: Actor;
  format: ExportFormat;
  now: Date;
  definition: ListExport<Item, Key>;
  load: LoadPage<Item>;
}): Promise<ExportFile> {
  const rows = await loadAll(options.load);
  const locale = await localeOf(options.db, options.actor.userId);
  return exportFile(options.definition, rows, {
    format: options.format,
    locale,
    today: options.now.toISOString().slice(0, 10),
  });
}

/** Sends an export as a download that no cache keeps. */
export function sendExport(reply: FastifyReply, file: ExportFile): FastifyReply {
  return reply
    .header("content-type", file.contentType)
    .header("content-disposition", attachmentHeader(file.fileName))
    .header("cache-control", "private, no-store")
    .send(file.body);
}
