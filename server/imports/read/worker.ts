/**
 * The thread that reads uploaded files (see `read-in-worker.ts`): it takes one file at a time and
 * answers its table or what stopped the reading. Nothing here touches the database or the network.
 */
import { serveTasks } from "../../workers/serve.js";
import { readFileTable } from "./file-table.js";
import { ReadLimitError, type ReadLimits } from "./limits.js";
import { WorkbookError } from "./workbook.js";

export interface ReadTask {
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

serveTasks(
  (task: ReadTask) => readFileTable(task.bytes, { sheet: task.sheet, limits: task.limits }),
  describeFailure,
);
