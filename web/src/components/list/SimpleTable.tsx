import { Table, type TableProps, Text } from "@mantine/core";
import type { ReactNode } from "react";

/** The dimmed sentence shown instead of an empty list or table. */
export function EmptyText({ children, py }: { children: ReactNode; py?: string }) {
  return (
    <Text size="sm" c="dimmed" py={py}>
      {children}
    </Text>
  );
}

interface SimpleTableProps {
  /** Whether there are no rows: the empty text shows instead of the table. */
  isEmpty: boolean;
  empty: ReactNode;
  /** Named for screen readers only. */
  caption?: string;
  minWidth: number;
  verticalSpacing?: TableProps["verticalSpacing"];
  /** Shown above the table, not with the empty text (a legend). */
  above?: ReactNode;
  /** The header cells (Table.Th scope="col"). */
  head: ReactNode;
  /** The body rows (Table.Tr). */
  children: ReactNode;
}

/** A small striped table of a section, or a sentence when it has no rows. */
export function SimpleTable(props: SimpleTableProps) {
  if (props.isEmpty) return <EmptyText>{props.empty}</EmptyText>;
  return (
    <>
      {props.above}
      <Table.ScrollContainer minWidth={props.minWidth}>
        <Table striped fz="sm" verticalSpacing={props.verticalSpacing}>
          {props.caption && <Table.Caption className="visually-hidden">{props.caption}</Table.Caption>}
          <Table.Thead>
            <Table.Tr>{props.head}</Table.Tr>
          </Table.Thead>
          <Table.Tbody>{props.children}</Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
