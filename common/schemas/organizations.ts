import { z } from "zod";
import { EditAbilities } from "./abilities.js";
import { listQuery, OptionalText, page, RequiredText, Uuid } from "./common.js";
import { OrganizationLevel, OrganizationSector } from "./enums.js";

export const Organization = z.object({
  id: Uuid,
  name: z.string(),
  shortName: z.string().nullable(),
  level: OrganizationLevel,
  sector: OrganizationSector,
  jurisdictionId: Uuid.nullable(),
  jurisdictionName: z.string().nullable(),
  description: z.string().nullable(),
  isArchived: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  abilities: EditAbilities,
});
export type Organization = z.infer<typeof Organization>;

export const OrganizationInput = z.strictObject({
  name: RequiredText(300),
  shortName: OptionalText(50),
  level: OrganizationLevel,
  sector: OrganizationSector,
  jurisdictionId: Uuid.nullish().transform((v) => v ?? null),
  description: OptionalText(4000),
});
export type OrganizationInput = z.input<typeof OrganizationInput>;

export const OrganizationPatch = OrganizationInput.partial().strict();

export const organizationSortKeys = ["name", "level", "sector", "updatedAt"] as const;
export const OrganizationListQuery = listQuery(organizationSortKeys, {
  level: OrganizationLevel.optional(),
  sector: OrganizationSector.optional(),
  archived: z.enum(["exclude", "include", "only"]).default("exclude"),
});
export type OrganizationListQuery = z.infer<typeof OrganizationListQuery>;

export const OrganizationPage = page(Organization);
