/** Every page behind sign-in, each loaded on first use in its own chunk. */
import { lazyPage } from "./lazy-page.js";

export const AccountPage = lazyPage(() => import("./account/AccountPage.js"), "AccountPage");
export const AuditPage = lazyPage(() => import("./audit/AuditPage.js"), "AuditPage");
export const ActionItemsPage = lazyPage(() => import("./boards/ActionItemsPage.js"), "ActionItemsPage");
export const BoardDetailPage = lazyPage(() => import("./boards/BoardDetailPage.js"), "BoardDetailPage");
export const BoardFormPage = lazyPage(() => import("./boards/BoardFormPage.js"), "BoardFormPage");
export const BoardsListPage = lazyPage(() => import("./boards/BoardsListPage.js"), "BoardsListPage");
export const CascadePage = lazyPage(() => import("./cascade/CascadePage.js"), "CascadePage");
export const CascadesListPage = lazyPage(() => import("./cascade/CascadesListPage.js"), "CascadesListPage");
export const CategorySetsPage = lazyPage(
  () => import("./category-sets/CategorySetsPage.js"),
  "CategorySetsPage",
);
export const CoveragePage = lazyPage(() => import("./coverage/CoveragePage.js"), "CoveragePage");
export const CurriculaListPage = lazyPage(
  () => import("./curricula/CurriculaListPage.js"),
  "CurriculaListPage",
);
export const CurriculumDetailPage = lazyPage(
  () => import("./curricula/CurriculumDetailPage.js"),
  "CurriculumDetailPage",
);
export const CurriculumFormPage = lazyPage(
  () => import("./curricula/CurriculumFormPage.js"),
  "CurriculumFormPage",
);
export const DashboardPage = lazyPage(() => import("./dashboard/DashboardPage.js"), "DashboardPage");
export const EventDetailPage = lazyPage(() => import("./events/EventDetailPage.js"), "EventDetailPage");
export const EventFormPage = lazyPage(() => import("./events/EventFormPage.js"), "EventFormPage");
export const EventsListPage = lazyPage(() => import("./events/EventsListPage.js"), "EventsListPage");
export const ImportResultPage = lazyPage(() => import("./imports/ImportResultPage.js"), "ImportResultPage");
export const ImportsListPage = lazyPage(() => import("./imports/ImportsListPage.js"), "ImportsListPage");
export const ImportWizardPage = lazyPage(() => import("./imports/ImportWizardPage.js"), "ImportWizardPage");
export const IndicatorDetailPage = lazyPage(
  () => import("./indicators/IndicatorDetailPage.js"),
  "IndicatorDetailPage",
);
export const IndicatorFormPage = lazyPage(
  () => import("./indicators/IndicatorFormPage.js"),
  "IndicatorFormPage",
);
export const JobsPage = lazyPage(() => import("./jobs/JobsPage.js"), "JobsPage");
export const MunicipalityPage = lazyPage(
  () => import("./municipalities/MunicipalityPage.js"),
  "MunicipalityPage",
);
export const OrganizationDetailPage = lazyPage(
  () => import("./organizations/OrganizationDetailPage.js"),
  "OrganizationDetailPage",
);
export const OrganizationFormPage = lazyPage(
  () => import("./organizations/OrganizationFormPage.js"),
  "OrganizationFormPage",
);
export const OrganizationsListPage = lazyPage(
  () => import("./organizations/OrganizationsListPage.js"),
  "OrganizationsListPage",
);
export const PeopleListPage = lazyPage(() => import("./people/PeopleListPage.js"), "PeopleListPage");
export const DuplicatePeoplePage = lazyPage(
  () => import("./people/DuplicatePeoplePage.js"),
  "DuplicatePeoplePage",
);
export const PersonMergePage = lazyPage(() => import("./people/PersonMergePage.js"), "PersonMergePage");
export const PersonDetailPage = lazyPage(() => import("./people/PersonDetailPage.js"), "PersonDetailPage");
export const PersonFormPage = lazyPage(() => import("./people/PersonFormPage.js"), "PersonFormPage");
export const FrameworkPage = lazyPage(() => import("./plans/FrameworkPage.js"), "FrameworkPage");
export const PlanDetailPage = lazyPage(() => import("./plans/PlanDetailPage.js"), "PlanDetailPage");
export const PlanFormPage = lazyPage(() => import("./plans/PlanFormPage.js"), "PlanFormPage");
export const PlansListPage = lazyPage(() => import("./plans/PlansListPage.js"), "PlansListPage");
export const PlanProgressPage = lazyPage(() => import("./progress/PlanProgressPage.js"), "PlanProgressPage");
export const ProjectDetailPage = lazyPage(
  () => import("./projects/ProjectDetailPage.js"),
  "ProjectDetailPage",
);
export const ProjectFormPage = lazyPage(() => import("./projects/ProjectFormPage.js"), "ProjectFormPage");
export const ProjectsListPage = lazyPage(() => import("./projects/ProjectsListPage.js"), "ProjectsListPage");
export const PeriodReportsPage = lazyPage(
  () => import("./submissions/PeriodReportsPage.js"),
  "PeriodReportsPage",
);
export const SubmissionPage = lazyPage(() => import("./submissions/SubmissionPage.js"), "SubmissionPage");
export const UserFormPage = lazyPage(() => import("./users/UserFormPage.js"), "UserFormPage");
export const UsersListPage = lazyPage(() => import("./users/UsersListPage.js"), "UsersListPage");
