/**
 * Networks are measured in a worker thread (`network.worker.ts`): one at a time, the others wait.
 * A result is kept under its ties' fingerprint, so each network is measured once.
 */
import { type PoolFailure, WorkerPool, workerScript } from "../../workers/pool.js";
import type { MeasuredNetwork, MeasureTask } from "./network.js";

const pool = new WorkerPool<MeasureTask, MeasuredNetwork, string>(
  workerScript(import.meta.url, "network.worker"),
  { threads: 1, timeoutMs: 120_000, heapMb: 512, idleMs: 300_000 },
  (failure: PoolFailure<string>) =>
    new Error(
      `the network could not be measured: ${failure.kind === "failed" ? failure.failure : failure.kind}`,
    ),
);

export const measureInWorker = (task: MeasureTask): Promise<MeasuredNetwork> => pool.run(task);

/** Ends the idle worker (when the server stops). */
export const closeNetworkWorker = (): Promise<void> => pool.close();
