/**
 * The role × route authorization matrix: for every API route, what each role gets for its own row,
 * another organisation's row and a missing row. `authorization-matrix.test.ts` runs every cell
 * against the real app and fails when a route has no entry here.
 */
import type { FastifyInstance } from "fastify";
import type { Role } from "../../../common/schemas/enums.js";
import type { Db } from "../../db/client.js";
import type { FileStore } from "../../files/store.js";

export type Who = Role | "anonymous";
export type Scenario = "own" | "other" | "missing";

export interface World {
  app: FastifyInstance;
  /** The app's store of uploaded files. */
  files: FileStore;
  db: Db;
  who: Who;
  /** The organisation of the signed-in user (representatives and partners belong to it). */
  ownOrganizationId: string;
  otherOrganizationId: string;
  /** The person record of the signed-in trainer. */
  trainerPersonId: string;
  actor: { userId: string; organizationId: string | null; personId: string | null } | null;
}

export interface CaseRequest {
  url: string;
  payload?: unknown;
  /** Extra request headers, e.g. the content type of a multipart upload. */
  headers?: Record<string, string>;
}

export interface RouteCase {
  /** "METHOD /api/path/:param", exactly as registered. */
  route: string;
  /** Builds a fresh request for one cell; rows it needs are made for this cell alone. */
  request: (world: World, scenario: Scenario) => Promise<CaseRequest>;
  /** Per role: three HTTP statuses for own, other, missing (one status for all three when they agree). */
  expect: Record<Who, string>;
}

export const MISSING_ID = "00000000-0000-4000-8000-000000000000";

const roles: Who[] = [
  "administrator",
  "coordinator",
  "representative",
  "partner",
  "trainer",
  "viewer",
  "anonymous",
];

/**
 * A compact way to write one route's row of the matrix, e.g.
 * `expectations({ staff: "200 200 404", representative: "200 404 404", others: "403", anonymous: "401" })`.
 * `staff` covers administrator and coordinator; `others` covers every role not named.
 */
export function expectations(spec: Partial<Record<Who | "staff" | "others", string>>): Record<Who, string> {
  const result = {} as Record<Who, string>;
  for (const who of roles) {
    const isStaff = who === "administrator" || who === "coordinator";
    const value =
      spec[who] ??
      (isStaff ? spec.staff : undefined) ??
      (who === "anonymous" ? (spec.anonymous ?? "401") : spec.others);
    if (!value) throw new Error(`no expectation for ${who}`);
    result[who] = value;
  }
  return result;
}

export function expectedStatus(cell: string, scenario: Scenario): number {
  const parts = cell.trim().split(/\s+/).map(Number);
  const index = { own: 0, other: 1, missing: 2 }[scenario];
  return (parts.length === 1 ? parts[0] : parts[index]) as number;
}
