import { useQuery } from "@tanstack/react-query";
import type {
  ActionReportsInput,
  CompletenessList,
  SubmissionComment,
  SubmissionForm,
  ValuesInput,
} from "../../../common/schemas/submissions.js";
import { api } from "./client.js";
import { useWrite } from "./resource.js";

/** Which organisations report for a period, and how far each one is. */
export const useCompleteness = (periodId: string) =>
  useQuery({
    queryKey: ["period-submissions", periodId],
    queryFn: ({ signal }) => api<CompletenessList>(`/periods/${periodId}/submissions`, { signal }),
  });

export const useStartSubmission = (periodId: string) =>
  useWrite((organizationId: string) =>
    api<SubmissionForm>(`/periods/${periodId}/submissions`, { method: "POST", body: { organizationId } }),
  );

/** The data-entry form of one submission: indicators, actions and the comment thread. */
export const useSubmission = (id: string) =>
  useQuery({
    queryKey: ["submissions", id],
    queryFn: ({ signal }) => api<SubmissionForm>(`/submissions/${id}`, { signal }),
  });

export const useSaveValues = (id: string) =>
  useWrite((input: ValuesInput) =>
    api<SubmissionForm>(`/submissions/${id}/values`, { method: "PUT", body: input }),
  );

export const useSaveActionReports = (id: string) =>
  useWrite((input: ActionReportsInput) =>
    api<SubmissionForm>(`/submissions/${id}/actions`, { method: "PUT", body: input }),
  );

export type WorkflowStep =
  | { step: "submit" }
  | { step: "approve" }
  | { step: "return"; comment: string }
  | { step: "unlock"; reason: string };

export const useSubmissionStep = (id: string) =>
  useWrite((input: WorkflowStep) => {
    const { step, ...body } = input;
    return api<SubmissionForm>(`/submissions/${id}/${step}`, {
      method: "POST",
      ...(Object.keys(body).length > 0 ? { body } : {}),
    });
  });

export const useAddSubmissionComment = (id: string) =>
  useWrite((body: string) =>
    api<SubmissionComment>(`/submissions/${id}/comments`, { method: "POST", body: { body } }),
  );
