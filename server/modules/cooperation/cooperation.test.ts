import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Network } from "../../../common/schemas/cooperation.js";
import {
  agreementParties,
  agreements,
  boardAttendances,
  frameworkNodeOrganizations,
} from "../../db/schema.js";
import { makeActionItem, makeBoard, makeBoardMeeting } from "../../test/activity-factories.js";
import { createTestApp } from "../../test/app.js";
import {
  makeEvent,
  makeFrameworkNode,
  makeOrganization,
  makeParticipation,
  makePerson,
  makeSignedInUser,
} from "../../test/factories.js";

const { app, db } = await createTestApp();

/**
 * Five organisations tied in 2031 by each kind of source (the test's own years: the default data
 * is of 2012–2013):
 * - a workshop NGO 1 and NGO 2 organise, attended by the police and the Agency (co-organised 1, attended 4);
 * - a board meeting the Agency organises, with the ministry present, the police represented by a
 *   deputy and NGO 1 absent (board meeting 3: Agency, ministry, police);
 * - an action item of the ministry on an action NGO 2 partners (action item 1);
 * - a memorandum the Agency leads with both NGOs, signed in 2030 (agreement 2: not NGO 1–NGO 2);
 * - a cancelled workshop and an archived one in 2031, a workshop in 2030 (the range before).
 */
async function world() {
  const agency = await makeOrganization(db, {
    name: "Agencija 2031",
    level: "state",
    sector: "gender_mechanism",
  });
  const ministry = await makeOrganization(db, {
    name: "Ministarstvo 2031",
    level: "state",
    sector: "defence",
  });
  const police = await makeOrganization(db, { name: "MUP 2031", level: "canton", sector: "police" });
  const ngo1 = await makeOrganization(db, {
    name: "Udruženje 1",
    level: "municipality",
    sector: "civil_society",
  });
  const ngo2 = await makeOrganization(db, {
    name: "Udruženje 2",
    level: "municipality",
    sector: "civil_society",
  });
  const person = async (organizationId: string) => (await makePerson(db, { organizationId })).id;

  const workshop = await makeEvent(db, {
    organizerIds: [ngo1.id, ngo2.id],
    startsOn: "2031-03-10",
    endsOn: "2031-03-10",
  });
  for (const organizationId of [police.id, police.id, agency.id, ngo1.id]) {
    await makeParticipation(db, {
      eventId: workshop.id,
      personId: await person(organizationId),
      attended: true,
    });
  }
  // Registered but absent: no tie with the ministry.
  await makeParticipation(db, { eventId: workshop.id, personId: await person(ministry.id), attended: false });

  const board = await makeBoard(db);
  const meeting = await makeBoardMeeting(db, {
    boardId: board.id,
    organizerIds: [agency.id],
    startsOn: "2031-04-02",
  });
  const deputy = await person(police.id);
  await db.insert(boardAttendances).values([
    { eventId: meeting.id, personId: await person(ministry.id), attendance: "present" },
    {
      eventId: meeting.id,
      personId: await person(police.id),
      attendance: "represented",
      deputyPersonId: deputy,
    },
    { eventId: meeting.id, personId: await person(ngo1.id), attendance: "absent" },
  ]);
  const action = await makeFrameworkNode(db, { planId: board.planId });
  await db.insert(frameworkNodeOrganizations).values({ frameworkNodeId: action.id, organizationId: ngo2.id });
  await makeActionItem(db, {
    eventId: meeting.id,
    ownerOrganizationId: ministry.id,
    frameworkNodeId: action.id,
  });

  const [memorandum] = await db
    .insert(agreements)
    .values({
      kind: "memorandum",
      title: "Memorandum o saradnji 2030",
      signedOn: "2030-11-01",
      level: "state",
      leadOrganizationId: agency.id,
      searchText: "memorandum o saradnji 2030",
    })
    .returning();
  await db.insert(agreementParties).values(
    [agency.id, ngo1.id, ngo2.id].map((organizationId) => ({
      agreementId: memorandum?.id as string,
      organizationId,
    })),
  );

  const cancelled = await makeEvent(db, {
    organizerIds: [ministry.id, police.id],
    status: "cancelled",
    startsOn: "2031-05-01",
    endsOn: "2031-05-01",
  });
  const earlier = await makeEvent(db, {
    organizerIds: [ministry.id, police.id],
    startsOn: "2030-06-01",
    endsOn: "2030-06-01",
  });
  return { agency, ministry, police, ngo1, ngo2, workshop, meeting, cancelled, earlier };
}

type World = Awaited<ReturnType<typeof world>>;
let w: World;
beforeAll(async () => {
  w = await world();
});

async function network(cookie: string, query = "from=2031-01-01&to=2031-12-31"): Promise<Network> {
  const response = await app.inject({ url: `/api/cooperation/network?${query}`, headers: { cookie } });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

/** The pairs of a network by organisation name, with their kinds. */
function pairs(found: Network, names: Map<string, string>) {
  return found.edges
    .map(
      (edge) =>
        `${[names.get(edge.source), names.get(edge.target)].sort().join(" – ")}: ${edge.kinds.join(", ")}`,
    )
    .sort();
}

const namesOf = (world: World) =>
  new Map([world.agency, world.ministry, world.police, world.ngo1, world.ngo2].map((o) => [o.id, o.name]));

describe("cooperation network", () => {
  it("derives the ties of each source with their kinds, and measures them", async () => {
    const { cookie } = await makeSignedInUser(db, "viewer");
    const found = await network(cookie);
    expect(pairs(found, namesOf(w))).toEqual([
      "Agencija 2031 – MUP 2031: board_meeting",
      "Agencija 2031 – Ministarstvo 2031: board_meeting",
      "Agencija 2031 – Udruženje 1: agreement, attended",
      "Agencija 2031 – Udruženje 2: agreement, attended",
      "MUP 2031 – Ministarstvo 2031: board_meeting",
      "MUP 2031 – Udruženje 1: attended",
      "MUP 2031 – Udruženje 2: attended",
      "Ministarstvo 2031 – Udruženje 2: action_item",
      "Udruženje 1 – Udruženje 2: co_organised",
    ]);
    expect(found.measures).toMatchObject({
      organizations: 5,
      ties: 9,
      density: 0.9,
      components: 1,
      crossLevelTies: 7,
      institutionCsoTies: 5,
      tiesByKind: { co_organised: 1, attended: 4, board_meeting: 3, action_item: 1, agreement: 2 },
    });
    // The range before: the 2030 workshop (ministry–police) and the memorandum signed in November 2030.
    expect(found).toMatchObject({ previousFrom: "2030-01-01", previousTo: "2030-12-31" });
    expect(found.previous).toMatchObject({
      organizations: 5,
      ties: 3,
      tiesByKind: { co_organised: 1, agreement: 2 },
    });
    expect(found.brokers[0]?.name).toBe("Agencija 2031");
  });

  it("reads the same measures again from the kept result", async () => {
    const { cookie } = await makeSignedInUser(db, "coordinator");
    const first = await network(cookie);
    const kept = await db.execute<{ n: number }>(sql`select count(*)::int as n from cooperation_networks`);
    const again = await network(cookie);
    expect(again).toEqual(first);
    const still = await db.execute<{ n: number }>(sql`select count(*)::int as n from cooperation_networks`);
    expect(still.rows[0]?.n).toBe(kept.rows[0]?.n);
  });

  it("follows each source's read rules: a partner sees the ties of its own events and every agreement", async () => {
    const { cookie } = await makeSignedInUser(db, "partner", { organizationId: w.ngo1.id });
    expect(pairs(await network(cookie), namesOf(w))).toEqual([
      "Agencija 2031 – Udruženje 1: agreement, attended",
      "Agencija 2031 – Udruženje 2: agreement, attended",
      "MUP 2031 – Udruženje 1: attended",
      "MUP 2031 – Udruženje 2: attended",
      "Udruženje 1 – Udruženje 2: co_organised",
    ]);
  });

  it("filters by kind of tie and by level (ties with at least one organisation of that level)", async () => {
    const { cookie } = await makeSignedInUser(db, "coordinator");
    const agreementsOnly = await network(cookie, "from=2031-01-01&to=2031-12-31&kinds=agreement");
    expect(agreementsOnly.measures).toMatchObject({ organizations: 3, ties: 2 });
    const canton = await network(cookie, "from=2031-01-01&to=2031-12-31&level=canton");
    expect(pairs(canton, namesOf(w))).toEqual([
      "Agencija 2031 – MUP 2031: board_meeting",
      "MUP 2031 – Ministarstvo 2031: board_meeting",
      "MUP 2031 – Udruženje 1: attended",
      "MUP 2031 – Udruženje 2: attended",
    ]);
  });

  it("drops the ties of an event once it is archived", async () => {
    const { cookie } = await makeSignedInUser(db, "coordinator");
    const before = await network(cookie);
    const archived = await app.inject({
      method: "DELETE",
      url: `/api/events/${w.workshop.id}`,
      headers: { cookie },
    });
    expect(archived.statusCode, archived.body).toBe(200);
    const after = await network(cookie);
    expect(before.measures.tiesByKind.attended).toBe(4);
    expect(after.measures.tiesByKind).toMatchObject({ attended: 0, co_organised: 0, agreement: 2 });
    await app.inject({
      method: "POST",
      url: `/api/events/${w.workshop.id}/restore`,
      headers: { cookie },
    });
  });

  it("lists an organisation's partners, strongest first, and 404 for no organisation", async () => {
    const { cookie } = await makeSignedInUser(db, "viewer");
    const response = await app.inject({
      url: `/api/organizations/${w.agency.id}/partners?from=2031-01-01&to=2031-12-31`,
      headers: { cookie },
    });
    expect(response.statusCode).toBe(200);
    const { partners, tiesByKind } = response.json();
    expect(
      partners.map((p: { name: string; kinds: string[]; records: number }) => [p.name, p.kinds, p.records]),
    ).toEqual([
      ["Udruženje 1", ["agreement", "attended"], 2],
      ["Udruženje 2", ["agreement", "attended"], 2],
      // Equal records: by name in Bosnian order ("Ministarstvo" before "MUP").
      ["Ministarstvo 2031", ["board_meeting"], 1],
      ["MUP 2031", ["board_meeting"], 1],
    ]);
    expect(tiesByKind).toEqual({
      co_organised: 0,
      attended: 2,
      board_meeting: 2,
      action_item: 0,
      agreement: 2,
    });
    const missing = await app.inject({
      url: "/api/organizations/00000000-0000-4000-8000-000000000000/partners?from=2031-01-01&to=2031-12-31",
      headers: { cookie },
    });
    expect(missing.statusCode).toBe(404);
  });

  it("offers every year from the first held event or signing to the last, the latest first", async () => {
    const { cookie } = await makeSignedInUser(db, "viewer");
    const { years, latest } = (
      await app.inject({ url: "/api/cooperation/years", headers: { cookie } })
    ).json();
    expect(latest).toBe(2031);
    expect(years.slice(0, 2)).toEqual([2031, 2030]);
    expect(years).toEqual(Array.from({ length: years.length }, (_, i) => 2031 - i));
  });

  it("exports the ties as the table shows them, strongest first, with the page's filters, in the reader's words", async () => {
    const { cookie } = await makeSignedInUser(db, "viewer");
    const csv = await app.inject({
      url: "/api/cooperation/network/export?format=csv&from=2031-01-01&to=2031-12-31&kinds=agreement&kinds=attended",
      headers: { cookie },
    });
    expect(csv.statusCode).toBe(200);
    const lines = csv.body
      .replace(/^\uFEFF/, "")
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toBe(
      "Organizacija,Nivo,Sektor,Partner,Nivo partnera,Sektor partnera,Kako su povezane,Zapisi",
    );
    expect(lines.slice(1)).toEqual([
      "Agencija 2031,state,gender_mechanism,Udruženje 1,municipality,civil_society,agreement; attended,2",
      "Agencija 2031,state,gender_mechanism,Udruženje 2,municipality,civil_society,agreement; attended,2",
      "MUP 2031,canton,police,Udruženje 1,municipality,civil_society,attended,1",
      "MUP 2031,canton,police,Udruženje 2,municipality,civil_society,attended,1",
    ]);
  });

  it("refuses a range that ends before it starts", async () => {
    const { cookie } = await makeSignedInUser(db, "coordinator");
    const response = await app.inject({
      url: "/api/cooperation/network?from=2031-12-31&to=2031-01-01",
      headers: { cookie },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().details).toEqual([
      expect.objectContaining({ path: "to", reason: "range_ends_before_start" }),
    ]);
  });
});
