import { useQuery } from "@tanstack/react-query";
import type { PeriodAssessments, ShadowAssessmentsInput } from "../../../common/schemas/assessments.js";
import { api } from "./client.js";
import { useWrite } from "./resource.js";

/** Per action of the period: the government self-assessment and the civil-society shadow assessments. */
export const usePeriodAssessments = (periodId: string) =>
  useQuery({
    queryKey: ["period-assessments", periodId],
    queryFn: ({ signal }) => api<PeriodAssessments>(`/periods/${periodId}/assessments`, { signal }),
  });

export const useSaveShadowAssessments = (periodId: string) =>
  useWrite((input: ShadowAssessmentsInput) =>
    api<PeriodAssessments>(`/periods/${periodId}/shadow-assessments`, { method: "PUT", body: input }),
  );
