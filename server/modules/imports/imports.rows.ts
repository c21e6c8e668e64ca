/**
 * One row of a people or attendance file read into a person: each value normalised, problems
 * recorded as issues of the row.
 */
import type { ColumnMapping, ImportIssue, ImportKind } from "../../../common/schemas/imports.js";
import {
  cellText,
  type DataRow,
  headerKey,
  personKey,
  readNumber,
  readSex,
  readText,
  readYesNo,
  splitFullName,
  type TableCell,
} from "../../imports/read/index.js";
import type { IssueCode, PersonRecord } from "./imports.analysis.js";
import { foldKey, personOrganisationKey, placeKey } from "./imports.matching.js";
import type { RegistryMunicipality, RegistryOrganisation } from "./imports.queries.js";
import { readRole } from "./imports.vocabulary.js";

export interface RowContext {
  kind: ImportKind;
  mapping: ColumnMapping[];
  issues: ImportIssue[];
  places: Map<string, RegistryMunicipality>;
  organisations: Map<string, RegistryOrganisation>;
  /** How many errors were recorded so far. */
  errors: number;
  /** The test's maximum the user gave for scores without one. */
  scoreMaximum: number | null;
  /**
   * Rows with scores but no maximum (neither in the row nor given), and the highest score of the
   * rows without a maximum in the file (what the suggested maximum is rounded up from).
   */
  unscored: { rows: number; highest: number };
}

/** Records an issue of a row; the header is the one mapped to the field. */
export function addIssue(
  context: RowContext,
  rowNumber: number,
  field: string | null,
  severity: ImportIssue["severity"],
  code: IssueCode,
  cell: TableCell,
) {
  const header = field === null ? null : (context.mapping.find((c) => c.field === field)?.header ?? null);
  const text = cellText(cell);
  if (severity === "error") context.errors += 1;
  context.issues.push({ rowNumber, header, severity, code, value: text === "" ? null : text });
}

/** The cells of a row keyed by field. */
export function cellsOf(row: DataRow, mapping: readonly ColumnMapping[]): Partial<Record<string, TableCell>> {
  const out: Partial<Record<string, TableCell>> = {};
  mapping.forEach((column, index) => {
    if (column.field !== null) out[column.field] = row.cells[index] ?? null;
  });
  return out;
}

export const isMapped = (mapping: readonly ColumnMapping[], field: string) =>
  mapping.some((c) => c.field === field);

/** "Prezime i ime" puts the family name first. */
function fullNameOrder(mapping: readonly ColumnMapping[]): "given-first" | "family-first" {
  const header = mapping.find((c) => c.field === "fullName")?.header ?? "";
  const key = headerKey(header);
  return key.startsWith("prezime") || key.includes("surname and name") ? "family-first" : "given-first";
}

export const text = (cell: TableCell): string | null => readText(cell).value || null;

/** The place a row names, or a warning. */
export function readMunicipality(context: RowContext, rowNumber: number, cell: TableCell) {
  const value = text(cell);
  if (value === null) return null;
  const place = context.places.get(placeKey(value));
  if (!place) addIssue(context, rowNumber, "municipality", "warning", "municipality", cell);
  return place ?? null;
}

/** A score cell: a number from 0 up to 99 999.99, or nothing. */
function readScore(context: RowContext, rowNumber: number, field: string, cell: TableCell) {
  const read = readNumber(cell ?? null);
  if ("error" in read) {
    if (read.error === "empty") return { ok: true, value: null };
    addIssue(context, rowNumber, field, "error", "number", cell);
    return { ok: false, value: null };
  }
  if (read.value < 0 || read.value >= 100_000) {
    addIssue(context, rowNumber, field, "error", "score", cell);
    return { ok: false, value: null };
  }
  return { ok: true, value: read.value };
}

export interface PersonDraft extends Omit<PersonRecord, "match" | "rowNumbers"> {
  rowNumber: number;
  organisationText: string | null;
  municipalityName: string | null;
  groupKey: string;
}

/** One row of a people or attendance file → a person, or null when an error skips it. */
export function readPersonRow(context: RowContext, row: DataRow): PersonDraft | null {
  const { mapping } = context;
  const cells = cellsOf(row, mapping);
  const { rowNumber } = row;
  const errorsBefore = context.errors;

  let givenName = text(cells.givenName) ?? "";
  let familyName = text(cells.familyName) ?? "";
  const fullName = text(cells.fullName);
  if ((givenName === "" || familyName === "") && fullName) {
    const split = splitFullName(fullName, fullNameOrder(mapping));
    givenName = givenName || split.givenName;
    familyName = familyName || split.familyName;
  }
  if (givenName === "" && familyName === "") {
    const field = isMapped(mapping, "fullName")
      ? "fullName"
      : isMapped(mapping, "familyName")
        ? "familyName"
        : null;
    addIssue(context, rowNumber, field, "error", "required", null);
  } else if (givenName === "" || familyName === "") {
    const field = fullName ? "fullName" : givenName === "" ? "givenName" : "familyName";
    addIssue(context, rowNumber, field, "error", "name", cells[field]);
  }

  const sexRead = readSex(cells.sex ?? null);
  const sex = "value" in sexRead ? sexRead.value : null;
  if ("error" in sexRead) {
    const field = isMapped(mapping, "sex") ? "sex" : null;
    addIssue(context, rowNumber, field, "error", sexRead.error === "empty" ? "required" : "sex", cells.sex);
  }

  const organisationText = text(cells.organisation);
  const organisation = organisationText ? context.organisations.get(foldKey(organisationText)) : undefined;
  if (organisationText && !organisation)
    addIssue(context, rowNumber, "organisation", "warning", "organisation", cells.organisation);
  const place = readMunicipality(context, rowNumber, cells.municipality);

  let email = text(cells.email);
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    addIssue(context, rowNumber, "email", "warning", "email", cells.email);
    email = null;
  }

  let role: string | null = null;
  let attended: boolean | null = null;
  let scores = { pre: null as number | null, post: null as number | null, max: null as number | null };
  if (context.kind === "attendance") {
    const roleText = text(cells.role);
    if (roleText) {
      role = readRole(roleText) ?? null;
      if (!role) addIssue(context, rowNumber, "role", "warning", "role", cells.role);
    }
    const attendedRead = readYesNo(cells.attended ?? null);
    if ("value" in attendedRead) attended = attendedRead.value;
    else if (attendedRead.error !== "empty")
      addIssue(context, rowNumber, "attended", "error", "yesNo", cells.attended);
    const pre = readScore(context, rowNumber, "preScore", cells.preScore);
    const post = readScore(context, rowNumber, "postScore", cells.postScore);
    const max = readScore(context, rowNumber, "maxScore", cells.maxScore);
    if (pre.ok && post.ok && max.ok) {
      scores = { pre: pre.value, post: post.value, max: max.value };
      const hasScore = scores.pre !== null || scores.post !== null;
      if (scores.max !== null && scores.max <= 0) {
        addIssue(context, rowNumber, "maxScore", "error", "score", cells.maxScore);
      } else if (hasScore && scores.max === null) {
        context.unscored.highest = Math.max(context.unscored.highest, scores.pre ?? 0, scores.post ?? 0);
        scores.max = context.scoreMaximum;
        if (scores.max === null) {
          // Attendance stands without a maximum; until the user gives one the scores cannot be
          // compared, so they are left out (the preview asks for the maximum).
          addIssue(
            context,
            rowNumber,
            isMapped(mapping, "maxScore") ? "maxScore" : null,
            "warning",
            "noMaxScore",
            null,
          );
          context.unscored.rows += 1;
          scores = { pre: null, post: null, max: null };
        }
      }
      if (scores.max !== null && scores.max > 0) {
        if ((scores.pre ?? 0) > scores.max)
          addIssue(context, rowNumber, "preScore", "error", "score", cells.preScore);
        if ((scores.post ?? 0) > scores.max)
          addIssue(context, rowNumber, "postScore", "error", "score", cells.postScore);
      }
    }
  }

  if (context.errors > errorsBefore || sex === null) return null;
  const organizationId = organisation?.id ?? null;
  const missingOrganisationKey = organisationText && !organisation ? foldKey(organisationText) : null;
  return {
    rowNumber,
    givenName,
    familyName,
    sex,
    organizationId,
    missingOrganisationKey,
    organisationText: organisation?.name ?? organisationText,
    position: text(cells.position),
    email,
    phone: text(cells.phone),
    municipalityId: place?.id ?? null,
    municipalityName: place?.nameLatin ?? text(cells.municipality),
    role,
    attended,
    preScore: scores.pre,
    postScore: scores.post,
    maxScore: scores.max,
    groupKey: `${personKey(givenName, familyName)}|${personOrganisationKey(organizationId, organisationText)}`,
  };
}

/** A skipped row's cells as text, by field. */
export function rawValues(row: DataRow, mapping: readonly ColumnMapping[]): Record<string, string | null> {
  const values: Record<string, string | null> = {};
  mapping.forEach((column, index) => {
    if (column.field !== null) values[column.field] = readText(row.cells[index] ?? null).value || null;
  });
  return values;
}

const asText = (value: string | number | boolean | null): string | null =>
  value === null ? null : String(value);

/** The values of a person's row as the preview shows them. */
export function personValues(kind: ImportKind, draft: PersonDraft): Record<string, string | null> {
  const values: Record<string, string | null> = {
    fullName: `${draft.givenName} ${draft.familyName}`,
    givenName: draft.givenName,
    familyName: draft.familyName,
    sex: draft.sex,
    organisation: draft.organisationText,
    position: draft.position,
    municipality: draft.municipalityName,
    email: draft.email,
    phone: draft.phone,
  };
  if (kind === "attendance") {
    values.role = draft.role ?? "participant";
    values.attended = asText(draft.attended ?? true);
    values.preScore = asText(draft.preScore);
    values.postScore = asText(draft.postScore);
    values.maxScore = asText(draft.maxScore);
  }
  return values;
}

/** A later row of the same person fills what the first left empty. */
export function mergeInto(record: PersonRecord, draft: PersonDraft) {
  record.rowNumbers.push(draft.rowNumber);
  record.position ??= draft.position;
  record.email ??= draft.email;
  record.phone ??= draft.phone;
  record.municipalityId ??= draft.municipalityId;
  record.role ??= draft.role;
  record.attended ??= draft.attended;
  if (record.preScore === null && record.postScore === null && record.maxScore === null) {
    record.preScore = draft.preScore;
    record.postScore = draft.postScore;
    record.maxScore = draft.maxScore;
  }
}
