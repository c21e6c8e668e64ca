import { z } from "zod";

/** Closed vocabularies of the domain. The database enforces the same values with CHECK constraints. */

export const sexes = ["female", "male"] as const;
export const Sex = z.enum(sexes);
export type Sex = z.infer<typeof Sex>;

export const roles = [
  "administrator",
  "coordinator",
  "representative",
  "partner",
  "trainer",
  "viewer",
] as const;
export const Role = z.enum(roles);
export type Role = z.infer<typeof Role>;

export const organizationLevels = ["international", "state", "entity", "canton", "municipality"] as const;
export const OrganizationLevel = z.enum(organizationLevels);
export type OrganizationLevel = z.infer<typeof OrganizationLevel>;

export const organizationSectors = [
  "defence",
  "police",
  "border",
  "intelligence",
  "justice",
  "gender_mechanism",
  "other_government",
  "local_government",
  "civil_society",
  "international_organization",
  "media",
  "academia",
] as const;
export const OrganizationSector = z.enum(organizationSectors);
export type OrganizationSector = z.infer<typeof OrganizationSector>;

export const jurisdictionKinds = ["state", "entity", "district", "canton", "municipality"] as const;
export const JurisdictionKind = z.enum(jurisdictionKinds);
export type JurisdictionKind = z.infer<typeof JurisdictionKind>;

export const eventKinds = [
  "board_meeting",
  "training_of_trainers",
  "seminar",
  "workshop",
  "public_presentation",
  "media_appearance",
  "other",
] as const;
export const EventKind = z.enum(eventKinds);
export type EventKind = z.infer<typeof EventKind>;

export const eventStatuses = ["planned", "held", "cancelled"] as const;
export const EventStatus = z.enum(eventStatuses);
export type EventStatus = z.infer<typeof EventStatus>;

export const participationRoles = [
  "participant",
  "trainer",
  "co_trainer",
  "speaker",
  "organiser",
  "observer",
] as const;
export const ParticipationRole = z.enum(participationRoles);
export type ParticipationRole = z.infer<typeof ParticipationRole>;

export const planStatuses = ["draft", "active", "closed"] as const;
export const PlanStatus = z.enum(planStatuses);
export type PlanStatus = z.infer<typeof PlanStatus>;

export const indicatorUnits = ["number", "percent", "ratio", "yes_no", "text"] as const;
export const IndicatorUnit = z.enum(indicatorUnits);
export type IndicatorUnit = z.infer<typeof IndicatorUnit>;

/** Whether a rise (`up`) or a fall (`down`) of the value is progress. */
export const indicatorDirections = ["up", "down"] as const;
export const IndicatorDirection = z.enum(indicatorDirections);
export type IndicatorDirection = z.infer<typeof IndicatorDirection>;

/**
 * The cooperation network's counts an indicator may be fed by: the organisations with ties, the
 * ties, those across levels and those between an institution and civil society, over the ties of
 * the plan's events of the indicator's kinds and the agreements in force (see decision 014).
 */
export const cooperationMeasures = [
  "cooperation_organizations",
  "cooperation_ties",
  "cross_level_ties",
  "institution_cso_ties",
] as const;
export type CooperationMeasure = (typeof cooperationMeasures)[number];

/**
 * What an activity-fed indicator counts among the matching events and participations;
 * `cascade_reach` counts the people reached, in the period, by the trainers that the matching
 * trainings of trainers produced (the trainer cascade, first generation); the cooperation
 * measures count the network's organisations and ties.
 */
export const activityMeasures = [
  "unique_people",
  "participations",
  "events_held",
  "cascade_reach",
  ...cooperationMeasures,
] as const;
export const ActivityMeasure = z.enum(activityMeasures);
export type ActivityMeasure = z.infer<typeof ActivityMeasure>;

/** Whether a measure counts people (split by sex): not events, not the network's organisations and ties. */
export const measureCountsPeople = (measure: string): boolean =>
  measure === "unique_people" || measure === "participations" || measure === "cascade_reach";

export const isCooperationMeasure = (measure: string): measure is CooperationMeasure =>
  (cooperationMeasures as readonly string[]).includes(measure);

export const periodStatuses = ["open", "closed"] as const;
export const PeriodStatus = z.enum(periodStatuses);
export type PeriodStatus = z.infer<typeof PeriodStatus>;

/** Where an action stands (the lead organisation's own account). */
export const actionStatuses = ["not_started", "in_progress", "completed", "delayed", "cancelled"] as const;
export const ActionStatus = z.enum(actionStatuses);
export type ActionStatus = z.infer<typeof ActionStatus>;

/** Who pays for an action's budget line. */
export const fundingSources = ["government", "donor"] as const;
export const FundingSource = z.enum(fundingSources);
export type FundingSource = z.infer<typeof FundingSource>;

/** The four pillars of UNSCR 1325, for tagging framework nodes. */
export const pillars = ["prevention", "participation", "protection", "relief_recovery"] as const;
export const Pillar = z.enum(pillars);
export type Pillar = z.infer<typeof Pillar>;

/** Where an organisation's submission for a reporting period stands. */
export const submissionStatuses = ["draft", "submitted", "returned", "approved"] as const;
export const SubmissionStatus = z.enum(submissionStatuses);
export type SubmissionStatus = z.infer<typeof SubmissionStatus>;

/** The government self-assessment of an action for a period. */
export const actionReportStatuses = ["not_started", "in_progress", "completed", "delayed"] as const;
export const ActionReportStatus = z.enum(actionReportStatuses);
export type ActionReportStatus = z.infer<typeof ActionReportStatus>;

/** An entry of a submission's thread: a plain comment, a return, or an unlock with its reason. */
export const submissionCommentKinds = ["comment", "return", "unlock"] as const;
export const SubmissionCommentKind = z.enum(submissionCommentKinds);
export type SubmissionCommentKind = z.infer<typeof SubmissionCommentKind>;

/** The seat a person holds on a coordination board. */
export const boardMembershipRoles = ["chair", "member", "deputy", "observer", "ngo_representative"] as const;
export const BoardMembershipRole = z.enum(boardMembershipRoles);
export type BoardMembershipRole = z.infer<typeof BoardMembershipRole>;

/** How a person was at a board meeting: a member present, absent or represented by a deputy, or a guest. */
export const boardAttendanceKinds = ["present", "absent", "represented", "guest"] as const;
export const BoardAttendanceKind = z.enum(boardAttendanceKinds);
export type BoardAttendanceKind = z.infer<typeof BoardAttendanceKind>;

/** Where an action item agreed at a board meeting stands. */
export const actionItemStatuses = ["open", "done", "dropped"] as const;
export const ActionItemStatus = z.enum(actionItemStatuses);
export type ActionItemStatus = z.infer<typeof ActionItemStatus>;

/** A test taken before or after a training. */
export const testPhases = ["pre", "post"] as const;
export const TestPhase = z.enum(testPhases);
export type TestPhase = z.infer<typeof TestPhase>;

/** The questions of the satisfaction evaluation of a training, each answered on a 1–5 scale. */
export const satisfactionQuestions = [
  "relevance",
  "content",
  "trainers",
  "materials",
  "organisation",
  "overall",
] as const;
export const SatisfactionQuestion = z.enum(satisfactionQuestions);
export type SatisfactionQuestion = z.infer<typeof SatisfactionQuestion>;

/** The kinds of a cooperation agreement between organisations. */
export const agreementKinds = [
  "memorandum",
  "protocol",
  "referral_mechanism",
  "joint_programme",
  "other",
] as const;
export const AgreementKind = z.enum(agreementKinds);
export type AgreementKind = z.infer<typeof AgreementKind>;

/**
 * Where a cooperation tie between two organisations comes from: organising an event together,
 * one's staff attending the other's training, seminar or workshop, taking part in the same board
 * meeting, an action item of one on an action another leads or partners, or a signed agreement.
 */
export const tieKinds = ["co_organised", "attended", "board_meeting", "action_item", "agreement"] as const;
export const TieKind = z.enum(tieKinds);
export type TieKind = z.infer<typeof TieKind>;
