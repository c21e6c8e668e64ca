/**
 * Runs the list-scope table (`scope.table.ts`) against the app: reads a list as one reader (every
 * page of it) and names each row the reader may not read.
 */
import type { FastifyInstance } from "fastify";
import type { Role } from "../../../common/schemas/enums.js";
import type { Facts } from "./scope.facts.js";
import type { Row, ScopedList } from "./scope.table.js";
import type { ScopeWorld } from "./scope.world.js";

const PAGE_SIZE = 200;

/** Every row of the list as the reader gets it; none when the reader is refused (the matrix checks the status). */
export async function readList(
  app: FastifyInstance,
  entry: ScopedList,
  world: ScopeWorld,
  role: Role,
): Promise<{ status: number; rows: Row[] }> {
  const get = async (query: string) => {
    const response = await app.inject({
      method: "GET",
      url: `${entry.url(world)}${query}`,
      headers: { cookie: world.readers[role].cookie },
    });
    return { status: response.statusCode, body: JSON.parse(response.body || "null") as Row | Row[] };
  };
  const first = await get("");
  if (first.status !== 200) return { status: first.status, rows: [] };
  if (Array.isArray(first.body)) return { status: 200, rows: first.body };
  if (entry.rows) return { status: 200, rows: entry.rows(first.body) };
  const rows = first.body.items as Row[];
  const total = first.body.total;
  if (typeof total !== "number" || rows.length >= total) return { status: 200, rows };
  // A paged list: every page of it, the largest pages the API gives.
  const all: Row[] = [];
  for (let page = 1; all.length < total; page++) {
    const next = await get(`?page=${page}&pageSize=${PAGE_SIZE}`);
    const items = (next.body as Row).items as Row[];
    if (next.status !== 200 || items.length === 0) break;
    all.push(...items);
  }
  return { status: 200, rows: all };
}

/** "GET /api/path/:id (role): row <id> …" for each listed row the reader may not read. */
export async function scopeViolations(
  app: FastifyInstance,
  entry: ScopedList,
  world: ScopeWorld,
  facts: Facts,
  role: Role,
): Promise<string[]> {
  const { rows } = await readList(app, entry, world, role);
  const actor = world.readers[role].actor;
  const violations: string[] = [];
  for (const row of rows) {
    if (!(await entry.mayRead(actor, row, { facts, world }))) {
      violations.push(`${entry.route} (${role}): row ${entry.rowId(row)} is outside the role's scope`);
    }
  }
  return violations;
}

/**
 * Where the world holds nothing to hide: for each role the policy limits on this list, whether an
 * administrator's answer has a row that role may not read (else the check could not fail).
 */
export async function missingOutOfScopeRows(
  app: FastifyInstance,
  entry: ScopedList,
  world: ScopeWorld,
  facts: Facts,
): Promise<string[]> {
  const { status, rows } = await readList(app, entry, world, "administrator");
  if (status !== 200) return [`${entry.route}: an administrator gets ${status}`];
  const missing: string[] = [];
  for (const role of entry.limits) {
    let hidden = false;
    for (const row of rows) {
      if (!(await entry.mayRead(world.readers[role].actor, row, { facts, world }))) hidden = true;
    }
    if (!hidden) missing.push(`${entry.route}: the world holds no row a ${role} may not read`);
  }
  return missing;
}

interface OpenApiGet {
  responses?: Record<string, { content?: Record<string, { schema?: JsonSchemaLike }> }>;
}
interface JsonSchemaLike {
  $ref?: string;
  type?: string;
  properties?: Record<string, JsonSchemaLike>;
}

/**
 * The list routes of the OpenAPI document: GET routes whose JSON answer is an array or holds an
 * `items` array, as "GET /api/path/:param".
 */
export function listRoutes(document: {
  paths: Record<string, { get?: OpenApiGet }>;
  components?: { schemas?: Record<string, JsonSchemaLike> };
}): string[] {
  const resolve = (schema: JsonSchemaLike | undefined) =>
    schema?.$ref ? document.components?.schemas?.[schema.$ref.split("/").pop() ?? ""] : schema;
  const routes: string[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    const schema = resolve(item.get?.responses?.["200"]?.content?.["application/json"]?.schema);
    if (!schema) continue;
    const items = resolve(schema.properties?.items);
    if (schema.type === "array" || items?.type === "array") {
      routes.push(`GET ${path.replace(/\{(\w+)\}/g, ":$1")}`);
    }
  }
  return routes.sort();
}
