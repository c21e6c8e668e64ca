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
  type DataRow,
  type KnownPerson,
  matchPerson,
  type PersonMatch,
  readText,
} from "../../imports/read/index.js";
import {
  foldKey,
  municipalityIndex,
  organisationIndex,
  PersonIndex,
  personOrganisationKey,
} from "./imports.matching.js";
import type { RegistryMunicipality, RegistryOrganisation, RegistryPerson } from "./imports.queries.js";
import type { FileReading } from "./imports.reading.js";
import {
  addIssue,
  cellsOf,
  isMapped,
  mergeInto,
  type PersonDraft,
  personValues,
  type RowContext,
  readMunicipality,
  readPersonRow,
  text,
} from "./imports.rows.js";
import { readLevel, readSector } from "./imports.vocabulary.js";

export { PersonIndex } from "./imports.matching.js";

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
