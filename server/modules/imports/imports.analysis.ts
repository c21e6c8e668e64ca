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
  ImportNotice,
  InFileDuplicate,
  LikelyMatch,
  PreviewRow,
  ScoreMaximum,
} from "../../../common/schemas/imports.js";
import { emptyImportCounts } from "../../../common/schemas/imports.js";
import type { PersonMatch } from "../../imports/read/index.js";
import { foldKey, municipalityIndex, organisationIndex, turns } from "./imports.matching.js";
import { analysePeople, previewRowLimit } from "./imports.people.js";
import type { RegistryMunicipality, RegistryOrganisation, RegistryPerson } from "./imports.queries.js";
import type { FileReading } from "./imports.reading.js";
import { addIssue, cellsOf, isMapped, type RowContext, readMunicipality, text } from "./imports.rows.js";
import type { ImportChanges } from "./imports.tables.js";
import { readLevel, readSector } from "./imports.vocabulary.js";

/** What an import is matched against, loaded once. */
export interface Registry {
  people: readonly RegistryPerson[];
  organisations: readonly RegistryOrganisation[];
  municipalities: readonly RegistryMunicipality[];
  /** For an attendance import: the people already taking part in the event. */
  participantIds?: ReadonlySet<string>;
  /** For an attendance import: the test maximum most often recorded for the event's participants. */
  eventScoreMaximum?: number | null;
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
  missingOrganisations: Map<string, { name: string; jurisdictionId: string | null; people: number }>;
  duplicates: InFileDuplicate[];
  scoreMaximum: ScoreMaximum | null;
  notices: ImportNotice[];
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

function emptyAnalysis(kind: ImportKind, mapping: ColumnMapping[]): Analysis {
  return {
    kind,
    mapping,
    issues: [],
    rows: [],
    likely: [],
    counts: { ...emptyImportCounts },
    people: [],
    organisations: [],
    missingOrganisations: new Map(),
    duplicates: [],
    scoreMaximum: null,
    notices: [],
  };
}

/** Organisations files: each row read, recognised among the registered organisations or new. */
async function analyseOrganisations(analysis: Analysis, context: RowContext, reading: FileReading) {
  const pause = turns();
  const byKey = new Map<string, OrganisationRecord>();
  for (const row of reading.dataRows) {
    await pause();
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
    if (outcome === "skipped") analysis.counts.skipped += 1;
    if (analysis.rows.length < previewRowLimit)
      analysis.rows.push({ rowNumber, outcome, values, personId: null });
  }
}

/** The organisations recognised by name, with the ones the user matched by hand. */
function organisationsKnown(registry: Registry, changes: ImportChanges) {
  const index = organisationIndex(registry.organisations);
  const byId = new Map(registry.organisations.map((organisation) => [organisation.id, organisation]));
  for (const [key, id] of Object.entries(changes.organisations ?? {})) {
    const organisation = byId.get(id);
    if (organisation) index.set(key, organisation);
  }
  return index;
}

/** The smallest of 10, 20 and 100 that is not below the score, else the score rounded up to hundreds. */
export function roundedMaximum(highest: number): number {
  return [10, 20, 100].find((maximum) => highest <= maximum) ?? Math.ceil(highest / 100) * 100;
}

/**
 * Analyses the rows of a file under a mapping against the registry, with the user's changes
 * (matched organisations, in-file duplicates decided, the test's maximum). Pure: the same file,
 * mapping, changes and registry give the same analysis, at preview and again at commit. Long
 * files are analysed in slices (see {@link turns}) so that other requests are served meanwhile.
 */
/** Told how far matching has come: records of the file (people or organisations) matched so far, of all. */
export type OnMatched = (matched: number, records: number) => void;

export async function analyseRows(
  kind: ImportKind,
  reading: FileReading,
  mapping: ColumnMapping[],
  registry: Registry,
  changes: ImportChanges = {},
  onMatched?: OnMatched,
): Promise<Analysis> {
  const analysis = emptyAnalysis(kind, mapping);
  const context: RowContext = {
    kind,
    mapping,
    issues: analysis.issues,
    places: municipalityIndex(registry.municipalities),
    organisations: organisationsKnown(registry, changes),
    errors: 0,
    scoreMaximum: changes.scoreMaximum ?? null,
    unscored: { rows: 0, highest: 0 },
  };
  if (kind === "organisations") {
    await analyseOrganisations(analysis, context, reading);
    // Rows of one organisation count once.
    analysis.counts.new = analysis.organisations.filter((record) => record.existingId === null).length;
    analysis.counts.matched = analysis.organisations.length - analysis.counts.new;
    onMatched?.(analysis.organisations.length, analysis.organisations.length);
  } else await analysePeople(analysis, context, reading, registry, changes, onMatched);
  if (context.unscored.rows > 0 || (context.scoreMaximum !== null && context.unscored.highest > 0)) {
    analysis.scoreMaximum = {
      value: context.scoreMaximum,
      suggested: registry.eventScoreMaximum ?? roundedMaximum(context.unscored.highest),
      rows: context.unscored.rows,
    };
  }
  if (reading.dataRows.length === 0) analysis.notices.push("noRows");
  analysis.counts.rows = reading.dataRows.length;
  analysis.counts.errors = context.errors;
  analysis.counts.warnings = analysis.issues.length - analysis.counts.errors;
  analysis.issues.sort((a, b) => a.rowNumber - b.rowNumber);
  return analysis;
}
