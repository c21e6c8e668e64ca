/**
 * `GET /api/<list>/export?format=csv|xlsx&…`: each list with its own filters, search and order as a
 * file. The list's own service answers the rows, so an export shows exactly what the list shows the
 * reader, over all pages — read a batch of pages at a time and streamed to the reader.
 */
import type { FastifyInstance } from "fastify";
import type { z } from "zod";
import { AuditListQuery } from "../../common/schemas/audit.js";
import { ActionItemListQuery, BoardListQuery } from "../../common/schemas/boards.js";
import { AgreementListQuery, NetworkQuery } from "../../common/schemas/cooperation.js";
import { CoverageQuery } from "../../common/schemas/coverage.js";
import { EventListQuery } from "../../common/schemas/events.js";
import { IndicatorListQuery } from "../../common/schemas/indicators.js";
import { OrganizationListQuery } from "../../common/schemas/organizations.js";
import { PersonListQuery } from "../../common/schemas/people.js";
import { PlanListQuery } from "../../common/schemas/plans.js";
import { ProjectListQuery } from "../../common/schemas/projects.js";
import { CurriculumListQuery } from "../../common/schemas/training.js";
import { UserListQuery } from "../../common/schemas/users.js";
import type { ModuleDeps } from "../app.js";
import type { Db } from "../db/client.js";
import type { Actor } from "../http/actor.js";
import { failureForLog } from "../http/errors.js";
import { actorOf } from "../http/session.js";
import { typed } from "../http/typed.js";
import { selectAuditEntries } from "../modules/audit/audit.list.js";
import { listActionItems } from "../modules/boards/action-items.service.js";
import { listBoards } from "../modules/boards/boards.service.js";
import { listAgreements } from "../modules/cooperation/agreements.service.js";
import { listNetworkTies } from "../modules/cooperation/cooperation.service.js";
import { getCoverage } from "../modules/coverage/coverage.service.js";
import { listEvents } from "../modules/events/events.service.js";
import { listIndicators } from "../modules/indicators/indicators.service.js";
import { listOrganizations } from "../modules/organizations/organizations.service.js";
import { personPolicy } from "../modules/people/people.policy.js";
import { listPeople } from "../modules/people/people.service.js";
import { listPlans } from "../modules/plans/plans.service.js";
import { listProjects } from "../modules/projects/projects.service.js";
import { listCurricula } from "../modules/training/curricula.service.js";
import { listUsers } from "../modules/users/users.service.js";
import {
  type ExportFormat,
  ExportFormatField,
  exportQuery,
  type ListExport,
  type LoadPage,
  listExport,
  sendExport,
} from "./export.js";
import {
  actionItemExport,
  agreementExport,
  auditExport,
  boardExport,
  coverageExport,
  curriculumExport,
  eventExport,
  indicatorExport,
  organizationExport,
  personExport,
  personExportWithoutPersonalData,
  planExport,
  projectExport,
  tieExport,
  userExport,
} from "./lists.js";

/** The people export for a reader: the personal-data columns only for roles that may ever see them. */
const peopleExportFor = (actor: Actor) =>
  personPolicy(actor, "readPersonal") === "allow" ? personExport : personExportWithoutPersonalData;

/** What loading an export's rows may use: the database, the reader, and today's date. */
interface LoadContext {
  db: Db;
  actor: Actor;
  today: string;
}

/**
 * One list's export: its address, its query (the list's filters, search and order), its columns
 * for the reader, and how one page of its rows is loaded — by the list's own service.
 */
interface ExportRoute {
  register(app: FastifyInstance, deps: ModuleDeps, tags: string[]): void;
}

function exportRoute<Query extends { format: ExportFormat }, Item, Key extends string>(
  path: string,
  query: z.ZodType<Query>,
  definition: ListExport<Item, Key> | ((actor: Actor) => ListExport<Item, Key>),
  load: (
    context: LoadContext,
    query: Omit<Query, "format">,
    paging: { page: number; pageSize: number },
    /** The last row of the page before (keyset paging, for the lists whose order allows it). */
    after: Item | undefined,
  ) => ReturnType<LoadPage<Item>>,
): ExportRoute {
  return {
    register(app, { db, clock }, tags) {
      typed(app).get(path, { schema: { tags, querystring: query } }, async (request, reply) => {
        const { format, ...filters } = request.query as Query;
        const actor = actorOf(request);
        const now = clock();
        const context = { db, actor, today: now.toISOString().slice(0, 10) };
        const columns = typeof definition === "function" ? definition(actor) : definition;
        const file = await listExport({
          db,
          actor,
          format,
          now,
          definition: columns,
          load: ({ after, ...paging }) => load(context, filters, paging, after),
          // After the first byte the answer can only stop short; the cause is logged without values.
          onError: (error) =>
            request.log.error({ failure: failureForLog(error, request) }, "export stopped after it started"),
        });
        return sendExport(reply, file);
      });
    },
  };
}

/** Every list that exports, with the service that answers its rows. */
const exportRoutes: ExportRoute[] = [
  exportRoute("/events/export", exportQuery(EventListQuery), eventExport, ({ db, actor }, query, paging) =>
    listEvents(db, actor, { ...query, ...paging }),
  ),
  exportRoute(
    "/people/export",
    exportQuery(PersonListQuery),
    peopleExportFor,
    ({ db, actor }, query, paging, after) => listPeople(db, actor, { ...query, ...paging }, after),
  ),
  exportRoute(
    "/organizations/export",
    exportQuery(OrganizationListQuery),
    organizationExport,
    ({ db, actor }, query, paging) => listOrganizations(db, actor, { ...query, ...paging }),
  ),
  exportRoute(
    "/projects/export",
    exportQuery(ProjectListQuery),
    projectExport,
    ({ db, actor }, query, paging) => listProjects(db, actor, { ...query, ...paging }),
  ),
  exportRoute("/plans/export", exportQuery(PlanListQuery), planExport, ({ db, actor }, query, paging) =>
    listPlans(db, actor, { ...query, ...paging }),
  ),
  exportRoute(
    "/indicators/export",
    exportQuery(IndicatorListQuery),
    indicatorExport,
    ({ db, actor }, query, paging) => listIndicators(db, actor, { ...query, ...paging }),
  ),
  exportRoute("/users/export", exportQuery(UserListQuery), userExport, ({ db, actor }, query, paging) =>
    listUsers(db, actor, { ...query, ...paging }),
  ),
  exportRoute("/audit/export", exportQuery(AuditListQuery), auditExport, ({ db, actor }, query, paging) =>
    selectAuditEntries(db, actor, { ...query, ...paging }),
  ),
  exportRoute(
    "/boards/export",
    exportQuery(BoardListQuery),
    boardExport,
    ({ db, actor, today }, query, paging) => listBoards(db, actor, { ...query, ...paging }, today),
  ),
  exportRoute(
    "/action-items/export",
    exportQuery(ActionItemListQuery),
    actionItemExport,
    ({ db, actor, today }, query, paging) => listActionItems(db, actor, { ...query, ...paging }, today),
  ),
  exportRoute(
    "/curricula/export",
    exportQuery(CurriculumListQuery),
    curriculumExport,
    ({ db, actor }, query, paging) => listCurricula(db, actor, { ...query, ...paging }),
  ),
  exportRoute(
    "/coverage/export",
    CoverageQuery.safeExtend(ExportFormatField),
    coverageExport,
    async ({ db, actor }, query, { page, pageSize }) => {
      // The coverage table is not paged (a row per municipality): each batch is its slice.
      const { items } = await getCoverage(db, actor, query);
      return { items: items.slice((page - 1) * pageSize, page * pageSize), total: items.length };
    },
  ),
  exportRoute(
    "/agreements/export",
    exportQuery(AgreementListQuery),
    agreementExport,
    ({ db, actor }, query, paging) => listAgreements(db, actor, { ...query, ...paging }),
  ),
  exportRoute(
    "/cooperation/network/export",
    NetworkQuery.safeExtend(ExportFormatField),
    tieExport,
    async ({ db, actor }, query, { page, pageSize }) => {
      // The ties of a network are not paged (they are one answer): each batch is its slice.
      const items = await listNetworkTies(db, actor, query);
      return { items: items.slice((page - 1) * pageSize, page * pageSize), total: items.length };
    },
  ),
];

export function registerExportRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  for (const route of exportRoutes) route.register(app, deps, ["exports"]);
}
