import { Group, Text, ThemeIcon } from "@mantine/core";
import type { MessageKey } from "../../i18n/messages/en.js";
import { useT } from "../../i18n/useT.js";

export const importSteps = [
  "imports.step.file",
  "imports.step.columns",
  "imports.step.rows",
  "imports.step.commit",
] as const satisfies readonly MessageKey[];

/**
 * The four steps as an ordered list of text: each says its number, its name and whether it is done,
 * the current one, or to come (aria-current marks the current one for screen readers).
 */
export function ImportStepper({ active }: { active: number }) {
  const t = useT();
  return (
    <nav aria-label={t("imports.steps")}>
      <Group component="ol" gap="lg" wrap="wrap" p={0} m={0} mb="lg" style={{ listStyle: "none" }}>
        {importSteps.map((key, index) => {
          const state = index < active ? "done" : index === active ? "current" : "todo";
          return (
            <Group
              component="li"
              key={key}
              gap={8}
              wrap="nowrap"
              aria-current={state === "current" ? "step" : undefined}
            >
              <ThemeIcon
                radius="xl"
                size={28}
                variant={state === "todo" ? "default" : "filled"}
                color={state === "done" ? "teal" : "grape"}
                aria-hidden
              >
                <Text span fz="sm" fw={700}>
                  {state === "done" ? "✓" : index + 1}
                </Text>
              </ThemeIcon>
              <div>
                <Text size="xs" c="dimmed">
                  {t("imports.stepOf", { index: index + 1, count: importSteps.length })}
                  <span className="visually-hidden"> ({t(`imports.stepState.${state}` as MessageKey)})</span>
                </Text>
                <Text size="sm" fw={state === "current" ? 700 : 500}>
                  {t(key)}
                </Text>
              </div>
            </Group>
          );
        })}
      </Group>
    </nav>
  );
}
