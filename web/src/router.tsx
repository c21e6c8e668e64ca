import type { QueryClient } from "@tanstack/react-query";
import { createRouter } from "@tanstack/react-router";
import { appChildren } from "./routes/app-routes.js";
import { appRoute, loginRoute, rootRoute, verifyRoute } from "./routes/root-routes.js";

export type { RouterContext } from "./routes/root-routes.js";

const routeTree = rootRoute.addChildren([loginRoute, verifyRoute, appRoute.addChildren(appChildren)]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: false,
    scrollRestoration: true,
  });
}

declare module "@tanstack/react-router" {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
