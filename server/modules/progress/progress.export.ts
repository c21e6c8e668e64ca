/**
 * The progress table as a list export: one row per indicator in one period, headers and statuses in
 * the reader's language; units and target bases are written as their codes.
 */
import type { IndicatorProgress } from "../../../common/schemas/progress.js";
import { defineExport } from "../../exports/export.js";
import { messagesFor } from "../../i18n/catalogue.js";
import { progressHeaders, statusWords } from "../../i18n/messages/progress.js";

/** One row of the exported table: an indicator's figures in the period. */
export interface ProgressTableRow {
  code: string;
  name: string;
  nodeCode: string;
  unit: IndicatorProgress["unit"];
  expected: number | null;
  expectedBasis: IndicatorProgress["expectedBasis"];
  actual: number | null;
  women: number | null;
  men: number | null;
  status: IndicatorProgress["status"];
}

export const progressExport = defineExport<ProgressTableRow, keyof typeof progressHeaders.en & string>({
  headers: progressHeaders,
  columns: [
    { key: "code", type: "text", value: (r) => r.code, width: 12 },
    { key: "name", type: "text", value: (r) => r.name, width: 50 },
    { key: "nodeCode", type: "text", value: (r) => r.nodeCode, width: 12 },
    { key: "unit", type: "text", value: (r) => r.unit, width: 10 },
    { key: "expected", type: "number", value: (r) => r.expected },
    { key: "expectedBasis", type: "text", value: (r) => r.expectedBasis, width: 12 },
    { key: "actual", type: "number", value: (r) => r.actual },
    { key: "women", type: "number", value: (r) => r.women },
    { key: "men", type: "number", value: (r) => r.men },
    { key: "status", type: "text", value: (r, c) => messagesFor(c.locale, statusWords)[r.status], width: 18 },
  ],
});
