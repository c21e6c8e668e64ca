import { useQuery } from "@tanstack/react-query";
import { client, type Query, send, withFile } from "./client.js";
import { useWrite } from "./resource.js";

export const evidenceKey = (submissionId: string) => ["submissions", submissionId, "evidence"] as const;

/** The evidence files of a submission, and the limits an upload must keep. */
export const useEvidence = (submissionId: string) =>
  useQuery({
    queryKey: evidenceKey(submissionId),
    queryFn: ({ signal }) =>
      send(client.GET("/api/submissions/{id}/evidence", { params: { path: { id: submissionId } }, signal })),
  });

/** A file and what it is evidence of (an indicator or a framework node), with a description. */
export type EvidenceUpload = Query<"/api/submissions/{id}/evidence", "post"> & { file: File };

export const useUploadEvidence = (submissionId: string) =>
  useWrite(({ file, ...link }: EvidenceUpload) =>
    send(
      client.POST("/api/submissions/{id}/evidence", {
        params: { path: { id: submissionId }, query: link },
        middleware: [withFile(file)],
      }),
    ),
  );

export const useDeleteEvidence = () =>
  useWrite((id: string) => send(client.DELETE("/api/evidence/{id}", { params: { path: { id } } })));

/** The download address: the browser fetches it with the session cookie. */
export const evidenceFileUrl = (id: string) => `/api/evidence/${id}/file`;
