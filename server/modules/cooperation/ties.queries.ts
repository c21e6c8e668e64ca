/**
 * Cooperation ties read from their sources — never typed in, never kept: a change of an event,
 * its organisers, its participants, a board meeting's attendance, an action item or an agreement
 * shows in the next read. One statement gathers the ties of a date range, each source under its
 * own read rule (an event's ties are read by those who may read the event), grouped per pair of
 * organisations and kind:
 * - co_organised: two organisers of one held event;
 * - attended: an organiser of a held training of trainers, seminar or workshop and the
 *   organisation of someone who attended it (not an organiser itself);
 * - board_meeting: two organisations present at one held board meeting (its attendance record, its
 *   participants who attended, its organisers);
 * - action_item: the owner of an action item agreed at a held board meeting and an organisation
 *   that leads or partners the action (framework node) the item is about;
 * - agreement: two parties of an agreement in force during the range (the lead and each other
 *   party when the agreement names a lead; every two parties otherwise).
 * Organisations are ordered in a pair (a < b): a tie has no direction.
 */
import { type SQL, sql } from "drizzle-orm";
import type { NetworkQuery } from "../../../common/schemas/cooperation.js";
import type {
  EventKind,
  OrganizationLevel,
  OrganizationSector,
  TieKind,
} from "../../../common/schemas/enums.js";
import type { DbOrTx } from "../../db/client.js";
import {
  agreementParties,
  agreements,
  boardActionItems,
  boardAttendances,
  eventFrameworkNodes,
  eventOrganizers,
  events,
  frameworkNodeOrganizations,
  frameworkNodes,
  jurisdictions,
  organizations,
  participations,
  people,
  projectFrameworkNodes,
} from "../../db/schema.js";
import type { Actor } from "../../http/actor.js";
import { readableEvents } from "../events/events.scope.queries.js";

/** The sources a network reads: a range, the filters, and the events the reader may read. */
export interface TieSources
  extends Pick<NetworkQuery, "planId" | "projectId" | "jurisdictionId" | "level" | "sector"> {
  from: string;
  to: string;
  kinds: readonly TieKind[];
  /** Only the ties of events of these kinds (agreements are no event's). */
  eventKinds?: readonly EventKind[] | undefined;
  /** The reader: an event's ties are read by those who may read the event; null for an aggregate of all. */
  actor: Actor | null;
  /** Only the ties of this organisation. */
  organizationId?: string;
}

export interface TieRow {
  a: string;
  b: string;
  kind: TieKind;
  /** How many events, meetings, items or agreements tie the pair this way. */
  records: number;
}

/** The events of the range the ties come from: held, not archived, within the filters and the scope. */
function eventFilter(sources: TieSources): SQL {
  const conditions: SQL[] = [
    sql`${events.status} = 'held'`,
    sql`${events.archivedAt} is null`,
    sql`${events.startsOn} between ${sources.from} and ${sources.to}`,
  ];
  if (sources.projectId) conditions.push(sql`${events.projectId} = ${sources.projectId}`);
  if (sources.planId) {
    conditions.push(sql`(exists (select 1 from ${eventFrameworkNodes} efn
        join ${frameworkNodes} fn on fn.id = efn.framework_node_id
        where efn.event_id = ${events.id} and fn.plan_id = ${sources.planId})
      or exists (select 1 from ${projectFrameworkNodes} pfn
        join ${frameworkNodes} fn on fn.id = pfn.framework_node_id
        where pfn.project_id = ${events.projectId} and fn.plan_id = ${sources.planId}))`);
  }
  if (sources.jurisdictionId) conditions.push(sql`${events.jurisdictionId} in (select id from place)`);
  if (sources.eventKinds) {
    conditions.push(sql`${events.kind} = any(${`{${sources.eventKinds.join(",")}}`}::text[])`);
  }
  const scope = sources.actor ? readableEvents(sources.actor, events.id) : undefined;
  if (scope) conditions.push(scope);
  return sql.join(conditions, sql` and `);
}

/** Agreements in force during the range, within the filters (every reader may read agreements). */
function agreementFilter(sources: TieSources): SQL {
  const conditions: SQL[] = [
    sql`ag.archived_at is null`,
    sql`ag.signed_on <= ${sources.to}`,
    sql`(ag.valid_until is null or ag.valid_until >= ${sources.from})`,
  ];
  if (sources.projectId) conditions.push(sql`ag.project_id = ${sources.projectId}`);
  if (sources.planId) conditions.push(sql`ag.plan_id = ${sources.planId}`);
  if (sources.jurisdictionId) conditions.push(sql`ag.jurisdiction_id in (select id from place)`);
  return sql.join(conditions, sql` and `);
}

/** Every tie of the range, one row per pair of organisations and kind. */
export async function selectTies(db: DbOrTx, sources: TieSources): Promise<TieRow[]> {
  const wanted = (kind: TieKind) => sources.kinds.includes(kind);
  const parts: SQL[] = [];
  if (wanted("co_organised")) {
    parts.push(sql`select o1.organization_id as a, o2.organization_id as b, 'co_organised' as kind, e.id as source
      from chosen e
      join ${eventOrganizers} o1 on o1.event_id = e.id
      join ${eventOrganizers} o2 on o2.event_id = e.id and o2.organization_id > o1.organization_id`);
  }
  if (wanted("attended")) {
    parts.push(sql`select distinct o.organization_id as a, p.organization_id as b, 'attended' as kind, e.id as source
      from chosen e
      join ${eventOrganizers} o on o.event_id = e.id
      join ${participations} pa on pa.event_id = e.id and pa.attended
      join ${people} p on p.id = pa.person_id and p.organization_id is not null
      where e.kind in ('training_of_trainers', 'seminar', 'workshop')
        and not exists (select 1 from ${eventOrganizers} own
          where own.event_id = e.id and own.organization_id = p.organization_id)`);
  }
  if (wanted("board_meeting")) {
    parts.push(sql`select m1.organization_id as a, m2.organization_id as b, 'board_meeting' as kind, m1.event_id as source
      from present m1 join present m2 on m2.event_id = m1.event_id and m2.organization_id > m1.organization_id`);
  }
  if (wanted("action_item")) {
    parts.push(sql`select distinct i.owner_organization_id as a, fo.organization_id as b, 'action_item' as kind, i.id as source
      from chosen e
      join ${boardActionItems} i on i.event_id = e.id
      join ${frameworkNodeOrganizations} fo on fo.framework_node_id = i.framework_node_id
      where e.kind = 'board_meeting' and fo.organization_id <> i.owner_organization_id`);
  }
  if (wanted("agreement")) {
    parts.push(sql`select p1.organization_id as a, p2.organization_id as b, 'agreement' as kind, ag.id as source
      from ${agreements} ag
      join ${agreementParties} p1 on p1.agreement_id = ag.id
      join ${agreementParties} p2 on p2.agreement_id = ag.id and p2.organization_id <> p1.organization_id
      where ${agreementFilter(sources)}
        and (case when ag.lead_organization_id is null then p2.organization_id > p1.organization_id
          else p1.organization_id = ag.lead_organization_id end)`);
  }
  if (parts.length === 0) return [];
  const place = sources.jurisdictionId
    ? sql`with recursive place (id) as (
        select id from ${jurisdictions} where id = ${sources.jurisdictionId}
        union all select j.id from ${jurisdictions} j join place on j.parent_id = place.id),`
    : sql`with`;
  const { rows } = await db.execute<TieRow & Record<string, unknown>>(sql`
    ${place} chosen as materialized (
      select ${events.id} as id, ${events.kind} as kind from ${events} where ${eventFilter(sources)}
    ), present as materialized (
      select distinct e.id as event_id, coalesce(d.organization_id, p.organization_id) as organization_id
      from chosen e
      join ${boardAttendances} ba on ba.event_id = e.id and ba.attendance <> 'absent'
      join ${people} p on p.id = ba.person_id
      left join ${people} d on d.id = ba.deputy_person_id
      where e.kind = 'board_meeting' and coalesce(d.organization_id, p.organization_id) is not null
      union
      select e.id, p.organization_id from chosen e
      join ${participations} pa on pa.event_id = e.id and pa.attended
      join ${people} p on p.id = pa.person_id and p.organization_id is not null
      where e.kind = 'board_meeting'
      union
      select e.id, o.organization_id from chosen e join ${eventOrganizers} o on o.event_id = e.id
      where e.kind = 'board_meeting'
    ), tie as (
      select least(a, b) as a, greatest(a, b) as b, kind, source
      from (${sql.join(parts, sql` union all `)}) raw where a <> b
    )
    select t.a, t.b, t.kind, count(distinct t.source)::int as records
    from tie t
    ${organisationFilter(sources)}
    group by t.a, t.b, t.kind
    order by t.a, t.b, t.kind`);
  return rows;
}

/**
 * Level and sector filters keep the ties with at least one organisation of that level or sector;
 * an organisation's own ties are those it is one end of.
 */
function organisationFilter(sources: TieSources): SQL {
  const conditions: SQL[] = [];
  const own = sources.organizationId ? sql`${sources.organizationId} in (t.a, t.b)` : undefined;
  if (sources.level) conditions.push(sql`o.level = ${sources.level}`);
  if (sources.sector) conditions.push(sql`o.sector = ${sources.sector}`);
  if (conditions.length === 0) return own ? sql`where ${own}` : sql``;
  const either = sql`exists (select 1 from ${organizations} o
    where o.id in (t.a, t.b) and ${sql.join(conditions, sql` and `)})`;
  return own ? sql`where ${own} and ${either}` : sql`where ${either}`;
}

export interface TieOrganization {
  id: string;
  name: string;
  shortName: string | null;
  level: OrganizationLevel;
  sector: OrganizationSector;
}

/** The organisations of the ties (archived ones too: a tie of a past period stays). */
export async function selectTieOrganizations(db: DbOrTx, ids: readonly string[]): Promise<TieOrganization[]> {
  if (ids.length === 0) return [];
  const { rows } = await db.execute<TieOrganization & Record<string, unknown>>(sql`
    select id, name, short_name as "shortName", level, sector from ${organizations}
    where id = any(${`{${ids.join(",")}}`}::uuid[])
    order by id`);
  return rows;
}
