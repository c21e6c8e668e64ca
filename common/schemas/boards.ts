/**
 * Coordination boards: memberships over time, the board-meeting record of an event (agenda,
 * attendance, minutes, decisions) and the action items agreed at meetings, followed up across them.
 */
import { z } from "zod";
import type { Reason } from "../reasons/index.js";
import { abilitiesOf } from "./abilities.js";
import {
  IsoDate,
  listQuery,
  OptionalText,
  page,
  patchShape,
  RequiredText,
  SexCounts,
  Uuid,
} from "./common.js";
import {
  ActionItemStatus,
  BoardAttendanceKind,
  BoardMembershipRole,
  EventStatus,
  OrganizationLevel,
  Sex,
} from "./enums.js";
import { OrganizationRef } from "./projects.js";

const nullableId = Uuid.nullish().transform((v) => v ?? null);

export const Board = z.object({
  id: Uuid,
  planId: Uuid,
  planTitle: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  /** NGO consultations the board commits to hold per calendar year; null when it has no such commitment. */
  ngoConsultationsPerYear: z.number().int().nullable(),
  /** People holding a seat today. */
  currentMemberCount: z.number().int(),
  isArchived: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  abilities: abilitiesOf("update", "archive", "manageMembers", "recordMeetings", "addActionItems"),
});
export type Board = z.infer<typeof Board>;

export const BoardMembership = z.object({
  id: Uuid,
  boardId: Uuid,
  personId: Uuid,
  person: z.object({ givenName: z.string(), familyName: z.string(), sex: Sex }),
  organization: z.object({ id: Uuid, name: z.string(), level: OrganizationLevel }),
  role: BoardMembershipRole,
  startsOn: z.string(),
  /** The last day of the seat; null while it lasts. */
  endsOn: z.string().nullable(),
  /** Whether the seat is held today. */
  isCurrent: z.boolean(),
});
export type BoardMembership = z.infer<typeof BoardMembership>;

/** Held NGO-consultation meetings of one calendar year against the board's commitment. */
export const NgoConsultationYear = z.object({
  year: z.number().int(),
  held: z.number().int(),
  commitment: z.number().int().nullable(),
  isMet: z.boolean().nullable(),
});

export const OrganizationFollowUp = z.object({
  organization: OrganizationRef,
  open: z.number().int(),
  overdue: z.number().int(),
});

/** A meeting of the board: its event, and how many action items were agreed at it. */
export const BoardMeetingRef = z.object({
  eventId: Uuid,
  title: z.string(),
  startsOn: z.string(),
  status: EventStatus,
  isNgoConsultation: z.boolean(),
  actionItems: z.number().int(),
});
export type BoardMeetingRef = z.infer<typeof BoardMeetingRef>;

export const BoardDetail = Board.extend({
  /** The seats held today, with the people counted once by sex and by their organisation's level. */
  composition: z.object({
    members: z.array(BoardMembership),
    bySex: SexCounts,
    byLevel: z.array(SexCounts.extend({ level: OrganizationLevel })),
  }),
  /** Per calendar year with held meetings, and the current year. */
  ngoConsultations: z.array(NgoConsultationYear),
  /** Open and overdue action items of the board's meetings per owner organisation. */
  followUpByOrganization: z.array(OrganizationFollowUp),
  /** The board's meetings, newest first. */
  meetings: z.array(BoardMeetingRef),
});
export type BoardDetail = z.infer<typeof BoardDetail>;

const boardFields = {
  name: RequiredText(300),
  description: OptionalText(4000),
  ngoConsultationsPerYear: z
    .number()
    .int()
    .min(0)
    .max(366)
    .nullish()
    .transform((v) => v ?? null),
};
export const BoardInput = z.strictObject({ planId: Uuid, ...boardFields });
export type BoardInput = z.input<typeof BoardInput>;
export const BoardPatch = z.strictObject(patchShape(boardFields));

export const BoardListQuery = listQuery(["name", "createdAt"] as const, {
  planId: Uuid.optional(),
  archived: z.enum(["exclude", "include", "only"]).default("exclude"),
});
export type BoardListQuery = z.infer<typeof BoardListQuery>;
export const BoardPage = page(Board);

const membershipDatesInOrder = (m: { startsOn?: string; endsOn?: string | null }) =>
  !m.startsOn || !m.endsOn || m.endsOn >= m.startsOn;
const membershipDatesMessage = {
  path: ["endsOn"],
  message: "The end date comes before the start date",
  params: { reason: "date_order" satisfies Reason },
};
const membershipFields = {
  personId: Uuid,
  organizationId: Uuid,
  role: BoardMembershipRole.default("member"),
  startsOn: IsoDate,
  endsOn: IsoDate.nullish().transform((v) => v ?? null),
};
export const BoardMembershipInput = z
  .strictObject(membershipFields)
  .refine(membershipDatesInOrder, membershipDatesMessage);
export type BoardMembershipInput = z.input<typeof BoardMembershipInput>;
/** Ending a seat sets `endsOn`; the seat stays in the board's history. */
export const BoardMembershipPatch = z
  .strictObject(patchShape(membershipFields))
  .refine(membershipDatesInOrder, membershipDatesMessage);
export const BoardMembershipParams = z.strictObject({ id: Uuid, membershipId: Uuid });
export const BoardMembershipList = z.object({ items: z.array(BoardMembership) });

export const ActionItem = z.object({
  id: Uuid,
  eventId: Uuid,
  boardId: Uuid,
  /** The meeting that agreed the item. */
  meetingTitle: z.string(),
  meetingOn: z.string(),
  description: z.string(),
  ownerOrganization: OrganizationRef,
  dueOn: z.string().nullable(),
  status: ActionItemStatus,
  /** The day it was marked done or dropped. */
  closedOn: z.string().nullable(),
  note: z.string().nullable(),
  frameworkNodeId: Uuid.nullable(),
  indicatorId: Uuid.nullable(),
  /** Open with its due date passed, as of today. */
  isOverdue: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  abilities: abilitiesOf("update", "mark"),
});
export type ActionItem = z.infer<typeof ActionItem>;

const actionItemFields = {
  description: RequiredText(2000),
  ownerOrganizationId: Uuid,
  dueOn: IsoDate.nullish().transform((v) => v ?? null),
  status: ActionItemStatus.default("open"),
  note: OptionalText(2000),
  frameworkNodeId: nullableId,
  indicatorId: nullableId,
};
export const ActionItemInput = z.strictObject(actionItemFields);
export type ActionItemInput = z.input<typeof ActionItemInput>;
/** Staff change any field; a representative of the owner organisation only `status` (open or done) and `note`. */
export const ActionItemPatch = z.strictObject(patchShape(actionItemFields));
export const ActionItemList = z.object({ items: z.array(ActionItem) });

export const ActionItemListQuery = z.strictObject({
  organizationId: Uuid.optional(),
  boardId: Uuid.optional(),
  status: ActionItemStatus.optional(),
  /** `true`: only open items whose due date has passed. */
  overdue: z
    .enum(["true", "false"])
    .optional()
    .transform((v) => v === "true"),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type ActionItemListQuery = z.infer<typeof ActionItemListQuery>;
export const ActionItemPage = page(ActionItem);

const AgendaItem = z.object({
  id: Uuid,
  title: z.string(),
  presenterPersonId: Uuid.nullable(),
  presenterName: z.string().nullable(),
  frameworkNodeId: Uuid.nullable(),
});

const Attendance = z.object({
  personId: Uuid,
  name: z.string(),
  sex: Sex,
  attendance: BoardAttendanceKind,
  deputyPersonId: Uuid.nullable(),
  deputyName: z.string().nullable(),
});

const Decision = z.object({ id: Uuid, text: z.string(), frameworkNodeId: Uuid.nullable() });

export const BoardMeeting = z.object({
  eventId: Uuid,
  eventTitle: z.string(),
  startsOn: z.string(),
  eventStatus: EventStatus,
  boardId: Uuid,
  boardName: z.string(),
  isNgoConsultation: z.boolean(),
  /** Sanitised HTML. */
  minutes: z.string().nullable(),
  agendaItems: z.array(AgendaItem),
  attendance: z.array(Attendance),
  decisions: z.array(Decision),
  /**
   * Action items agreed at earlier meetings of the board that are still open, or were closed on or
   * after this meeting's date: what this meeting follows up.
   */
  followUp: z.array(ActionItem),
});
export type BoardMeeting = z.infer<typeof BoardMeeting>;

const attendanceRule = (a: { attendance: string; deputyPersonId: string | null; personId: string }) =>
  (a.attendance === "represented") === (a.deputyPersonId !== null) && a.deputyPersonId !== a.personId;

export const BoardMeetingInput = z.strictObject({
  boardId: Uuid,
  isNgoConsultation: z.boolean().default(false),
  /** HTML; sanitised on save. */
  minutes: OptionalText(200_000),
  agendaItems: z
    .array(
      z.strictObject({
        title: RequiredText(500),
        presenterPersonId: nullableId,
        frameworkNodeId: nullableId,
      }),
    )
    .max(100)
    .default([]),
  attendance: z
    .array(
      z
        .strictObject({ personId: Uuid, attendance: BoardAttendanceKind, deputyPersonId: nullableId })
        .refine(attendanceRule, {
          path: ["deputyPersonId"],
          message: "A member represented by a deputy names the deputy, and only then",
          params: { reason: "deputy_mismatch" satisfies Reason },
        }),
    )
    .max(500)
    .default([]),
  decisions: z
    .array(z.strictObject({ text: RequiredText(4000), frameworkNodeId: nullableId }))
    .max(200)
    .default([]),
});
export type BoardMeetingInput = z.input<typeof BoardMeetingInput>;
