/**
 * The thread that reads uploaded files (see `read-in-worker.ts`): it takes one file at a time and
 * answers its table or what stopped the reading. Nothing here touches the database or the network.
 */
import { parentPort } from "node:worker_threads";
import { readFileTable } from "./file-table.js";
import { ReadLimitError, type ReadLimits } from "./limits.js";
import { WorkbookError } from "./workbook.js";

export interface ReadTask {
  id: number;
  bytes: Uint8Array;
  sheet: string | null;
  limits: ReadLimits;
}

export type ReadFailure =
  | { kind: "limit"; code: ReadLimitError["code"]; limit: number; row?: number; column?: number }
  | { kind: "workbook"; code: WorkbookError["code"] }
  | { kind: "other"; message: string };

export function describeFailure(error: unknown): ReadFailure {
  if (error instanceof ReadLimitError) {
    return {
      kind: "limit",
      code: error.code,
      limit: error.limit,
      ...(error.row === undefined ? {} : { row: error.row }),
      ...(error.column === undefined ? {} : { column: error.column }),
    };
  }
  if (error instanceof WorkbookError) return { kind: "workbook", code: error.code };
  return { kind: "other", message: error instanceof Error ? error.message : String(error) };
}

parentPort?.on("message", async (task: ReadTask) => {
  try {
    const table = await readFileTable(task.bytes, { sheet: task.sheet, limits: task.limits });
    parentPort?.postMessage({ id: task.id, ok: true, table });
  } catch (error) {
    parentPort?.postMessage({ id: task.id, ok: false, failure: describeFailure(error) });
  }
});
