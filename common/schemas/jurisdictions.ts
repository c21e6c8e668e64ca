import { z } from "zod";
import { listQuery, page, Uuid } from "./common.js";
import { JurisdictionKind } from "./enums.js";

export const Jurisdiction = z.object({
  id: Uuid,
  code: z.string(),
  kind: JurisdictionKind,
  parentId: Uuid.nullable(),
  nameLatin: z.string(),
  nameCyrillic: z.string(),
  shapeId: z.string().nullable(),
});
export type Jurisdiction = z.infer<typeof Jurisdiction>;

export const JurisdictionListQuery = listQuery(["name", "code"] as const, {
  kind: JurisdictionKind.optional(),
  parentId: Uuid.optional(),
});
export type JurisdictionListQuery = z.infer<typeof JurisdictionListQuery>;
export const JurisdictionPage = page(Jurisdiction);
