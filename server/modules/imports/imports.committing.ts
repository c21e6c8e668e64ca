/**
 * Committing an import, in the background with its progress. The request claims the import
 * (previewed → committing, atomically, so of two commits on any process one wins), starts the work
 * and waits a moment: a list that is written by then is answered at once (200, committed); a larger
 * one is answered 202 with its progress, and the work goes on. The work analyses the kept table
 * against the registry as it is then and writes everything in one transaction, as before; its
 * progress (rows read, records matched, records written) is written beside it, outside the
 * transaction, so every process sees it. A failure sets the import back to previewed with the
 * error the request would have answered; a process that ends mid-commit leaves its transaction
 * undone and a progress that stops moving, and after two minutes the import may be committed again.
 */
import { performance } from "node:perf_hooks";
import type {
  CommitInput,
  ImportKind,
  ImportProgress,
  ImportRecord,
} from "../../../common/schemas/imports.js";
import type { Db } from "../../db/client.js";
import type { FileStore } from "../../files/store.js";
import type { Actor } from "../../http/actor.js";
import { conflict, notFound, toErrorBody } from "../../http/errors.js";
import { recordAudit } from "../audit/audit.service.js";
import { writeImport } from "./imports.commit.js";
import { rememberMapping } from "./imports.mappings.js";
import { analyseStored, IMPORT, readingToStore } from "./imports.preview.js";
import {
  claimImportCommit,
  commitImportRow,
  failImportCommit,
  type ImportRow,
  selectImportRow,
  updateImportProgress,
} from "./imports.queries.js";
import { audited, authorizedImport, checkKind, loadImportRecord } from "./imports.service.js";

type Counts = Omit<ImportProgress, "startedAt" | "updatedAt">;

/**
 * The progress of one commit, written at most twice a second and at every change of step, each
 * write after the one before (never two at once), never awaited by the work it reports on.
 */
class CommitProgress {
  readonly #db: Db;
  readonly #id: string;
  readonly counts: Counts;
  #writing: Promise<void> = Promise.resolve();
  #writtenAt = Number.NEGATIVE_INFINITY;

  constructor(db: Db, id: string, rows: number) {
    this.#db = db;
    this.#id = id;
    this.counts = { step: "reading", rows, read: 0, records: 0, matched: 0, toWrite: 0, written: 0 };
  }

  update(changes: Partial<Counts>): void {
    const stepChanged = changes.step !== undefined && changes.step !== this.counts.step;
    Object.assign(this.counts, changes);
    if (stepChanged || performance.now() - this.#writtenAt >= 500) this.write();
  }

  /** Writes the counts as they are (also to show that the commit is still alive). */
  write(): void {
    this.#writtenAt = performance.now();
    const counts = { ...this.counts };
    this.#writing = this.#writing
      .then(() => updateImportProgress(this.#db, this.#id, counts))
      .catch(() => undefined);
  }

  /** Every write sent so far has finished. */
  settled(): Promise<void> {
    return this.#writing;
  }
}

/** How often a running commit says it is alive when no count moves (a long statement). */
const heartbeatMs = 15_000;

export interface CommitDeps {
  db: Db;
  files: FileStore;
  /** Commits still running, which the server waits for when it stops. */
  running: Set<Promise<unknown>>;
  /** How long the request waits for the commit before it answers 202. */
  waitMs: number;
}

/** The work of one commit, after the claim: analyse, write, record; or record why it failed. */
async function runCommit(
  deps: CommitDeps,
  actor: Actor,
  row: ImportRow,
  input: CommitInput,
  progress: CommitProgress,
): Promise<void> {
  const { id } = row;
  const { db, files } = deps;
  const heartbeat = setInterval(() => progress.write(), heartbeatMs);
  heartbeat.unref();
  try {
    // The import row is not locked: the claim keeps other commits away, and the progress is
    // written to it meanwhile. It is the row as it was before the claim (what the audit's before is).
    await db.transaction(async (tx) => {
      progress.update({ read: progress.counts.rows, step: "matching" });
      const { reading, analysis } = await analyseStored(
        tx,
        files,
        actor,
        row,
        undefined,
        (matched, records) => progress.update({ matched, records }),
      );
      progress.update({ step: "writing" });
      const counts = await writeImport(tx, actor, analysis, {
        eventId: row.eventId,
        decisions: new Map(
          (input.decisions ?? []).map((decision) => [decision.rowNumber, decision.personId]),
        ),
        createMissingOrganizations: input.createMissingOrganizations ?? false,
        onWritten: (written, toWrite) => progress.update({ written, toWrite }),
      });
      await rememberMapping(tx, actor, row.kind as ImportKind, reading, analysis.mapping);
      const after = await commitImportRow(tx, id, {
        counts,
        reading: readingToStore(reading, analysis.mapping),
      });
      if (!after) throw notFound(IMPORT);
      await recordAudit(tx, actor, {
        action: "update",
        entityType: "import",
        entityId: id,
        before: audited(row),
        after: audited(after),
      });
    });
  } catch (error) {
    await progress.settled();
    await failImportCommit(db, id, { ...toErrorBody(error).body });
    throw error;
  } finally {
    clearInterval(heartbeat);
  }
}

/**
 * Commits an import: 200 with the committed import when the work ends within `waitMs` (or its
 * error, as any request's), else 202 with the import committing and its progress.
 */
export async function startCommit(
  deps: CommitDeps,
  actor: Actor,
  id: string,
  input: CommitInput,
): Promise<{ record: ImportRecord; finished: boolean }> {
  const { db } = deps;
  const row = await authorizedImport(db, actor, id, "write");
  if (row.status === "committed") throw conflict("import_committed");
  checkKind(row.kind as ImportKind);
  const rows = ((row.counts as { rows?: number }).rows ?? 0) as number;
  const progress = new CommitProgress(db, id, rows);
  const claimed = await claimImportCommit(db, id, progress.counts);
  if (!claimed) {
    const now = await selectImportRow(db, id);
    throw conflict(now?.status === "committed" ? "import_committed" : "import_committing");
  }
  const work = runCommit(deps, actor, row, input, progress);
  deps.running.add(work);
  // The outcome is the request's while it waits, the import row's after.
  void work.catch(() => undefined).finally(() => deps.running.delete(work));
  let timer: NodeJS.Timeout | undefined;
  const waited = new Promise<"waiting">((resolve) => {
    timer = setTimeout(() => resolve("waiting"), deps.waitMs);
  });
  try {
    const outcome = await Promise.race([work.then(() => "done" as const), waited]);
    if (outcome === "waiting") await progress.settled();
    return { record: await loadImportRecord(db, actor, id), finished: outcome === "done" };
  } finally {
    clearTimeout(timer);
  }
}
