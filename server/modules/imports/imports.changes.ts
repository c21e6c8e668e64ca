/**
 * What the user changes in an import's preview before the commit: a corrected cell, an in-file
 * duplicate decided, an unknown organisation matched to a registered one, the test's maximum. The
 * changes are kept with the import's table and applied whenever it is analysed, so that the preview
 * answered after a change and the commit see the same rows.
 */
import type {
  ColumnMapping,
  ImportChangesInput,
  ImportKind,
  ImportPreview,
} from "../../../common/schemas/imports.js";
import type { Db } from "../../db/client.js";
import type { FileStore } from "../../files/store.js";
import type { Actor } from "../../http/actor.js";
import { invalid, notFound } from "../../http/errors.js";
import { enforce } from "../../http/policy.js";
import { recordAudit } from "../audit/audit.service.js";
import type { Analysis, Registry } from "./imports.analysis.js";
import { foldKey } from "./imports.matching.js";
import { importPolicy } from "./imports.policy.js";
import { analyseTable, IMPORT, mappingInForce, storedTable, toPreview } from "./imports.preview.js";
import { selectImportRow, updateImportRow } from "./imports.queries.js";
import type { FileReading } from "./imports.reading.js";
import { assertPreviewed, loadImportRecord } from "./imports.service.js";
import { updateImportChanges } from "./imports.table.queries.js";
import { correctedTable, type ImportChanges } from "./imports.tables.js";

/**
 * The import before the change: its table, changes and mapping, and — analysed only when a change
 * must be checked against it (a duplicate, an organisation) — its analysis and registry.
 */
interface Current {
  table: FileReading;
  changes: ImportChanges;
  mapping: ColumnMapping[];
  analysed: () => Promise<{ analysis: Analysis; registry: Registry }>;
}

/** Corrected cells: each row of the file and each field mapped to one of its columns. */
function withCells(changes: ImportChanges, input: ImportChangesInput, current: Current): ImportChanges {
  if (!input.cells?.length) return changes;
  const rows = new Set(current.table.dataRows.map((row) => row.rowNumber));
  const cells = structuredClone(changes.cells ?? {});
  input.cells.forEach((change, index) => {
    if (!rows.has(change.rowNumber)) throw invalid(`cells.${index}.rowNumber`, "no_such_row");
    const column = current.mapping.findIndex((mapped) => mapped.field === change.field);
    if (column < 0) throw invalid(`cells.${index}.field`, "no_such_column");
    const row = String(change.rowNumber);
    cells[row] = { ...cells[row], [String(column)]: change.value?.trim() || null };
  });
  return { ...changes, cells };
}

/** In-file duplicates decided: only rows the preview lists as one. */
async function withDuplicates(
  changes: ImportChanges,
  input: ImportChangesInput,
  current: Current,
): Promise<ImportChanges> {
  if (!input.duplicates?.length) return changes;
  const { analysis } = await current.analysed();
  const listed = new Map(analysis.duplicates.map((duplicate) => [duplicate.rowNumber, duplicate]));
  const sameAs = { ...changes.sameAs };
  input.duplicates.forEach((decision, index) => {
    const duplicate = listed.get(decision.rowNumber);
    if (!duplicate) throw invalid(`duplicates.${index}.rowNumber`, "not_a_duplicate");
    sameAs[String(decision.rowNumber)] = decision.same ? duplicate.ofRowNumber : 0;
  });
  return { ...changes, sameAs };
}

/** Unknown organisations matched to registered ones (or no longer matched). */
async function withOrganisations(
  changes: ImportChanges,
  input: ImportChangesInput,
  current: Current,
): Promise<ImportChanges> {
  if (!input.organisations?.length) return changes;
  const { analysis, registry } = await current.analysed();
  const organisations = { ...changes.organisations };
  const registered = new Set(registry.organisations.map((organisation) => organisation.id));
  input.organisations.forEach((choice, index) => {
    const key = foldKey(choice.name);
    if (!analysis.missingOrganisations.has(key) && !(key in organisations))
      throw invalid(`organisations.${index}.name`, "no_such_organisation_name");
    if (choice.organizationId === null) {
      delete organisations[key];
      return;
    }
    if (!registered.has(choice.organizationId))
      throw invalid(`organisations.${index}.organizationId`, "no_such_organization");
    organisations[key] = choice.organizationId;
  });
  return { ...changes, organisations };
}

/** Applies the user's changes to an import that is not committed and answers the preview under them. */
export async function changeImport(
  db: Db,
  files: FileStore,
  actor: Actor,
  id: string,
  input: ImportChangesInput,
): Promise<ImportPreview> {
  const { reading, analysis } = await db.transaction(async (tx) => {
    const row = await selectImportRow(tx, id, true);
    if (!row) throw notFound(IMPORT);
    enforce(importPolicy(actor, "write", { kind: row.kind as ImportKind, createdBy: row.createdBy }), IMPORT);
    assertPreviewed(row);
    const { table, changes } = await storedTable(tx, files, row);
    const mapping = (row.reading as { mapping?: Analysis["mapping"] }).mapping ?? null;
    const kind = row.kind as ImportKind;
    let before: Promise<{ analysis: Analysis; registry: Registry }> | undefined;
    const current: Current = {
      table,
      changes,
      mapping: await mappingInForce(tx, actor, kind, correctedTable(table, changes), mapping),
      analysed: () => {
        before ??= analyseTable(tx, actor, { kind, table, mapping, eventId: row.eventId, changes });
        return before;
      },
    };
    let next = withCells(changes, input, current);
    next = await withDuplicates(next, input, current);
    next = await withOrganisations(next, input, current);
    if (input.scoreMaximum !== undefined) next = { ...next, scoreMaximum: input.scoreMaximum };
    await updateImportChanges(tx, id, next);
    const after = await analyseTable(tx, actor, {
      kind,
      table,
      mapping,
      eventId: row.eventId,
      changes: next,
    });
    await updateImportRow(tx, id, { counts: after.analysis.counts });
    // What was changed, not the whole set of changes: a list may carry thousands of decisions.
    await recordAudit(tx, actor, {
      action: "update",
      entityType: "import",
      entityId: id,
      before: { counts: row.counts },
      after: { changed: input, counts: after.analysis.counts },
    });
    return after;
  });
  return toPreview(await loadImportRecord(db, actor, id), reading, analysis);
}
