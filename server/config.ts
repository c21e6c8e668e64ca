import { isIP } from "node:net";
import { resolve } from "node:path";
import { z } from "zod";

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
  /**
   * How e-mail leaves the app: `log` writes one line per message to the application log (the
   * default without SMTP_URL), `smtp` sends through SMTP_URL (the default when it is set).
   */
  MAIL_TRANSPORT: z.enum(["log", "smtp"]).optional(),
  /** smtp://user:password@host:587 (STARTTLS when the server offers it) or smtps://…:465. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL")
    .optional(),
  /** The sender of every mail, e.g. `nap1325 <nap1325@example.org>`. */
  MAIL_FROM: z.string().min(3).default("nap1325 <nap1325@localhost>"),
  /**
   * Where uploaded files are kept: a folder (`file:///srv/nap1325/files`, or unset: DATA_DIR/files)
   * or S3-compatible object storage (`s3://bucket/optional/prefix`, with the S3_* settings).
   */
  FILES_URL: z
    .string()
    .regex(/^(file|s3):\/\/./, "must be a file:// or s3:// URL")
    .optional(),
  /** The S3 API's address for MinIO, Ceph RGW, R2 … (unset: AWS S3 in S3_REGION). */
  S3_ENDPOINT: z.url({ protocol: /^https?$/ }).optional(),
  S3_REGION: z.string().min(1).default("us-east-1"),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  /** Path-style addresses (endpoint/bucket/key), as most non-AWS servers need; default: on with S3_ENDPOINT. */
  S3_FORCE_PATH_STYLE: flag.optional(),
  /** Whether this process also runs background jobs (default yes); `0` makes it serve requests only. */
  JOBS: flag.default(true),
  /**
   * On SIGTERM/SIGINT, how long requests already being served may take to finish before their
   * connections are cut (seconds). Below the orchestrator's own grace period (Kubernetes: 30 s).
   */
  SHUTDOWN_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(3600).default(25),
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
  if (e.MAIL_TRANSPORT === "smtp" && !e.SMTP_URL) {
    throw new Error("The environment is not valid:\n  MAIL_TRANSPORT: smtp needs SMTP_URL");
  }
  const dataDir = resolve(e.DATA_DIR);
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir,
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
    mail: mailSettings(e),
    files: fileSettings(e, dataDir),
    runsJobs: e.JOBS,
    shutdownTimeoutSeconds: e.SHUTDOWN_TIMEOUT_SECONDS,
  };
}

type Settings = z.infer<typeof Environment>;

export type MailSettings =
  | { transport: "log"; from: string }
  | { transport: "smtp"; from: string; smtpUrl: string };

function mailSettings(e: Settings): MailSettings {
  const transport = e.MAIL_TRANSPORT ?? (e.SMTP_URL ? "smtp" : "log");
  return transport === "smtp" && e.SMTP_URL
    ? { transport, from: e.MAIL_FROM, smtpUrl: e.SMTP_URL }
    : { transport: "log", from: e.MAIL_FROM };
}

export type FileSettings =
  | { kind: "local"; root: string }
  | {
      kind: "s3";
      bucket: string;
      /** Key prefix inside the bucket, without leading or trailing slashes ('' for none). */
      prefix: string;
      endpoint: string | null;
      region: string;
      credentials: { accessKeyId: string; secretAccessKey: string } | null;
      forcePathStyle: boolean;
    };

function fileSettings(e: Settings, dataDir: string): FileSettings {
  if (!e.FILES_URL) return { kind: "local", root: resolve(dataDir, "files") };
  const url = new URL(e.FILES_URL);
  if (url.protocol === "file:") return { kind: "local", root: resolve(decodeURIComponent(url.pathname)) };
  const credentials =
    e.S3_ACCESS_KEY_ID && e.S3_SECRET_ACCESS_KEY
      ? { accessKeyId: e.S3_ACCESS_KEY_ID, secretAccessKey: e.S3_SECRET_ACCESS_KEY }
      : null;
  return {
    kind: "s3",
    bucket: url.hostname,
    prefix: decodeURIComponent(url.pathname).replace(/^\/+|\/+$/g, ""),
    endpoint: e.S3_ENDPOINT ?? null,
    region: e.S3_REGION,
    credentials,
    forcePathStyle: e.S3_FORCE_PATH_STYLE ?? Boolean(e.S3_ENDPOINT),
  };
}
