import type { z } from "zod";
import type {
  Project,
  ProjectInput,
  ProjectListQuery,
  ProjectPatch,
} from "../../../common/schemas/projects.js";
import { useArchive, useCreate, useItem, useList, useRestore, useUpdate } from "./resource.js";

const resource = "projects";
export type ProjectListParams = z.input<typeof ProjectListQuery>;

export const useProjects = (params: ProjectListParams, options?: { enabled?: boolean }) =>
  useList<Project>(resource, params, options);
export const useProject = (id: string | undefined | null) => useItem<Project>(resource, id);
export const useCreateProject = () => useCreate<ProjectInput, Project>(resource);
export const useUpdateProject = () => useUpdate<z.input<typeof ProjectPatch>, Project>(resource);
export const useArchiveProject = () => useArchive<Project>(resource);
export const useRestoreProject = () => useRestore<Project>(resource);
