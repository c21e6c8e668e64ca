import { AppShell, Box, Burger, Button, Group, ScrollArea, Stack, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { Outlet, useNavigate } from "@tanstack/react-router";
import { useEffect, useRef } from "react";
import { useLogout, useMe } from "../../api/auth.js";
import { LocaleSwitcher } from "../../components/LocaleSwitcher.js";
import { NavItemLink, TextLink } from "../../components/links.js";
import { LoadingState } from "../../components/states.js";
import { useLocale } from "../../i18n/I18nProvider.js";
import { isAppLocale } from "../../i18n/locales.js";
import type { MessageKey } from "../../i18n/messages/en.js";
import { useT } from "../../i18n/useT.js";

const mainItems = [
  { to: "/", label: "nav.dashboard" },
  { to: "/events", label: "nav.events" },
  { to: "/coverage", label: "nav.coverage" },
  { to: "/cooperation", label: "nav.cooperation" },
  { to: "/agreements", label: "nav.agreements" },
  { to: "/people", label: "nav.people" },
  { to: "/organizations", label: "nav.organizations" },
  { to: "/plans", label: "nav.plans" },
  { to: "/projects", label: "nav.projects" },
  { to: "/boards", label: "nav.boards" },
  { to: "/curricula", label: "nav.curricula" },
] as const satisfies readonly { to: string; label: MessageKey }[];

/** Spreadsheet imports, for those who may register people. */
const importItems = [{ to: "/imports", label: "nav.imports" }] as const satisfies readonly {
  to: string;
  label: MessageKey;
}[];

/** Reference lists the staff (administrators and coordinators) maintain. */
const staffItems = [{ to: "/category-sets", label: "nav.categorySets" }] as const satisfies readonly {
  to: string;
  label: MessageKey;
}[];

/** Accounts, the audit log and the background jobs, each for those the server lets open it. */
const adminItems = [
  { to: "/users", label: "nav.users", ability: "users" },
  { to: "/audit", label: "nav.audit", ability: "audit" },
  { to: "/jobs", label: "nav.jobs", ability: "jobs" },
] as const satisfies readonly { to: string; label: MessageKey; ability: "users" | "audit" | "jobs" }[];

/** Who is signed in: the name, and the organisation under it. */
function SignedInAs({ me }: { me: { displayName: string; organizationName: string | null } }) {
  return (
    <>
      <Text size="sm" fw={600}>
        {me.displayName}
      </Text>
      {me.organizationName && (
        <Text size="xs" c="dimmed">
          {me.organizationName}
        </Text>
      )}
    </>
  );
}

export function AppLayout() {
  const t = useT();
  const { data: me } = useMe();
  const { locale, setLocale } = useLocale();
  const [opened, { toggle, close }] = useDisclosure(false);
  const logout = useLogout();
  const navigate = useNavigate();

  // The account's saved language wins over this browser's last choice, each time it is (re)loaded.
  const seenLocale = useRef<string | null>(null);
  useEffect(() => {
    if (!me || seenLocale.current === me.locale) return;
    seenLocale.current = me.locale;
    if (isAppLocale(me.locale) && me.locale !== locale) setLocale(me.locale);
  }, [me, locale, setLocale]);

  if (!me) return <LoadingState />;

  const signOut = async () => {
    try {
      await logout.mutateAsync();
    } finally {
      await navigate({ to: "/login" });
    }
  };

  const items = [
    ...mainItems,
    ...(me.abilities.create.imports ? importItems : []),
    ...(me.abilities.create.categorySets ? staffItems : []),
    ...adminItems.filter((item) => me.abilities[item.ability]),
  ];

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 232, breakpoint: "sm", collapsed: { mobile: !opened } }}
      padding={{ base: "sm", sm: "lg" }}
    >
      <a href="#main" className="skip-link">
        {t("app.skipToContent")}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t("nav.toggle")} />
            <TextLink to="/" fw={800} fz="lg" c="grape.8" underline="never">
              {t("app.name")}
            </TextLink>
          </Group>
          <Group gap="md" wrap="nowrap">
            <Box visibleFrom="md" ta="right" style={{ lineHeight: 1.2 }}>
              <SignedInAs me={me} />
            </Box>
            <LocaleSwitcher signedIn />
            <Button variant="default" size="xs" onClick={signOut} loading={logout.isPending} visibleFrom="xs">
              {t("header.signOut")}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar aria-label={t("nav.main")}>
        <ScrollArea style={{ flex: 1 }} p="sm">
          {items.map((item) => (
            <NavItemLink
              key={item.to}
              to={item.to}
              label={t(item.label)}
              onClick={close}
              activeOptions={{ exact: item.to === "/", includeSearch: false }}
              activeProps={{ active: true }}
              variant="light"
              style={{ borderRadius: 6 }}
            />
          ))}
        </ScrollArea>
        <Stack gap={6} p="sm" style={{ borderTop: "1px solid var(--mantine-color-gray-3)" }}>
          <Box hiddenFrom="md">
            <SignedInAs me={me} />
          </Box>
          <NavItemLink
            to="/account"
            label={t("nav.account")}
            onClick={close}
            activeProps={{ active: true }}
          />
          <Button variant="default" size="xs" onClick={signOut} hiddenFrom="xs">
            {t("header.signOut")}
          </Button>
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <Box maw={1280} mx="auto">
          <Outlet />
        </Box>
      </AppShell.Main>
    </AppShell>
  );
}
