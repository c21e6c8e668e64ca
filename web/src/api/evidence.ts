import { useQuery } from "@tanstack/react-query";
import type { EvidenceFile, EvidenceList } from "../../../common/schemas/evidence.js";
import { api } from "./client.js";
import { useWrite } from "./resource.js";

export const evidenceKey = (submissionId: string) => ["submissions", submissionId, "evidence"] as const;

/** The evidence files of a submission, and the limits an upload must keep. */
export const useEvidence = (submissionId: string) =>
  useQuery({
    queryKey: evidenceKey(submissionId),
    queryFn: ({ signal }) => api<EvidenceList>(`/submissions/${submissionId}/evidence`, { signal }),
  });

export interface EvidenceUpload {
  file: File;
  indicatorId?: string | undefined;
  frameworkNodeId?: string | undefined;
  description?: string | undefined;
}

export const useUploadEvidence = (submissionId: string) =>
  useWrite(({ file, ...link }: EvidenceUpload) => {
    const body = new FormData();
    body.append("file", file, file.name);
    return api<EvidenceFile>(`/submissions/${submissionId}/evidence`, {
      method: "POST",
      query: link,
      body,
    });
  });

export const useDeleteEvidence = () =>
  useWrite((id: string) => api<void>(`/evidence/${id}`, { method: "DELETE" }));

/** The download address: the browser fetches it with the session cookie. */
export const evidenceFileUrl = (id: string) => `/api/evidence/${id}/file`;
