import "@mantine/core/styles.css";
import "@mantine/dates/styles.css";
import "@mantine/notifications/styles.css";
import "./styles.css";
import { MantineProvider } from "@mantine/core";
import { ModalsProvider } from "@mantine/modals";
import { Notifications } from "@mantine/notifications";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { RouterProvider } from "@tanstack/react-router";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { isApiError, setUnauthenticatedHandler } from "./api/client.js";
import { setNotificationCloseLabel } from "./components/notify.js";
import { I18nProvider } from "./i18n/I18nProvider.js";
import { useT } from "./i18n/useT.js";
import { createAppRouter } from "./router.js";
import { cssVariablesResolver, theme } from "./theme.js";

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // Answers that will not change on a retry (401, 403, 404, 400) are final.
      retry: (failureCount, error) => failureCount < 2 && (!isApiError(error) || error.status >= 500),
    },
  },
});

const router = createAppRouter(queryClient);

// Any 401 outside sign-in means the session ended: go to the login page and come back afterwards.
setUnauthenticatedHandler(() => {
  const location = router.state.location;
  queryClient.removeQueries({ queryKey: ["me"] });
  if (location.pathname === "/login") return;
  void router.navigate({ to: "/login", search: { redirect: location.href, expired: true } });
});

/** Mantine's modal buttons read their labels from i18n too. */
function Providers() {
  const t = useT();
  setNotificationCloseLabel(t("common.close"));
  return (
    <ModalsProvider
      labels={{ confirm: t("common.confirm"), cancel: t("common.cancel") }}
      modalProps={{ closeButtonProps: { "aria-label": t("common.close") } }}
    >
      <Notifications position="top-right" />
      <RouterProvider router={router} />
    </ModalsProvider>
  );
}

const root = document.getElementById("root");
if (!root) throw new Error("The page has no #root element");

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
        <I18nProvider>
          <Providers />
        </I18nProvider>
      </MantineProvider>
    </QueryClientProvider>
  </StrictMode>,
);
