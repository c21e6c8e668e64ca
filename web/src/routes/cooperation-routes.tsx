/** Cooperation: the network of organisations and the agreements they signed. */
import { createRoute } from "@tanstack/react-router";
import { z } from "zod";
import {
  AgreementKind,
  OrganizationLevel,
  OrganizationSector,
  TieKind,
} from "../../../common/schemas/enums.js";
import { listSearchValidator } from "../components/list/useListSearch.js";
import { lazyPage, withPage } from "./lazy-page.js";
import { appRoute, optional } from "./root-routes.js";

const CooperationPage = lazyPage(() => import("./cooperation/CooperationPage.js"), "CooperationPage");
const AgreementsListPage = lazyPage(() => import("./agreements/AgreementsListPage.js"), "AgreementsListPage");
const AgreementDetailPage = lazyPage(
  () => import("./agreements/AgreementDetailPage.js"),
  "AgreementDetailPage",
);
const AgreementFormPage = lazyPage(() => import("./agreements/AgreementFormPage.js"), "AgreementFormPage");

/** The network's filters in the address: a year (against the year before), a project, a level, a sector, kinds of tie. */
const cooperationRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/cooperation",
  validateSearch: (search: Record<string, unknown>) =>
    z
      .object({
        year: optional(z.coerce.number().int().min(2000).max(2100)),
        projectId: optional(z.uuid()),
        level: optional(OrganizationLevel),
        sector: optional(OrganizationSector),
        kinds: optional(z.array(TieKind)),
      })
      .parse(search),
  component: withPage(CooperationPage, function CooperationRoute() {
    return <CooperationPage search={cooperationRoute.useSearch()} />;
  }),
});

// Agreements: list, new, detail, edit.

/** The agreements' list with its filters in the address: kind, level, one party (an organisation). */
const agreementsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/agreements",
  validateSearch: listSearchValidator({
    kind: optional(AgreementKind),
    level: optional(OrganizationLevel),
    organizationId: optional(z.uuid()),
  }),
  component: AgreementsListPage,
});
const newAgreementRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/agreements/new",
  component: withPage(AgreementFormPage, () => <AgreementFormPage />),
});
const agreementRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/agreements/$agreementId",
  component: withPage(AgreementDetailPage, function AgreementRoute() {
    return <AgreementDetailPage id={agreementRoute.useParams().agreementId} />;
  }),
});
const editAgreementRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/agreements/$agreementId/edit",
  component: withPage(AgreementFormPage, function EditAgreementRoute() {
    return <AgreementFormPage id={editAgreementRoute.useParams().agreementId} />;
  }),
});

export const cooperationRoutes = [
  cooperationRoute,
  agreementsRoute,
  newAgreementRoute,
  agreementRoute,
  editAgreementRoute,
] as const;
