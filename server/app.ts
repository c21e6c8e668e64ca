/**
 * The composition root of the HTTP app. `main.ts` and the tests build the app the same way:
 * `buildApp({ db, clock, ... })`.
 */
import { existsSync } from "node:fs";
import fastifyCookie from "@fastify/cookie";
import fastifyHelmet from "@fastify/helmet";
import fastifyMultipart from "@fastify/multipart";
import fastifyRateLimit from "@fastify/rate-limit";
import fastifyStatic from "@fastify/static";
import fastifySwagger from "@fastify/swagger";
import fastifySwaggerUi from "@fastify/swagger-ui";
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyServerOptions } from "fastify";
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
} from "fastify-type-provider-zod";
import { systemClock } from "./clock.js";
import type { Db } from "./db/client.js";
import { registerExportRoutes } from "./exports/exports.routes.js";
import type { FileStore } from "./files/store.js";
import { registerErrorHandling, toErrorBody } from "./http/errors.js";
import { RequestLogController } from "./http/logging.js";
import { postgresRateLimitStore } from "./http/rate-limit-store.js";
import { registerSessions, type SessionOptions } from "./http/session.js";
import { validatorCompiler } from "./http/validation.js";
import type { Jobs } from "./jobs/queue.js";
import { LogMailer, type Mailer } from "./mail/mailer.js";
import { registerAssessmentRoutes } from "./modules/assessments/assessments.routes.js";
import { registerAuditRoutes } from "./modules/audit/audit.routes.js";
import { registerAuthRoutes } from "./modules/auth/auth.routes.js";
import { registerBoardRoutes } from "./modules/boards/boards.routes.js";
import { registerMeetingPdfRoutes } from "./modules/boards/meeting-pdf.routes.js";
import { registerCascadeRoutes } from "./modules/cascade/cascade.routes.js";
import { registerCertificateRoutes } from "./modules/certificates/certificates.routes.js";
import { registerAgreementRoutes } from "./modules/cooperation/agreements.routes.js";
import { registerCooperationRoutes } from "./modules/cooperation/cooperation.routes.js";
import { registerCoverageRoutes } from "./modules/coverage/coverage.routes.js";
import { registerDashboardRoutes } from "./modules/dashboard/dashboard.routes.js";
import { registerEventRoutes } from "./modules/events/events.routes.js";
import { registerEvidenceRoutes } from "./modules/evidence/evidence.routes.js";
import { Drain } from "./modules/health/drain.js";
import { registerHealthRoutes } from "./modules/health/health.routes.js";
import { registerImportRoutes } from "./modules/imports/imports.routes.js";
import { registerIndicatorRoutes } from "./modules/indicators/indicators.routes.js";
import { registerJobRoutes } from "./modules/jobs/jobs.routes.js";
import { registerJurisdictionRoutes } from "./modules/jurisdictions/jurisdictions.routes.js";
import { registerOrganizationRoutes } from "./modules/organizations/organizations.routes.js";
import { registerPeopleRoutes } from "./modules/people/people.routes.js";
import { registerPlanRoutes } from "./modules/plans/plans.routes.js";
import { registerProgressRoutes } from "./modules/progress/progress.routes.js";
import { registerProjectRoutes } from "./modules/projects/projects.routes.js";
import { registerReminderRoutes } from "./modules/reminders/reminders.routes.js";
import { registerSubmissionRoutes } from "./modules/submissions/submissions.routes.js";
import { registerTemplateRoutes } from "./modules/templates/templates.routes.js";
import { registerTrainingRoutes } from "./modules/training/training.routes.js";
import { registerUserRoutes } from "./modules/users/users.routes.js";

export interface AppDeps {
  db: Db;
  clock?: () => Date;
  sessions?: Partial<SessionOptions>;
  /**
   * Sign-in requests allowed per address per minute: a ceiling against floods only (default 100).
   * Failed sign-ins are throttled per account and per address by the auth module.
   */
  loginAttemptsPerWindow?: number;
  /**
   * Which proxies to believe about the client's address (`X-Forwarded-For`), as Fastify's
   * `trustProxy`: false (default), true (all), or the proxies' addresses/CIDRs.
   */
  trustProxy?: boolean | string | string[];
  /** Folder of the built web app; served with a fallback to index.html when present. */
  webDist?: string | null;
  logger?: FastifyServerOptions["logger"];
  /** How e-mail is sent; by default a log transport writing to the app log. */
  mailer?: Mailer;
  /** Where uploaded files (evidence) are kept, outside the database. */
  files: FileStore;
  /** Set when the process begins to shut down: `/api/ready` then answers 503. */
  drain?: Drain;
  /** The background jobs' queue (`startJobs`); without it the jobs' list still reads the database. */
  jobs?: Jobs | null;
  /** How long a commit request waits for the import to be written before it answers 202 (2 s). */
  importCommitWaitMs?: number;
}

/** What every module's routes receive. */
export interface ModuleDeps {
  db: Db;
  clock: () => Date;
  sessions: SessionOptions;
  loginAttemptsPerWindow: number;
  mailer: Mailer;
  files: FileStore;
  drain: Drain;
  jobs: Jobs | null;
  importCommitWaitMs: number;
}

export interface RouteEntry {
  method: string;
  url: string;
  isPublic: boolean;
}

declare module "fastify" {
  interface FastifyInstance {
    /** Every API route, as registered: the authorization matrix test reads this list. */
    apiRoutes: RouteEntry[];
  }
}

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: deps.logger ?? false,
    logController: new RequestLogController(),
    trustProxy: deps.trustProxy ?? false,
    // On close, keep-alive connections with no request in flight are ended at once, so closing waits
    // for the requests being served and not for idle browsers.
    forceCloseConnections: "idle",
    // A malformed or over-long address is answered in the API's error shape, like every other error.
    frameworkErrors: (error, _request, reply) => {
      const { status, body } = toErrorBody(error);
      return (reply as FastifyReply).status(status).send(body);
    },
  });
  const moduleDeps: ModuleDeps = {
    db: deps.db,
    clock: deps.clock ?? systemClock,
    sessions: { idleMinutes: 120, absoluteHours: 12, secureCookie: false, ...deps.sessions },
    loginAttemptsPerWindow: deps.loginAttemptsPerWindow ?? 100,
    mailer: deps.mailer ?? new LogMailer(),
    files: deps.files,
    jobs: deps.jobs ?? null,
    drain: deps.drain ?? new Drain(),
    importCommitWaitMs: deps.importCommitWaitMs ?? 2000,
  };
  if (moduleDeps.mailer instanceof LogMailer) moduleDeps.mailer.attachLog(app.log);

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);

  app.decorate("apiRoutes", [] as RouteEntry[]);
  app.addHook("onRoute", (route) => {
    if (route.url.startsWith("/api/docs")) route.config = { ...route.config, isPublic: true };
    if (!route.url.startsWith("/api/") || route.url.startsWith("/api/docs")) return;
    for (const method of [route.method].flat()) {
      if (method === "HEAD") continue;
      app.apiRoutes.push({ method, url: route.url, isPublic: Boolean(route.config?.isPublic) });
    }
  });

  // HSTS only where the app is served over HTTPS: on plain HTTP it would make browsers refuse it.
  const isHttps =
    moduleDeps.sessions.secureCookie || moduleDeps.sessions.publicOrigin?.startsWith("https:") === true;
  await app.register(fastifyHelmet, {
    strictTransportSecurity: isHttps ? { maxAge: 31_536_000 } : false,
    contentSecurityPolicy: {
      directives: {
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:"],
        "upgrade-insecure-requests": null,
      },
    },
  });
  await app.register(fastifyCookie);
  // Files stream through; each upload route sets its own size and count limits.
  await app.register(fastifyMultipart, { limits: { files: 1, fields: 5, parts: 6 } });
  // Counted in PostgreSQL, so the ceilings hold across all the app processes behind a load balancer.
  await app.register(fastifyRateLimit, { global: false, store: postgresRateLimitStore(deps.db) });
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: "nap1325 API",
        description: "Plan, run and prove a UNSCR 1325 (Women, Peace and Security) Action Plan.",
        version: "0.1.0",
      },
      components: {
        securitySchemes: { session: { type: "apiKey", in: "cookie", name: "nap1325_session" } },
      },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
    // Schemas with an id (`.meta({ id })`) are written once, as components the operations refer to.
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: "/api/docs", staticCSP: true });
  registerSessions(app, moduleDeps.db, moduleDeps.sessions, moduleDeps.clock);

  await app.register(
    async (api) => {
      registerHealthRoutes(api, moduleDeps);
      registerAuthRoutes(api, moduleDeps);
      registerUserRoutes(api, moduleDeps);
      registerAuditRoutes(api, moduleDeps);
      registerJurisdictionRoutes(api, moduleDeps);
      registerOrganizationRoutes(api, moduleDeps);
      registerAgreementRoutes(api, moduleDeps);
      registerCooperationRoutes(api, moduleDeps);
      registerPeopleRoutes(api, moduleDeps);
      registerPlanRoutes(api, moduleDeps);
      registerIndicatorRoutes(api, moduleDeps);
      registerSubmissionRoutes(api, moduleDeps);
      registerEvidenceRoutes(api, moduleDeps);
      registerTemplateRoutes(api, moduleDeps);
      registerAssessmentRoutes(api, moduleDeps);
      registerProjectRoutes(api, moduleDeps);
      registerEventRoutes(api, moduleDeps);
      registerBoardRoutes(api, moduleDeps);
      registerMeetingPdfRoutes(api, moduleDeps);
      registerCertificateRoutes(api, moduleDeps);
      registerTrainingRoutes(api, moduleDeps);
      registerCascadeRoutes(api, moduleDeps);
      registerDashboardRoutes(api, moduleDeps);
      registerCoverageRoutes(api, moduleDeps);
      registerProgressRoutes(api, moduleDeps);
      registerReminderRoutes(api, moduleDeps);
      registerExportRoutes(api, moduleDeps);
      registerImportRoutes(api, moduleDeps);
      registerJobRoutes(api, moduleDeps);
      api.get("/openapi.json", { config: { isPublic: true }, schema: { hide: true } }, async () =>
        app.swagger(),
      );
    },
    { prefix: "/api" },
  );

  const hasWeb = Boolean(deps.webDist && existsSync(deps.webDist));
  if (hasWeb) await app.register(fastifyStatic, { root: deps.webDist as string, wildcard: false });
  app.setNotFoundHandler((request, reply) => {
    // The web app routes in the browser: any other page address gets its index.html.
    if (hasWeb && request.method === "GET" && !request.url.startsWith("/api/")) {
      return reply.type("text/html").sendFile("index.html");
    }
    return reply.status(404).send({ code: "NOT_FOUND", message: "No such address" });
  });
  await app.ready();
  return app;
}
