/**
 * The store of `@fastify/rate-limit` over PostgreSQL (`rate_limits`), so that every app process
 * behind a load balancer counts against the same ceiling: with the plugin's in-memory store, N
 * processes would each allow the full limit and a client would get N times as many requests.
 *
 * The plugin builds the store once (`new Store(options)`) and asks it for a `child` per route that
 * sets `config.rateLimit`; each request then calls `incr(key, callback, timeWindow, max)` with the
 * route's window in milliseconds. A child prefixes its keys with the route's method and address, so
 * two routes never share a counter (a GET route and its HEAD twin do). The client part of a key (by default its address) is stored
 * hashed: the table needs to tell clients apart, not to know who they are.
 *
 * Fixed windows only: `continueExceeding` and `exponentialBackoff` are refused rather than quietly
 * ignored.
 */
import { createHash } from "node:crypto";
import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from "@fastify/rate-limit";
import type { Db } from "../db/client.js";
import { countHit, selectWindowCount, type WindowCount } from "./rate-limit.queries.js";

type Callback = (error: Error | null, result?: { current: number; ttl: number }) => void;

interface StoreOptions {
  continueExceeding?: boolean;
  exponentialBackoff?: boolean;
  routeInfo?: { method?: string | string[]; url?: string };
}

function refuseUnsupported(options: StoreOptions): void {
  if (options.continueExceeding || options.exponentialBackoff) {
    throw new Error("the PostgreSQL rate-limit store keeps fixed windows only");
  }
}

const hashed = (clientKey: string) => createHash("sha256").update(clientKey).digest("hex").slice(0, 32);

/** A store class for `@fastify/rate-limit`'s `store` option, counting in this database. */
export function postgresRateLimitStore(db: Db): FastifyRateLimitStoreCtor {
  class PostgresRateLimitStore implements FastifyRateLimitStore {
    constructor(
      options: StoreOptions,
      private readonly prefix = "",
    ) {
      refuseUnsupported(options);
    }

    incr(key: string, callback: Callback, timeWindow: number): void {
      this.answer(countHit(db, this.keyOf(key), timeWindow), callback);
    }

    /** The current window without counting a hit (the plugin's `{ increment: false }`). */
    read(key: string, callback: Callback): void {
      this.answer(selectWindowCount(db, this.keyOf(key)), callback);
    }

    child(routeOptions: object): FastifyRateLimitStore {
      const options = routeOptions as StoreOptions;
      // Fastify answers HEAD with the GET route's handler: both count against one ceiling.
      const method = [options.routeInfo?.method ?? "ANY"]
        .flat()
        .map((name) => (name === "HEAD" ? "GET" : name))
        .join(",");
      const url = options.routeInfo?.url ?? "custom";
      return new PostgresRateLimitStore(options, `${method} ${url}|`);
    }

    private keyOf(clientKey: string): string {
      return `${this.prefix}${hashed(clientKey)}`;
    }

    private answer(counting: Promise<WindowCount>, callback: Callback): void {
      counting.then(
        ({ hits, resetsInMs }) => callback(null, { current: hits, ttl: resetsInMs }),
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
      );
    }
  }

  return PostgresRateLimitStore as FastifyRateLimitStoreCtor;
}
