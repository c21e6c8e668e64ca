/**
 * The indicator template as a workbook, and its rows read back. One sheet: a title row (organisation
 * and period), a hint row, the header row (frozen), then one row per indicator and category
 * combination. The grey technical columns `indicator_id` and `category_key` tell the values apart;
 * they are found by their header when the file comes back, wherever the rows were moved. The sheet
 * is protected without a password and only the value cells are unlocked: a guard against accidental
 * edits, not security.
 */
import ExcelJS from "exceljs";
import type { Reason, ReasonParams } from "../../../common/reasons/index.js";
import type { IndicatorUnit } from "../../../common/schemas/enums.js";
import type { FormIndicator, SubmissionForm } from "../../../common/schemas/submissions.js";
import { toSearchKey } from "../../../common/text/search.js";
import { toCyrillic } from "../../../common/text/transliterate.js";
import { neutraliseCell } from "../../http/csv.js";
import { safeSheetName } from "../../http/xlsx.js";
import { messagesFor } from "../../i18n/catalogue.js";
import { type ServerLocale, serverLocales } from "../../i18n/locale.js";
import { type TemplateMessages, templateMessages } from "../../i18n/messages/templates.js";
import { readText, type WorkbookCell } from "../../imports/read/index.js";
import { categoryKeyOf } from "../submissions/submissions.rules.js";

/** The headers of the technical columns: the same in every language. */
export const indicatorIdHeader = "indicator_id";
export const categoryKeyHeader = "category_key";

/** The row of the header; the title and the hint are above it. */
export const headerRow = 3;

/** One row of the template: an indicator and one category combination ('' for the total). */
export interface TemplateLine {
  indicator: FormIndicator;
  categoryKey: string;
  disaggregation: string;
}

/** The unit of an indicator in words. */
const unitWord = (labels: TemplateMessages, unit: IndicatorUnit): string => labels[unit];

const systemSets = { sex: "sexSet", entity: "entitySet", level: "levelSet", sector: "sectorSet" } as const;

/** The name of a category set: the system sets in the reader's words, the others as named. */
function setName(labels: TemplateMessages, set: { code: string; name: string }): string {
  const key = systemSets[set.code as keyof typeof systemSets];
  return key ? labels[key] : set.name;
}

/** The name of one category as the reader reads it (the sex categories in the reader's words). */
function categoryName(labels: TemplateMessages, setCode: string, category: { code: string; name: string }) {
  if (setCode === "sex" && category.code === "female") return labels.female;
  if (setCode === "sex" && category.code === "male") return labels.male;
  return category.name;
}

/**
 * The rows of one indicator, as the data-entry form shows them: the total alone without category
 * sets; with sets every full combination, and the total too for a percentage or a ratio (a count
 * adds up, and text or yes/no have none).
 */
export function linesOf(indicator: FormIndicator, labels: TemplateMessages): TemplateLine[] {
  const sets = indicator.categorySets;
  const total = { indicator, categoryKey: "", disaggregation: labels.total };
  if (sets.length === 0) return [total];
  let combinations: { pairs: Record<string, string>; words: string[] }[] = [{ pairs: {}, words: [] }];
  for (const set of sets) {
    const name = setName(labels, set);
    combinations = combinations.flatMap((combination) =>
      set.categories.map((category) => ({
        pairs: { ...combination.pairs, [set.code]: category.code },
        words: [...combination.words, `${name}: ${categoryName(labels, set.code, category)}`],
      })),
    );
  }
  const lines = combinations.map(({ pairs, words }) => ({
    indicator,
    categoryKey: categoryKeyOf(pairs),
    disaggregation: words.join(" · "),
  }));
  return indicator.unit === "percent" || indicator.unit === "ratio" ? [...lines, total] : lines;
}

/** The stored value of a line as the value cell holds it: a number, yes/no in words, or text. */
function cellOfValue(line: TemplateLine, labels: TemplateMessages): string | number | null {
  const stored = line.indicator.values.find((v) => v.categoryKey === line.categoryKey);
  if (!stored) return null;
  if (line.indicator.unit === "text")
    return stored.textValue === null ? null : neutraliseCell(stored.textValue);
  if (stored.value === null) return null;
  if (line.indicator.unit === "yes_no") return stored.value === 1 ? labels.yes : labels.no;
  return stored.value;
}

/** Text of the reader's script: Cyrillic readers get generated words transliterated. */
const inScript = (locale: ServerLocale, text: string) => (locale === "sr-Cyrl-BA" ? toCyrillic(text) : text);

const grey = { type: "pattern", pattern: "solid", fgColor: { argb: "FFEDEDED" } } as const;
const fillIn = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF8DC" } } as const;

/** The value cell's format and list of choices by unit. */
function styleValueCell(cell: ExcelJS.Cell, unit: IndicatorUnit, labels: TemplateMessages) {
  cell.protection = { locked: false };
  cell.fill = fillIn;
  if (unit === "yes_no") {
    cell.dataValidation = {
      type: "list",
      allowBlank: true,
      formulae: [`"${labels.yes},${labels.no}"`],
    };
  } else if (unit === "text") {
    cell.numFmt = "@";
    cell.alignment = { wrapText: true, vertical: "top" };
  }
}

/** The template of a submission's form as the bytes of an .xlsx file, in the reader's language. */
export async function buildTemplate(
  form: SubmissionForm,
  locale: ServerLocale,
  labels: TemplateMessages,
): Promise<Buffer> {
  const text = (value: string) => neutraliseCell(value);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(safeSheetName(labels.sheet), {
    views: [{ state: "frozen", ySplit: headerRow }],
  });
  sheet.columns = [
    { key: "code", width: 10 },
    { key: "indicator", width: 48 },
    { key: "unit", width: 16 },
    { key: "disaggregation", width: 36 },
    { key: "value", width: 18 },
    { key: "indicatorId", width: 14 },
    { key: "categoryKey", width: 14 },
  ];
  const { submission } = form;
  sheet.getCell("A1").value = text(labels.title(submission.organizationName, submission.periodName));
  sheet.getCell("A1").font = { bold: true, size: 14 };
  sheet.getCell("A2").value = text(labels.hint);
  sheet.getCell("A2").font = { italic: true, color: { argb: "FF555555" } };
  const header = sheet.getRow(headerRow);
  header.values = [
    labels.code,
    labels.indicator,
    labels.unit,
    labels.disaggregation,
    labels.value,
    indicatorIdHeader,
    categoryKeyHeader,
  ].map(text);
  header.font = { bold: true };
  for (const indicator of form.indicators) {
    for (const line of linesOf(indicator, labels)) {
      const row = sheet.addRow([
        text(indicator.code),
        text(indicator.name),
        unitWord(labels, indicator.unit),
        text(inScript(locale, line.disaggregation)),
        cellOfValue(line, labels),
        indicator.id,
        line.categoryKey,
      ]);
      row.getCell(2).alignment = { wrapText: true, vertical: "top" };
      styleValueCell(row.getCell(5), indicator.unit, labels);
      for (const column of [6, 7]) {
        row.getCell(column).fill = grey;
        row.getCell(column).font = { color: { argb: "FF808080" }, size: 8 };
      }
    }
  }
  for (const column of [6, 7]) header.getCell(column).fill = grey;
  await sheet.protect("", {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A filled-in row of a template: its sheet row number, the technical cells and the value cell. */
export interface FilledRow {
  row: number;
  indicatorId: string;
  categoryKey: string;
  cell: WorkbookCell;
}

/** The words the value column is headed with in any language, folded for comparison. */
const valueHeaders = new Set(
  serverLocales.map((locale) => toSearchKey(messagesFor(locale, templateMessages).value)),
);

const headerText = (cell: WorkbookCell | undefined) => readText(cell ?? null).value;

/**
 * The rows of a filled template: the header is the first row with an `indicator_id` cell, the value
 * column the one headed "Value" in any language. Rows without an indicator id are left out. Answers
 * the reason when the columns cannot be found.
 */
export function filledRows(
  rows: WorkbookCell[][],
): { rows: FilledRow[] } | { error: Reason; params?: ReasonParams } {
  const at = rows.findIndex((cells) => cells.some((cell) => headerText(cell) === indicatorIdHeader));
  const header = rows[at];
  if (!header) return { error: "no_indicator_column", params: { header: indicatorIdHeader } };
  const idColumn = header.findIndex((cell) => headerText(cell) === indicatorIdHeader);
  const keyColumn = header.findIndex((cell) => headerText(cell) === categoryKeyHeader);
  const valueColumn = header.findIndex((cell) => valueHeaders.has(toSearchKey(headerText(cell))));
  if (keyColumn < 0) return { error: "no_key_column", params: { header: categoryKeyHeader } };
  if (valueColumn < 0) return { error: "no_value_column" };
  const result: FilledRow[] = [];
  rows.forEach((cells, index) => {
    if (index <= at) return;
    const indicatorId = headerText(cells[idColumn]);
    if (indicatorId === "") return;
    result.push({
      row: index + 1,
      indicatorId,
      categoryKey: headerText(cells[keyColumn]),
      cell: cells[valueColumn] ?? null,
    });
  });
  return { rows: result };
}
