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
import { EventKind, EventStatus, ParticipationRole, Sex } from "./enums.js";
import { PersonInput } from "./people.js";
import { OrganizationRef } from "./projects.js";

export const Event = z.object({
  id: Uuid,
  title: z.string(),
  kind: EventKind,
  status: EventStatus,
  startsOn: z.string(),
  endsOn: z.string(),
  jurisdictionId: Uuid,
  jurisdictionName: z.string(),
  venue: z.string().nullable(),
  projectId: Uuid.nullable(),
  projectTitle: z.string().nullable(),
  organizers: z.array(OrganizationRef),
  frameworkNodeIds: z.array(Uuid),
  description: z.string().nullable(),
  isDemo: z.boolean(),
  isArchived: z.boolean(),
  /** People who attended, by sex (everyone who may read the event sees these counts). */
  attendance: SexCounts,
  /** Whether the reader may edit the event and its participants. */
  abilities: abilitiesOf("update", "archive", "record"),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Event = z.infer<typeof Event>;

const eventFields = {
  title: RequiredText(300),
  kind: EventKind,
  status: EventStatus.default("planned"),
  startsOn: IsoDate,
  endsOn: IsoDate,
  /** A municipality (or Brčko District). */
  jurisdictionId: Uuid,
  venue: OptionalText(300),
  projectId: Uuid.nullish().transform((v) => v ?? null),
  /** At least one; a partner or representative must include its own organisation. */
  organizerIds: z.array(Uuid).min(1).max(20),
  frameworkNodeIds: z.array(Uuid).max(100).default([]),
  description: OptionalText(8000),
};
const datesInOrder = (e: { startsOn?: string; endsOn?: string }) =>
  !e.startsOn || !e.endsOn || e.endsOn >= e.startsOn;
const datesMessage = {
  path: ["endsOn"],
  message: "The end date comes before the start date",
  params: { reason: "date_order" satisfies Reason },
};

export const EventInput = z.strictObject(eventFields).refine(datesInOrder, datesMessage);
export type EventInput = z.input<typeof EventInput>;
export const EventPatch = z.strictObject(patchShape(eventFields)).refine(datesInOrder, datesMessage);

export const EventListQuery = listQuery(["startsOn", "title", "kind"] as const, {
  kind: EventKind.optional(),
  status: EventStatus.optional(),
  projectId: Uuid.optional(),
  jurisdictionId: Uuid.optional(),
  organizationId: Uuid.optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  archived: z.enum(["exclude", "include", "only"]).default("exclude"),
});
export type EventListQuery = z.infer<typeof EventListQuery>;
export const EventPage = page(Event);

export const Participation = z.object({
  id: Uuid,
  eventId: Uuid,
  personId: Uuid,
  person: z.object({
    givenName: z.string(),
    familyName: z.string(),
    sex: Sex,
    organizationName: z.string().nullable(),
  }),
  role: ParticipationRole,
  attended: z.boolean(),
  preTestScore: z.number().nullable(),
  postTestScore: z.number().nullable(),
  testMaxScore: z.number().nullable(),
});
export type Participation = z.infer<typeof Participation>;

const score = z
  .number()
  .min(0)
  .max(10_000)
  .nullish()
  .transform((v) => v ?? null);
const participationFields = {
  role: ParticipationRole.default("participant"),
  attended: z.boolean().default(true),
  preTestScore: score,
  postTestScore: score,
  testMaxScore: score,
};
const scoresFit = (p: {
  preTestScore?: number | null;
  postTestScore?: number | null;
  testMaxScore?: number | null;
}) =>
  (p.preTestScore == null && p.postTestScore == null) ||
  (p.testMaxScore != null &&
    p.testMaxScore > 0 &&
    (p.preTestScore ?? 0) <= p.testMaxScore &&
    (p.postTestScore ?? 0) <= p.testMaxScore);
const scoresMessage = {
  path: ["testMaxScore"],
  message: "Test scores need a maximum score they do not exceed",
  params: { reason: "scores_over_maximum" satisfies Reason },
};

/** Adds an existing person (`personId`) or registers a new one on the spot (`newPerson`). */
export const ParticipationInput = z
  .strictObject({ personId: Uuid.optional(), newPerson: PersonInput.optional(), ...participationFields })
  .refine((p) => Boolean(p.personId) !== Boolean(p.newPerson), {
    path: ["personId"],
    message: "Choose a person or register a new one",
    params: { reason: "person_or_new_person" satisfies Reason },
  })
  .refine(scoresFit, scoresMessage);
export type ParticipationInput = z.input<typeof ParticipationInput>;
export const ParticipationPatch = z
  .strictObject(patchShape(participationFields))
  .refine(scoresFit, scoresMessage);

export const ParticipationParams = z.strictObject({ id: Uuid, participationId: Uuid });
export const ParticipationList = z.object({ items: z.array(Participation) });
