/** The screens behind sign-in: one route per page, with their address parameters and list filters. */

import { createRoute } from "@tanstack/react-router";
import { z } from "zod";
import {
  ActionItemStatus,
  EventKind,
  EventStatus,
  OrganizationLevel,
  OrganizationSector,
  Sex,
} from "../../../common/schemas/enums.js";
import { listSearchValidator, searchText } from "../components/list/useListSearch.js";
import { adminRoutes } from "./admin-routes.js";
import { cooperationRoutes } from "./cooperation-routes.js";
import { measures } from "./coverage/measures.js";
import { withPage } from "./lazy-page.js";
import { NotFoundPage } from "./not-found/NotFoundPage.js";
import {
  ActionItemsPage,
  BoardDetailPage,
  BoardFormPage,
  BoardsListPage,
  CascadePage,
  CascadesListPage,
  CoveragePage,
  CurriculaListPage,
  CurriculumDetailPage,
  CurriculumFormPage,
  DashboardPage,
  DuplicatePeoplePage,
  EventDetailPage,
  EventFormPage,
  EventsListPage,
  MunicipalityPage,
  OrganizationDetailPage,
  OrganizationFormPage,
  OrganizationsListPage,
  PeopleListPage,
  PersonDetailPage,
  PersonFormPage,
  PersonMergePage,
} from "./pages.js";
import { planRoutes } from "./plan-routes.js";
import { appRoute, optional } from "./root-routes.js";

const dashboardRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/",
  validateSearch: (search: Record<string, unknown>) =>
    z.object({ projectId: optional(z.uuid()) }).parse(search),
  component: withPage(DashboardPage, function DashboardRoute() {
    return <DashboardPage projectId={dashboardRoute.useSearch().projectId} />;
  }),
});

const eventsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/events",
  validateSearch: listSearchValidator({
    kind: optional(EventKind),
    status: optional(EventStatus),
    projectId: searchText,
    jurisdictionId: searchText,
    from: searchText,
    to: searchText,
  }),
  component: EventsListPage,
});
const newEventRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/events/new",
  component: withPage(EventFormPage, () => <EventFormPage />),
});
const eventRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/events/$eventId",
  component: withPage(EventDetailPage, function EventRoute() {
    return <EventDetailPage id={eventRoute.useParams().eventId} />;
  }),
});
const editEventRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/events/$eventId/edit",
  component: withPage(EventFormPage, function EditEventRoute() {
    return <EventFormPage id={editEventRoute.useParams().eventId} />;
  }),
});
const cascadesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/events/cascades",
  component: CascadesListPage,
});
const cascadeRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/events/$eventId/cascade",
  component: withPage(CascadePage, function CascadeRoute() {
    return <CascadePage eventId={cascadeRoute.useParams().eventId} />;
  }),
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
  component: withPage(CoveragePage, function CoverageRoute() {
    return <CoveragePage search={coverageRoute.useSearch()} />;
  }),
});
const municipalityRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/municipalities/$municipalityId",
  validateSearch: (search: Record<string, unknown>) => z.object(coverageFilters).parse(search),
  component: withPage(MunicipalityPage, function MunicipalityRoute() {
    const { municipalityId } = municipalityRoute.useParams();
    return (
      <MunicipalityPage key={municipalityId} id={municipalityId} search={municipalityRoute.useSearch()} />
    );
  }),
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
  component: withPage(PersonFormPage, () => <PersonFormPage />),
});
const personRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/people/$personId",
  component: withPage(PersonDetailPage, function PersonRoute() {
    return <PersonDetailPage id={personRoute.useParams().personId} />;
  }),
});
const editPersonRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/people/$personId/edit",
  component: withPage(PersonFormPage, function EditPersonRoute() {
    return <PersonFormPage id={editPersonRoute.useParams().personId} />;
  }),
});

/** Probable duplicates (staff); the page in the address. */
const duplicatePeopleRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/people/duplicates",
  validateSearch: listSearchValidator({}),
  component: DuplicatePeoplePage,
});
/** Merging another record into this person; `otherId` when it is already chosen. */
const mergePersonRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/people/$personId/merge",
  validateSearch: (search: Record<string, unknown>) =>
    z.object({ otherId: optional(z.uuid()) }).parse(search),
  component: withPage(PersonMergePage, function MergePersonRoute() {
    const { personId } = mergePersonRoute.useParams();
    return <PersonMergePage id={personId} otherId={mergePersonRoute.useSearch().otherId} />;
  }),
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
  component: withPage(OrganizationFormPage, () => <OrganizationFormPage />),
});
const organizationRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/organizations/$organizationId",
  component: withPage(OrganizationDetailPage, function OrganizationRoute() {
    return <OrganizationDetailPage id={organizationRoute.useParams().organizationId} />;
  }),
});
const editOrganizationRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/organizations/$organizationId/edit",
  component: withPage(OrganizationFormPage, function EditOrganizationRoute() {
    return <OrganizationFormPage id={editOrganizationRoute.useParams().organizationId} />;
  }),
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
  component: withPage(BoardFormPage, () => <BoardFormPage />),
});
const boardRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/boards/$boardId",
  component: withPage(BoardDetailPage, function BoardRoute() {
    return <BoardDetailPage id={boardRoute.useParams().boardId} />;
  }),
});
const editBoardRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/boards/$boardId/edit",
  component: withPage(BoardFormPage, function EditBoardRoute() {
    return <BoardFormPage id={editBoardRoute.useParams().boardId} />;
  }),
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
  component: withPage(CurriculumFormPage, () => <CurriculumFormPage />),
});
const curriculumRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/curricula/$curriculumId",
  component: withPage(CurriculumDetailPage, function CurriculumRoute() {
    return <CurriculumDetailPage id={curriculumRoute.useParams().curriculumId} />;
  }),
});
const editCurriculumRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/curricula/$curriculumId/edit",
  component: withPage(CurriculumFormPage, function EditCurriculumRoute() {
    return <CurriculumFormPage id={editCurriculumRoute.useParams().curriculumId} />;
  }),
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

/** Any other address inside the app: the not-found page, in the app shell. */
const unknownRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "$",
  component: () => <NotFoundPage />,
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
  ...cooperationRoutes,
  peopleRoute,
  newPersonRoute,
  duplicatePeopleRoute,
  personRoute,
  editPersonRoute,
  mergePersonRoute,
  organizationsRoute,
  newOrganizationRoute,
  organizationRoute,
  editOrganizationRoute,
  ...planRoutes,
  boardsRoute,
  newBoardRoute,
  boardRoute,
  editBoardRoute,
  actionItemsRoute,
  curriculaRoute,
  newCurriculumRoute,
  curriculumRoute,
  editCurriculumRoute,
  ...adminRoutes,
  unknownRoute,
] as const;
