import { useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import type {
  AttendanceInput,
  AttendanceSheet,
  Curriculum,
  CurriculumDetail,
  CurriculumInput,
  CurriculumListQuery,
  ModuleScoreSheet,
  ModuleScoresInput,
  TrainingSetup,
  TrainingSetupInput,
} from "../../../common/schemas/training.js";
import { api } from "./client.js";
import { useArchive, useCreate, useItem, useList, useWrite } from "./resource.js";

/**
 * Curricula (shared material, written by staff) and the training side of an event: its setup
 * (curricula and rules), attendance per day and test scores per module. Every write refreshes all
 * cached data (see `resource.ts`).
 */
const resource = "curricula";
export type CurriculumListParams = z.input<typeof CurriculumListQuery>;

export const useCurricula = (params: CurriculumListParams, options?: { enabled?: boolean }) =>
  useList<Curriculum>(resource, params, options);
export const useCurriculum = (id: string | undefined | null) => useItem<CurriculumDetail>(resource, id);
export const useCreateCurriculum = () => useCreate<CurriculumInput, CurriculumDetail>(resource);
/** PUT: the title, the description and the ordered modules in one go (modules keep their ids). */
export const useReplaceCurriculum = () =>
  useWrite(({ id, input }: { id: string; input: CurriculumInput }) =>
    api<CurriculumDetail>(`/curricula/${id}`, { method: "PUT", body: input }),
  );
/** DELETE archives the curriculum; the API has no restore. */
export const useArchiveCurriculum = () => useArchive<CurriculumDetail>(resource);

export const useTrainingSetup = (eventId: string, options: { enabled?: boolean } = {}) =>
  useQuery({
    queryKey: ["events", "training", eventId],
    queryFn: ({ signal }) => api<TrainingSetup>(`/events/${eventId}/training`, { signal }),
    enabled: options.enabled ?? true,
  });

export const useSaveTrainingSetup = (eventId: string) =>
  useWrite((input: TrainingSetupInput) =>
    api<TrainingSetup>(`/events/${eventId}/training`, { method: "PUT", body: input }),
  );

export const useAttendanceSheet = (eventId: string, options: { enabled?: boolean } = {}) =>
  useQuery({
    queryKey: ["events", "attendance-days", eventId],
    queryFn: ({ signal }) => api<AttendanceSheet>(`/events/${eventId}/attendance-days`, { signal }),
    enabled: options.enabled ?? true,
  });

/** Replaces the whole attendance record of the event. */
export const useSaveAttendance = (eventId: string) =>
  useWrite((input: AttendanceInput) =>
    api<AttendanceSheet>(`/events/${eventId}/attendance-days`, { method: "PUT", body: input }),
  );

export const useModuleScoreSheet = (eventId: string, options: { enabled?: boolean } = {}) =>
  useQuery({
    queryKey: ["events", "module-scores", eventId],
    queryFn: ({ signal }) => api<ModuleScoreSheet>(`/events/${eventId}/module-scores`, { signal }),
    enabled: options.enabled ?? true,
  });

/** Replaces every module score of the event. */
export const useSaveModuleScores = (eventId: string) =>
  useWrite((input: ModuleScoresInput) =>
    api<ModuleScoreSheet>(`/events/${eventId}/module-scores`, { method: "PUT", body: input }),
  );
