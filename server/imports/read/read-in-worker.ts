/**
 * Reading uploaded files off the main thread. Every file is read by a worker thread with a heap of
 * its own and a time limit, so that a file built to exhaust the server costs one worker (ended and
 * replaced) and never stalls the requests of other users. At most `threads` files are read at once;
 * more wait their turn. Idle workers are kept for a while and then ended.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { FileTable } from "./file-table.js";
import { defaultReadLimits, type ReadLimits } from "./limits.js";
import type { ReadFailure, ReadTask } from "./worker.js";

export interface ReaderOptions {
  limits: ReadLimits;
  /** How long one file may take before its worker is ended. */
  timeoutMs: number;
  /** The old-generation heap of a worker: what a file may make it hold. */
  heapMb: number;
  threads: number;
  /** How long an idle worker is kept. */
  idleMs: number;
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

type Answer = { id: number; ok: true; table: FileTable } | { id: number; ok: false; failure: ReadFailure };

/**
 * Where the TypeScript loader's API is. Test runners may run this module without a working
 * `import.meta.resolve`; the bare name then resolves from the working directory, the project's root.
 */
function loaderUrl(): string {
  try {
    return import.meta.resolve("tsx/esm/api");
  } catch {
    return "tsx/esm/api";
  }
}

/**
 * A worker running `worker.ts`. Under the TypeScript loader (development, tests) the worker first
 * registers the loader; a compiled build would start the `.js` file directly.
 */
function startWorker(heapMb: number): Worker {
  const here = import.meta.url;
  const resourceLimits = { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 32 };
  if (!here.endsWith(".ts")) return new Worker(new URL("./worker.js", here), { resourceLimits });
  const script = new URL("./worker.ts", here).href;
  const loader = loaderUrl();
  const source = `import { register } from ${JSON.stringify(loader)};\nregister();\nawait import(${JSON.stringify(script)});`;
  return new Worker(source, { eval: true, resourceLimits });
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
  private readonly idle: { worker: Worker; timer: NodeJS.Timeout }[] = [];
  private readonly waiting: (() => void)[] = [];
  private busy = 0;
  private nextId = 1;

  constructor(private readonly options: ReaderOptions = defaultReaderOptions) {}

  /** Reads a file into its table in a worker; rejects with {@link FileReadError}. */
  async read(bytes: Uint8Array, sheet: string | null): Promise<FileTable> {
    if (this.busy >= this.options.threads) await new Promise<void>((go) => this.waiting.push(go));
    this.busy += 1;
    try {
      return await this.readOn(this.takeWorker(), bytes, sheet);
    } finally {
      this.busy -= 1;
      this.waiting.shift()?.();
    }
  }

  /**
   * Starts a worker ahead of the first file, so that the first import does not wait for a thread
   * to start (with the TypeScript loader, most of a second). The last idle worker is kept.
   */
  async warm(): Promise<void> {
    if (this.idle.length > 0 || this.busy > 0) return;
    // A small list read at once: the thread starts, and its reading code is compiled, before a user waits.
    await this.read(warmingList(), null).catch(() => undefined);
  }

  /** Ends every idle worker (a worker reading a file ends when it is done). */
  async close(): Promise<void> {
    const idle = this.idle.splice(0);
    await Promise.all(
      idle.map(({ worker, timer }) => {
        clearTimeout(timer);
        return worker.terminate();
      }),
    );
  }

  private takeWorker(): Worker {
    const kept = this.idle.pop();
    if (!kept) return startWorker(this.options.heapMb);
    clearTimeout(kept.timer);
    return kept.worker;
  }

  private keep(worker: Worker): void {
    const timer = setTimeout(() => {
      // One idle worker stays ready for the next file; more are ended after a while.
      if (this.idle.length <= 1) return;
      const index = this.idle.findIndex((entry) => entry.worker === worker);
      if (index >= 0) this.idle.splice(index, 1);
      void worker.terminate();
    }, this.options.idleMs);
    timer.unref();
    worker.unref();
    this.idle.push({ worker, timer });
  }

  private readOn(worker: Worker, bytes: Uint8Array, sheet: string | null): Promise<FileTable> {
    const id = this.nextId++;
    worker.ref();
    return new Promise<FileTable>((resolve, reject) => {
      let settled = false;
      const finish = (outcome: () => void, reuse: boolean) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        worker.off("message", onMessage).off("error", onError).off("exit", onExit);
        if (reuse) this.keep(worker);
        else void worker.terminate();
        outcome();
      };
      const onMessage = (answer: Answer) => {
        if (answer.id !== id) return;
        finish(() => (answer.ok ? resolve(answer.table) : reject(new FileReadError(answer.failure))), true);
      };
      const onError = (error: Error & { code?: string }) => {
        const failure =
          error.code === "ERR_WORKER_OUT_OF_MEMORY"
            ? ({ kind: "memory" } as const)
            : ({ kind: "other", message: error.message } as const);
        finish(() => reject(new FileReadError(failure)), false);
      };
      const onExit = () =>
        finish(() => reject(new FileReadError({ kind: "other", message: "the reader stopped" })), false);
      const timer = setTimeout(
        () => finish(() => reject(new FileReadError({ kind: "timeout" })), false),
        this.options.timeoutMs,
      );
      worker.on("message", onMessage).on("error", onError).on("exit", onExit);
      const task: ReadTask = { id, bytes, sheet, limits: this.options.limits };
      worker.postMessage(task);
    });
  }
}

/** The reader the server uses. */
export const fileReader = new FileReader();
