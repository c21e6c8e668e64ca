/**
 * The rows of a file → what an import will do: each value normalised with the readers of
 * `server/imports/read`, problems as issues (errors skip the row, warnings do not), people matched
 * against the registry (exact → linked, likely → the user decides, else new), organisations and
 * municipalities recognised by their folded names. Everything the database is asked for is loaded
 * once beforehand (see {@link Registry}); no row makes a query.
 */
import type { Sex } from "../../../common/schemas/enums.js";
import type {
  ColumnMapping,
  ImportCounts,
  ImportIssue,
  ImportKind,
  LikelyMatch,
  PreviewRow,
} from "../../../common/schemas/imports.js";
import {
  cellText,
  type DataRow,
  headerKey,
  type KnownPerson,
  matchPerson,
  nameKey,
  type PersonMatch,
  personKey,
  readNumber,
  readSex,
  readText,
  readYesNo,
  splitFullName,
  type TableCell,
} from "../../imports/read/index.js";
import type { RegistryMunicipality, RegistryOrganisation, RegistryPerson } from "./imports.queries.js";
import type { FileReading } from "./imports.reading.js";
import { readLevel, readRole, readSector } from "./imports.vocabulary.js";

/** What an import is matched against, loaded once. */
export interface Registry {
  people: readonly RegistryPerson[];
  organisations: readonly RegistryOrganisation[];
  municipalities: readonly RegistryMunicipality[];
  /** For an attendance import: the people already taking part in the event. */
  participantIds?: ReadonlySet<string>;
}

/** One person of the file (rows that are the same person are merged into one record). */
export interface PersonRecord {
  rowNumbers: number[];
  givenName: string;
  familyName: string;
  sex: Sex;
  /** The registered organisation the file names, when recognised. */
  organizationId: string | null;
  /** The organisation the file names when it is not registered (its key is in `missingOrganisations`). */
  missingOrganisationKey: string | null;
  position: string | null;
  email: string | null;
  phone: string | null;
  municipalityId: string | null;
  role: string | null;
  attended: boolean | null;
  preScore: number | null;
  postScore: number | null;
  maxScore: number | null;
  match: PersonMatch;
}

/** One organisation of an organisations file. */
export interface OrganisationRecord {
  rowNumbers: number[];
  name: string;
  shortName: string | null;
  level: string | null;
  sector: string | null;
  jurisdictionId: string | null;
  /** The registered organisation it is, when recognised. */
  existingId: string | null;
}

export interface Analysis {
  kind: ImportKind;
  mapping: ColumnMapping[];
  issues: ImportIssue[];
  rows: PreviewRow[];
  likely: LikelyMatch[];
  counts: ImportCounts;
  people: PersonRecord[];
  organisations: OrganisationRecord[];
  /** Organisations named by people's rows but not registered: key → the name as first written. */
  missingOrganisations: Map<string, { name: string; jurisdictionId: string | null }>;
}

/** The row codes of issues; the UI translates them. */
export type IssueCode =
  | "required"
  | "name"
  | "sex"
  | "number"
  | "score"
  | "noMaxScore"
  | "yesNo"
  | "role"
  | "organisation"
  | "municipality"
  | "email"
  | "level"
  | "sector"
  | "duplicate";

/** How many rows of the preview are sent back; counts and issues cover all rows. */
export const previewRowLimit = 200;

/** The key an organisation or a place is recognised by: folded as names are. */
const foldKey = (text: string) => nameKey(text);

/** A place's key without the "Grad"/"Općina"/"Opština" in front of it. */
function placeKey(text: string): string {
  return foldKey(text).replace(/^(grad|opcina|opstina)\s+/, "");
}

/** Municipalities and Brčko District by their names in either script, with and without diacritics. */
function municipalityIndex(municipalities: readonly RegistryMunicipality[]) {
  const index = new Map<string, RegistryMunicipality>();
  for (const place of municipalities) {
    const keys = [placeKey(place.nameLatin), placeKey(place.nameCyrillic)];
    if (place.kind === "district") {
      const first = place.nameLatin.split(" ")[0] ?? "";
      keys.push(placeKey(first), placeKey(`${first} distrikt`));
    }
    for (const key of keys) if (key && !index.has(key)) index.set(key, place);
  }
  return index;
}

/** Organisations by folded name, then by folded short name. */
function organisationIndex(organisations: readonly RegistryOrganisation[]) {
  const index = new Map<string, RegistryOrganisation>();
  for (const organisation of organisations) index.set(foldKey(organisation.name), organisation);
  for (const organisation of organisations) {
    const key = organisation.shortName ? foldKey(organisation.shortName) : "";
    if (key && !index.has(key)) index.set(key, organisation);
  }
  return index;
}

/** Every string one character shorter than the key. */
function deletions(key: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < key.length; i++) out.push(key.slice(0, i) + key.slice(i + 1));
  return out;
}

/**
 * Registered people by person key and by every key one letter shorter, so that the candidates of a
 * name (the same key, swapped names, one edit apart) are found without comparing with everyone.
 */
export class PersonIndex {
  private readonly byKey = new Map<string, RegistryPerson[]>();

  constructor(people: readonly RegistryPerson[]) {
    for (const person of people) {
      const key = personKey(person.givenName, person.familyName);
      for (const variant of new Set([key, ...deletions(key)])) {
        const list = this.byKey.get(variant);
        if (list) list.push(person);
        else this.byKey.set(variant, [person]);
      }
    }
  }

  /** The people whose key may be within one edit of the name, or of the name swapped. */
  candidates(givenName: string, familyName: string): RegistryPerson[] {
    const found = new Set<RegistryPerson>();
    for (const key of [personKey(givenName, familyName), personKey(familyName, givenName)]) {
      for (const variant of [key, ...deletions(key)])
        for (const person of this.byKey.get(variant) ?? []) found.add(person);
    }
    return [...found];
  }
}

/** The organisation key a person is compared by: the registered id, the folded text, or "none". */
function personOrganisationKey(organizationId: string | null, text: string | null): string {
  if (organizationId) return organizationId;
  return text ? `text ${foldKey(text)}` : "none";
}

interface RowContext {
  kind: ImportKind;
  mapping: ColumnMapping[];
  issues: ImportIssue[];
  places: Map<string, RegistryMunicipality>;
  organisations: Map<string, RegistryOrganisation>;
  /** How many errors were recorded so far. */
  errors: number;
}

/** Records an issue of a row; the header is the one mapped to the field. */
function addIssue(
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
function cellsOf(row: DataRow, mapping: readonly ColumnMapping[]): Partial<Record<string, TableCell>> {
  const out: Partial<Record<string, TableCell>> = {};
  mapping.forEach((column, index) => {
    if (column.field !== null) out[column.field] = row.cells[index] ?? null;
  });
  return out;
}

const isMapped = (mapping: readonly ColumnMapping[], field: string) => mapping.some((c) => c.field === field);

/** "Prezime i ime" puts the family name first. */
function fullNameOrder(mapping: readonly ColumnMapping[]): "given-first" | "family-first" {
  const header = mapping.find((c) => c.field === "fullName")?.header ?? "";
  const key = headerKey(header);
  return key.startsWith("prezime") || key.includes("surname and name") ? "family-first" : "given-first";
}

const text = (cell: TableCell): string | null => readText(cell).value || null;

/** The place a row names, or a warning. */
function readMunicipality(context: RowContext, rowNumber: number, cell: TableCell) {
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

interface PersonDraft extends Omit<PersonRecord, "match" | "rowNumbers"> {
  rowNumber: number;
  organisationText: string | null;
  municipalityName: string | null;
  groupKey: string;
}

/** One row of a people or attendance file → a person, or null when an error skips it. */
function readPersonRow(context: RowContext, row: DataRow): PersonDraft | null {
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
        // Attendance stands without a maximum; the scores cannot be compared, so they are left out.
        addIssue(
          context,
          rowNumber,
          isMapped(mapping, "maxScore") ? "maxScore" : null,
          "warning",
          "noMaxScore",
          null,
        );
        scores = { pre: null, post: null, max: null };
      } else if (scores.max !== null) {
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

const asText = (value: string | number | boolean | null): string | null =>
  value === null ? null : String(value);

/** The values of a person's row as the preview shows them. */
function personValues(kind: ImportKind, draft: PersonDraft): Record<string, string | null> {
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
function mergeInto(record: PersonRecord, draft: PersonDraft) {
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

function emptyAnalysis(kind: ImportKind, mapping: ColumnMapping[]): Analysis {
  return {
    kind,
    mapping,
    issues: [],
    rows: [],
    likely: [],
    counts: { rows: 0, new: 0, matched: 0, likely: 0, skipped: 0, errors: 0, warnings: 0 },
    people: [],
    organisations: [],
    missingOrganisations: new Map(),
  };
}

/**
 * A likely match with exactly one candidate already taking part in the event is that person: the
 * list was imported (and the match confirmed) before, so importing it again asks nothing twice.
 */
function settledByEvent(match: PersonMatch, participantIds: ReadonlySet<string> | undefined): PersonMatch {
  if (match.kind !== "likely" || !participantIds) return match;
  const taking = match.ids.filter((id) => participantIds.has(id));
  return taking.length === 1 && taking[0] ? { kind: "exact", id: taking[0] } : match;
}

/** People and attendance files: each row read, the same person merged, everyone matched. */
function analysePeople(analysis: Analysis, context: RowContext, reading: FileReading, registry: Registry) {
  const index = new PersonIndex(registry.people);
  const byId = new Map(registry.people.map((person) => [person.id, person]));
  const groups = new Map<string, PersonRecord>();
  const rowOf = new Map<number, { draft: PersonDraft | null; record: PersonRecord | null }>();
  for (const row of reading.dataRows) {
    const draft = readPersonRow(context, row);
    if (!draft) {
      rowOf.set(row.rowNumber, { draft: null, record: null });
      continue;
    }
    if (draft.missingOrganisationKey && !analysis.missingOrganisations.has(draft.missingOrganisationKey)) {
      analysis.missingOrganisations.set(draft.missingOrganisationKey, {
        name: draft.organisationText ?? "",
        jurisdictionId: draft.municipalityId,
      });
    }
    const existing = groups.get(draft.groupKey);
    if (existing) {
      mergeInto(existing, draft);
      addIssue(context, row.rowNumber, null, "warning", "duplicate", null);
      rowOf.set(row.rowNumber, { draft, record: existing });
      continue;
    }
    const { rowNumber: _row, organisationText, municipalityName: _place, groupKey, ...fields } = draft;
    const known: KnownPerson[] = index.candidates(draft.givenName, draft.familyName).map((person) => ({
      id: person.id,
      givenName: person.givenName,
      familyName: person.familyName,
      organisationKey: personOrganisationKey(person.organizationId, person.organizationName),
    }));
    // An organisation the registry does not know is not recorded: the person is compared as one without.
    const match = settledByEvent(
      matchPerson(draft, known, personOrganisationKey(draft.organizationId, null)),
      registry.participantIds,
    );
    const record: PersonRecord = { ...fields, rowNumbers: [draft.rowNumber], match };
    groups.set(groupKey, record);
    analysis.people.push(record);
    rowOf.set(row.rowNumber, { draft, record });
    if (match.kind === "likely") {
      analysis.likely.push({
        rowNumber: draft.rowNumber,
        name: `${draft.givenName} ${draft.familyName}`,
        organisation: organisationText,
        candidates: match.ids.map((id) => {
          const person = byId.get(id);
          return {
            personId: id,
            name: person ? `${person.givenName} ${person.familyName}` : "",
            organisationName: person?.organizationName ?? null,
          };
        }),
      });
    }
  }
  for (const row of reading.dataRows) {
    const found = rowOf.get(row.rowNumber);
    const outcome = !found?.record
      ? "skipped"
      : found.record.match.kind === "exact"
        ? "matched"
        : found.record.match.kind;
    analysis.counts[outcome] += 1;
    if (analysis.rows.length < previewRowLimit) {
      analysis.rows.push({
        rowNumber: row.rowNumber,
        outcome,
        values: found?.draft ? personValues(analysis.kind, found.draft) : rawValues(row, context.mapping),
        personId: found?.record?.match.kind === "exact" ? found.record.match.id : null,
      });
    }
  }
}

/** A skipped row's cells as text, by field. */
function rawValues(row: DataRow, mapping: readonly ColumnMapping[]): Record<string, string | null> {
  const values: Record<string, string | null> = {};
  mapping.forEach((column, index) => {
    if (column.field !== null) values[column.field] = readText(row.cells[index] ?? null).value || null;
  });
  return values;
}

/** Organisations files: each row read, recognised among the registered organisations or new. */
function analyseOrganisations(analysis: Analysis, context: RowContext, reading: FileReading) {
  const byKey = new Map<string, OrganisationRecord>();
  for (const row of reading.dataRows) {
    const { rowNumber } = row;
    const cells = cellsOf(row, context.mapping);
    const errorsBefore = context.errors;
    const name = text(cells.name);
    const shortName = text(cells.shortName);
    const existing =
      (name ? context.organisations.get(foldKey(name)) : undefined) ??
      (shortName ? context.organisations.get(foldKey(shortName)) : undefined);
    if (!name)
      addIssue(
        context,
        rowNumber,
        isMapped(context.mapping, "name") ? "name" : null,
        "error",
        "required",
        null,
      );
    const levelText = text(cells.level);
    const sectorText = text(cells.sector);
    const level = levelText ? (readLevel(levelText) ?? null) : null;
    const sector = sectorText ? (readSector(sectorText) ?? null) : null;
    if (name && !existing) {
      if (!level)
        addIssue(
          context,
          rowNumber,
          isMapped(context.mapping, "level") ? "level" : null,
          "error",
          "level",
          cells.level,
        );
      if (!sector)
        addIssue(
          context,
          rowNumber,
          isMapped(context.mapping, "sector") ? "sector" : null,
          "error",
          "sector",
          cells.sector,
        );
    }
    const place = readMunicipality(context, rowNumber, cells.municipality);
    const failed = context.errors > errorsBefore;
    const values: Record<string, string | null> = {
      name: existing?.name ?? name,
      shortName: existing?.shortName ?? shortName,
      level,
      sector,
      municipality: place?.nameLatin ?? text(cells.municipality),
    };
    let outcome: PreviewRow["outcome"] = "skipped";
    if (!failed && name) {
      const key = existing ? `id ${existing.id}` : foldKey(name);
      const record = byKey.get(key);
      if (record) {
        record.rowNumbers.push(rowNumber);
        addIssue(context, rowNumber, null, "warning", "duplicate", null);
      } else {
        const created: OrganisationRecord = {
          rowNumbers: [rowNumber],
          name,
          shortName,
          level,
          sector,
          jurisdictionId: place?.id ?? null,
          existingId: existing?.id ?? null,
        };
        byKey.set(key, created);
        analysis.organisations.push(created);
      }
      outcome = existing ? "matched" : "new";
    }
    analysis.counts[outcome] += 1;
    if (analysis.rows.length < previewRowLimit)
      analysis.rows.push({ rowNumber, outcome, values, personId: null });
  }
}

/**
 * Analyses the rows of a file under a mapping against the registry. Pure: the same file, mapping
 * and registry give the same analysis, at preview and again at commit.
 */
export function analyseRows(
  kind: ImportKind,
  reading: FileReading,
  mapping: ColumnMapping[],
  registry: Registry,
): Analysis {
  const analysis = emptyAnalysis(kind, mapping);
  const context: RowContext = {
    kind,
    mapping,
    issues: analysis.issues,
    places: municipalityIndex(registry.municipalities),
    organisations: organisationIndex(registry.organisations),
    errors: 0,
  };
  if (kind === "organisations") analyseOrganisations(analysis, context, reading);
  else analysePeople(analysis, context, reading, registry);
  analysis.counts.rows = reading.dataRows.length;
  analysis.counts.errors = context.errors;
  analysis.counts.warnings = analysis.issues.length - analysis.counts.errors;
  analysis.issues.sort((a, b) => a.rowNumber - b.rowNumber);
  return analysis;
}
