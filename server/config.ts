import { isIP } from "node:net";
import { resolve } from "node:path";
import { z } from "zod";
import { mailTransports } from "./mail/mailer.js";

const flag = z
  .enum(["0", "1", "true", "false", "yes", "no"])
  .transform((value) => value === "1" || value === "true" || value === "yes");

/** proxy-addr's names for address ranges, accepted in TRUST_PROXY beside addresses and CIDRs. */
const proxyRangeNames = new Set(["loopback", "linklocal", "uniquelocal"]);

const isProxyAddress = (entry: string) => {
  if (proxyRangeNames.has(entry)) return true;
  const [address = "", prefix, ...rest] = entry.split("/");
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
};

/**
 * Whom to believe about the client's address, as Fastify's `trustProxy`: off (`0`/`false`, the
 * default), every proxy (`1`/`true`: the left-most `X-Forwarded-For` entry, which a client can
 * write itself), or — better — a comma-separated list of the proxies' addresses and CIDRs
 * (`10.0.0.1, 172.16.0.0/12, loopback`): the client is then the last address not on the list.
 * A number of hops is refused: Fastify does not honour one, as it cannot check the nearest peer.
 */
const trustProxy = z
  .string()
  .trim()
  .transform((value, context): boolean | string[] => {
    const lower = value.toLowerCase();
    if (["", "0", "false", "no"].includes(lower)) return false;
    if (["1", "true", "yes"].includes(lower)) return true;
    const entries = value.split(",").map((entry) => entry.trim());
    const wrong = entries.filter((entry) => !isProxyAddress(entry));
    if (wrong.length > 0) {
      context.addIssue({
        code: "custom",
        message: `must be true, false or proxy addresses/CIDRs (not valid: ${wrong.join(", ")})`,
      });
      return z.NEVER;
    }
    return entries;
  });

/** Settings come from the environment only; this is the one place they are read and checked. */
const Environment = z.object({
  PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
  HOST: z.string().min(1).default("localhost"),
  DATA_DIR: z.string().min(1).default("./data"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// URL")
    .optional(),
  /** As root: where the embedded server's binaries and clusters go when the postgres user cannot reach them. */
  PG_RUNTIME_DIR: z.string().min(1).default("/var/lib/nap1325"),
  /** A copy of the PostgreSQL binaries folder (bin, lib, share) to run instead of the installed package's. */
  PG_BINARIES_DIR: z.string().min(1).optional(),
  NAP1325_DEMO: flag.default(true),
  ADMIN_EMAIL: z.email().optional(),
  ADMIN_PASSWORD: z.string().min(12, "must have at least 12 characters").optional(),
  COOKIE_SECURE: flag.default(false),
  TRUST_PROXY: trustProxy.default(false),
  /** The address users reach the app at, e.g. https://nap1325.example.org (behind a proxy). */
  PUBLIC_URL: z
    .url({ protocol: /^https?$/ })
    .transform((url) => new URL(url).origin)
    .optional(),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(5).default(120),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).default(12),
  /** How e-mail leaves the app: `log` writes one line per message to the application log. */
  MAIL_TRANSPORT: z.enum(mailTransports).default("log"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

export type Config = ReturnType<typeof readConfig>;

export function readConfig(env: NodeJS.ProcessEnv = process.env) {
  const parsed = Environment.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`The environment is not valid:\n${problems.join("\n")}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL ?? null,
    embedded: {
      runtimeDir: resolve(e.PG_RUNTIME_DIR),
      binariesDir: e.PG_BINARIES_DIR ? resolve(e.PG_BINARIES_DIR) : undefined,
    },
    loadDemoData: e.NAP1325_DEMO,
    admin: e.ADMIN_EMAIL && e.ADMIN_PASSWORD ? { email: e.ADMIN_EMAIL, password: e.ADMIN_PASSWORD } : null,
    adminEmail: e.ADMIN_EMAIL ?? "admin@nap1325.local",
    sessions: {
      idleMinutes: e.SESSION_IDLE_MINUTES,
      absoluteHours: e.SESSION_ABSOLUTE_HOURS,
      secureCookie: e.COOKIE_SECURE,
      publicOrigin: e.PUBLIC_URL ?? null,
    },
    trustProxy: e.TRUST_PROXY,
    logLevel: e.LOG_LEVEL,
    mail: { transport: e.MAIL_TRANSPORT },
  };
}
