/**
 * An import without the file store or an import record: a file's bytes previewed, then its table
 * committed — the same reading (in the worker), matching and batched writing as the API's preview
 * and commit. What the benchmark and the scale test measure, step by step.
 */
import type { ColumnMapping, ImportKind } from "../../../common/schemas/imports.js";
import type { Db } from "../../db/client.js";
import type { Actor } from "../../http/actor.js";
import { invalid } from "../../http/errors.js";
import { enforce } from "../../http/policy.js";
import { eventLinksOf } from "../events/events.service.js";
import { writeImport } from "./imports.commit.js";
import { importPolicy } from "./imports.policy.js";
import { analyseTable, IMPORT } from "./imports.preview.js";
import { type FileReading, readImportFile } from "./imports.reading.js";

interface DirectInput {
  kind: ImportKind;
  eventId?: string | null;
}

async function authorize(db: Db, actor: Actor, input: DirectInput) {
  if (input.kind === "indicatorValues") throw invalid("kind", "indicator_values_elsewhere");
  const event = input.eventId ? await eventLinksOf(db, input.eventId) : undefined;
  enforce(importPolicy(actor, "create", { kind: input.kind, ...(event ? { event } : {}) }), IMPORT);
}

/** Reads and analyses a file as the upload does; answers the table and the analysis. */
export async function previewBytes(db: Db, actor: Actor, input: DirectInput & { bytes: Uint8Array }) {
  await authorize(db, actor, input);
  const table = await readImportFile(input.bytes);
  const { analysis } = await analyseTable(db, actor, {
    kind: input.kind,
    table,
    eventId: input.eventId ?? null,
  });
  return { table, analysis };
}

/** Analyses a table again and writes it in one transaction, as the commit does. */
export async function commitTable(
  db: Db,
  actor: Actor,
  input: DirectInput & {
    table: FileReading;
    mapping: ColumnMapping[];
    decisions?: ReadonlyMap<number, string | null>;
    createMissingOrganizations?: boolean;
  },
) {
  await authorize(db, actor, input);
  return db.transaction(async (tx) => {
    const { analysis } = await analyseTable(tx, actor, {
      kind: input.kind,
      table: input.table,
      mapping: input.mapping,
      eventId: input.eventId ?? null,
    });
    return writeImport(tx, actor, analysis, {
      eventId: input.eventId ?? null,
      decisions: input.decisions ?? new Map(),
      createMissingOrganizations: input.createMissingOrganizations ?? false,
    });
  });
}

/** Previews and commits a file in one go. */
export async function importBytes(
  db: Db,
  actor: Actor,
  input: DirectInput & {
    bytes: Uint8Array;
    decisions?: ReadonlyMap<number, string | null>;
    createMissingOrganizations?: boolean;
  },
) {
  const { table, analysis } = await previewBytes(db, actor, input);
  const counts = await commitTable(db, actor, { ...input, table, mapping: analysis.mapping });
  return { preview: analysis, counts };
}
