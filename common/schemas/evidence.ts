import { z } from "zod";
import type { Reason } from "../reasons/index.js";
import { Uuid } from "./common.js";

/** A file attached to a submission as evidence, linked to one of its indicators or actions, or to the whole. */
export const EvidenceFile = z.object({
  id: Uuid,
  submissionId: Uuid,
  indicatorId: Uuid.nullable(),
  frameworkNodeId: Uuid.nullable(),
  fileName: z.string(),
  contentType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  description: z.string().nullable(),
  uploadedBy: Uuid.nullable(),
  uploadedByName: z.string().nullable(),
  createdAt: z.string(),
});
export type EvidenceFile = z.infer<typeof EvidenceFile>;

/** What may be uploaded: the limits are the server's, shown to the user before choosing a file. */
export const EvidenceLimits = z.object({
  maxBytes: z.number().int(),
  maxFiles: z.number().int(),
  extensions: z.array(z.string()),
});
export type EvidenceLimits = z.infer<typeof EvidenceLimits>;

export const EvidenceList = z.object({ items: z.array(EvidenceFile), limits: EvidenceLimits });
export type EvidenceList = z.infer<typeof EvidenceList>;

/** Where the uploaded file belongs and what it shows; the file itself is the multipart body's `file` part. */
export const EvidenceUploadQuery = z
  .strictObject({
    indicatorId: Uuid.optional(),
    frameworkNodeId: Uuid.optional(),
    description: z.string().trim().max(500).optional(),
  })
  .refine((query) => !(query.indicatorId && query.frameworkNodeId), {
    message: "Evidence belongs to one indicator or one action, not both",
    path: ["frameworkNodeId"],
    params: { reason: "evidence_one_link" satisfies Reason },
  });
export type EvidenceUploadQuery = z.infer<typeof EvidenceUploadQuery>;
