import type { z } from "zod";
import type { Page } from "../../../common/schemas/common.js";
import type { Event, EventInput, EventListQuery, EventPatch } from "../../../common/schemas/events.js";
import { buildSearchKey } from "../../../common/text/search.js";
import type { Db, DbOrTx } from "../../db/client.js";
import { definedOnly } from "../../db/rows.js";
import type { Actor } from "../../http/actor.js";
import { AppError, fieldError, invalid, notFound } from "../../http/errors.js";
import { enforce } from "../../http/policy.js";
import { setRecordArchived } from "../audit/audit.archive.js";
import { recordAudit } from "../audit/audit.service.js";
import { jurisdictionKind } from "../jurisdictions/jurisdictions.service.js";
import { type EventFacts, eventAbilities, eventPolicy, organizerChangePolicy } from "./events.policy.js";
import {
  type EventLinks,
  type EventRecord,
  eventRecord,
  insertEventRow,
  lockEvent,
  replaceEventFrameworkNodes,
  replaceEventOrganizers,
  selectEvent,
  selectEventLinksOf,
  selectEvents,
  unknownFrameworkNodeIds,
  unknownOrganizationIds,
  unknownProjectIds,
  updateEventRow,
} from "./events.queries.js";

export type EventValues = z.output<typeof EventInput>;
export type EventChanges = z.output<typeof EventPatch>;

const searchKeyOf = (values: { title: string; venue: string | null }) =>
  buildSearchKey(values.title, values.venue);

const presentEvent = (actor: Actor, record: EventRecord): Event => ({
  ...record.event,
  abilities: eventAbilities(actor, record.facts),
});

const distinct = (ids: string[]) => [...new Set(ids)];

export async function listEvents(db: Db, actor: Actor, query: EventListQuery): Promise<Page<Event>> {
  enforce(eventPolicy(actor, "read"), "Event");
  const { items, total } = await selectEvents(db, actor, query);
  return {
    items: items.map((record) => presentEvent(actor, record)),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export async function getEvent(db: Db, actor: Actor, id: string): Promise<Event> {
  enforce(eventPolicy(actor, "read"), "Event");
  const record = await selectEvent(db, id, actor);
  if (!record) throw notFound("Event");
  enforce(eventPolicy(actor, "read", record.facts), "Event");
  return presentEvent(actor, record);
}

/** The event as the actor who just wrote it sees it. */
async function loadWrittenEvent(db: Db, actor: Actor, id: string): Promise<Event> {
  const record = await selectEvent(db, id, actor);
  if (!record) throw notFound("Event");
  return presentEvent(actor, record);
}

/** Checks the references of new or changed values; `facts` are the event's before the change. */
async function checkEventValues(tx: DbOrTx, actor: Actor, values: Partial<EventValues>, facts: EventFacts) {
  if (values.jurisdictionId !== undefined) {
    const kind = await jurisdictionKind(tx, values.jurisdictionId);
    if (kind !== "municipality") throw invalid("jurisdictionId", "not_a_municipality");
  }
  if (values.projectId && (await unknownProjectIds(tx, [values.projectId])).length > 0) {
    throw invalid("projectId", "no_such_project");
  }
  if (values.organizerIds !== undefined) {
    const isNew = facts.organizerIds.length === 0;
    // A new event must be the actor's own; an existing one may lose another organiser only by staff.
    if (isNew && eventPolicy(actor, "update", { ...facts, organizerIds: values.organizerIds }) !== "allow") {
      throw invalid("organizerIds", "own_organization_missing");
    }
    if (!isNew && organizerChangePolicy(actor, facts.organizerIds, values.organizerIds) !== "allow") {
      const detail = fieldError("organizerIds", "cannot_remove_organizer");
      throw new AppError("FORBIDDEN", detail.message, [detail], { reason: "cannot_remove_organizer" });
    }
    if ((await unknownOrganizationIds(tx, values.organizerIds)).length > 0) {
      throw invalid("organizerIds", "no_such_organization");
    }
  }
  if (values.frameworkNodeIds !== undefined) {
    if ((await unknownFrameworkNodeIds(tx, values.frameworkNodeIds)).length > 0) {
      throw invalid("frameworkNodeIds", "no_such_framework_node");
    }
  }
}

export async function createEvent(db: Db, actor: Actor, input: EventValues): Promise<Event> {
  enforce(eventPolicy(actor, "create"), "Event");
  const values = {
    ...input,
    organizerIds: distinct(input.organizerIds),
    frameworkNodeIds: distinct(input.frameworkNodeIds),
  };
  const id = await db.transaction(async (tx) => {
    const noFacts = { organizerIds: [], trainerPersonIds: [], participantOrganizationIds: [] };
    await checkEventValues(tx, actor, values, noFacts);
    const { organizerIds, frameworkNodeIds, ...fields } = values;
    const row = await insertEventRow(tx, { ...fields, searchText: searchKeyOf(fields) });
    await replaceEventOrganizers(tx, row.id, organizerIds);
    await replaceEventFrameworkNodes(tx, row.id, frameworkNodeIds);
    await recordAudit(tx, actor, {
      action: "create",
      entityType: "event",
      entityId: row.id,
      after: { ...row, organizerIds, frameworkNodeIds },
    });
    return row.id;
  });
  return loadWrittenEvent(db, actor, id);
}

export async function updateEvent(db: Db, actor: Actor, id: string, patch: EventChanges): Promise<Event> {
  enforce(eventPolicy(actor, "update"), "Event");
  const changes = definedOnly(patch);
  if (changes.organizerIds) changes.organizerIds = distinct(changes.organizerIds);
  if (changes.frameworkNodeIds) changes.frameworkNodeIds = distinct(changes.frameworkNodeIds);
  await db.transaction(async (tx) => {
    const before = await lockEvent(tx, id);
    if (!before) throw notFound("Event");
    const links = await selectEventLinksOf(tx, id);
    enforce(eventPolicy(actor, "update", links), "Event");
    const { organizerIds, frameworkNodeIds, ...fields } = changes;
    const merged = { ...before, ...fields };
    if (merged.endsOn < merged.startsOn) {
      throw invalid("endsOn", "date_order");
    }
    await checkEventValues(tx, actor, changes, links);
    const after = await updateEventRow(tx, id, { ...fields, searchText: searchKeyOf(merged) });
    if (organizerIds) await replaceEventOrganizers(tx, id, organizerIds);
    if (frameworkNodeIds) await replaceEventFrameworkNodes(tx, id, frameworkNodeIds);
    await recordAudit(tx, actor, {
      action: "update",
      entityType: "event",
      entityId: id,
      before: { ...before, organizerIds: links.organizerIds, frameworkNodeIds: links.frameworkNodeIds },
      after: {
        ...after,
        organizerIds: organizerIds ?? links.organizerIds,
        frameworkNodeIds: frameworkNodeIds ?? links.frameworkNodeIds,
      },
    });
  });
  return loadWrittenEvent(db, actor, id);
}

/** Events are archived, never deleted: their participations stay on record. */
export async function setEventArchived(
  db: Db,
  actor: Actor,
  id: string,
  isArchived: boolean,
  now: Date,
): Promise<Event> {
  enforce(eventPolicy(actor, "archive"), "Event");
  await setRecordArchived(db, actor, {
    record: eventRecord,
    entityType: "event",
    what: "Event",
    id,
    isArchived,
    now,
    authorize: async (_before, tx) =>
      enforce(eventPolicy(actor, "archive", await selectEventLinksOf(tx, id)), "Event"),
  });
  return loadWrittenEvent(db, actor, id);
}

/**
 * An event's links and the facts its policies need (organisers, trainers, participants'
 * organisations), for the modules that decide on an event: no read check of its own.
 */
export async function eventLinksOf(db: DbOrTx, eventId: string): Promise<EventLinks> {
  return selectEventLinksOf(db, eventId);
}
