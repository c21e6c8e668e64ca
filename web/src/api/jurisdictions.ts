import type { z } from "zod";
import type { Jurisdiction, JurisdictionListQuery } from "../../../common/schemas/jurisdictions.js";
import { useItem, useList } from "./resource.js";

export type JurisdictionListParams = z.input<typeof JurisdictionListQuery>;

export const useJurisdictions = (params: JurisdictionListParams) =>
  useList<Jurisdiction>("jurisdictions", params);
export const useJurisdiction = (id: string | undefined | null) => useItem<Jurisdiction>("jurisdictions", id);
