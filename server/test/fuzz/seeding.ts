/**
 * What each step of building the fuzzer's world works with: the database, the file store, the
 * pools of ids it fills (the targets of the generated requests) and the rows nested rows belong to.
 */
import { randomBytes } from "node:crypto";
import type { Db } from "../../db/client.js";
import type { FileStore } from "../../files/store.js";

/**
 * The kinds of rows, as the paths name them, in the order the generator reads the pools in (a
 * request that takes an id of any kind picks from all of them in this order).
 */
export const poolKinds = [
  "jurisdictions",
  "organizations",
  "people",
  "users",
  "plans",
  "nodes",
  "category-sets",
  "indicators",
  "periods",
  "submissions",
  "evidence",
  "projects",
  "curricula",
  "modules",
  "evaluations",
  "certificates",
  "certificate-numbers",
  "boards",
  "memberships",
  "events",
  "action-items",
  "participations",
  "imports",
] as const;
export type PoolKind = (typeof poolKinds)[number];

/** Ids by kind of row, as the paths name them (`events`, `participations`, `certificate-numbers`, …). */
export type Pools = Map<string, string[]>;

export interface Seeding {
  db: Db;
  files: FileStore;
  pools: Pools;
  /** The row a nested row belongs to (a participation's event, a seat's board, a node's plan). */
  parents: Map<string, string>;
  /** Adds ids to the pool of their kind, after those already there. */
  add(kind: PoolKind, ...ids: string[]): void;
}

export function startSeeding(db: Db, files: FileStore): Seeding {
  const pools: Pools = new Map(poolKinds.map((kind) => [kind, []]));
  return {
    db,
    files,
    pools,
    parents: new Map(),
    add: (kind, ...ids) => pools.set(kind, [...(pools.get(kind) ?? []), ...ids]),
  };
}

/** A short random suffix, so that names stay unique in a database the tests share. */
export const hex = () => randomBytes(3).toString("hex");
