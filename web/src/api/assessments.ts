import { useQuery } from "@tanstack/react-query";
import { type Body, client, send } from "./client.js";
import { useWrite } from "./resource.js";

/** Per action of the period: the government self-assessment and the civil-society shadow assessments. */
export const usePeriodAssessments = (periodId: string) =>
  useQuery({
    queryKey: ["period-assessments", periodId],
    queryFn: ({ signal }) =>
      send(client.GET("/api/periods/{id}/assessments", { params: { path: { id: periodId } }, signal })),
  });

export const useSaveShadowAssessments = (periodId: string) =>
  useWrite((body: Body<"/api/periods/{id}/shadow-assessments", "put">) =>
    send(client.PUT("/api/periods/{id}/shadow-assessments", { params: { path: { id: periodId } }, body })),
  );
