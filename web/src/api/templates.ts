import { useMutation } from "@tanstack/react-query";
import { api } from "./client.js";
import { useWrite } from "./resource.js";

interface StoredValue {
  value: number | null;
  textValue: string | null;
}

/** One value an uploaded template changes: its sheet row, what is stored and what it becomes. */
export interface TemplateChange {
  row: number | null;
  indicatorId: string;
  indicatorCode: string;
  categoryKey: string;
  before: StoredValue;
  after: StoredValue;
}

/** What an upload of a filled template answers (a dry run writes nothing). */
export interface TemplateImportResult {
  dryRun: boolean;
  rowsRead: number;
  changes: TemplateChange[];
}

/** The download address of a submission's template: the browser fetches it with the session cookie. */
export const templateUrl = (submissionId: string) => `/api/submissions/${submissionId}/template.xlsx`;

function sendTemplate(submissionId: string, file: File, dryRun: boolean) {
  const body = new FormData();
  body.append("file", file, file.name);
  return api<TemplateImportResult>(`/submissions/${submissionId}/template`, {
    method: "POST",
    query: { dryRun },
    body,
  });
}

/** Reads a filled template and answers what it would change, writing nothing. */
export const useCheckTemplate = (submissionId: string) =>
  useMutation({ mutationFn: (file: File) => sendTemplate(submissionId, file, true) });

/** Writes the values of a filled template. */
export const useUploadTemplate = (submissionId: string) =>
  useWrite((file: File) => sendTemplate(submissionId, file, false));
