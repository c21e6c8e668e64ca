/** Administration and data: users, the audit log, background jobs, imports, one's own account. */
import { createRoute } from "@tanstack/react-router";
import { z } from "zod";
import { Role } from "../../../common/schemas/enums.js";
import { ImportKind } from "../../../common/schemas/imports.js";
import { JobState } from "../../../common/schemas/jobs.js";
import { listSearchValidator, searchText } from "../components/list/useListSearch.js";
import { withPage } from "./lazy-page.js";
import {
  AccountPage,
  AuditPage,
  ImportResultPage,
  ImportsListPage,
  ImportWizardPage,
  JobsPage,
  UserFormPage,
  UsersListPage,
} from "./pages.js";
import { appRoute, onlyWith, optional } from "./root-routes.js";

const usersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/users",
  beforeLoad: onlyWith("users"),
  validateSearch: listSearchValidator({ role: optional(Role) }),
  component: UsersListPage,
});
const newUserRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/users/new",
  beforeLoad: onlyWith("users"),
  component: withPage(UserFormPage, () => <UserFormPage />),
});
const userRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/users/$userId",
  beforeLoad: onlyWith("users"),
  component: withPage(UserFormPage, function UserRoute() {
    return <UserFormPage id={userRoute.useParams().userId} />;
  }),
});

const auditRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/audit",
  beforeLoad: onlyWith("audit"),
  validateSearch: listSearchValidator({
    entityType: searchText,
    entityId: searchText,
    actorUserId: searchText,
  }),
  component: AuditPage,
});

const jobsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/jobs",
  beforeLoad: onlyWith("jobs"),
  validateSearch: listSearchValidator({ state: optional(JobState), name: searchText }),
  component: JobsPage,
});

/** Spreadsheet imports: the list of past imports, the wizard (kind and event from the address), one import. */
const importsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/imports",
  validateSearch: (search: Record<string, unknown>) =>
    z.object({ page: optional(z.coerce.number().int().min(1)), kind: optional(ImportKind) }).parse(search),
  component: withPage(ImportsListPage, function ImportsRoute() {
    const navigate = importsRoute.useNavigate();
    return (
      <ImportsListPage
        search={importsRoute.useSearch()}
        onSearch={(search) => navigate({ search: (current) => ({ ...current, ...search }) })}
      />
    );
  }),
});
const newImportRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/imports/new",
  validateSearch: (search: Record<string, unknown>) =>
    z.object({ kind: optional(ImportKind), eventId: optional(z.uuid()) }).parse(search),
  component: withPage(ImportWizardPage, function NewImportRoute() {
    const { kind, eventId } = newImportRoute.useSearch();
    return <ImportWizardPage key={`${kind ?? ""}:${eventId ?? ""}`} kind={kind} eventId={eventId} />;
  }),
});
const importRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/imports/$importId",
  component: withPage(ImportResultPage, function ImportRoute() {
    return <ImportResultPage id={importRoute.useParams().importId} />;
  }),
});

const accountRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/account",
  component: AccountPage,
});

/** Administration and data: users, the audit log, background jobs, imports, one's own account. */
export const adminRoutes = [
  usersRoute,
  newUserRoute,
  userRoute,
  auditRoute,
  jobsRoute,
  importsRoute,
  newImportRoute,
  importRoute,
  accountRoute,
] as const;
