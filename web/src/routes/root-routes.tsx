/** The root of the route tree: sign-in, and the signed-in shell every screen lives in. */
import type { QueryClient } from "@tanstack/react-query";
import { createRootRouteWithContext, createRoute, notFound, Outlet, redirect } from "@tanstack/react-router";
import { z } from "zod";
import type { Me } from "../../../common/schemas/auth.js";
import { meQuery } from "../api/auth.js";
import { isApiError } from "../api/client.js";
import { AppLayout } from "./layout/AppLayout.js";
import { LoginPage } from "./login/LoginPage.js";
import { safeRedirect } from "./login/redirect.js";
import { NotFoundPage } from "./not-found/NotFoundPage.js";
import { VerifyPage } from "./verify/VerifyPage.js";

export interface RouterContext {
  queryClient: QueryClient;
}

export const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

export const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: () => <NotFoundPage standalone />,
});

export const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/login",
  validateSearch: (search: Record<string, unknown>) =>
    z.object({ redirect: optional(z.string()), expired: optional(z.boolean()) }).parse(search),
  beforeLoad: async ({ context, search }) => {
    const me = await context.queryClient.ensureQueryData(meQuery).catch(() => null);
    if (me) throw redirect({ href: safeRedirect(search.redirect) });
  },
  component: function LoginRoute() {
    const search = loginRoute.useSearch();
    return <LoginPage redirect={search.redirect} expired={search.expired} />;
  },
});

/** The public check of a certificate number, printed on every certificate: no sign-in. */
export const verifyRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/verify/$number",
  component: function VerifyRoute() {
    return <VerifyPage number={verifyRoute.useParams().number} />;
  },
});

/** Everything behind sign-in; a missing or ended session goes to the login page and back. */
export const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: "app",
  beforeLoad: async ({ context, location }) => {
    try {
      const me = await context.queryClient.ensureQueryData(meQuery);
      return { me };
    } catch (error) {
      if (isApiError(error) && error.status === 401) {
        throw redirect({ to: "/login", search: { redirect: location.href } });
      }
      throw error;
    }
  },
  component: AppLayout,
  notFoundComponent: () => <NotFoundPage />,
});

/** A route the server lets only some open (users, audit, jobs): hidden as not found from everyone else. */
export const onlyWith =
  (ability: "users" | "audit" | "jobs") =>
  ({ context }: { context: { me: Me } }) => {
    if (!context.me.abilities[ability]) throw notFound();
  };
