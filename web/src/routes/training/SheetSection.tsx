import { Paper, Text, Title } from "@mantine/core";
import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { LoadingState } from "../../components/states.js";
import { useT } from "../../i18n/useT.js";
import { isHidden } from "./shared.js";

interface Props<Sheet extends { participants: unknown[] }> {
  /** The heading's id, which labels the section. */
  headingId: string;
  title: string;
  query: UseQueryResult<Sheet>;
  /** The grid, made fresh for each answer of the server: what was saved is what is shown. */
  children: (sheet: Sheet, version: number) => ReactNode;
}

/**
 * A section holding a sheet of a training's participants (attendance per day, scores per module):
 * left out for readers the server refuses, loading and errors shown, "no participants" when empty.
 */
export function SheetSection<Sheet extends { participants: unknown[] }>(props: Props<Sheet>) {
  const t = useT();
  const { query } = props;
  if (isHidden(query.error)) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={props.headingId}>
      <Title order={2} size="h4" id={props.headingId} mb="sm">
        {props.title}
      </Title>
      {query.error ? (
        <ErrorAlert error={query.error} onRetry={() => query.refetch()} />
      ) : !query.data ? (
        <LoadingState />
      ) : query.data.participants.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t("events.noParticipants")}
        </Text>
      ) : (
        props.children(query.data, query.dataUpdatedAt)
      )}
    </Paper>
  );
}
