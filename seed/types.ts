/**
 * Shapes of the embedded default dataset. The data files in `seed/data/` are plain
 * values of these types; `seed/load.ts` writes them through the same tables the app uses.
 * References between records use stable string keys (`key`), never database ids.
 */
import type {
  ActivityMeasure,
  EventKind,
  EventStatus,
  IndicatorDirection,
  IndicatorUnit,
  OrganizationLevel,
  OrganizationSector,
  ParticipationRole,
  Sex,
} from "../common/schemas/enums.js";

/** A municipality as named in `data/bih-municipalities.csv` (Latin name, exactly). */
export type MunicipalityName = string;

export interface SeedOrganization {
  key: string;
  name: string;
  shortName?: string;
  level: OrganizationLevel;
  sector: OrganizationSector;
  /** Jurisdiction code: "BA" (state), "BA-BIH" (FBiH), "BA-SRP" (RS), "BA-BRC" (Brčko District),
   *  "BA-01".."BA-10" (FBiH cantons, ISO 3166-2:BA), or a municipality's Latin name prefixed "mun:". */
  jurisdiction?: string;
  description?: string;
  /** Public source for the facts about this organisation. */
  source?: string;
}

export interface SeedFrameworkNode {
  key: string;
  code: string;
  title: string;
  description?: string;
  leadOrganization?: string;
  children?: SeedFrameworkNode[];
}

export interface SeedPlan {
  key: string;
  title: string;
  shortTitle: string;
  startsOn: string; // ISO date
  endsOn: string;
  tierNames: string[];
  description: string;
  source: string;
  nodes: SeedFrameworkNode[];
}

export interface SeedProject {
  key: string;
  title: string;
  code: string;
  donor: string; // organisation key
  implementers: string[]; // organisation keys
  startsOn: string;
  endsOn: string;
  budgetAmount?: number;
  currency?: string;
  description: string;
  source: string;
  outputTargets: { eventKind: EventKind; targetCount: number; label: string }[];
  frameworkNodes: string[]; // node keys
}

export interface SeedPerson {
  key: string;
  givenName: string;
  familyName: string;
  sex: Sex;
  organization?: string; // organisation key
  position?: string;
  rank?: string;
  isDecisionMaker: boolean;
}

export interface SeedParticipation {
  person: string; // person key
  role: ParticipationRole;
  attended: boolean;
  preTestScore?: number;
  postTestScore?: number;
  testMaxScore?: number;
}

export interface SeedEvent {
  key: string;
  title: string;
  kind: EventKind;
  status: EventStatus;
  startsOn: string;
  endsOn: string;
  municipality: MunicipalityName;
  venue?: string;
  project?: string; // project key
  organizers: string[]; // organisation keys
  frameworkNodes: string[]; // node keys
  description?: string;
  participations: SeedParticipation[];
}

/** The codes of the system category sets (`server/modules/indicators/category-sets.load.ts`). */
export type SeedCategorySetCode = "sex" | "entity" | "level" | "sector";

export interface SeedIndicator {
  key: string;
  code: string;
  name: string;
  frameworkNode: string; // node key
  unit: IndicatorUnit;
  direction: IndicatorDirection;
  isCumulative: boolean;
  /** An indicator that counts people is split by sex: its category sets include "sex". */
  countsPeople: boolean;
  /** The disaggregation, in this order. */
  categorySets: SeedCategorySetCode[];
  baselineValue?: number;
  baselineDate?: string; // ISO date
  endTarget?: number;
  /** Where every figure of the indicator comes from, in words: publisher, document, year. */
  meansOfVerification: string;
  dataSource?: string;
  frequency?: string;
  rationale?: string;
  responsibleOrganizations: string[]; // organisation keys
  /** A percent or ratio computed from two indicators listed before this one. */
  formula?: { numerator: string; denominator: string }; // indicator keys
  activitySource?: {
    eventKinds: EventKind[];
    roles: ParticipationRole[];
    attendedOnly: boolean;
    measure: ActivityMeasure;
  };
  /** Per reporting period, named by the period's first day. */
  targets?: { periodStart: string; value: number }[];
}

/**
 * An organisation's report for a reporting period, loaded as approved: the figures it gives for
 * its indicators (the total only, or per category combination as `set=category` pairs) and a note
 * in the submission's thread saying where the figures come from.
 */
export interface SeedReport {
  organization: string; // organisation key
  periodStart: string; // ISO date of the period's first day
  values: { indicator: string; categoryKey?: string; value: number }[]; // indicator keys
  sourceNote: string;
}

/** A coordination board of the plan, its seats and the records of its meetings (demo data). */
export interface SeedBoard {
  name: string;
  description: string;
  ngoConsultationsPerYear: number | null;
  memberships: {
    person: number; // person number (see personKey)
    role: "chair" | "member" | "deputy" | "observer" | "ngo_representative";
    startsOn: string;
    endsOn?: string;
  }[];
  meetings: SeedMeetingRecord[];
}

export interface SeedMeetingRecord {
  event: string; // event key (an event of kind board_meeting)
  isNgoConsultation: boolean;
  agenda: { title: string; presenter?: number; node?: string }[];
  /** Members who sent a deputy: recorded as represented instead of present or absent. */
  represented?: { member: number; deputy: number }[];
  minutes: string; // simple HTML
  decisions: { text: string; node?: string }[];
  actionItems: {
    description: string;
    owner: string; // organisation key
    dueOn: string;
    status: "open" | "done" | "dropped";
    closedOn?: string;
    note?: string;
    node?: string;
  }[];
}

/** Curricula with their modules, and the trainings that teach them (demo data). */
export interface SeedCurriculum {
  key: string;
  title: string;
  description: string;
  modules: { title: string; durationMinutes?: number }[];
  events: string[]; // event keys
}

/** An agreement between organisations (by their keys); `lead` is one of `parties`. */
export interface SeedAgreement {
  kind: "memorandum" | "protocol" | "referral_mechanism" | "joint_programme" | "other";
  title: string;
  signedOn: string;
  validUntil?: string;
  level: "international" | "state" | "entity" | "canton" | "municipality";
  lead?: string;
  parties: string[];
  /** Whether it serves the Action Plan of the default data (ties it to the plan's figures). */
  ofActionPlan: boolean;
  description: string;
  source: string;
}
