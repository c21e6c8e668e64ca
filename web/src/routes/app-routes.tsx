/** The screens behind sign-in: one route per page, with their address parameters and list filters. */

import { createRoute } from "@tanstack/react-router";
import { z } from "zod";
import {
  ActionItemStatus,
  EventKind,
  EventStatus,
  OrganizationLevel,
  OrganizationSector,
  Role,
  Sex,
} from "../../../common/schemas/enums.js";
import { ImportKind } from "../../../common/schemas/imports.js";
import { listSearchValidator, searchText } from "../components/list/useListSearch.js";
import { AccountPage } from "./account/AccountPage.js";
import { AuditPage } from "./audit/AuditPage.js";
import { ActionItemsPage } from "./boards/ActionItemsPage.js";
import { BoardDetailPage } from "./boards/BoardDetailPage.js";
import { BoardFormPage } from "./boards/BoardFormPage.js";
import { BoardsListPage } from "./boards/BoardsListPage.js";
import { CascadePage } from "./cascade/CascadePage.js";
import { CascadesListPage } from "./cascade/CascadesListPage.js";
import { CategorySetsPage } from "./category-sets/CategorySetsPage.js";
import { CoveragePage } from "./coverage/CoveragePage.js";
import { measures } from "./coverage/measures.js";
import { CurriculaListPage } from "./curricula/CurriculaListPage.js";
import { CurriculumDetailPage } from "./curricula/CurriculumDetailPage.js";
import { CurriculumFormPage } from "./curricula/CurriculumFormPage.js";
import { DashboardPage } from "./dashboard/DashboardPage.js";
import { EventDetailPage } from "./events/EventDetailPage.js";
import { EventFormPage } from "./events/EventFormPage.js";
import { EventsListPage } from "./events/EventsListPage.js";
import { ImportResultPage } from "./imports/ImportResultPage.js";
import { ImportsListPage } from "./imports/ImportsListPage.js";
import { ImportWizardPage } from "./imports/ImportWizardPage.js";
import { IndicatorDetailPage } from "./indicators/IndicatorDetailPage.js";
import { IndicatorFormPage } from "./indicators/IndicatorFormPage.js";
import { MunicipalityPage } from "./municipalities/MunicipalityPage.js";
import { NotFoundPage } from "./not-found/NotFoundPage.js";
import { OrganizationDetailPage } from "./organizations/OrganizationDetailPage.js";
import { OrganizationFormPage } from "./organizations/OrganizationFormPage.js";
import { OrganizationsListPage } from "./organizations/OrganizationsListPage.js";
import { PeopleListPage } from "./people/PeopleListPage.js";
import { PersonDetailPage } from "./people/PersonDetailPage.js";
import { PersonFormPage } from "./people/PersonFormPage.js";
import { FrameworkPage } from "./plans/FrameworkPage.js";
import { PlanDetailPage } from "./plans/PlanDetailPage.js";
import { PlanFormPage } from "./plans/PlanFormPage.js";
import { PlansListPage } from "./plans/PlansListPage.js";
import { PlanProgressPage } from "./progress/PlanProgressPage.js";
import { ProjectDetailPage } from "./projects/ProjectDetailPage.js";
import { ProjectFormPage } from "./projects/ProjectFormPage.js";
import { ProjectsListPage } from "./projects/ProjectsListPage.js";
import { adminOnly, appRoute, optional } from "./root-routes.js";
import { PeriodReportsPage } from "./submissions/PeriodReportsPage.js";
import { SubmissionPage } from "./submissions/SubmissionPage.js";
import { UserFormPage } from "./users/UserFormPage.js";
import { UsersListPage } from "./users/UsersListPage.js";

const dashboardRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/",
  validateSearch: (search: Record<string, unknown>) =>
    z.object({ projectId: optional(z.uuid()) }).parse(search),
  component: function DashboardRoute() {
    return <DashboardPage projectId={dashboardRoute.useSearch().projectId} />;
  },
});

const eventsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/events",
  validateSearch: listSearchValidator({
    kind: optional(EventKind),
    status: optional(EventStatus),
    projectId: searchText,
    from: searchText,
    to: searchText,
  }),
  component: EventsListPage,
});
const newEventRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/events/new",
  component: () => <EventFormPage />,
});
const eventRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/events/$eventId",
  component: function EventRoute() {
    return <EventDetailPage id={eventRoute.useParams().eventId} />;
  },
});
const editEventRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/events/$eventId/edit",
  component: function EditEventRoute() {
    return <EventFormPage id={editEventRoute.useParams().eventId} />;
  },
});
const cascadesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/events/cascades",
  component: CascadesListPage,
});
const cascadeRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/events/$eventId/cascade",
  component: function CascadeRoute() {
    return <CascadePage eventId={cascadeRoute.useParams().eventId} />;
  },
});

/** The coverage filters in the address: a year, a project, a kind of event. */
const coverageFilters = {
  year: optional(z.coerce.number().int().min(2000).max(2100)),
  projectId: optional(z.uuid()),
  kind: optional(EventKind),
};
const coverageRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/coverage",
  validateSearch: (search: Record<string, unknown>) =>
    z.object({ measure: optional(z.enum(measures)), ...coverageFilters }).parse(search),
  component: function CoverageRoute() {
    return <CoveragePage search={coverageRoute.useSearch()} />;
  },
});
const municipalityRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/municipalities/$municipalityId",
  validateSearch: (search: Record<string, unknown>) => z.object(coverageFilters).parse(search),
  component: function MunicipalityRoute() {
    const { municipalityId } = municipalityRoute.useParams();
    return (
      <MunicipalityPage key={municipalityId} id={municipalityId} search={municipalityRoute.useSearch()} />
    );
  },
});

const peopleRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/people",
  validateSearch: listSearchValidator({ sex: optional(Sex), organizationId: searchText }),
  component: PeopleListPage,
});
const newPersonRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/people/new",
  component: () => <PersonFormPage />,
});
const personRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/people/$personId",
  component: function PersonRoute() {
    return <PersonDetailPage id={personRoute.useParams().personId} />;
  },
});
const editPersonRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/people/$personId/edit",
  component: function EditPersonRoute() {
    return <PersonFormPage id={editPersonRoute.useParams().personId} />;
  },
});

const organizationsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/organizations",
  validateSearch: listSearchValidator({
    level: optional(OrganizationLevel),
    sector: optional(OrganizationSector),
  }),
  component: OrganizationsListPage,
});
const newOrganizationRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/organizations/new",
  component: () => <OrganizationFormPage />,
});
const organizationRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/organizations/$organizationId",
  component: function OrganizationRoute() {
    return <OrganizationDetailPage id={organizationRoute.useParams().organizationId} />;
  },
});
const editOrganizationRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/organizations/$organizationId/edit",
  component: function EditOrganizationRoute() {
    return <OrganizationFormPage id={editOrganizationRoute.useParams().organizationId} />;
  },
});

const plansRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/plans",
  validateSearch: listSearchValidator({}),
  component: PlansListPage,
});
const newPlanRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/plans/new",
  component: () => <PlanFormPage />,
});
const planRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/plans/$planId",
  component: function PlanRoute() {
    return <PlanDetailPage id={planRoute.useParams().planId} />;
  },
});
const editPlanRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/plans/$planId/edit",
  component: function EditPlanRoute() {
    return <PlanFormPage id={editPlanRoute.useParams().planId} />;
  },
});
const frameworkRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/plans/$planId/framework",
  component: function FrameworkRoute() {
    return <FrameworkPage planId={frameworkRoute.useParams().planId} />;
  },
});
const planProgressRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/plans/$planId/progress",
  validateSearch: (search: Record<string, unknown>) =>
    z.object({ periodId: optional(z.uuid()) }).parse(search),
  component: function PlanProgressRoute() {
    const { planId } = planProgressRoute.useParams();
    const { periodId } = planProgressRoute.useSearch();
    return <PlanProgressPage planId={planId} periodId={periodId} />;
  },
});
const periodReportsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/plans/$planId/periods/$periodId/reports",
  component: function PeriodReportsRoute() {
    const { planId, periodId } = periodReportsRoute.useParams();
    return <PeriodReportsPage planId={planId} periodId={periodId} />;
  },
});
const submissionRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/submissions/$submissionId",
  component: function SubmissionRoute() {
    const { submissionId } = submissionRoute.useParams();
    return <SubmissionPage key={submissionId} id={submissionId} />;
  },
});

const newIndicatorRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/indicators/new",
  validateSearch: (search: Record<string, unknown>) => z.object({ planId: optional(z.uuid()) }).parse(search),
  component: function NewIndicatorRoute() {
    const { planId } = newIndicatorRoute.useSearch();
    return <IndicatorFormPage key={planId ?? ""} planId={planId} />;
  },
});
const indicatorRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/indicators/$indicatorId",
  component: function IndicatorRoute() {
    return <IndicatorDetailPage id={indicatorRoute.useParams().indicatorId} />;
  },
});
const editIndicatorRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/indicators/$indicatorId/edit",
  component: function EditIndicatorRoute() {
    return <IndicatorFormPage id={editIndicatorRoute.useParams().indicatorId} />;
  },
});
const categorySetsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/category-sets",
  component: CategorySetsPage,
});

const projectsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/projects",
  validateSearch: listSearchValidator({}),
  component: ProjectsListPage,
});
const newProjectRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/projects/new",
  component: () => <ProjectFormPage />,
});
const projectRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/projects/$projectId",
  component: function ProjectRoute() {
    return <ProjectDetailPage id={projectRoute.useParams().projectId} />;
  },
});
const editProjectRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/projects/$projectId/edit",
  component: function EditProjectRoute() {
    return <ProjectFormPage id={editProjectRoute.useParams().projectId} />;
  },
});

const boardsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/boards",
  validateSearch: listSearchValidator({}),
  component: BoardsListPage,
});
const newBoardRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/boards/new",
  component: () => <BoardFormPage />,
});
const boardRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/boards/$boardId",
  component: function BoardRoute() {
    return <BoardDetailPage id={boardRoute.useParams().boardId} />;
  },
});
const editBoardRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/boards/$boardId/edit",
  component: function EditBoardRoute() {
    return <BoardFormPage id={editBoardRoute.useParams().boardId} />;
  },
});
const curriculaRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/curricula",
  validateSearch: listSearchValidator({}),
  component: CurriculaListPage,
});
const newCurriculumRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/curricula/new",
  component: () => <CurriculumFormPage />,
});
const curriculumRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/curricula/$curriculumId",
  component: function CurriculumRoute() {
    return <CurriculumDetailPage id={curriculumRoute.useParams().curriculumId} />;
  },
});
const editCurriculumRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/curricula/$curriculumId/edit",
  component: function EditCurriculumRoute() {
    return <CurriculumFormPage id={editCurriculumRoute.useParams().curriculumId} />;
  },
});

const actionItemsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/action-items",
  validateSearch: listSearchValidator({
    organizationId: searchText,
    boardId: searchText,
    status: optional(ActionItemStatus),
    overdue: optional(z.enum(["true"])),
  }),
  component: ActionItemsPage,
});

const usersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/users",
  beforeLoad: adminOnly,
  validateSearch: listSearchValidator({ role: optional(Role) }),
  component: UsersListPage,
});
const newUserRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/users/new",
  beforeLoad: adminOnly,
  component: () => <UserFormPage />,
});
const userRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/users/$userId",
  beforeLoad: adminOnly,
  component: function UserRoute() {
    return <UserFormPage id={userRoute.useParams().userId} />;
  },
});

const auditRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/audit",
  beforeLoad: adminOnly,
  validateSearch: listSearchValidator({
    entityType: searchText,
    entityId: searchText,
    actorUserId: searchText,
  }),
  component: AuditPage,
});

/** Spreadsheet imports: the list of past imports, the wizard (kind and event from the address), one import. */
const importsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/imports",
  validateSearch: (search: Record<string, unknown>) =>
    z.object({ page: optional(z.coerce.number().int().min(1)), kind: optional(ImportKind) }).parse(search),
  component: function ImportsRoute() {
    const navigate = importsRoute.useNavigate();
    return (
      <ImportsListPage
        search={importsRoute.useSearch()}
        onSearch={(search) => navigate({ search: (current) => ({ ...current, ...search }) })}
      />
    );
  },
});
const newImportRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/imports/new",
  validateSearch: (search: Record<string, unknown>) =>
    z.object({ kind: optional(ImportKind), eventId: optional(z.uuid()) }).parse(search),
  component: function NewImportRoute() {
    const { kind, eventId } = newImportRoute.useSearch();
    return <ImportWizardPage key={`${kind ?? ""}:${eventId ?? ""}`} kind={kind} eventId={eventId} />;
  },
});
const importRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/imports/$importId",
  component: function ImportRoute() {
    return <ImportResultPage id={importRoute.useParams().importId} />;
  },
});

/** Any other address inside the app: the not-found page, in the app shell. */
const unknownRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "$",
  component: () => <NotFoundPage />,
});

const accountRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/account",
  component: AccountPage,
});

/** The screens of the app, in the order the router tries them. */
export const appChildren = [
  dashboardRoute,
  eventsRoute,
  newEventRoute,
  eventRoute,
  editEventRoute,
  cascadesRoute,
  cascadeRoute,
  coverageRoute,
  municipalityRoute,
  peopleRoute,
  newPersonRoute,
  personRoute,
  editPersonRoute,
  organizationsRoute,
  newOrganizationRoute,
  organizationRoute,
  editOrganizationRoute,
  plansRoute,
  newPlanRoute,
  planRoute,
  editPlanRoute,
  frameworkRoute,
  periodReportsRoute,
  planProgressRoute,
  submissionRoute,
  newIndicatorRoute,
  indicatorRoute,
  editIndicatorRoute,
  categorySetsRoute,
  projectsRoute,
  newProjectRoute,
  projectRoute,
  editProjectRoute,
  boardsRoute,
  newBoardRoute,
  boardRoute,
  editBoardRoute,
  actionItemsRoute,
  curriculaRoute,
  newCurriculumRoute,
  curriculumRoute,
  editCurriculumRoute,
  usersRoute,
  newUserRoute,
  userRoute,
  auditRoute,
  importsRoute,
  newImportRoute,
  importRoute,
  accountRoute,
  unknownRoute,
] as const;
