/**
 * `GET /api/<list>/export?format=csv|xlsx&…`: each list with its own filters, search and order as a
 * file. The list's own service answers the rows, so an export shows exactly what the list shows the
 * reader, over all pages.
 */
import type { FastifyInstance, FastifyReply } from "fastify";
import { AuditListQuery } from "../../common/schemas/audit.js";
import { ActionItemListQuery, BoardListQuery } from "../../common/schemas/boards.js";
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
import type { Actor } from "../http/actor.js";
import { actorOf } from "../http/session.js";
import { typed } from "../http/typed.js";
import { selectAuditEntries } from "../modules/audit/audit.list.js";
import { listActionItems } from "../modules/boards/action-items.service.js";
import { listBoards } from "../modules/boards/boards.service.js";
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
  userExport,
} from "./lists.js";

/** The people export for a reader: the personal-data columns only for roles that may ever see them. */
const peopleExportFor = (actor: Actor) =>
  personPolicy(actor, "readPersonal") === "allow" ? personExport : personExportWithoutPersonalData;

export function registerExportRoutes(app: FastifyInstance, { db, clock }: ModuleDeps): void {
  const api = typed(app);
  const tags = ["exports"];
  const today = () => clock().toISOString().slice(0, 10);

  /** Answers one export: the rows `load` gives, in the columns of `definition`. */
  async function answer<Item, Key extends string>(
    reply: FastifyReply,
    actor: Actor,
    format: ExportFormat,
    definition: ListExport<Item, Key>,
    load: LoadPage<Item>,
  ) {
    const file = await listExport({ db, actor, format, now: clock(), definition, load });
    return sendExport(reply, file);
  }

  api.get(
    "/events/export",
    { schema: { tags, querystring: exportQuery(EventListQuery) } },
    async (request, reply) => {
      const { format, ...query } = request.query;
      const actor = actorOf(request);
      return answer(reply, actor, format, eventExport, (paging) =>
        listEvents(db, actor, { ...query, ...paging }),
      );
    },
  );
  api.get(
    "/people/export",
    { schema: { tags, querystring: exportQuery(PersonListQuery) } },
    async (request, reply) => {
      const { format, ...query } = request.query;
      const actor = actorOf(request);
      return answer(reply, actor, format, peopleExportFor(actor), (paging) =>
        listPeople(db, actor, { ...query, ...paging }),
      );
    },
  );
  api.get(
    "/organizations/export",
    { schema: { tags, querystring: exportQuery(OrganizationListQuery) } },
    async (request, reply) => {
      const { format, ...query } = request.query;
      const actor = actorOf(request);
      return answer(reply, actor, format, organizationExport, (paging) =>
        listOrganizations(db, actor, { ...query, ...paging }),
      );
    },
  );
  api.get(
    "/projects/export",
    { schema: { tags, querystring: exportQuery(ProjectListQuery) } },
    async (request, reply) => {
      const { format, ...query } = request.query;
      const actor = actorOf(request);
      return answer(reply, actor, format, projectExport, (paging) =>
        listProjects(db, actor, { ...query, ...paging }),
      );
    },
  );
  api.get(
    "/plans/export",
    { schema: { tags, querystring: exportQuery(PlanListQuery) } },
    async (request, reply) => {
      const { format, ...query } = request.query;
      const actor = actorOf(request);
      return answer(reply, actor, format, planExport, (paging) =>
        listPlans(db, actor, { ...query, ...paging }),
      );
    },
  );
  api.get(
    "/indicators/export",
    { schema: { tags, querystring: exportQuery(IndicatorListQuery) } },
    async (request, reply) => {
      const { format, ...query } = request.query;
      const actor = actorOf(request);
      return answer(reply, actor, format, indicatorExport, (paging) =>
        listIndicators(db, actor, { ...query, ...paging }),
      );
    },
  );
  api.get(
    "/users/export",
    { schema: { tags, querystring: exportQuery(UserListQuery) } },
    async (request, reply) => {
      const { format, ...query } = request.query;
      const actor = actorOf(request);
      return answer(reply, actor, format, userExport, (paging) =>
        listUsers(db, actor, { ...query, ...paging }),
      );
    },
  );
  api.get(
    "/audit/export",
    { schema: { tags, querystring: exportQuery(AuditListQuery) } },
    async (request, reply) => {
      const { format, ...query } = request.query;
      const actor = actorOf(request);
      return answer(reply, actor, format, auditExport, (paging) =>
        selectAuditEntries(db, actor, { ...query, ...paging }),
      );
    },
  );
  api.get(
    "/boards/export",
    { schema: { tags, querystring: exportQuery(BoardListQuery) } },
    async (request, reply) => {
      const { format, ...query } = request.query;
      const actor = actorOf(request);
      return answer(reply, actor, format, boardExport, (paging) =>
        listBoards(db, actor, { ...query, ...paging }, today()),
      );
    },
  );
  api.get(
    "/action-items/export",
    { schema: { tags, querystring: exportQuery(ActionItemListQuery) } },
    async (request, reply) => {
      const { format, ...query } = request.query;
      const actor = actorOf(request);
      return answer(reply, actor, format, actionItemExport, (paging) =>
        listActionItems(db, actor, { ...query, ...paging }, today()),
      );
    },
  );
  api.get(
    "/curricula/export",
    { schema: { tags, querystring: exportQuery(CurriculumListQuery) } },
    async (request, reply) => {
      const { format, ...query } = request.query;
      const actor = actorOf(request);
      return answer(reply, actor, format, curriculumExport, (paging) =>
        listCurricula(db, actor, { ...query, ...paging }),
      );
    },
  );
  api.get(
    "/coverage/export",
    { schema: { tags, querystring: CoverageQuery.safeExtend(ExportFormatField) } },
    async (request, reply) => {
      const { format, ...query } = request.query;
      const actor = actorOf(request);
      return answer(reply, actor, format, coverageExport, async () => {
        const { items } = await getCoverage(db, actor, query);
        return { items, total: items.length };
      });
    },
  );
}
