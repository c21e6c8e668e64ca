/**
 * Indicator templates: the data-entry form of a submission as a workbook to fill in offline, and
 * the filled workbook read back. The values are written by `putValues`, with all its rules; an
 * upload changes only the values that differ from what is stored (and sends repeated rows along,
 * so that `putValues` refuses them). A dry run goes through the same write and rolls it back.
 */
import type { FieldError } from "../../../common/errors.js";
import type { Reason } from "../../../common/reasons/index.js";
import { type SubmissionForm, ValuesInput } from "../../../common/schemas/submissions.js";
import type { TemplateImportResult } from "../../../common/schemas/templates.js";
import type { Db } from "../../db/client.js";
import type { Actor } from "../../http/actor.js";
import { AppError, fieldError, invalid, notFound } from "../../http/errors.js";
import { enforce } from "../../http/policy.js";
import { messagesFor } from "../../i18n/catalogue.js";
import { localeOf } from "../../i18n/locale.js";
import { templateMessages } from "../../i18n/messages/templates.js";
import {
  readNumber,
  readText,
  readWorkbook,
  readYesNo,
  type ValueError,
  WorkbookError,
} from "../../imports/read/index.js";
import { putValues } from "../submissions/submissions.entry.js";
import { canonicalCategoryKey } from "../submissions/submissions.rules.js";
import {
  assertWritable,
  findSubmissionRow,
  lockSubmission,
  readForm,
  SUBMISSION,
} from "../submissions/submissions.service.js";
import { type TemplateAction, templatePolicy } from "./templates.policy.js";
import { buildTemplate, type FilledRow, filledRows } from "./templates.sheet.js";

/** An .xlsx of 5 MB holds far more rows than any form. */
export const templateMaxBytes = 5 * 1024 * 1024;

/** Finds the submission (404) and asks the template policy, before anything else is read. */
async function checkSubmission(db: Db, actor: Actor, id: string, action: TemplateAction) {
  const row = await findSubmissionRow(db, id);
  if (!row) throw notFound(SUBMISSION);
  enforce(templatePolicy(actor, action, row), SUBMISSION);
}

/** A file name without the characters file systems refuse. */
const fileNameOf = (...parts: string[]) => `${parts.join(" ").replace(/[\\/:*?"<>|]+/g, "-")}.xlsx`;

/** The template of a submission in the reader's language; read as the submission is read. */
export async function getTemplate(
  db: Db,
  actor: Actor,
  id: string,
): Promise<{ fileName: string; body: Buffer }> {
  await checkSubmission(db, actor, id, "read");
  const form = await readForm(db, actor, id);
  const locale = await localeOf(db, actor.userId);
  const labels = messagesFor(locale, templateMessages);
  const { organizationName, periodName } = form.submission;
  return {
    fileName: fileNameOf(labels.fileName, organizationName, periodName),
    body: await buildTemplate(form, locale, labels),
  };
}

/** A value read from a row, as `putValues` takes it. */
interface Entry {
  row: number;
  indicatorId: string;
  categoryKey: string;
  value: number | null;
  textValue: string | null;
}

const valueErrors: Partial<Record<ValueError, Reason>> = {
  "invalid-number": "value_not_number",
  "invalid-yes-no": "value_not_yes_no",
};

/** The value of a row by the indicator's unit; a row of an unknown indicator carries none. */
function readEntry(filled: FilledRow, form: SubmissionForm): Entry | FieldError {
  const { row, indicatorId, categoryKey, cell } = filled;
  const entry = { row, indicatorId, categoryKey, value: null, textValue: null };
  const indicator = form.indicators.find((i) => i.id === indicatorId);
  if (!indicator) return entry;
  if (indicator.unit === "text") return { ...entry, textValue: readText(cell).value || null };
  const read = indicator.unit === "yes_no" ? readYesNo(cell) : readNumber(cell);
  if ("value" in read) return { ...entry, value: Number(read.value) };
  if (read.error === "empty") return entry;
  return fieldError(`rows.${row}.value`, valueErrors[read.error] ?? "value_unreadable");
}

/** Whether a row holds what is stored; text that differs only in white space counts as the same. */
function isUnchanged(entry: Entry, form: SubmissionForm): boolean {
  const indicator = form.indicators.find((i) => i.id === entry.indicatorId);
  if (!indicator) return false;
  const stored = indicator.values.find((v) => v.categoryKey === entry.categoryKey);
  const storedText = readText(stored?.textValue ?? null).value || null;
  return (stored?.value ?? null) === entry.value && storedText === entry.textValue;
}

/** The entries to write: changed ones, and every row of a value given more than once. */
function entriesToWrite(entries: Entry[], form: SubmissionForm): Entry[] {
  const idOf = (e: Entry) => `${e.indicatorId}|${e.categoryKey}`;
  const repeated = (e: Entry) => entries.filter((other) => idOf(other) === idOf(e)).length > 1;
  return entries.filter((e) => repeated(e) || !isUnchanged(e, form));
}

/** Field errors of `putValues` (paths `values.<i>.<field>`) as errors of sheet rows. */
function rowErrors(error: AppError, entries: Entry[]): FieldError[] {
  return (error.details ?? []).map((detail) => {
    const [, index, ...field] = detail.path.split(".");
    const entry = entries[Number(index)];
    return entry ? { ...detail, path: ["rows", entry.row, ...field].join(".") } : detail;
  });
}

/** The contract's checks of one value (an id, lengths), as errors of its sheet row. */
function contractErrors(entries: Entry[]): FieldError[] {
  return entries.flatMap(({ row, ...value }) => {
    const parsed = ValuesInput.shape.values.element.safeParse(value);
    if (parsed.success) return [];
    return parsed.error.issues.map((issue) => ({
      path: ["rows", row, ...issue.path.map(String)].join("."),
      message: issue.message,
    }));
  });
}

/** Ends a transaction that must not commit, carrying what it saw. */
class Rollback extends Error {
  constructor(readonly outcome: { before: SubmissionForm; after: SubmissionForm }) {
    super("rolled back");
  }
}

/**
 * Writes the entries through `putValues` in one transaction, after the submission is locked and
 * found writable (approved: 409 LOCKED, also when nothing changes); answers the form before and
 * after. Without `commit` nothing is kept.
 */
async function writeEntries(db: Db, actor: Actor, id: string, entries: Entry[], commit: boolean) {
  try {
    return await db.transaction(async (tx) => {
      const { row, period } = await lockSubmission(tx, actor, id, "write");
      assertWritable(row, period);
      const before = await readForm(tx, actor, id);
      const values = entries.map(({ row: _row, ...value }) => value);
      // A transaction handle opens a savepoint where `putValues` opens its transaction.
      const after =
        values.length === 0 ? before : await putValues(tx as unknown as Db, actor, id, { values });
      if (!commit) throw new Rollback({ before, after });
      return { before, after };
    });
  } catch (error) {
    if (error instanceof Rollback) return error.outcome;
    if (error instanceof AppError && error.code === "VALIDATION") {
      throw new AppError("VALIDATION", error.message, rowErrors(error, entries));
    }
    throw error;
  }
}

/** The values that differ between two forms, with the sheet row each came from. */
function changesOf(before: SubmissionForm, after: SubmissionForm, entries: Entry[]) {
  const rowOf = (indicatorId: string, key: string) => {
    const sets = after.indicators.find((i) => i.id === indicatorId)?.categorySets ?? [];
    const entry = entries.find((e) => {
      const canonical = canonicalCategoryKey(e.categoryKey, sets);
      return e.indicatorId === indicatorId && "key" in canonical && canonical.key === key;
    });
    return entry?.row ?? null;
  };
  return after.indicators.flatMap((indicator) => {
    const old = before.indicators.find((i) => i.id === indicator.id)?.values ?? [];
    return indicator.values.flatMap(({ categoryKey, value, textValue }) => {
      const was = old.find((v) => v.categoryKey === categoryKey) ?? { value: null, textValue: null };
      if (was.value === value && was.textValue === textValue) return [];
      return [
        {
          row: rowOf(indicator.id, categoryKey),
          indicatorId: indicator.id,
          indicatorCode: indicator.code,
          categoryKey,
          before: { value: was.value, textValue: was.textValue },
          after: { value, textValue },
        },
      ];
    });
  });
}

/** The bytes of the uploaded workbook, read as rows of its first visible sheet. */
async function readUpload(upload: () => Promise<Buffer | undefined>) {
  const bytes = await upload();
  if (!bytes || bytes.length === 0) throw invalid("file", "template_required");
  try {
    return (await readWorkbook(bytes)).rows;
  } catch (error) {
    if (error instanceof WorkbookError) throw invalid("file", "not_xlsx");
    throw error;
  }
}

/**
 * Reads a filled template and writes its values as `putValues` does (the submission's write policy
 * and rules). 400 with errors per sheet row (`rows.<row>.<field>`) when a value cannot be read or
 * does not fit; with `dryRun` answers the changes and writes nothing.
 */
export async function importTemplate(
  db: Db,
  actor: Actor,
  id: string,
  options: { dryRun: boolean },
  upload: () => Promise<Buffer | undefined>,
): Promise<TemplateImportResult> {
  await checkSubmission(db, actor, id, "write");
  const found = filledRows(await readUpload(upload));
  if ("error" in found) throw invalid("file", found.error, found.params);
  const form = await readForm(db, actor, id);
  const read = found.rows.map((row) => readEntry(row, form));
  const entries = entriesToWrite(
    read.filter((r): r is Entry => "row" in r),
    form,
  );
  const errors = [...read.filter((r): r is FieldError => "path" in r), ...contractErrors(entries)];
  const writable = errors.length === 0 ? entries : entries.filter((e) => contractErrors([e]).length === 0);
  let outcome: { before: SubmissionForm; after: SubmissionForm };
  try {
    outcome = await writeEntries(db, actor, id, writable, !options.dryRun && errors.length === 0);
  } catch (error) {
    if (error instanceof AppError && error.code === "VALIDATION" && errors.length > 0) {
      throw new AppError("VALIDATION", error.message, [...errors, ...(error.details ?? [])]);
    }
    throw error;
  }
  if (errors.length > 0) throw new AppError("VALIDATION", "The request is not valid", errors);
  return {
    dryRun: options.dryRun,
    rowsRead: found.rows.length,
    changes: changesOf(outcome.before, outcome.after, entries),
  };
}
