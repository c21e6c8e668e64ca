import { useQuery } from "@tanstack/react-query";
import { type Body, client, send } from "./client.js";
import { useWrite } from "./resource.js";

/** Which organisations report for a period, and how far each one is. */
export const useCompleteness = (periodId: string) =>
  useQuery({
    queryKey: ["period-submissions", periodId],
    queryFn: ({ signal }) =>
      send(client.GET("/api/periods/{id}/submissions", { params: { path: { id: periodId } }, signal })),
  });

export const useStartSubmission = (periodId: string) =>
  useWrite((organizationId: string) =>
    send(
      client.POST("/api/periods/{id}/submissions", {
        params: { path: { id: periodId } },
        body: { organizationId },
      }),
    ),
  );

/** The data-entry form of one submission: indicators, actions and the comment thread. */
export const useSubmission = (id: string) =>
  useQuery({
    queryKey: ["submissions", id],
    queryFn: ({ signal }) => send(client.GET("/api/submissions/{id}", { params: { path: { id } }, signal })),
  });

export const useSaveValues = (id: string) =>
  useWrite((body: Body<"/api/submissions/{id}/values", "put">) =>
    send(client.PUT("/api/submissions/{id}/values", { params: { path: { id } }, body })),
  );

export const useSaveActionReports = (id: string) =>
  useWrite((body: Body<"/api/submissions/{id}/actions", "put">) =>
    send(client.PUT("/api/submissions/{id}/actions", { params: { path: { id } }, body })),
  );

export type WorkflowStep =
  | { step: "submit" }
  | { step: "approve" }
  | ({ step: "return" } & Body<"/api/submissions/{id}/return", "post">)
  | ({ step: "unlock" } & Body<"/api/submissions/{id}/unlock", "post">);

function sendStep(id: string, input: WorkflowStep) {
  const path = { params: { path: { id } } };
  switch (input.step) {
    case "submit":
      return send(client.POST("/api/submissions/{id}/submit", path));
    case "approve":
      return send(client.POST("/api/submissions/{id}/approve", path));
    case "return":
      return send(client.POST("/api/submissions/{id}/return", { ...path, body: { comment: input.comment } }));
    case "unlock":
      return send(client.POST("/api/submissions/{id}/unlock", { ...path, body: { reason: input.reason } }));
  }
}

export const useSubmissionStep = (id: string) => useWrite((input: WorkflowStep) => sendStep(id, input));

export const useAddSubmissionComment = (id: string) =>
  useWrite((body: string) =>
    send(client.POST("/api/submissions/{id}/comments", { params: { path: { id } }, body: { body } })),
  );
