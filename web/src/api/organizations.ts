import type { z } from "zod";
import type {
  Organization,
  OrganizationInput,
  OrganizationListQuery,
  OrganizationPatch,
} from "../../../common/schemas/organizations.js";
import { useArchive, useCreate, useItem, useList, useRestore, useUpdate } from "./resource.js";

const resource = "organizations";
export type OrganizationListParams = z.input<typeof OrganizationListQuery>;

export const useOrganizations = (params: OrganizationListParams, options?: { enabled?: boolean }) =>
  useList<Organization>(resource, params, options);
export const useOrganization = (id: string | undefined | null) => useItem<Organization>(resource, id);
export const useCreateOrganization = () => useCreate<OrganizationInput, Organization>(resource);
export const useUpdateOrganization = () =>
  useUpdate<z.input<typeof OrganizationPatch>, Organization>(resource);
export const useArchiveOrganization = () => useArchive<Organization>(resource);
export const useRestoreOrganization = () => useRestore<Organization>(resource);
