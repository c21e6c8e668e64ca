import { Stack, Text, Title } from "@mantine/core";
import { useDocumentTitle } from "@mantine/hooks";
import { ButtonLink } from "../../components/links.js";
import { useT } from "../../i18n/useT.js";

/** `standalone` when shown outside the app shell (an unknown address before sign-in): it is then the main landmark. */
export function NotFoundPage({ standalone = false }: { standalone?: boolean }) {
  const t = useT();
  useDocumentTitle(`${t("notFound.title")} · ${t("app.name")}`);
  return (
    <Stack align="center" py={64} px="md" gap="md" ta="center" component={standalone ? "main" : "div"}>
      <Text fz={56} fw={800} c="grape.7" aria-hidden>
        404
      </Text>
      <Title order={1} size="h2">
        {t("notFound.title")}
      </Title>
      <Text c="dimmed">{t("notFound.body")}</Text>
      <ButtonLink to="/">{t("notFound.home")}</ButtonLink>
    </Stack>
  );
}
