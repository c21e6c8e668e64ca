import { useMutation } from "@tanstack/react-query";
import { type Answer, client, send, withFile } from "./client.js";
import { useWrite } from "./resource.js";

/** What an upload of a filled template answers (a dry run writes nothing). */
export type TemplateImportResult = Answer<"/api/submissions/{id}/template", "post">;
/** One value an uploaded template changes: its sheet row, what is stored and what it becomes. */
export type TemplateChange = TemplateImportResult["changes"][number];

/** The download address of a submission's template: the browser fetches it with the session cookie. */
export const templateUrl = (submissionId: string) => `/api/submissions/${submissionId}/template.xlsx`;

const sendTemplate = (submissionId: string, file: File, dryRun: boolean) =>
  send(
    client.POST("/api/submissions/{id}/template", {
      params: { path: { id: submissionId }, query: { dryRun: dryRun ? "true" : "false" } },
      middleware: [withFile(file)],
    }),
  );

/** Reads a filled template and answers what it would change, writing nothing. */
export const useCheckTemplate = (submissionId: string) =>
  useMutation({ mutationFn: (file: File) => sendTemplate(submissionId, file, true) });

/** Writes the values of a filled template. */
export const useUploadTemplate = (submissionId: string) =>
  useWrite((file: File) => sendTemplate(submissionId, file, false));
