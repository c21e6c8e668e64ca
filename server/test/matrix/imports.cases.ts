import { makeEvent, makeImport, makeParticipation, makeSignedInUser } from "../factories.js";
import { multipartFile } from "../multipart.js";
import { expectations, MISSING_ID, type RouteCase, type Scenario, type World } from "./matrix.js";

/**
 * "own": an attendance import of an event the actor's organisation organises (the signed-in
 * trainer trains it), uploaded by the actor (or, with `uploadedByActor` false, by a coordinator);
 * "other": one of another organisation's event, uploaded by a coordinator; "missing": an unknown
 * import.
 */
async function importId(w: World, scenario: Scenario, uploadedByActor = true): Promise<string> {
  if (scenario === "missing") return MISSING_ID;
  const organizationId = scenario === "own" ? w.ownOrganizationId : w.otherOrganizationId;
  const event = await makeEvent(w.db, { organizerIds: [organizationId] });
  if (scenario === "own")
    await makeParticipation(w.db, { eventId: event.id, personId: w.trainerPersonId, role: "trainer" });
  const createdBy =
    scenario === "own" && uploadedByActor && w.actor
      ? w.actor.userId
      : (await makeSignedInUser(w.db, "coordinator")).user.id;
  const row = await makeImport(w.db, w.files, {
    kind: "attendance",
    eventId: event.id,
    createdBy,
    organizationId: scenario === "own" && uploadedByActor ? (w.actor?.organizationId ?? null) : null,
  });
  return row.id;
}

/** The event an upload fills: the actor's organisation's, another's, or an unknown one. */
async function eventId(w: World, scenario: Scenario): Promise<string> {
  if (scenario === "missing") return MISSING_ID;
  const organizationId = scenario === "own" ? w.ownOrganizationId : w.otherOrganizationId;
  return (await makeEvent(w.db, { organizerIds: [organizationId] })).id;
}

const attendanceCsv = "Ime i prezime;Spol;Institucija\r\nAmra Hodžić;Ž;\r\nMirza Kovačević;M;\r\n";

const readers = expectations({ staff: "200 200 404", others: "200 404 404" });
const writers = expectations({
  staff: "200 200 404",
  representative: "200 404 404",
  partner: "200 404 404",
  trainer: "403 404 404",
  viewer: "403 404 404",
});

export const importCases: RouteCase[] = [
  {
    route: "GET /api/imports",
    request: async () => ({ url: "/api/imports" }),
    expect: expectations({ others: "200" }),
  },
  {
    route: "POST /api/imports",
    request: async (w, s) => ({
      url: `/api/imports?kind=attendance&eventId=${await eventId(w, s)}`,
      ...multipartFile("Lista učesnika.csv", attendanceCsv),
    }),
    expect: expectations({
      staff: "201 201 404",
      representative: "201 404 404",
      partner: "201 404 404",
      others: "403",
    }),
  },
  {
    route: "GET /api/imports/:id",
    request: async (w, s) => ({ url: `/api/imports/${await importId(w, s)}` }),
    expect: readers,
  },
  {
    route: "GET /api/imports/:id/status",
    request: async (w, s) => ({ url: `/api/imports/${await importId(w, s)}/status` }),
    expect: readers,
  },
  {
    // The original file is for staff and the uploader only: here a coordinator uploaded it, so those
    // who may read the event's participants (and the import) get 403; a viewer may not read them.
    route: "GET /api/imports/:id/file",
    request: async (w, s) => ({ url: `/api/imports/${await importId(w, s, false)}/file` }),
    expect: expectations({ staff: "200 200 404", viewer: "404", others: "403 404 404" }),
  },
  {
    route: "PUT /api/imports/:id/mapping",
    request: async (w, s) => ({
      url: `/api/imports/${await importId(w, s)}/mapping`,
      payload: { mapping: [{ column: 3, field: null }] },
    }),
    expect: writers,
  },
  {
    route: "PATCH /api/imports/:id/changes",
    request: async (w, s) => ({
      url: `/api/imports/${await importId(w, s)}/changes`,
      payload: { cells: [{ rowNumber: 2, field: "givenName", value: "Amra Lejla" }] },
    }),
    expect: writers,
  },
  {
    route: "POST /api/imports/:id/commit",
    request: async (w, s) => ({
      url: `/api/imports/${await importId(w, s)}/commit`,
      payload: { decisions: [] },
    }),
    expect: writers,
  },
];
