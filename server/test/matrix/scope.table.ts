/**
 * List scope: for every list the API answers, whose rows a reader may see. Each scoped list names
 * how to tell a listed row's record (its id, its event, its organisation) and asks that record's
 * policy whether the reader may read it (`scope.facts.ts` reads the facts the policy needs). The
 * lists every signed-in role reads whole are named in `unscopedLists`, each with its reason.
 * `authorization-matrix.test.ts` fails on a listed row the reader may not read, and on a list route
 * of the OpenAPI document that is in neither.
 */
import type { Role } from "../../../common/schemas/enums.js";
import type { Actor } from "../../http/actor.js";
import { auditPolicy } from "../../modules/audit/audit.policy.js";
import { actionItemPolicy } from "../../modules/boards/action-items.policy.js";
import { meetingPolicy } from "../../modules/boards/meetings.policy.js";
import { cascadePolicy } from "../../modules/cascade/cascade.policy.js";
import { certificatePolicy } from "../../modules/certificates/certificates.policy.js";
import { eventPolicy, participationPolicy } from "../../modules/events/events.policy.js";
import { evidencePolicy } from "../../modules/evidence/evidence.policy.js";
import { importPolicy } from "../../modules/imports/imports.policy.js";
import { jobPolicy } from "../../modules/jobs/jobs.policy.js";
import { personPolicy } from "../../modules/people/people.policy.js";
import { reminderScope } from "../../modules/reminders/reminders.policy.js";
import { submissionPolicy } from "../../modules/submissions/submissions.policy.js";
import { trainingPolicy } from "../../modules/training/training.policy.js";
import { userPolicy } from "../../modules/users/users.policy.js";
import { allows, type Facts } from "./scope.facts.js";
import type { ScopeWorld } from "./scope.world.js";

export type Row = Record<string, unknown>;

export interface ScopedList {
  /** "GET /api/path/:param", exactly as registered. */
  route: string;
  url: (w: ScopeWorld) => string;
  /** The listed rows; `items` (every page of it) or the array answered, unless said otherwise. */
  rows?: (body: Row) => Row[];
  /** The id the failure message names. */
  rowId: (row: Row) => string;
  /** Whether the reader may read the record the row belongs to, by that record's policy. */
  mayRead: (actor: Actor, row: Row, on: { facts: Facts; world: ScopeWorld }) => Promise<boolean>;
  /** Roles the policy limits here: the world must hold a row (as an administrator sees it) they may not read. */
  limits: Role[];
}

const text = (value: unknown): string => String(value);
const readsEvent = async (actor: Actor, eventId: unknown, facts: Facts) =>
  allows(eventPolicy(actor, "read", await facts.event(text(eventId))));
const readsParticipants = async (actor: Actor, eventId: unknown, facts: Facts) =>
  allows(participationPolicy(actor, "read", await facts.event(text(eventId))));

/** The roles this check signs in as; staff see everything and are the reference. */
export const scopeReaders: Role[] = ["representative", "partner", "trainer", "viewer"];

export const scopedLists: ScopedList[] = [
  {
    route: "GET /api/events",
    url: () => "/api/events",
    rowId: (row) => text(row.id),
    mayRead: (actor, row, { facts }) => readsEvent(actor, row.id, facts),
    limits: ["partner", "trainer"],
  },
  {
    // The events listed on a municipality's page (not a list route, but a list of events all the same).
    route: "GET /api/municipalities/:id",
    url: (w) => `/api/municipalities/${w.municipalityId}`,
    rows: (body) => body.events as Row[],
    rowId: (row) => text(row.id),
    mayRead: (actor, row, { facts }) => readsEvent(actor, row.id, facts),
    limits: ["partner", "trainer"],
  },
  {
    route: "GET /api/cascades",
    url: () => "/api/cascades",
    rowId: (row) => text(row.id),
    mayRead: async (actor, row, { facts }) => allows(cascadePolicy(actor, await facts.event(text(row.id)))),
    limits: ["partner", "trainer"],
  },
  {
    route: "GET /api/people",
    url: () => "/api/people",
    rowId: (row) => text(row.id),
    mayRead: async (actor, row, { facts }) =>
      allows(personPolicy(actor, "read", await facts.person(actor, text(row.id)))),
    limits: ["representative", "partner", "trainer", "viewer"],
  },
  {
    // Pairs of probable duplicates, across every organisation: only those who may merge people.
    route: "GET /api/people/duplicates",
    url: () => "/api/people/duplicates",
    rowId: (row) => `${text((row.first as Row).id)} ${text((row.second as Row).id)}`,
    mayRead: async (actor) => allows(personPolicy(actor, "merge")),
    limits: ["representative", "partner", "trainer", "viewer"],
  },
  {
    route: "GET /api/events/:id/participations",
    url: (w) => `/api/events/${w.ownEventId}/participations`,
    rowId: (row) => text(row.id),
    mayRead: (actor, row, { facts }) => readsParticipants(actor, row.eventId, facts),
    limits: ["viewer"],
  },
  {
    route: "GET /api/events/:id/evaluations",
    url: (w) => `/api/events/${w.ownEventId}/evaluations`,
    rowId: (row) => text(row.id),
    mayRead: async (actor, row, { facts }) =>
      allows(trainingPolicy(actor, "readResults", await facts.event(text(row.eventId)))),
    limits: ["viewer"],
  },
  {
    // A row is a participant of the training: read with the training's participants.
    route: "GET /api/events/:id/certificates",
    url: (w) => `/api/events/${w.ownEventId}/certificates`,
    rowId: (row) => text(row.personId),
    mayRead: async (actor, row, { facts, world }) =>
      (await facts.takesPart(text(row.personId), world.ownEventId)) &&
      allows(certificatePolicy(actor, "read", await facts.event(world.ownEventId))),
    limits: ["viewer"],
  },
  {
    route: "GET /api/events/:id/action-items",
    url: (w) => `/api/events/${w.ownMeetingId}/action-items`,
    rowId: (row) => text(row.id),
    mayRead: async (actor, row, { facts }) =>
      allows(meetingPolicy(actor, "read")) && (await readsEvent(actor, row.eventId, facts)),
    limits: [],
  },
  {
    // actionItemPolicy: every signed-in role reads every item, whoever owns it.
    route: "GET /api/action-items",
    url: () => "/api/action-items",
    rowId: (row) => text(row.id),
    mayRead: async (actor, row) =>
      allows(
        actionItemPolicy(actor, "read", {
          ownerOrganizationId: text((row.ownerOrganization as Row | null)?.id),
        }),
      ),
    limits: [],
  },
  {
    route: "GET /api/imports",
    url: () => "/api/imports",
    rowId: (row) => text(row.id),
    mayRead: async (actor, row, { facts }) =>
      allows(importPolicy(actor, "read", await facts.import(text(row.id)))),
    limits: ["representative", "partner", "trainer", "viewer"],
  },
  {
    // The completeness of a period: one row per reporting organisation, for every reporting role.
    route: "GET /api/periods/:id/submissions",
    url: (w) => `/api/periods/${w.periodId}/submissions`,
    rowId: (row) => text(row.organizationId),
    mayRead: async (actor) => allows(submissionPolicy(actor, "list")),
    limits: ["partner", "trainer"],
  },
  {
    route: "GET /api/submissions/:id/evidence",
    url: (w) => `/api/submissions/${w.ownSubmissionId}/evidence`,
    rowId: (row) => text(row.id),
    mayRead: async (actor, row, { facts }) =>
      allows(evidencePolicy(actor, "read", await facts.submission(text(row.submissionId)))),
    limits: ["partner", "trainer", "viewer"],
  },
  {
    // Reminders of a representative are its own organisation's; other roles but staff get none.
    route: "GET /api/reminders",
    url: () => "/api/reminders",
    rowId: (row) => `${text(row.kind)}:${text(row.organizationId)}:${text(row.periodId)}`,
    mayRead: async (actor, row) => {
      const scope = reminderScope(actor);
      return scope === "review" || (scope === "report" && row.organizationId === actor.organizationId);
    },
    limits: ["representative", "partner", "trainer", "viewer"],
  },
  {
    route: "GET /api/audit",
    url: () => "/api/audit",
    rowId: (row) => text(row.id),
    mayRead: async (actor) => allows(auditPolicy(actor, "read")),
    limits: ["representative", "partner", "trainer", "viewer"],
  },
  {
    // Jobs carry no organisation: administrators read them all, every other role is refused. The
    // matrix's database has no queue, so there is no row to hide from anyone.
    route: "GET /api/jobs",
    url: () => "/api/jobs",
    rowId: (row) => text(row.id),
    mayRead: async (actor) => allows(jobPolicy(actor, "read")),
    limits: [],
  },
  {
    route: "GET /api/users",
    url: () => "/api/users",
    rowId: (row) => text(row.id),
    mayRead: async (actor) => allows(userPolicy(actor, "read")),
    limits: ["representative", "partner", "trainer", "viewer"],
  },
];

/** Lists every signed-in role reads whole: no row is any organisation's to hide. */
export const unscopedLists: Record<string, string> = {
  "GET /api/jurisdictions": "jurisdictionPolicy: public reference data, read whole by every role",
  "GET /api/organizations": "organizationPolicy: organisations are public knowledge inside the platform",
  "GET /api/agreements":
    "agreementPolicy: agreements are institutional records without personal data, read whole by every signed-in role",
  "GET /api/plans": "planPolicy: plan data is read by every signed-in role",
  "GET /api/plans/:id/periods": "periodPolicy: a plan's reporting periods are read by every signed-in role",
  "GET /api/indicators": "indicatorPolicy: indicator definitions are plan data, read by every role",
  "GET /api/category-sets": "categorySetPolicy: shared by every plan, read by every role",
  "GET /api/projects": "projectPolicy: projects are read by every signed-in role",
  "GET /api/boards": "boardPolicy: boards are the plan's, read by every signed-in role",
  "GET /api/boards/:id/memberships": "membershipPolicy: a board's composition is read by every role",
  "GET /api/curricula": "curriculumPolicy: the plan's shared material, read by every role",
  "GET /api/coverage":
    "coveragePolicy: rows are municipalities (reference data) with counts; its events are checked on GET /api/municipalities/:id",
};
