import { Group, Stack, Title } from "@mantine/core";
import { useDocumentTitle } from "@mantine/hooks";
import type { ReactNode } from "react";
import { useT } from "../i18n/useT.js";

interface PageHeaderProps {
  title: ReactNode;
  /** Small print above the title: a back link, a kind, a code. */
  above?: ReactNode;
  /** Badges after the title. */
  badges?: ReactNode;
  /** Buttons on the right. */
  actions?: ReactNode;
}

/** The one level-1 heading of a page, with its actions. */
export function PageHeader({ title, above, badges, actions }: PageHeaderProps) {
  const t = useT();
  // The browser tab names the page too: "Events · nap1325".
  useDocumentTitle(typeof title === "string" ? `${title} · ${t("app.name")}` : t("app.name"));
  return (
    <Group justify="space-between" align="flex-end" gap="sm" mb="lg" wrap="wrap">
      <Stack gap={4} style={{ minWidth: 0, flex: "1 1 320px" }}>
        {above}
        <Group gap="sm" align="center" wrap="wrap">
          <Title order={1} size="h2" style={{ overflowWrap: "anywhere" }}>
            {title}
          </Title>
          {badges}
        </Group>
      </Stack>
      {actions && (
        <Group gap="xs" wrap="wrap">
          {actions}
        </Group>
      )}
    </Group>
  );
}
