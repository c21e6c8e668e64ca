/**
 * The worker thread's side of a `WorkerPool`: it takes one task at a time and answers its result,
 * or what stopped it as the pool's `failed` answer.
 */
import { parentPort } from "node:worker_threads";
import type { TaskAnswer } from "./pool.js";

export function serveTasks<T, R, F>(run: (task: T) => R | Promise<R>, describe: (error: unknown) => F): void {
  parentPort?.on("message", async ({ id, task }: { id: number; task: T }) => {
    let answer: TaskAnswer<R, F>;
    try {
      answer = { id, ok: true, result: await run(task) };
    } catch (error) {
      answer = { id, ok: false, failure: describe(error) };
    }
    parentPort?.postMessage(answer);
  });
}
