/**
 * Ids for the fuzzer's requests: which pool of the world's rows a field or parameter name points
 * into, and the source of values the schema values draw on (ids of rows that exist, mostly of the
 * right kind, sometimes of another kind or of no row at all; values the world knows by name).
 */
import fc from "fast-check";
import type { Pools } from "./seeding.js";
import type { ValueSource } from "./values.js";

/** Which pool of ids a field or parameter name points into; `:id` names the path's own rows. */
const namedPools: [RegExp, string][] = [
  [/organi[sz]ation|organizer|implementer/i, "organizations"],
  [/person/i, "people"],
  [/^(plan|predecessor)/i, "plans"],
  [/node|^parent/i, "nodes"],
  [/indicator/i, "indicators"],
  [/categoryset/i, "category-sets"],
  [/period/i, "periods"],
  [/project/i, "projects"],
  [/jurisdiction|municipalit/i, "jurisdictions"],
  [/participation/i, "participations"],
  [/membership/i, "memberships"],
  [/board/i, "boards"],
  [/curricul/i, "curricula"],
  [/module/i, "modules"],
  [/event/i, "events"],
  [/user/i, "users"],
  [/^:number$/, "certificate-numbers"],
];
const pathSegmentPools: Record<string, string> = { municipalities: "jurisdictions" };

export function poolName(name: string, path: string): string | null {
  const segment = path.split("/")[2] ?? "";
  if (name === ":id") return pathSegmentPools[segment] ?? segment;
  if (name === "parentId" && segment === "jurisdictions") return "jurisdictions";
  if (name === "id" && segment === "curricula") return "modules";
  for (const [pattern, pool] of namedPools) if (pattern.test(name)) return pool;
  return null;
}

/** Ids from the world's pools (read when a request is generated, so rows made by earlier requests count). */
export function valueSource(
  pools: Pools,
  known: Record<string, string[]>,
  parents: Map<string, string> = new Map(),
): ValueSource {
  const anyId = () =>
    [...pools.entries()].filter(([k]) => k !== "certificate-numbers").flatMap(([, ids]) => ids);
  const pick = (list: () => string[]) =>
    fc.tuple(fc.nat(), fc.uuid()).map(([n, fallback]) => {
      const ids = list();
      return ids.length > 0 ? (ids[n % ids.length] as string) : fallback;
    });
  return {
    ids(name, path) {
      const pool = poolName(name, path);
      const own = pick(() => (pool ? (pools.get(pool) ?? []) : anyId()));
      return fc.oneof(
        { weight: 16, arbitrary: own },
        { weight: 2, arbitrary: pick(anyId) },
        { weight: 2, arbitrary: fc.uuid() },
      );
    },
    known: (name) => known[name] ?? [],
    parentOf: (id) => parents.get(id),
  };
}
