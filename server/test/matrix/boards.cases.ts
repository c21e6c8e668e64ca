import { makeActionItem, makeBoard, makeBoardMeeting, makeBoardMembership } from "../activity-factories.js";
import { makePerson, makePlan } from "../factories.js";
import { expectations, MISSING_ID, type RouteCase, type Scenario, type World } from "./matrix.js";

/**
 * Boards are the plan's, not an organisation's: "own" and "other" differ by whose people sit on the
 * board, whose organisation organised the meeting and which organisation owns the action item.
 */
const organizationOf = (w: World, scenario: Scenario) =>
  scenario === "other" ? w.otherOrganizationId : w.ownOrganizationId;

/** A board with a seat held by a person of the scenario's organisation. */
async function boardFor(w: World, scenario: Scenario) {
  if (scenario === "missing") return null;
  const board = await makeBoard(w.db, { ngoConsultationsPerYear: 2 });
  await makeBoardMembership(w.db, { boardId: board.id, organizationId: organizationOf(w, scenario) });
  return board;
}
const boardId = async (w: World, s: Scenario) => (await boardFor(w, s))?.id ?? MISSING_ID;

/** A seat of the scenario's organisation; "missing" is an unknown seat of an existing board. */
async function membershipUrl(w: World, scenario: Scenario) {
  const board = await makeBoard(w.db);
  if (scenario === "missing") return `/api/boards/${board.id}/memberships/${MISSING_ID}`;
  const membership = await makeBoardMembership(w.db, {
    boardId: board.id,
    organizationId: organizationOf(w, scenario),
  });
  return `/api/boards/${board.id}/memberships/${membership.id}`;
}

/** A recorded board meeting organised by the scenario's organisation. */
async function meetingFor(w: World, scenario: Scenario) {
  if (scenario === "missing") return null;
  const board = await makeBoard(w.db);
  const event = await makeBoardMeeting(w.db, {
    boardId: board.id,
    organizerIds: [organizationOf(w, scenario)],
  });
  return { board, event };
}
const meetingId = async (w: World, s: Scenario) => (await meetingFor(w, s))?.event.id ?? MISSING_ID;

/** An action item owned by the scenario's organisation. */
async function actionItemId(w: World, scenario: Scenario) {
  if (scenario === "missing") return MISSING_ID;
  const meeting = await meetingFor(w, "own");
  if (!meeting) throw new Error("unreachable");
  const item = await makeActionItem(w.db, {
    eventId: meeting.event.id,
    ownerOrganizationId: organizationOf(w, scenario),
    dueOn: "2013-06-30",
  });
  return item.id;
}

const everyoneReads = expectations({ staff: "200 200 404", others: "200 200 404" });
const staffWrites = expectations({ staff: "200 200 404", others: "403" });

/**
 * A meeting's record and items name the people at it: they follow the event's read rule (partners
 * read the events their organisation organises, trainers those they train).
 */
const meetingReaders = expectations({
  partner: "200 404 404",
  trainer: "404",
  others: "200 200 404",
});

export const boardCases: RouteCase[] = [
  {
    route: "GET /api/boards",
    request: async () => ({ url: "/api/boards" }),
    expect: expectations({ others: "200" }),
  },
  {
    route: "POST /api/boards",
    request: async (w, s) => ({
      url: "/api/boards",
      payload: {
        planId: s === "missing" ? MISSING_ID : (await makePlan(w.db)).id,
        name: "Koordinacioni odbor za praćenje",
        ngoConsultationsPerYear: 2,
      },
    }),
    expect: expectations({ staff: "201 201 400", others: "403" }),
  },
  {
    route: "GET /api/boards/:id",
    request: async (w, s) => ({ url: `/api/boards/${await boardId(w, s)}` }),
    expect: everyoneReads,
  },
  {
    route: "PATCH /api/boards/:id",
    request: async (w, s) => ({
      url: `/api/boards/${await boardId(w, s)}`,
      payload: { description: "Prati provedbu Akcionog plana" },
    }),
    expect: staffWrites,
  },
  {
    route: "DELETE /api/boards/:id",
    request: async (w, s) => ({ url: `/api/boards/${await boardId(w, s)}` }),
    expect: staffWrites,
  },
  {
    route: "GET /api/boards/:id/memberships",
    request: async (w, s) => ({ url: `/api/boards/${await boardId(w, s)}/memberships` }),
    expect: everyoneReads,
  },
  {
    // A person of the actor's organisation or of another one takes a seat on a board, or the board is missing.
    route: "POST /api/boards/:id/memberships",
    request: async (w, s) => {
      const organizationId = organizationOf(w, s);
      const person = await makePerson(w.db, { organizationId, givenName: "Đurđa", familyName: "Čolić" });
      return {
        url: `/api/boards/${await boardId(w, s)}/memberships`,
        payload: { personId: person.id, organizationId, role: "member", startsOn: "2013-01-01" },
      };
    },
    expect: expectations({ staff: "201 201 404", others: "403" }),
  },
  {
    route: "PATCH /api/boards/:id/memberships/:membershipId",
    request: async (w, s) => ({ url: await membershipUrl(w, s), payload: { endsOn: "2013-12-31" } }),
    expect: staffWrites,
  },
  {
    route: "DELETE /api/boards/:id/memberships/:membershipId",
    request: async (w, s) => ({ url: await membershipUrl(w, s) }),
    expect: expectations({ staff: "204 204 404", others: "403" }),
  },
  {
    route: "GET /api/events/:id/meeting",
    request: async (w, s) => ({ url: `/api/events/${await meetingId(w, s)}/meeting` }),
    expect: meetingReaders,
  },
  {
    route: "PUT /api/events/:id/meeting",
    request: async (w, s) => {
      const meeting = await meetingFor(w, s);
      const board = meeting?.board ?? (await makeBoard(w.db));
      return {
        url: `/api/events/${meeting?.event.id ?? MISSING_ID}/meeting`,
        payload: {
          boardId: board.id,
          isNgoConsultation: true,
          minutes: "<p>Usvojen zapisnik.</p>",
          agendaItems: [{ title: "Izvještaj o provedbi" }],
        },
      };
    },
    expect: staffWrites,
  },
  {
    route: "GET /api/events/:id/action-items",
    request: async (w, s) => ({ url: `/api/events/${await meetingId(w, s)}/action-items` }),
    expect: meetingReaders,
  },
  {
    // An item owned by the actor's organisation or another one, at a meeting that exists or not.
    route: "POST /api/events/:id/action-items",
    request: async (w, s) => ({
      url: `/api/events/${await meetingId(w, s)}/action-items`,
      payload: {
        description: "Imenovati kontakt osobu",
        ownerOrganizationId: organizationOf(w, s),
        dueOn: "2013-09-30",
      },
    }),
    expect: expectations({ staff: "201 201 404", others: "403" }),
  },
  {
    route: "GET /api/action-items",
    request: async (w) => ({ url: `/api/action-items?organizationId=${w.ownOrganizationId}&overdue=true` }),
    expect: expectations({ others: "200" }),
  },
  {
    // Marking done: staff anywhere; a representative only its own organisation's item.
    route: "PATCH /api/action-items/:id",
    request: async (w, s) => ({
      url: `/api/action-items/${await actionItemId(w, s)}`,
      payload: { status: "done", note: "Kontakt osoba imenovana" },
    }),
    expect: expectations({
      staff: "200 200 404",
      representative: "200 404 404",
      others: "403",
    }),
  },
];
