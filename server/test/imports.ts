/**
 * Helpers of the import tests: upload a file as the wizard does, change the preview, commit; and
 * a short random tag of letters that keeps names of one test apart from another's.
 */
import { randomBytes } from "node:crypto";
import type { FastifyInstance } from "fastify";
import { expect } from "vitest";
import type { ImportPreview } from "../../common/schemas/imports.js";
import type { DbOrTx } from "../db/client.js";
import { makeEvent, makeOrganization, makeSignedInUser } from "./factories.js";
import { multipartFile } from "./multipart.js";

/** Six letters (no digits: a digit in a name is read as part of it). */
export const tag = () =>
  randomBytes(3)
    .toString("hex")
    .replace(/\d/g, (d) => "abcdefghij"[Number(d)] ?? "a");

export function importRequests(app: FastifyInstance) {
  const upload = (cookie: string, query: string, fileName: string, content: Buffer | string) => {
    const body = multipartFile(fileName, content);
    return app.inject({
      method: "POST",
      url: `/api/imports?${query}`,
      headers: { ...body.headers, cookie },
      payload: body.payload,
    });
  };
  const change = (cookie: string, id: string, payload: object) =>
    app.inject({ method: "PATCH", url: `/api/imports/${id}/changes`, headers: { cookie }, payload });
  return {
    upload,
    change,
    /** Uploads and answers the preview (201 expected). */
    async previewOf(cookie: string, query: string, fileName: string, content: Buffer | string) {
      const response = await upload(cookie, query, fileName, content);
      expect(response.statusCode, response.body).toBe(201);
      return response.json<ImportPreview>();
    },
    /** Changes the preview and answers the new one (200 expected). */
    async changed(cookie: string, id: string, payload: object) {
      const response = await change(cookie, id, payload);
      expect(response.statusCode, response.body).toBe(200);
      return response.json<ImportPreview>();
    },
    commit: (cookie: string, id: string, payload: object = {}) =>
      app.inject({ method: "POST", url: `/api/imports/${id}/commit`, headers: { cookie }, payload }),
  };
}

/** An NGO with its partner user and one of its trainings, and a police organisation with its own event. */
export async function importWorld(db: DbOrTx) {
  const ngo = await makeOrganization(db, { name: `Udruženje Žene ${tag()}`, sector: "civil_society" });
  const other = await makeOrganization(db, { sector: "police" });
  const partner = await makeSignedInUser(db, "partner", { organizationId: ngo.id });
  const coordinator = await makeSignedInUser(db, "coordinator");
  const event = await makeEvent(db, { organizerIds: [ngo.id], kind: "training_of_trainers" });
  const otherEvent = await makeEvent(db, { organizerIds: [other.id] });
  return { ngo, other, partner, coordinator, event, otherEvent };
}
