/**
 * What the events tests share: requests as a signed-in user, and a valid new event organised by
 * some organisations, in Bihać.
 */
import { randomUUID } from "node:crypto";
import type { FastifyInstance } from "fastify";
import type { DbOrTx } from "../db/client.js";
import { findMunicipality } from "./factories.js";

export function eventRequests(app: FastifyInstance) {
  return {
    get: (cookie: string, url: string) => app.inject({ url, headers: { cookie } }),
    send: (cookie: string, method: "POST" | "PATCH" | "DELETE", url: string, payload?: object) =>
      app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) }),
  };
}

export async function eventInput(db: DbOrTx, organizerIds: string[], extra: Record<string, unknown> = {}) {
  const bihac = await findMunicipality(db, "Bihać");
  return {
    title: `Radionica ${randomUUID().slice(0, 8)}`,
    kind: "workshop",
    startsOn: "2012-06-01",
    endsOn: "2012-06-02",
    jurisdictionId: bihac.id,
    organizerIds,
    ...extra,
  };
}
