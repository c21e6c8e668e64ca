/**
 * `project_attendee_rollups` is kept by triggers (migration 0002). Whatever happens to the raw rows,
 * the rollup must equal a fresh count from them, and the dashboard figures read from it must equal
 * the same figures counted from the raw participations.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { and, eq, isNotNull, isNull, sql } from "drizzle-orm";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { eventStatuses, sexes } from "../../../common/schemas/enums.js";
import type { DbOrTx } from "../../db/client.js";
import { migrationsFolder } from "../../db/migrate.js";
import {
  eventOrganizers,
  events,
  participations,
  people,
  projectAttendeeRollups,
  projectOrganizationPeople,
} from "../../db/schema.js";
import { changeEvent, changeParticipation, inRolledBackTransaction } from "../../test/changes.js";
import { createTestDatabase } from "../../test/db.js";
import {
  makeEvent,
  makeOrganization,
  makeParticipation,
  makePerson,
  makeProject,
} from "../../test/factories.js";
import { selectAttendanceBySex } from "./dashboard.queries.js";

const { db } = await createTestDatabase();

const byKey = <T extends { projectId: string | null; personId: string }>(rows: T[]) =>
  rows
    .map((row) => ({ ...row }))
    .sort((a, b) => `${a.projectId}${a.personId}`.localeCompare(`${b.projectId}${b.personId}`));

/** The rollup as it should be, counted from the raw rows. */
async function countFromRawRows(tx: DbOrTx) {
  return tx
    .select({
      projectId: events.projectId,
      personId: participations.personId,
      attendances: sql<number>`count(*)::int`,
      sex: people.sex,
      organizationId: people.organizationId,
    })
    .from(participations)
    .innerJoin(events, eq(events.id, participations.eventId))
    .innerJoin(people, eq(people.id, participations.personId))
    .where(
      and(
        eq(participations.attended, true),
        eq(events.status, "held"),
        isNull(events.archivedAt),
        isNotNull(events.projectId),
      ),
    )
    .groupBy(events.projectId, participations.personId, people.sex, people.organizationId);
}

/** Attended participations in the project's held, not archived events. */
const attendedIn = (projectId: string) =>
  and(
    eq(events.projectId, projectId),
    eq(events.status, "held"),
    isNull(events.archivedAt),
    eq(participations.attended, true),
  );

/** The kept outputs (held events per project and kind) and organisers, and the same counted from the raw rows. */
async function expectOutputsToMatchRawRows(tx: DbOrTx) {
  const rows = async (query: ReturnType<typeof sql>) =>
    (await tx.execute<Record<string, unknown>>(query)).rows.map((row) => Object.values(row).join(" ")).sort();
  const held = sql`e.project_id is not null and e.status = 'held' and e.archived_at is null`;
  expect(await rows(sql`select project_id, kind, held from project_event_kinds where held <> 0`)).toEqual(
    await rows(sql`select e.project_id, e.kind, count(*)::int from events e where ${held} group by 1, 2`),
  );
  expect(
    await rows(sql`select project_id, organization_id, events from project_organizers where events <> 0`),
  ).toEqual(
    await rows(sql`
      select e.project_id, eo.organization_id, count(*)::int
      from event_organizers eo join events e on e.id = eo.event_id where ${held} group by 1, 2`),
  );
}

async function expectRollupsToMatchRawRows(tx: DbOrTx, projectIds: string[]) {
  await expectOutputsToMatchRawRows(tx);
  const rollups = await tx.select().from(projectAttendeeRollups);
  expect(byKey(rollups)).toEqual(byKey(await countFromRawRows(tx)));
  for (const projectId of projectIds) {
    const fromRollup = await selectAttendanceBySex(tx, projectId);
    const fromRawRows = await tx
      .select({
        sex: people.sex,
        participations: sql<number>`count(*)::int`,
        people: sql<number>`count(distinct ${people.id})::int`,
      })
      .from(participations)
      .innerJoin(events, eq(events.id, participations.eventId))
      .innerJoin(people, eq(people.id, participations.personId))
      .where(attendedIn(projectId))
      .groupBy(people.sex);
    const bySex = (a: { sex: string }, b: { sex: string }) => a.sex.localeCompare(b.sex);
    expect(fromRollup.sort(bySex)).toEqual(fromRawRows.sort(bySex));
    // Organisations reached: the second level against the distinct attending people of each one.
    const reached = await tx
      .select({
        organizationId: projectOrganizationPeople.organizationId,
        people: projectOrganizationPeople.people,
      })
      .from(projectOrganizationPeople)
      .where(
        and(eq(projectOrganizationPeople.projectId, projectId), sql`${projectOrganizationPeople.people} > 0`),
      );
    const reachedFromRawRows = await tx
      .select({
        organizationId: people.organizationId,
        people: sql<number>`count(distinct ${people.id})::int`,
      })
      .from(participations)
      .innerJoin(events, eq(events.id, participations.eventId))
      .innerJoin(people, eq(people.id, participations.personId))
      .where(and(attendedIn(projectId), isNotNull(people.organizationId)))
      .groupBy(people.organizationId);
    const byOrganization = (a: { organizationId: string | null }, b: { organizationId: string | null }) =>
      String(a.organizationId).localeCompare(String(b.organizationId));
    expect(reached.sort(byOrganization)).toEqual(reachedFromRawRows.sort(byOrganization));
  }
}

/** A small world: 2 projects, 4 events (one cancelled, one without a project), 6 people. */
async function makeWorld() {
  const organization = await makeOrganization(db, { level: "canton", sector: "police" });
  const projects = [await makeProject(db), await makeProject(db)];
  const [first, second] = projects.map((project) => project.id) as [string, string];
  const worldEvents = [
    await makeEvent(db, { organizerIds: [organization.id], projectId: first, status: "held" }),
    await makeEvent(db, { organizerIds: [organization.id], projectId: first, status: "held" }),
    await makeEvent(db, { organizerIds: [], projectId: second, status: "cancelled" }),
    await makeEvent(db, { organizerIds: [], projectId: null, status: "held" }),
  ];
  const worldPeople = [];
  for (let i = 0; i < 6; i++) {
    const sex = sexes[i % 2] as (typeof sexes)[number];
    worldPeople.push(await makePerson(db, { sex, organizationId: i < 3 ? organization.id : null }));
  }
  for (const [i, person] of worldPeople.entries()) {
    const eventId = worldEvents[i % 3]?.id as string;
    await makeParticipation(db, { eventId, personId: person.id, attended: i !== 4 });
  }
  return {
    organizationId: organization.id,
    organizerIds: [organization.id, (await makeOrganization(db)).id],
    projectIds: [first, second],
    eventIds: worldEvents.map((event) => event.id),
    personIds: worldPeople.map((person) => person.id),
  };
}

const world = await makeWorld();

const eventIndex = fc.integer({ min: 0, max: 3 });
const personIndex = fc.integer({ min: 0, max: 5 });
const operation = fc.oneof(
  fc.record({ kind: fc.constant("addParticipation"), eventIndex, personIndex, attended: fc.boolean() }),
  fc.record({ kind: fc.constant("deleteParticipation"), eventIndex, personIndex }),
  fc.record({ kind: fc.constant("toggleAttended"), eventIndex, personIndex }),
  fc.record({ kind: fc.constant("setStatus"), eventIndex, status: fc.constantFrom(...eventStatuses) }),
  fc.record({ kind: fc.constant("setArchived"), eventIndex, isArchived: fc.boolean() }),
  fc.record({ kind: fc.constant("moveEvent"), eventIndex, projectIndex: fc.constantFrom(0, 1, null) }),
  fc.record({ kind: fc.constant("deleteEvent"), eventIndex }),
  fc.record({ kind: fc.constant("setSex"), personIndex, sex: fc.constantFrom(...sexes) }),
  fc.record({ kind: fc.constant("setOrganization"), personIndex, withOrganization: fc.boolean() }),
  fc.record({ kind: fc.constant("deletePerson"), personIndex }),
  fc.record({ kind: fc.constant("setKind"), eventIndex, eventKind: fc.constantFrom("workshop", "seminar") }),
  fc.record({ kind: fc.constant("addOrganizer"), eventIndex, organizerIndex: fc.constantFrom(0, 1) }),
  fc.record({ kind: fc.constant("removeOrganizer"), eventIndex, organizerIndex: fc.constantFrom(0, 1) }),
);
type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never;

async function apply(tx: DbOrTx, op: Operation) {
  const eventId = "eventIndex" in op ? (world.eventIds[op.eventIndex] as string) : "";
  const personId = "personIndex" in op ? (world.personIds[op.personIndex] as string) : "";
  const _participation = and(eq(participations.eventId, eventId), eq(participations.personId, personId));
  switch (op.kind) {
    case "addParticipation": {
      const [event] = await tx.select({ id: events.id }).from(events).where(eq(events.id, eventId));
      const [person] = await tx.select({ id: people.id }).from(people).where(eq(people.id, personId));
      if (!event || !person) return; // deleted earlier in this sequence
      await changeParticipation(tx, { kind: "add", attended: op.attended }, eventId, personId);
      return;
    }
    case "deleteParticipation":
      await changeParticipation(tx, { kind: "remove" }, eventId, personId);
      return;
    case "toggleAttended":
      await changeParticipation(tx, op, eventId, personId);
      return;
    case "setStatus":
    case "setArchived":
      await changeEvent(tx, op, eventId);
      return;
    case "moveEvent": {
      const projectId = op.projectIndex === null ? null : (world.projectIds[op.projectIndex] as string);
      await tx.update(events).set({ projectId }).where(eq(events.id, eventId));
      return;
    }
    case "deleteEvent":
      await tx.delete(events).where(eq(events.id, eventId));
      return;
    case "setSex":
      await tx.update(people).set({ sex: op.sex }).where(eq(people.id, personId));
      return;
    case "setOrganization":
      await tx
        .update(people)
        .set({ organizationId: op.withOrganization ? world.organizationId : null })
        .where(eq(people.id, personId));
      return;
    case "setKind":
      await tx.update(events).set({ kind: op.eventKind }).where(eq(events.id, eventId));
      return;
    case "addOrganizer": {
      const [event] = await tx.select({ id: events.id }).from(events).where(eq(events.id, eventId));
      if (!event) return; // deleted earlier in this sequence
      const organizationId = world.organizerIds[op.organizerIndex] as string;
      await tx.insert(eventOrganizers).values({ eventId, organizationId }).onConflictDoNothing();
      return;
    }
    case "removeOrganizer":
      await tx
        .delete(eventOrganizers)
        .where(
          and(
            eq(eventOrganizers.eventId, eventId),
            eq(eventOrganizers.organizationId, world.organizerIds[op.organizerIndex] as string),
          ),
        );
      return;
    case "deletePerson":
      // A person is deleted with their participations (as a merge of duplicates does).
      await tx.delete(participations).where(eq(participations.personId, personId));
      await tx.delete(people).where(eq(people.id, personId));
      return;
  }
}

describe("project attendee rollups", () => {
  it("are kept by the triggers as the world is made", async () => {
    await expectRollupsToMatchRawRows(db, world.projectIds);
    expect((await db.select().from(projectAttendeeRollups)).length).toBeGreaterThan(0);
  });

  it("are rebuilt by the migrations' backfills exactly as the triggers keep them", async () => {
    const migration = await readFile(join(migrationsFolder, "0002_dashboard_rollup_triggers.sql"), "utf8");
    const backfill = migration.split("--> statement-breakpoint").at(-1) as string;
    expect(backfill).toContain("INSERT INTO project_attendee_rollups");
    // The rows' sex and organisation, which 0016 added and filled in for the rows already there.
    const secondLevel = await readFile(
      join(migrationsFolder, "0016_dashboard_second_level_triggers.sql"),
      "utf8",
    );
    const persons = secondLevel.split("--> statement-breakpoint")[0] as string;
    expect(persons).toContain("UPDATE project_attendee_rollups r SET sex = p.sex");
    await inRolledBackTransaction(db, async (tx) => {
      const kept = await tx.select().from(projectAttendeeRollups);
      await tx.delete(projectAttendeeRollups);
      await tx.execute(sql.raw(backfill));
      await tx.execute(sql.raw(persons));
      expect(byKey(await tx.select().from(projectAttendeeRollups))).toEqual(byKey(kept));
    });
  });

  it("equal a fresh count from the raw rows after any sequence of changes", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 25 }), async (operations) => {
        await inRolledBackTransaction(db, async (tx) => {
          for (const op of operations) {
            await apply(tx, op);
            await expectRollupsToMatchRawRows(tx, world.projectIds);
          }
        });
      }),
      { numRuns: 30 },
    );
  });

  it("stay right when a statement changes many rows at once", async () => {
    await inRolledBackTransaction(db, async (tx) => {
      for (const eventId of world.eventIds) {
        await tx
          .insert(participations)
          .values(world.personIds.map((personId) => ({ eventId, personId })))
          .onConflictDoNothing();
      }
      await expectRollupsToMatchRawRows(tx, world.projectIds);
      await tx.update(events).set({ projectId: world.projectIds[1], status: "held" });
      await expectRollupsToMatchRawRows(tx, world.projectIds);
      await tx
        .update(participations)
        .set({ attended: sql`${participations.personId} < ${world.personIds[2]}` });
      await expectRollupsToMatchRawRows(tx, world.projectIds);
      await tx.delete(events).where(eq(events.id, world.eventIds[0] as string));
      await expectRollupsToMatchRawRows(tx, world.projectIds);
      await tx.execute(sql`truncate participations`);
      expect(await tx.select().from(projectAttendeeRollups)).toEqual([]);
    });
  });
});
