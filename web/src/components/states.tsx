import { Center, Loader, Stack, Text } from "@mantine/core";
import { useT } from "../i18n/useT.js";

export function LoadingState() {
  const t = useT();
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Stack align="center" gap="xs">
        <Loader size="md" aria-hidden />
        <Text c="dimmed" size="sm">
          {t("common.loading")}
        </Text>
      </Stack>
    </Center>
  );
}
