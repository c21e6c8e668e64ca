/**
 * Work off the main thread: a task runs in a worker thread with a heap of its own and a time
 * limit, so that work built to exhaust the server (a hostile file) or merely long (measuring a
 * national network) costs one worker — ended and replaced when it fails — and never stalls the
 * requests of other users. At most `threads` tasks run at once; more wait their turn. Idle workers
 * are kept for a while (the last one stays) and then ended. The worker's side is `serveTasks`.
 */
import { Worker } from "node:worker_threads";

export interface PoolOptions {
  /** How long one task may take before its worker is ended. */
  timeoutMs: number;
  /** The old-generation heap of a worker: what a task may make it hold. */
  heapMb: number;
  threads: number;
  /** How long an idle worker is kept. */
  idleMs: number;
}

/** Why a task did not answer: the worker said why (`failed`), took too long, ran out of memory or stopped. */
export type PoolFailure<F> =
  | { kind: "failed"; failure: F }
  | { kind: "timeout" }
  | { kind: "memory" }
  | { kind: "stopped"; message: string };

export type TaskAnswer<R, F> = { id: number; ok: true; result: R } | { id: number; ok: false; failure: F };

/**
 * The URL of a worker script next to the calling module, with the caller's own extension: `.ts`
 * under the TypeScript loader (development, tests), `.js` in a compiled build.
 */
export function workerScript(callerUrl: string, name: string): URL {
  return new URL(`./${name}${callerUrl.endsWith(".ts") ? ".ts" : ".js"}`, callerUrl);
}

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

/** A worker running `script`; a `.ts` script first registers the TypeScript loader in the thread. */
function startWorker(script: URL, heapMb: number): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 32 };
  if (!script.href.endsWith(".ts")) return new Worker(script, { resourceLimits });
  const source = `import { register } from ${JSON.stringify(loaderUrl())};\nregister();\nawait import(${JSON.stringify(script.href)});`;
  return new Worker(source, { eval: true, resourceLimits });
}

/** Tasks of one kind (`T` in, `R` out, `F` when the worker gives up), run by the workers of `script`. */
export class WorkerPool<T, R, F> {
  private readonly idle: { worker: Worker; timer: NodeJS.Timeout }[] = [];
  private readonly waiting: (() => void)[] = [];
  private busy = 0;
  private nextId = 1;

  constructor(
    private readonly script: URL,
    private readonly options: PoolOptions,
    /** The error a caller sees for a task that did not answer. */
    private readonly toError: (failure: PoolFailure<F>) => Error,
  ) {}

  /** Runs a task in a worker; rejects with the error `toError` makes. */
  async run(task: T): Promise<R> {
    if (this.busy >= this.options.threads) await new Promise<void>((go) => this.waiting.push(go));
    this.busy += 1;
    try {
      return await this.runOn(this.takeWorker(), task);
    } finally {
      this.busy -= 1;
      this.waiting.shift()?.();
    }
  }

  /** Whether a worker is started and idle (what `warm` makes sure of). */
  get isWarm(): boolean {
    return this.idle.length > 0 || this.busy > 0;
  }

  /** Ends every idle worker (a worker running a task ends when it is done). */
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
    if (!kept) return startWorker(this.script, this.options.heapMb);
    clearTimeout(kept.timer);
    return kept.worker;
  }

  private keep(worker: Worker): void {
    const timer = setTimeout(() => {
      // One idle worker stays ready for the next task; more are ended after a while.
      if (this.idle.length <= 1) return;
      const index = this.idle.findIndex((entry) => entry.worker === worker);
      if (index >= 0) this.idle.splice(index, 1);
      void worker.terminate();
    }, this.options.idleMs);
    timer.unref();
    worker.unref();
    this.idle.push({ worker, timer });
  }

  private runOn(worker: Worker, task: T): Promise<R> {
    const id = this.nextId++;
    worker.ref();
    return new Promise<R>((resolve, reject) => {
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
      const fail = (failure: PoolFailure<F>, reuse: boolean) =>
        finish(() => reject(this.toError(failure)), reuse);
      const onMessage = (answer: TaskAnswer<R, F>) => {
        if (answer.id !== id) return;
        if (answer.ok) finish(() => resolve(answer.result), true);
        else fail({ kind: "failed", failure: answer.failure }, true);
      };
      const onError = (error: Error & { code?: string }) =>
        fail(
          error.code === "ERR_WORKER_OUT_OF_MEMORY"
            ? { kind: "memory" }
            : { kind: "stopped", message: error.message },
          false,
        );
      const onExit = () => fail({ kind: "stopped", message: "the worker stopped" }, false);
      const timer = setTimeout(() => fail({ kind: "timeout" }, false), this.options.timeoutMs);
      worker.on("message", onMessage).on("error", onError).on("exit", onExit);
      worker.postMessage({ id, task });
    });
  }
}
