/** The API contract of indicator templates: the upload's query and what an upload answers. */
import { z } from "zod";
import { Uuid } from "./common.js";

export const TemplateUploadQuery = z.strictObject({
  /** `true`: read and check the file, answer what would be written, write nothing. */
  dryRun: z
    .enum(["true", "false"])
    .optional()
    .transform((v) => v === "true"),
});

const StoredValue = z.object({ value: z.number().nullable(), textValue: z.string().nullable() });

/** One value the upload changes: the sheet row it came from, what is stored and what it becomes. */
export const TemplateChange = z.object({
  row: z.number().int().nullable(),
  indicatorId: Uuid,
  indicatorCode: z.string(),
  categoryKey: z.string(),
  before: StoredValue,
  after: StoredValue,
});

export const TemplateImportResult = z.object({
  dryRun: z.boolean(),
  /** Rows of the sheet that carry an indicator id. */
  rowsRead: z.number().int(),
  changes: z.array(TemplateChange),
});
export type TemplateImportResult = z.infer<typeof TemplateImportResult>;
