import { z } from "zod";
import type { Reason } from "../reasons/index.js";
import { IsoDate, SexCounts, Uuid } from "./common.js";
import { EventKind, EventStatus, OrganizationLevel, OrganizationSector } from "./enums.js";

/** Which events count: held between `from` and `to` (overlapping the period), of a project, of a kind. */
const coverageFields = {
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  projectId: Uuid.optional(),
  kind: EventKind.optional(),
};
/** The period's end may not come before its start. */
const datesInOrder = (query: { from?: string | undefined; to?: string | undefined }) =>
  !query.from || !query.to || query.from <= query.to;
const datesOutOfOrder = {
  path: ["to"],
  message: "The end date comes before the start date",
  params: { reason: "date_order" satisfies Reason },
};
export const CoverageQuery = z.strictObject(coverageFields).refine(datesInOrder, datesOutOfOrder);
export type CoverageQuery = z.infer<typeof CoverageQuery>;

/** Organisations involved per page of a municipality's page, by name. */
export const MUNICIPALITY_ORGANIZATIONS_PAGE_SIZE = 20;

/** A municipality's page: which events count, and which page of the organisations involved. */
export const MunicipalityQuery = z
  .strictObject({
    ...coverageFields,
    organizationsPage: z.coerce.number().int().min(1).max(10_000).default(1),
  })
  .refine(datesInOrder, datesOutOfOrder);
export type MunicipalityQuery = z.infer<typeof MunicipalityQuery>;

/** A jurisdiction by its names in both scripts. */
export const JurisdictionName = z.object({
  id: Uuid,
  nameLatin: z.string(),
  nameCyrillic: z.string(),
});
export type JurisdictionName = z.infer<typeof JurisdictionName>;

/**
 * The activity in one municipality: held, not archived events the reader may read.
 * People are counted from attended participations, whatever their role.
 */
export const CoverageFigures = z.object({
  /** Events held. */
  events: z.number().int(),
  /** Attended participations (a person at two events counts twice). */
  participations: z.number().int(),
  /** Distinct people who attended, by sex. */
  participants: SexCounts,
  /** Women among the distinct people who attended, from 0 to 1; null when no one attended. */
  womenShare: z.number().nullable(),
  /** Distinct people who attended as trainer or co-trainer. */
  trainersActive: z.number().int(),
});
export type CoverageFigures = z.infer<typeof CoverageFigures>;

/** A municipality (Brčko District counts as one) with its entity or district, and its canton in FBiH. */
export const Municipality = JurisdictionName.extend({
  code: z.string(),
  /** The geoBoundaries shapeID of its polygon on the map; null when the map has none (Stanari). */
  shapeId: z.string().nullable(),
  entity: JurisdictionName.nullable(),
  canton: JurisdictionName.nullable(),
});
export type Municipality = z.infer<typeof Municipality>;

export const CoverageRow = Municipality.extend(CoverageFigures.shape);
export type CoverageRow = z.infer<typeof CoverageRow>;

/** One row per municipality that had activity, by name. */
export const Coverage = z.object({ items: z.array(CoverageRow) });
export type Coverage = z.infer<typeof Coverage>;

export const MunicipalityEvent = z.object({
  id: Uuid,
  title: z.string(),
  kind: EventKind,
  status: EventStatus,
  startsOn: z.string(),
  endsOn: z.string(),
  project: z.object({ id: Uuid, title: z.string(), code: z.string() }).nullable(),
});
export type MunicipalityEvent = z.infer<typeof MunicipalityEvent>;

/** An organisation that organised held events here or whose people attended them. */
export const InvolvedOrganization = z.object({
  id: Uuid,
  name: z.string(),
  shortName: z.string().nullable(),
  level: OrganizationLevel,
  sector: OrganizationSector,
  /** Held events it organised. */
  eventsOrganized: z.number().int(),
  /** Its distinct people who attended held events. */
  participants: z.number().int(),
});
export type InvolvedOrganization = z.infer<typeof InvolvedOrganization>;

/** A civil-society organisation seated in the municipality or organising events there. */
export const LocalPartner = z.object({
  id: Uuid,
  name: z.string(),
  shortName: z.string().nullable(),
  level: OrganizationLevel,
  isSeatedHere: z.boolean(),
  /** Events listed on the page that it organises (any status). */
  eventsOrganized: z.number().int(),
});
export type LocalPartner = z.infer<typeof LocalPartner>;

export const MunicipalityActivity = z.object({
  municipality: Municipality,
  figures: CoverageFigures,
  /** The newest events here the reader may read, not archived, of any status: at most 25, newest first. */
  events: z.array(MunicipalityEvent),
  /** How many events are listed under the same rule: the events list filtered to this municipality holds them all. */
  eventsTotal: z.number().int(),
  /** One page of the organisations involved (`organizationsPage`, MUNICIPALITY_ORGANIZATIONS_PAGE_SIZE each), by name. */
  organizations: z.array(InvolvedOrganization),
  /** How many organisations are involved in all. */
  organizationsTotal: z.number().int(),
  localPartners: z.array(LocalPartner),
});
export type MunicipalityActivity = z.infer<typeof MunicipalityActivity>;
