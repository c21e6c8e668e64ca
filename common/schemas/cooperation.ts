/**
 * Cooperation between organisations: agreements (recorded), ties (derived from the records and
 * the agreements) and the network measures of a period.
 */
import { z } from "zod";
import type { Reason } from "../reasons/index.js";
import { EditAbilities } from "./abilities.js";
import { IsoDate, listQuery, OptionalText, page, RequiredText, Uuid } from "./common.js";
import { AgreementKind, OrganizationLevel, OrganizationSector, TieKind } from "./enums.js";

export const AgreementParty = z.object({
  organizationId: Uuid,
  name: z.string(),
  level: OrganizationLevel,
  sector: OrganizationSector,
});
export type AgreementParty = z.infer<typeof AgreementParty>;

export const Agreement = z.object({
  id: Uuid,
  kind: AgreementKind,
  title: z.string(),
  reference: z.string().nullable(),
  signedOn: IsoDate,
  validUntil: IsoDate.nullable(),
  level: OrganizationLevel,
  jurisdictionId: Uuid.nullable(),
  jurisdictionName: z.string().nullable(),
  leadOrganizationId: Uuid.nullable(),
  planId: Uuid.nullable(),
  projectId: Uuid.nullable(),
  description: z.string().nullable(),
  parties: z.array(AgreementParty),
  isDemo: z.boolean(),
  isArchived: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  abilities: EditAbilities,
});
export type Agreement = z.infer<typeof Agreement>;

const agreementFields = {
  kind: AgreementKind,
  title: RequiredText(500),
  reference: OptionalText(100),
  signedOn: IsoDate,
  validUntil: IsoDate.nullish().transform((v) => v ?? null),
  level: OrganizationLevel,
  jurisdictionId: Uuid.nullish().transform((v) => v ?? null),
  leadOrganizationId: Uuid.nullish().transform((v) => v ?? null),
  planId: Uuid.nullish().transform((v) => v ?? null),
  projectId: Uuid.nullish().transform((v) => v ?? null),
  description: OptionalText(4000),
  /** Two or more organisations, the lead among them. */
  partyIds: z.array(Uuid).min(2).max(200),
};

/** The validity ends on or after the signing; the lead is one of the parties; no party twice. */
const agreementRules = (
  value: Partial<z.output<z.ZodObject<typeof agreementFields>>>,
  ctx: z.RefinementCtx,
) => {
  if (value.validUntil && value.signedOn && value.validUntil < value.signedOn)
    ctx.addIssue({
      code: "custom",
      path: ["validUntil"],
      message: "Ends before it was signed",
      params: { reason: "agreement_ends_before_signed" satisfies Reason },
    });
  if (value.partyIds && new Set(value.partyIds).size !== value.partyIds.length)
    ctx.addIssue({
      code: "custom",
      path: ["partyIds"],
      message: "A party is named twice",
      params: { reason: "agreement_party_twice" satisfies Reason },
    });
  if (value.leadOrganizationId && value.partyIds && !value.partyIds.includes(value.leadOrganizationId))
    ctx.addIssue({
      code: "custom",
      path: ["leadOrganizationId"],
      message: "The lead is not a party",
      params: { reason: "agreement_lead_not_party" satisfies Reason },
    });
};

export const AgreementInput = z.strictObject(agreementFields).superRefine(agreementRules);
export type AgreementInput = z.input<typeof AgreementInput>;

export const AgreementPatch = z.strictObject(agreementFields).partial().strict().superRefine(agreementRules);
export type AgreementPatch = z.input<typeof AgreementPatch>;

export const agreementSortKeys = ["signedOn", "title", "kind", "updatedAt"] as const;
export const AgreementListQuery = listQuery(agreementSortKeys, {
  kind: AgreementKind.optional(),
  level: OrganizationLevel.optional(),
  organizationId: Uuid.optional(),
  archived: z.enum(["exclude", "include", "only"]).default("exclude"),
});
export type AgreementListQuery = z.infer<typeof AgreementListQuery>;

export const AgreementPage = page(Agreement);

/** Which ties a network is drawn from: a date range and filters on the organisations and sources. */
export const NetworkQuery = z
  .strictObject({
    from: IsoDate,
    to: IsoDate,
    /** Compare with the range of the same length just before (or with `previousFrom`–`previousTo`). */
    previousFrom: IsoDate.optional(),
    previousTo: IsoDate.optional(),
    planId: Uuid.optional(),
    projectId: Uuid.optional(),
    /** Only ties whose source lies in this jurisdiction or below (a municipality, canton or entity). */
    jurisdictionId: Uuid.optional(),
    level: OrganizationLevel.optional(),
    sector: OrganizationSector.optional(),
    kinds: z
      .union([TieKind, z.array(TieKind)])
      .optional()
      .transform((v) => (v === undefined ? undefined : Array.isArray(v) ? v : [v])),
  })
  .superRefine((value, ctx) => {
    if (value.to < value.from)
      ctx.addIssue({
        code: "custom",
        path: ["to"],
        message: "Ends before it starts",
        params: { reason: "range_ends_before_start" satisfies Reason },
      });
    if ((value.previousFrom === undefined) !== (value.previousTo === undefined))
      ctx.addIssue({
        code: "custom",
        path: ["previousTo"],
        message: "Give both ends of the earlier range",
        params: { reason: "range_incomplete" satisfies Reason },
      });
  });
export type NetworkQuery = z.infer<typeof NetworkQuery>;

export const NetworkNode = z.object({
  id: Uuid,
  name: z.string(),
  shortName: z.string().nullable(),
  level: OrganizationLevel,
  sector: OrganizationSector,
  degree: z.number().int(),
  betweenness: z.number(),
  /** The layout's position, computed on the server (the same ties always lay out the same). */
  x: z.number(),
  y: z.number(),
});
export type NetworkNode = z.infer<typeof NetworkNode>;

export const NetworkEdge = z.object({
  source: Uuid,
  target: Uuid,
  kinds: z.array(TieKind),
  /** How many records tie the two (events, meetings, items, agreements). */
  weight: z.number().int(),
});
export type NetworkEdge = z.infer<typeof NetworkEdge>;

/** The measures of one network. Shares and density are fractions 0–1 (null when undefined). */
export const NetworkMeasures = z.object({
  organizations: z.number().int(),
  ties: z.number().int(),
  density: z.number().nullable(),
  averageDegree: z.number().nullable(),
  degreeCentralization: z.number().nullable(),
  components: z.number().int(),
  crossLevelShare: z.number().nullable(),
  institutionCsoShare: z.number().nullable(),
  crossLevelTies: z.number().int(),
  institutionCsoTies: z.number().int(),
  /** How many ties include each kind (a tie may be of several kinds). */
  tiesByKind: z.object({
    co_organised: z.number().int(),
    attended: z.number().int(),
    board_meeting: z.number().int(),
    action_item: z.number().int(),
    agreement: z.number().int(),
  } satisfies Record<TieKind, z.ZodNumber>),
});
export type NetworkMeasures = z.infer<typeof NetworkMeasures>;

export const Network = z.object({
  from: IsoDate,
  to: IsoDate,
  previousFrom: IsoDate,
  previousTo: IsoDate,
  measures: NetworkMeasures,
  previous: NetworkMeasures,
  /** The organisations with the highest betweenness (brokers), highest first. */
  brokers: z.array(
    z.object({ id: Uuid, name: z.string(), betweenness: z.number(), degree: z.number().int() }),
  ),
  nodes: z.array(NetworkNode),
  edges: z.array(NetworkEdge),
});
export type Network = z.infer<typeof Network>;

/** An organisation's ties in a range: with whom, how, through how many records. */
export const PartnersQuery = z.strictObject({ from: IsoDate, to: IsoDate }).superRefine((value, ctx) => {
  if (value.to < value.from)
    ctx.addIssue({
      code: "custom",
      path: ["to"],
      message: "Ends before it starts",
      params: { reason: "range_ends_before_start" satisfies Reason },
    });
});
export type PartnersQuery = z.infer<typeof PartnersQuery>;

export const Partner = z.object({
  id: Uuid,
  name: z.string(),
  level: OrganizationLevel,
  sector: OrganizationSector,
  kinds: z.array(TieKind),
  records: z.number().int(),
});
export type Partner = z.infer<typeof Partner>;

export const Partners = z.object({
  from: IsoDate,
  to: IsoDate,
  /** Strongest first (most records), then by name. */
  partners: z.array(Partner),
  tiesByKind: NetworkMeasures.shape.tiesByKind,
});
export type Partners = z.infer<typeof Partners>;

/**
 * The years a network can be drawn for, the latest first: from the first held event or signed
 * agreement to this year (an agreement stays in force); `latest` is the last year an event was
 * held or an agreement signed (null when there is none).
 */
export const CooperationYears = z.object({
  years: z.array(z.number().int()),
  latest: z.number().int().nullable(),
});
export type CooperationYears = z.infer<typeof CooperationYears>;

/** A tie as a row of the network's table and export: both organisations, its kinds, its records. */
export const TieRow = z.object({
  first: z.object({ id: Uuid, name: z.string(), level: OrganizationLevel, sector: OrganizationSector }),
  second: z.object({ id: Uuid, name: z.string(), level: OrganizationLevel, sector: OrganizationSector }),
  kinds: z.array(TieKind),
  records: z.number().int(),
});
export type TieRow = z.infer<typeof TieRow>;
