/**
 * Reading uploaded files off the main thread (a `WorkerPool` of `worker.ts`): a file built to
 * exhaust the server costs one worker (ended and replaced) and never stalls the requests of other
 * users. At most `threads` files are read at once; more wait their turn.
 */
import { availableParallelism } from "node:os";
import { type PoolFailure, type PoolOptions, WorkerPool, workerScript } from "../../workers/pool.js";
import type { FileTable } from "./file-table.js";
import { defaultReadLimits, type ReadLimits } from "./limits.js";
import type { ReadFailure, ReadTask } from "./worker.js";

/** The pool's options (a file's time, a worker's heap, threads, idle time) and the reading limits. */
export interface ReaderOptions extends PoolOptions {
  limits: ReadLimits;
}

export const defaultReaderOptions: ReaderOptions = {
  limits: defaultReadLimits,
  timeoutMs: 60_000,
  heapMb: 512,
  threads: Math.max(1, Math.min(2, availableParallelism() - 1)),
  idleMs: 60_000,
};

/** Why a worker gave up on a file: it was past a limit, unreadable, too slow or too big to hold. */
export class FileReadError extends Error {
  constructor(readonly failure: ReadFailure | { kind: "timeout" } | { kind: "memory" }) {
    super(`the file could not be read: ${failure.kind}`);
    this.name = "FileReadError";
  }
}

/** What the pool says of a file it could not read, as a {@link FileReadError}. */
function toReadError(failure: PoolFailure<ReadFailure>): FileReadError {
  if (failure.kind === "failed") return new FileReadError(failure.failure);
  if (failure.kind === "stopped") return new FileReadError({ kind: "other", message: failure.message });
  return new FileReadError(failure);
}

/** A list of a few hundred rows in the shape offices send (a title, a header, names with diacritics). */
function warmingList(): Uint8Array {
  const rows = Array.from(
    { length: 400 },
    (_, i) =>
      `Amra Hadžić ${i};${i % 2 ? "Ž" : "M"};Udruženje Žene Ženama;Zenica;${i % 20};${(i % 20) + 0.5}`,
  );
  const lines = [
    "Lista prisutnih",
    "Ime i prezime;Spol;Institucija;Općina;Ulazni test;Izlazni test",
    ...rows,
  ];
  return new TextEncoder().encode(lines.join("\r\n"));
}

export class FileReader {
  private readonly pool: WorkerPool<ReadTask, FileTable, ReadFailure>;

  constructor(private readonly options: ReaderOptions = defaultReaderOptions) {
    this.pool = new WorkerPool(workerScript(import.meta.url, "worker"), options, toReadError);
  }

  /** Reads a file into its table in a worker; rejects with {@link FileReadError}. */
  read(bytes: Uint8Array, sheet: string | null): Promise<FileTable> {
    return this.pool.run({ bytes, sheet, limits: this.options.limits });
  }

  /**
   * Starts a worker ahead of the first file, so that the first import does not wait for a thread
   * to start (with the TypeScript loader, most of a second). The last idle worker is kept.
   */
  async warm(): Promise<void> {
    if (this.pool.isWarm) return;
    // A small list read at once: the thread starts, and its reading code is compiled, before a user waits.
    await this.read(warmingList(), null).catch(() => undefined);
  }

  /** Ends every idle worker (a worker reading a file ends when it is done). */
  close(): Promise<void> {
    return this.pool.close();
  }
}

/** The reader the server uses. */
export const fileReader = new FileReader();
