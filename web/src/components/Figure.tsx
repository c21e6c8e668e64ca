import { Box, Paper, SimpleGrid, type SimpleGridProps, Text } from "@mantine/core";
import type { ReactNode } from "react";

interface FigureProps {
  label: ReactNode;
  value: ReactNode;
  /** A line under the label: a breakdown or what the figure means; text is styled to the look. */
  hint?: ReactNode;
  /**
   * "plain": a dimmed label under the number; "card": the same in a bordered box;
   * "headline": a larger number over a bold label.
   */
  look?: "plain" | "card" | "headline";
  /** The number's size in pixels; 28 by default, 30 for a headline. */
  size?: number;
}

/**
 * A big number with its label (and a hint). A description list in the markup, so a screen reader
 * reads the label with its value; the number is shown first.
 */
export function Figure({ label, value, hint, look = "plain", size }: FigureProps) {
  const headline = look === "headline";
  const list = (
    <dl style={{ display: "flex", flexDirection: "column", gap: headline ? 2 : 0, margin: 0 }}>
      <Text component="dt" size="sm" {...(headline ? { fw: 600 } : { c: "dimmed" })} style={{ order: 2 }}>
        {label}
      </Text>
      <Text
        component="dd"
        m={0}
        fz={size ?? (headline ? 30 : 28)}
        fw={700}
        lh={1.1}
        style={{ order: 1, whiteSpace: "nowrap" }}
      >
        {value}
      </Text>
      {typeof hint === "string" ? (
        <Text
          component="dd"
          m={0}
          {...(headline ? { size: "xs", c: "dimmed" } : { size: "sm" })}
          style={{ order: 3 }}
        >
          {hint}
        </Text>
      ) : (
        hint && (
          <Box component="dd" m={0} style={{ order: 3 }}>
            {hint}
          </Box>
        )
      )}
    </dl>
  );
  return look === "card" ? (
    <Paper withBorder p="md">
      {list}
    </Paper>
  ) : (
    list
  );
}

/** A grid of figures; three small ones in a row by default (women, men, total). */
export function Figures({
  cols = 3,
  spacing = "xs",
  children,
}: Pick<SimpleGridProps, "cols" | "spacing" | "children">) {
  return (
    <SimpleGrid cols={cols} spacing={spacing}>
      {children}
    </SimpleGrid>
  );
}
