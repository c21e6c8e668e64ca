/**
 * The columns of every list export, in the order of the list's screen where it has one. Closed
 * vocabularies (kinds, statuses, sectors, roles) are written as their codes.
 */
import type { AuditEntry } from "../../common/schemas/audit.js";
import type { ActionItem, Board } from "../../common/schemas/boards.js";
import type { Agreement, TieRow } from "../../common/schemas/cooperation.js";
import type { CoverageRow } from "../../common/schemas/coverage.js";
import type { Event } from "../../common/schemas/events.js";
import type { Indicator } from "../../common/schemas/indicators.js";
import type { Organization } from "../../common/schemas/organizations.js";
import type { Person } from "../../common/schemas/people.js";
import type { Plan } from "../../common/schemas/plans.js";
import type { Project } from "../../common/schemas/projects.js";
import type { Curriculum } from "../../common/schemas/training.js";
import type { User } from "../../common/schemas/users.js";
import {
  eventHeaders,
  organizationHeaders,
  personHeaders,
  projectHeaders,
} from "../i18n/messages/exports.js";
import { auditHeaders, userHeaders } from "../i18n/messages/exports-admin.js";
import { agreementHeaders, tieHeaders } from "../i18n/messages/exports-cooperation.js";
import {
  actionItemHeaders,
  boardHeaders,
  coverageHeaders,
  curriculumHeaders,
  indicatorHeaders,
  planHeaders,
} from "../i18n/messages/exports-plans.js";
import { dateTimeFormat, defineExport, type ExportContext } from "./export.js";

/** Names of several organisations in one cell. */
const names = (refs: readonly { name: string }[]) => refs.map((ref) => ref.name).join("; ");

export const eventExport = defineExport<Event, keyof typeof eventHeaders.en & string>({
  headers: eventHeaders,
  columns: [
    { key: "title", type: "text", value: (e) => e.title, width: 50 },
    { key: "kind", type: "text", value: (e) => e.kind },
    { key: "status", type: "text", value: (e) => e.status },
    { key: "startsOn", type: "date", value: (e) => e.startsOn },
    { key: "endsOn", type: "date", value: (e) => e.endsOn },
    { key: "municipality", type: "text", value: (e) => e.jurisdictionName },
    { key: "venue", type: "text", value: (e) => e.venue },
    { key: "project", type: "text", value: (e) => e.projectTitle },
    { key: "organizers", type: "text", value: (e) => names(e.organizers), width: 40 },
    { key: "women", type: "integer", value: (e) => e.attendance.female },
    { key: "men", type: "integer", value: (e) => e.attendance.male },
    { key: "attended", type: "integer", value: (e) => e.attendance.female + e.attendance.male },
    { key: "archived", type: "text", value: (e, c) => c.flag(e.isArchived) },
  ],
});

type PersonKey = keyof typeof personHeaders.en & string;

/** Contacts, birth year and consent: personal data, exported only to readers who may see it. */
export const personalColumns: readonly PersonKey[] = [
  "email",
  "phone",
  "birthYear",
  "consented",
  "consentedOn",
];

export const personExport = defineExport<Person, PersonKey>({
  headers: personHeaders,
  columns: [
    { key: "familyName", type: "text", value: (p) => p.familyName },
    { key: "givenName", type: "text", value: (p) => p.givenName },
    { key: "sex", type: "text", value: (p) => p.sex },
    { key: "organization", type: "text", value: (p) => p.organizationName, width: 40 },
    { key: "position", type: "text", value: (p) => p.position },
    { key: "rank", type: "text", value: (p) => p.rank },
    { key: "decisionMaker", type: "text", value: (p, c) => c.flag(p.isDecisionMaker) },
    { key: "email", type: "text", value: (p) => p.personal?.email },
    { key: "phone", type: "text", value: (p) => p.personal?.phone },
    { key: "birthYear", type: "integer", value: (p) => p.personal?.birthYear },
    {
      key: "consented",
      type: "text",
      value: (p, c) => (p.personal ? c.flag(p.personal.hasConsented) : null),
    },
    { key: "consentedOn", type: "date", value: (p) => p.personal?.consentedOn },
    { key: "archived", type: "text", value: (p, c) => c.flag(p.isArchived) },
    { key: "updatedAt", type: "date", value: (p) => p.updatedAt, numFmt: dateTimeFormat },
  ],
});

/** The people export without the personal-data columns. */
export const personExportWithoutPersonalData = defineExport<Person, PersonKey>({
  headers: personHeaders,
  columns: personExport.columns.filter((column) => !personalColumns.includes(column.key)),
});

export const organizationExport = defineExport<Organization, keyof typeof organizationHeaders.en & string>({
  headers: organizationHeaders,
  columns: [
    { key: "name", type: "text", value: (o) => o.name, width: 50 },
    { key: "shortName", type: "text", value: (o) => o.shortName },
    { key: "level", type: "text", value: (o) => o.level },
    { key: "sector", type: "text", value: (o) => o.sector },
    { key: "jurisdiction", type: "text", value: (o) => o.jurisdictionName },
    { key: "archived", type: "text", value: (o, c) => c.flag(o.isArchived) },
    { key: "updatedAt", type: "date", value: (o) => o.updatedAt, numFmt: dateTimeFormat },
  ],
});

export const projectExport = defineExport<Project, keyof typeof projectHeaders.en & string>({
  headers: projectHeaders,
  columns: [
    { key: "code", type: "text", value: (p) => p.code },
    { key: "title", type: "text", value: (p) => p.title, width: 50 },
    { key: "donor", type: "text", value: (p) => p.donorName },
    { key: "implementers", type: "text", value: (p) => names(p.implementers), width: 40 },
    { key: "startsOn", type: "date", value: (p) => p.startsOn },
    { key: "endsOn", type: "date", value: (p) => p.endsOn },
    { key: "budget", type: "number", value: (p) => p.budgetAmount, numFmt: "#,##0.00" },
    { key: "currency", type: "text", value: (p) => p.currency },
    { key: "archived", type: "text", value: (p, c) => c.flag(p.isArchived) },
  ],
});

export const planExport = defineExport<Plan, keyof typeof planHeaders.en & string>({
  headers: planHeaders,
  columns: [
    { key: "title", type: "text", value: (p) => p.title, width: 50 },
    { key: "shortTitle", type: "text", value: (p) => p.shortTitle },
    { key: "status", type: "text", value: (p) => p.status },
    { key: "startsOn", type: "date", value: (p) => p.startsOn },
    { key: "endsOn", type: "date", value: (p) => p.endsOn },
    { key: "predecessor", type: "text", value: (p) => p.predecessorTitle },
    { key: "nodeCount", type: "integer", value: (p) => p.nodeCount },
    { key: "archived", type: "text", value: (p, c) => c.flag(p.isArchived) },
  ],
});

export const indicatorExport = defineExport<Indicator, keyof typeof indicatorHeaders.en & string>({
  headers: indicatorHeaders,
  columns: [
    { key: "code", type: "text", value: (i) => i.code },
    { key: "name", type: "text", value: (i) => i.name, width: 60 },
    { key: "nodeCode", type: "text", value: (i) => i.frameworkNodeCode },
    { key: "node", type: "text", value: (i) => i.frameworkNodeTitle, width: 40 },
    { key: "unit", type: "text", value: (i) => i.unit },
    { key: "direction", type: "text", value: (i) => i.direction },
    { key: "cumulative", type: "text", value: (i, c) => c.flag(i.isCumulative) },
    { key: "baseline", type: "number", value: (i) => i.baselineValue },
    { key: "baselineDate", type: "date", value: (i) => i.baselineDate },
    { key: "endTarget", type: "number", value: (i) => i.endTarget },
    { key: "responsible", type: "text", value: (i) => names(i.responsibleOrganizations), width: 40 },
    { key: "archived", type: "text", value: (i, c) => c.flag(i.isArchived) },
  ],
});

export const userExport = defineExport<User, keyof typeof userHeaders.en & string>({
  headers: userHeaders,
  columns: [
    { key: "displayName", type: "text", value: (u) => u.displayName },
    { key: "email", type: "text", value: (u) => u.email },
    { key: "role", type: "text", value: (u) => u.role },
    { key: "organization", type: "text", value: (u) => u.organizationName, width: 40 },
    { key: "locale", type: "text", value: (u) => u.locale },
    { key: "active", type: "text", value: (u, c) => c.flag(u.isActive) },
    { key: "lastLogin", type: "date", value: (u) => u.lastLoginAt, numFmt: dateTimeFormat },
    { key: "createdAt", type: "date", value: (u) => u.createdAt, numFmt: dateTimeFormat },
  ],
});

export const auditExport = defineExport<AuditEntry, keyof typeof auditHeaders.en & string>({
  headers: auditHeaders,
  columns: [
    { key: "at", type: "date", value: (a) => a.at, numFmt: "yyyy-mm-dd hh:mm:ss" },
    { key: "actor", type: "text", value: (a) => a.actorName },
    { key: "action", type: "text", value: (a) => a.action },
    { key: "entityType", type: "text", value: (a) => a.entityType },
    { key: "entityId", type: "text", value: (a) => a.entityId },
    { key: "reason", type: "text", value: (a) => a.reason, width: 50 },
  ],
});

export const boardExport = defineExport<Board, keyof typeof boardHeaders.en & string>({
  headers: boardHeaders,
  columns: [
    { key: "name", type: "text", value: (b) => b.name, width: 50 },
    { key: "plan", type: "text", value: (b) => b.planTitle, width: 40 },
    { key: "members", type: "integer", value: (b) => b.currentMemberCount },
    { key: "consultationsPerYear", type: "integer", value: (b) => b.ngoConsultationsPerYear },
    { key: "archived", type: "text", value: (b, c) => c.flag(b.isArchived) },
    { key: "createdAt", type: "date", value: (b) => b.createdAt, numFmt: dateTimeFormat },
  ],
});

export const actionItemExport = defineExport<ActionItem, keyof typeof actionItemHeaders.en & string>({
  headers: actionItemHeaders,
  columns: [
    { key: "description", type: "text", value: (a) => a.description, width: 60 },
    { key: "owner", type: "text", value: (a) => a.ownerOrganization.name, width: 40 },
    { key: "meeting", type: "text", value: (a) => a.meetingTitle, width: 40 },
    { key: "meetingOn", type: "date", value: (a) => a.meetingOn },
    { key: "dueOn", type: "date", value: (a) => a.dueOn },
    { key: "status", type: "text", value: (a) => a.status },
    { key: "overdue", type: "text", value: (a, c) => c.flag(a.isOverdue) },
    { key: "closedOn", type: "date", value: (a) => a.closedOn },
    { key: "note", type: "text", value: (a) => a.note, width: 40 },
  ],
});

export const curriculumExport = defineExport<Curriculum, keyof typeof curriculumHeaders.en & string>({
  headers: curriculumHeaders,
  columns: [
    { key: "title", type: "text", value: (c) => c.title, width: 50 },
    { key: "description", type: "text", value: (c) => c.description, width: 60 },
    { key: "modules", type: "integer", value: (c) => c.moduleCount },
    { key: "archived", type: "text", value: (c, context) => context.flag(c.isArchived) },
    { key: "createdAt", type: "date", value: (c) => c.createdAt, numFmt: dateTimeFormat },
  ],
});

/** A place name in the reader's script: Cyrillic for sr-Cyrl-BA, Latin otherwise. */
const placeName = (
  place: { nameLatin: string; nameCyrillic: string } | null,
  context: ExportContext,
): string | null => (place ? (context.locale === "sr-Cyrl-BA" ? place.nameCyrillic : place.nameLatin) : null);

export const coverageExport = defineExport<CoverageRow, keyof typeof coverageHeaders.en & string>({
  headers: coverageHeaders,
  columns: [
    { key: "municipality", type: "text", value: (r, c) => placeName(r, c) },
    { key: "code", type: "text", value: (r) => r.code },
    { key: "entity", type: "text", value: (r, c) => placeName(r.entity, c) },
    { key: "canton", type: "text", value: (r, c) => placeName(r.canton, c) },
    { key: "events", type: "integer", value: (r) => r.events },
    { key: "participations", type: "integer", value: (r) => r.participations },
    { key: "women", type: "integer", value: (r) => r.participants.female },
    { key: "men", type: "integer", value: (r) => r.participants.male },
    {
      key: "womenShare",
      type: "percent",
      value: (r) => (r.womenShare === null ? null : Math.round(r.womenShare * 10_000) / 100),
    },
    { key: "trainersActive", type: "integer", value: (r) => r.trainersActive },
  ],
});

export const tieExport = defineExport<TieRow, keyof typeof tieHeaders.en & string>({
  headers: tieHeaders,
  columns: [
    { key: "first", type: "text", value: (r) => r.first.name, width: 45 },
    { key: "firstLevel", type: "text", value: (r) => r.first.level },
    { key: "firstSector", type: "text", value: (r) => r.first.sector },
    { key: "second", type: "text", value: (r) => r.second.name, width: 45 },
    { key: "secondLevel", type: "text", value: (r) => r.second.level },
    { key: "secondSector", type: "text", value: (r) => r.second.sector },
    { key: "kinds", type: "text", value: (r) => r.kinds.join("; "), width: 40 },
    { key: "records", type: "integer", value: (r) => r.records },
  ],
});

export const agreementExport = defineExport<Agreement, keyof typeof agreementHeaders.en & string>({
  headers: agreementHeaders,
  columns: [
    { key: "title", type: "text", value: (a) => a.title, width: 50 },
    { key: "kind", type: "text", value: (a) => a.kind },
    { key: "reference", type: "text", value: (a) => a.reference },
    { key: "signedOn", type: "date", value: (a) => a.signedOn },
    { key: "validUntil", type: "date", value: (a) => a.validUntil },
    { key: "level", type: "text", value: (a) => a.level },
    { key: "jurisdiction", type: "text", value: (a) => a.jurisdictionName },
    {
      key: "lead",
      type: "text",
      value: (a) => a.parties.find((party) => party.organizationId === a.leadOrganizationId)?.name ?? null,
    },
    { key: "parties", type: "text", value: (a) => names(a.parties), width: 60 },
    { key: "archived", type: "text", value: (a, c) => c.flag(a.isArchived) },
  ],
});
