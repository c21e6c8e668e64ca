import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ErrorCode, FieldError } from "../../../common/errors.js";
import type {
  CommitInput,
  ImportKind,
  ImportPreview,
  ImportRecord,
  MappingInput,
} from "../../../common/schemas/imports.js";
import { ApiError, api, toQueryString } from "./client.js";
import { useList, useWrite } from "./resource.js";

const resource = "imports";
export const importKey = (id: string) => [resource, "item", id] as const;

/** The size the wizard accepts before sending a file (the server checks again). */
export const importMaxBytes = 10 * 1024 * 1024;
/** The file kinds an import reads. */
export const importExtensions = ["xlsx", "csv", "txt"] as const;

export interface ImportListParams {
  kind?: ImportKind | undefined;
  eventId?: string | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
}

export const useImports = (params: ImportListParams) => useList<ImportRecord>(resource, params);

/** `GET /imports/:id` may answer the whole preview (before the commit) or the record alone. */
export type ImportDetail = ImportPreview | ImportRecord;
export const isPreview = (detail: ImportDetail): detail is ImportPreview => "import" in detail;
export const recordOf = (detail: ImportDetail): ImportRecord => (isPreview(detail) ? detail.import : detail);

export const useImport = (id: string | undefined) =>
  useQuery({
    queryKey: importKey(id ?? ""),
    queryFn: ({ signal }) => api<ImportDetail>(`/imports/${id}`, { signal }),
    enabled: Boolean(id),
  });

export interface ImportUpload {
  kind: ImportKind;
  eventId?: string | undefined;
  sheet?: string | undefined;
  file: File;
}

/**
 * Sends the file with XMLHttpRequest (fetch reports no upload progress); `onProgress` gets 0–1.
 * Errors come back as {@link ApiError}, like every other request.
 */
export function uploadImport(
  { file, ...query }: ImportUpload,
  onProgress: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<ImportPreview> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open("POST", `/api/imports${toQueryString(query)}`);
    request.withCredentials = true;
    request.setRequestHeader("Accept", "application/json");
    request.upload.addEventListener("progress", (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    });
    request.addEventListener("load", () => {
      let body: {
        code?: string;
        message?: string;
        details?: FieldError[];
      } & Partial<ImportPreview> = {};
      try {
        body = request.responseText ? JSON.parse(request.responseText) : {};
      } catch {
        // Not JSON (a proxy page): the status alone tells what happened.
      }
      if (request.status >= 200 && request.status < 300) {
        onProgress(1);
        resolve(body as ImportPreview);
        return;
      }
      reject(
        new ApiError(
          request.status,
          (body.code ?? statusCode(request.status)) as ErrorCode,
          body.message ?? request.statusText,
          body.details ?? [],
        ),
      );
    });
    request.addEventListener("error", () =>
      reject(new ApiError(0, "NETWORK", "The server could not be reached")),
    );
    request.addEventListener("abort", () => reject(new DOMException("Aborted", "AbortError")));
    signal?.addEventListener("abort", () => request.abort());
    const body = new FormData();
    body.append("file", file, file.name);
    request.send(body);
  });
}

function statusCode(status: number): ErrorCode {
  if (status === 400) return "VALIDATION";
  if (status === 401) return "UNAUTHENTICATED";
  if (status === 403) return "FORBIDDEN";
  if (status === 404) return "NOT_FOUND";
  if (status === 409) return "CONFLICT";
  if (status === 413) return "TOO_LARGE";
  if (status === 429) return "RATE_LIMITED";
  return "INTERNAL";
}

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
    mutationFn: (input: MappingInput) =>
      api<ImportPreview>(`/imports/${id}/mapping`, { method: "PUT", body: input }),
    onSuccess: (preview) => queryClient.setQueryData(importKey(id), preview),
  });
}

/** Writes the rows (all or nothing); every cached list may change, so all is refreshed. */
export const useCommitImport = (id: string) =>
  useWrite((input: CommitInput) =>
    api<ImportRecord>(`/imports/${id}/commit`, { method: "POST", body: input }),
  );

/** The original file, as uploaded: the browser fetches it with the session cookie. */
export const importFileUrl = (id: string) => `/api/imports/${id}/file`;
