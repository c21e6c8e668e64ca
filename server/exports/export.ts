/**
 * Lists as spreadsheet files: every row of a list that the reader may read, with the list's own
 * filters and order, as CSV or XLSX. Each column has a type, so the XLSX file holds numbers as
 * numbers and dates as dates; headers are in the reader's language.
 */
import type { Readable } from "node:stream";
import type { FastifyReply } from "fastify";
import { z } from "zod";
import type { DbOrTx } from "../db/client.js";
import type { Actor } from "../http/actor.js";
import { type CsvCell, csvStream, toCsv } from "../http/csv.js";
import { attachmentHeader } from "../http/disposition.js";
import { invalid } from "../http/errors.js";
import {
  toXlsx,
  type XlsxColumn,
  type XlsxColumnType,
  type XlsxRow,
  xlsxContentType,
  xlsxStream,
} from "../http/xlsx.js";
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

/** A file ready to send: whole, or a stream written while it is sent. */
export interface ExportFile {
  fileName: string;
  contentType: string;
  body: string | Buffer | Readable;
}

/**
 * Which rows to load: the `page` of `pageSize` rows, and for every page after the first the last
 * row of the page before (`after`). A list whose order allows it continues after that row instead
 * of skipping `(page - 1) × pageSize` rows again (keyset paging: each batch of an export then costs
 * the same); other lists read the page.
 */
export interface ExportPaging<Item> {
  page: number;
  pageSize: number;
  after?: Item;
}

/**
 * The rows of one page of a list, and how many match in all. Only the first page's total is used:
 * a continuing page (`after`) may leave it uncounted.
 */
export type LoadPage<Item> = (paging: ExportPaging<Item>) => Promise<{
  items: readonly Item[];
  total: number;
}>;

/**
 * Rows read per query while an export streams (`batch`), and the most rows an export holds
 * (`rows`). Each read is one page of the list (the list's own service, policy and read filter);
 * the memory of an export is about two batches, whatever its size. Tests lower both.
 */
export const exportLimits = { batch: 1_000, rows: exportRowLimit };

/** The rows of an export, counted and within the limit, then read batch by batch as they are written. */
export interface ExportRows<Item> {
  total: number;
  batches: AsyncIterable<readonly Item[]>;
}

/**
 * Every row the list would show over all its pages, in the list's order, read a page of
 * `batchSize` rows at a time. The first page is read at once: its count decides the limit before
 * any byte is sent (more matching rows than the limit is a 400 that asks for narrower filters).
 * The next page is read while the current one is written. The pages are those the first count
 * gave; a page shorter than the batch ends the export early (rows removed meanwhile).
 */
export async function openRows<Item>(
  load: LoadPage<Item>,
  { batch: batchSize, rows: max } = exportLimits,
): Promise<ExportRows<Item>> {
  const first = await load({ page: 1, pageSize: batchSize });
  if (first.total > max) {
    throw invalid("q", "export_too_long", { total: first.total, max });
  }
  const pages = Math.max(1, Math.ceil(first.total / batchSize));
  async function* batches(): AsyncGenerator<readonly Item[]> {
    let current: readonly Item[] = first.items;
    for (let page = 2; ; page++) {
      const more = current.length >= batchSize && page <= pages;
      const next = more ? load({ page, pageSize: batchSize, after: current.at(-1) }) : undefined;
      // A read that is not awaited because the reader went away must not end as an unhandled rejection.
      next?.catch(() => undefined);
      if (current.length > 0) yield current;
      if (!next) return;
      current = (await next).items;
    }
  }
  return { total: first.total, batches: batches() };
}

/**
 * Every row the list would show over all its pages, in memory: for the tests and small callers;
 * the same limit as `openRows`.
 */
export async function loadAll<Item>(load: LoadPage<Item>): Promise<readonly Item[]> {
  const { batches } = await openRows(load);
  const rows: Item[] = [];
  for await (const batch of batches) rows.push(...batch);
  return rows;
}

/** A CSV cell: numbers stay numbers, dates are ISO dates (or date-times), text stays text. */
function csvCell(value: string | number | Date | null | undefined): CsvCell {
  return value instanceof Date ? value.toISOString() : value;
}

/** How an export writes its rows in one format and language: the file's name and type, and its cells. */
function exportWriter<Item, Key extends string>(
  definition: ListExport<Item, Key>,
  options: { format: ExportFormat; locale: ServerLocale; today: string; label?: string },
) {
  const words = messagesFor(options.locale, definition.headers);
  const flags = messagesFor(options.locale, flagWords);
  const context: ExportContext = { locale: options.locale, flag: (value) => (value ? flags.yes : flags.no) };
  const baseName = `${words.sheet} ${options.label ?? options.today}`;
  const columns: XlsxColumn[] = definition.columns.map(({ key, type, width, numFmt }) => ({
    header: words[key],
    key,
    type,
    ...(width === undefined ? {} : { width }),
    ...(numFmt === undefined ? {} : { numFmt }),
  }));
  return {
    sheet: words.sheet,
    fileName: `${baseName}.${options.format}`,
    contentType: options.format === "csv" ? "text/csv; charset=utf-8" : xlsxContentType,
    header: definition.columns.map((column) => words[column.key]) as readonly CsvCell[],
    columns,
    csvRow: (row: Item): CsvCell[] => definition.columns.map((column) => csvCell(column.value(row, context))),
    xlsxRow: (row: Item) =>
      Object.fromEntries(
        definition.columns.map((column) => [column.key, column.value(row, context) ?? null]),
      ) as XlsxRow<XlsxColumn[]>,
  };
}

/** Each batch of items as a batch of another kind of row. */
async function* mapBatches<Item, Row>(
  batches: AsyncIterable<readonly Item[]>,
  map: (item: Item) => Row,
): AsyncGenerator<readonly Row[]> {
  for await (const batch of batches) yield batch.map(map);
}

/**
 * The file of an export's rows in one format, headed in one language; named by the sheet and
 * `label` (what the rows stand for, such as a period), else the day it is written. Whole in
 * memory, for small exports (the progress table); lists stream through `exportStream`.
 */
export async function exportFile<Item, Key extends string>(
  definition: ListExport<Item, Key>,
  rows: readonly Item[],
  options: { format: ExportFormat; locale: ServerLocale; today: string; label?: string },
): Promise<ExportFile> {
  const writer = exportWriter(definition, options);
  const body =
    options.format === "csv"
      ? toCsv([writer.header, ...rows.map(writer.csvRow)])
      : await toXlsx({ name: writer.sheet, columns: writer.columns, rows: rows.map(writer.xlsxRow) });
  return { fileName: writer.fileName, contentType: writer.contentType, body };
}

/**
 * The same file as `exportFile`, written while it is sent: each batch of rows is read, written
 * row by row and passed on before the next. A failure after the first byte goes to `onError` (to
 * be logged without values) and closes the stream with an error that carries none.
 */
export function exportStream<Item, Key extends string>(
  definition: ListExport<Item, Key>,
  rows: ExportRows<Item>,
  options: { format: ExportFormat; locale: ServerLocale; today: string; label?: string },
  onError: (error: unknown) => void,
): ExportFile {
  const writer = exportWriter(definition, options);
  const body =
    options.format === "csv"
      ? csvStream(
          (async function* () {
            yield [writer.header];
            yield* mapBatches(rows.batches, writer.csvRow);
          })(),
          onError,
        )
      : xlsxStream(
          { name: writer.sheet, columns: writer.columns, rowCount: rows.total },
          mapBatches(rows.batches, writer.xlsxRow),
          onError,
        );
  return { fileName: writer.fileName, contentType: writer.contentType, body };
}

/**
 * The export of a list for one reader: all the rows its list query gives the reader (the list's own
 * authorization and read filter), in the reader's language (`users.locale`), as a stream. The
 * first batch and the limit are settled before it returns, so a refusal is an ordinary error answer.
 */
export async function listExport<Item, Key extends string>(options: {
  db: DbOrTx;
  actor: Actor;
  format: ExportFormat;
  now: Date;
  definition: ListExport<Item, Key>;
  load: LoadPage<Item>;
  /** Where a failure after the first byte is reported (the request's log, without values). */
  onError: (error: unknown) => void;
}): Promise<ExportFile> {
  const rows = await openRows(options.load);
  const locale = await localeOf(options.db, options.actor.userId);
  return exportStream(
    options.definition,
    rows,
    { format: options.format, locale, today: options.now.toISOString().slice(0, 10) },
    options.onError,
  );
}

/** Sends an export as a download that no cache keeps. */
export function sendExport(reply: FastifyReply, file: ExportFile): FastifyReply {
  return reply
    .header("content-type", file.contentType)
    .header("content-disposition", attachmentHeader(file.fileName))
    .header("cache-control", "private, no-store")
    .send(file.body);
}
