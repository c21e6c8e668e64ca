import { buildSearchKey } from "../../../common/text/search.js";
import type { Db } from "../../db/client.js";
import { agreementParties, agreements } from "../../db/schema.js";
import { makeOrganization } from "../factories.js";
import { expectations, MISSING_ID, type RouteCase, type Scenario, type World } from "./matrix.js";

/** An agreement signed by these organisations, written straight to the tables. */
async function makeAgreement(db: Db, partyIds: string[]): Promise<string> {
  const title = `Memorandum ${Math.random().toString(36).slice(2)}`;
  const [row] = await db
    .insert(agreements)
    .values({
      kind: "memorandum",
      title,
      signedOn: "2012-03-08",
      level: "state",
      leadOrganizationId: partyIds[0],
      searchText: buildSearchKey(title),
    })
    .returning({ id: agreements.id });
  if (!row) throw new Error("insert returned no row");
  await db
    .insert(agreementParties)
    .values(partyIds.map((organizationId) => ({ agreementId: row.id, organizationId })));
  return row.id;
}

/** "own": the world's own organisation is a party; "other": two other organisations signed it. */
async function agreementId(w: World, scenario: Scenario): Promise<string> {
  if (scenario === "missing") return MISSING_ID;
  const third = (await makeOrganization(w.db)).id;
  return makeAgreement(
    w.db,
    scenario === "own" ? [w.ownOrganizationId, w.otherOrganizationId] : [w.otherOrganizationId, third],
  );
}

const payload = (partyIds: string[]) => ({
  kind: "protocol",
  title: `Protokol o saradnji ${Math.random().toString(36).slice(2)}`,
  signedOn: "2013-05-20",
  level: "state",
  partyIds,
});

/** Writing: staff any agreement, representatives and partners those their organisation signed. */
const writes = expectations({
  staff: "200 200 404",
  representative: "200 403 404",
  partner: "200 403 404",
  others: "403",
});

export const cooperationCases: RouteCase[] = [
  {
    // Every signed-in reader; what the network holds follows each source's read rules.
    route: "GET /api/cooperation/network",
    request: async () => ({ url: "/api/cooperation/network?from=2012-01-01&to=2012-12-31" }),
    expect: expectations({ others: "200" }),
  },
  {
    route: "GET /api/cooperation/years",
    request: async () => ({ url: "/api/cooperation/years" }),
    expect: expectations({ others: "200" }),
  },
  {
    // Any organisation's partners, for every signed-in reader (each sees the ties it may read).
    route: "GET /api/organizations/:id/partners",
    request: async (w, scenario) => ({
      url: `/api/organizations/${scenario === "missing" ? MISSING_ID : scenario === "own" ? w.ownOrganizationId : w.otherOrganizationId}/partners?from=2012-01-01&to=2012-12-31`,
    }),
    expect: expectations({ others: "200 200 404" }),
  },
  {
    route: "GET /api/agreements",
    request: async () => ({ url: "/api/agreements" }),
    expect: expectations({ others: "200" }),
  },
  {
    route: "GET /api/agreements/:id",
    request: async (w, scenario) => ({ url: `/api/agreements/${await agreementId(w, scenario)}` }),
    expect: expectations({ others: "200 200 404" }),
  },
  {
    // "own": the own organisation among the parties; "other": without it; "missing": one party
    // that does not exist (next to the own organisation).
    route: "POST /api/agreements",
    request: async (w, scenario) => {
      const second = scenario === "own" ? w.otherOrganizationId : (await makeOrganization(w.db)).id;
      const partyIds =
        scenario === "own"
          ? [w.ownOrganizationId, second]
          : scenario === "other"
            ? [w.otherOrganizationId, second]
            : [w.ownOrganizationId, MISSING_ID];
      return { url: "/api/agreements", payload: payload(partyIds) };
    },
    expect: expectations({
      staff: "201 201 400",
      representative: "201 400 400",
      partner: "201 400 400",
      others: "403",
    }),
  },
  {
    route: "PATCH /api/agreements/:id",
    request: async (w, scenario) => ({
      url: `/api/agreements/${await agreementId(w, scenario)}`,
      payload: { description: "Opis" },
    }),
    expect: writes,
  },
  {
    route: "DELETE /api/agreements/:id",
    request: async (w, scenario) => ({ url: `/api/agreements/${await agreementId(w, scenario)}` }),
    expect: writes,
  },
  {
    route: "POST /api/agreements/:id/restore",
    request: async (w, scenario) => ({ url: `/api/agreements/${await agreementId(w, scenario)}/restore` }),
    expect: writes,
  },
];
