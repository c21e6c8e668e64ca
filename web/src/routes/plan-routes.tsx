/** The plans and what hangs on them: framework, periods, reports, indicators, category sets, projects. */
import { createRoute } from "@tanstack/react-router";
import { z } from "zod";
import { listSearchValidator } from "../components/list/useListSearch.js";
import { withPage } from "./lazy-page.js";
import {
  CategorySetsPage,
  FrameworkPage,
  IndicatorDetailPage,
  IndicatorFormPage,
  PeriodReportsPage,
  PlanDetailPage,
  PlanFormPage,
  PlanProgressPage,
  PlansListPage,
  ProjectDetailPage,
  ProjectFormPage,
  ProjectsListPage,
  SubmissionPage,
} from "./pages.js";
import { appRoute, optional } from "./root-routes.js";

const plansRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/plans",
  validateSearch: listSearchValidator({}),
  component: PlansListPage,
});
const newPlanRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/plans/new",
  component: withPage(PlanFormPage, () => <PlanFormPage />),
});
const planRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/plans/$planId",
  component: withPage(PlanDetailPage, function PlanRoute() {
    return <PlanDetailPage id={planRoute.useParams().planId} />;
  }),
});
const editPlanRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/plans/$planId/edit",
  component: withPage(PlanFormPage, function EditPlanRoute() {
    return <PlanFormPage id={editPlanRoute.useParams().planId} />;
  }),
});
const frameworkRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/plans/$planId/framework",
  component: withPage(FrameworkPage, function FrameworkRoute() {
    return <FrameworkPage planId={frameworkRoute.useParams().planId} />;
  }),
});
const planProgressRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/plans/$planId/progress",
  validateSearch: (search: Record<string, unknown>) =>
    z.object({ periodId: optional(z.uuid()) }).parse(search),
  component: withPage(PlanProgressPage, function PlanProgressRoute() {
    const { planId } = planProgressRoute.useParams();
    const { periodId } = planProgressRoute.useSearch();
    return <PlanProgressPage planId={planId} periodId={periodId} />;
  }),
});
const periodReportsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/plans/$planId/periods/$periodId/reports",
  component: withPage(PeriodReportsPage, function PeriodReportsRoute() {
    const { planId, periodId } = periodReportsRoute.useParams();
    return <PeriodReportsPage planId={planId} periodId={periodId} />;
  }),
});
const submissionRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/submissions/$submissionId",
  component: withPage(SubmissionPage, function SubmissionRoute() {
    const { submissionId } = submissionRoute.useParams();
    return <SubmissionPage key={submissionId} id={submissionId} />;
  }),
});

const newIndicatorRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/indicators/new",
  validateSearch: (search: Record<string, unknown>) => z.object({ planId: optional(z.uuid()) }).parse(search),
  component: withPage(IndicatorFormPage, function NewIndicatorRoute() {
    const { planId } = newIndicatorRoute.useSearch();
    return <IndicatorFormPage key={planId ?? ""} planId={planId} />;
  }),
});
const indicatorRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/indicators/$indicatorId",
  component: withPage(IndicatorDetailPage, function IndicatorRoute() {
    return <IndicatorDetailPage id={indicatorRoute.useParams().indicatorId} />;
  }),
});
const editIndicatorRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/indicators/$indicatorId/edit",
  component: withPage(IndicatorFormPage, function EditIndicatorRoute() {
    return <IndicatorFormPage id={editIndicatorRoute.useParams().indicatorId} />;
  }),
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
  component: withPage(ProjectFormPage, () => <ProjectFormPage />),
});
const projectRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/projects/$projectId",
  component: withPage(ProjectDetailPage, function ProjectRoute() {
    return <ProjectDetailPage id={projectRoute.useParams().projectId} />;
  }),
});
const editProjectRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/projects/$projectId/edit",
  component: withPage(ProjectFormPage, function EditProjectRoute() {
    return <ProjectFormPage id={editProjectRoute.useParams().projectId} />;
  }),
});

/** The plans and what hangs on them: framework, periods, reports, indicators, category sets, projects. */
export const planRoutes = [
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
] as const;
