import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import type { ErrorCode, FieldError } from "../../../common/errors.js";
import type { Reason } from "../../../common/reasons/index.js";
import {
  type Answer,
  ApiError,
  type Body,
  client,
  fetchWithProgress,
  type Query,
  send,
  withFile,
} from "./client.js";
import { useList, useRefreshAll, useWrite } from "./resource.js";

const resource = "imports";
export const importKey = (id: string) => [resource, "item", id] as const;

/** The size the wizard accepts before sending a file (the server checks again). */
export const importMaxBytes = 10 * 1024 * 1024;
/** The file kinds an import reads. */
export const importExtensions = ["xlsx", "csv", "txt"] as const;

export type ImportListParams = Query<"/api/imports">;

export const useImports = (params: ImportListParams) =>
  useList(resource, params, (signal) =>
    send(client.GET("/api/imports", { params: { query: params }, signal })),
  );

/** `GET /imports/:id` may answer the whole preview (before the commit) or the record alone. */
export type ImportDetail = Answer<"/api/imports/{id}">;
/** What an upload and a mapping change answer: the import and the rows as they would be written. */
export type ImportPreview = Answer<"/api/imports", "post">;
export type ImportRecord = ImportPreview["import"];
export const isPreview = (detail: ImportDetail): detail is ImportPreview => "import" in detail;
export const recordOf = (detail: ImportDetail): ImportRecord => (isPreview(detail) ? detail.import : detail);

export const useImport = (id: string | undefined) =>
  useQuery({
    queryKey: importKey(id ?? ""),
    queryFn: ({ signal }) =>
      send(client.GET("/api/imports/{id}", { params: { path: { id: id ?? "" } }, signal })),
    enabled: Boolean(id),
  });

/** The file and what it holds (the kind, the event of an attendance list, the sheet to read). */
export type ImportUpload = Query<"/api/imports", "post"> & { file: File };

/**
 * Sends the file with its upload progress (`onProgress` gets 0–1). Errors come back as
 * {@link ApiError}, like every other request.
 */
export const uploadImport = ({ file, ...query }: ImportUpload, onProgress: (fraction: number) => void) =>
  send(
    client.POST("/api/imports", {
      params: { query },
      middleware: [withFile(file)],
      fetch: fetchWithProgress(onProgress),
    }),
  );

/** The upload, with its progress; the preview it answers is cached as the import's detail. */
export function useUploadImport(onProgress: (fraction: number) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (upload: ImportUpload) => uploadImport(upload, onProgress),
    onSuccess: (preview) => {
      queryClient.setQueryData(importKey(preview.import.id), preview);
      void queryClient.invalidateQueries({ queryKey: [resource, "list"] });
    },
  });
}

/** Corrects the mapping; the server reads the rows again and answers the new preview. */
export function useUpdateMapping(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Body<"/api/imports/{id}/mapping", "put">) =>
      send(client.PUT("/api/imports/{id}/mapping", { params: { path: { id } }, body })),
    onSuccess: (preview) => queryClient.setQueryData(importKey(id), preview),
  });
}

/**
 * Corrects cells, decides in-file duplicates, matches unknown organisations or gives the test's
 * maximum; the server analyses the rows again and answers the new preview.
 */
export function useChangeImport(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Body<"/api/imports/{id}/changes", "patch">) =>
      send(client.PATCH("/api/imports/{id}/changes", { params: { path: { id } }, body })),
    onSuccess: (preview) => {
      queryClient.setQueryData(importKey(id), preview);
      void queryClient.invalidateQueries({ queryKey: [resource, "list"] });
    },
  });
}

/** Writes the rows (all or nothing); every cached list may change, so all is refreshed. */
export const useCommitImport = (id: string) =>
  useWrite((body: Body<"/api/imports/{id}/commit", "post">) =>
    send(client.POST("/api/imports/{id}/commit", { params: { path: { id } }, body })),
  );

/** How often a page following a commit asks how far it has come. */
const followEveryMs = 1000;

/**
 * The import as recorded, without its rows (cheap): followed every second while it is being
 * written. When the commit ends, every cached list is refreshed, as after any write.
 */
export function useImportStatus(id: string) {
  const refresh = useRefreshAll();
  const query = useQuery({
    queryKey: [resource, "status", id] as const,
    queryFn: ({ signal }) =>
      send(client.GET("/api/imports/{id}/status", { params: { path: { id } }, signal })),
    refetchInterval: (current) => (current.state.data?.status === "committing" ? followEveryMs : false),
  });
  const status = query.data?.status;
  const previous = useRef(status);
  useEffect(() => {
    if (previous.current === "committing" && status !== "committing") void refresh();
    previous.current = status;
  }, [status, refresh]);
  return query;
}

/** The error a commit met after its request was answered, as the API would have answered it. */
export function commitErrorOf(record: ImportRecord): ApiError | null {
  const body = record.commitError;
  if (!body) return null;
  return new ApiError(
    400,
    body.code as ErrorCode,
    body.message,
    (body.details ?? []) as FieldError[],
    body.reason ? { reason: body.reason as Reason, ...(body.params ? { params: body.params } : {}) } : null,
  );
}

/** The original file, as uploaded: the browser fetches it with the session cookie. */
export const importFileUrl = (id: string) => `/api/imports/${id}/file`;
