import { Badge, Group } from "@mantine/core";
import type { RegisteredRouter, ValidateLinkOptions } from "@tanstack/react-router";
import type { ReactNode } from "react";
import { useT } from "../../i18n/useT.js";
import { TextLink } from "../links.js";

interface TitleWithArchivedBadgeProps<TOptions> {
  /** Where the title leads: the record's page. */
  link: ValidateLinkOptions<RegisteredRouter, TOptions>;
  isArchived: boolean;
  children: ReactNode;
}

/** A list's title cell: the record's name as a link, with an "archived" badge when it is. */
export function TitleWithArchivedBadge<TOptions>(props: TitleWithArchivedBadgeProps<TOptions>): ReactNode;
export function TitleWithArchivedBadge({ link, isArchived, children }: TitleWithArchivedBadgeProps<unknown>) {
  const t = useT();
  return (
    <Group gap="xs" wrap="nowrap">
      <TextLink {...link} fw={600}>
        {children}
      </TextLink>
      {isArchived && (
        <Badge size="xs" color="gray">
          {t("common.archivedBadge")}
        </Badge>
      )}
    </Group>
  );
}
