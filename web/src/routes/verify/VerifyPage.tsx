import { Alert, Box, Center, Group, Loader, Paper, Stack, Text, Title } from "@mantine/core";
import { useDocumentTitle } from "@mantine/hooks";
import { useQuery } from "@tanstack/react-query";
import { verifyCertificate } from "../../api/certificates.js";
import { errorText } from "../../components/ErrorAlert.js";
import { LocaleSwitcher } from "../../components/LocaleSwitcher.js";
import { useFormat } from "../../i18n/format.js";
import { useT } from "../../i18n/useT.js";

/**
 * The public check of a certificate number, reached from the address printed on the certificate:
 * no sign-in; it shows the holder's name and the training for a genuine certificate, else only
 * that the number is not one of a valid certificate.
 */
export function VerifyPage({ number }: { number: string }) {
  const t = useT();
  const format = useFormat();
  useDocumentTitle(`${t("verify.title")} · ${t("app.name")}`);
  const verification = useQuery({
    queryKey: ["verify", number],
    queryFn: ({ signal }) => verifyCertificate(number, signal),
    retry: false,
  });
  const answer = verification.data;

  return (
    <Box mih="100vh" bg="gray.0">
      <Group justify="space-between" p="md" component="header">
        <Text fw={800} fz="lg" c="grape.8">
          {t("app.name")}
        </Text>
        <LocaleSwitcher signedIn={false} />
      </Group>
      <Center component="main" px="md" py="xl">
        <Paper withBorder shadow="sm" radius="md" p="xl" w="100%" maw={520}>
          <Stack gap="md">
            <Title order={1} size="h2">
              {t("verify.title")}
            </Title>
            <Text c="dimmed" size="sm">
              {t("verify.number", { code: number })}
            </Text>
            {verification.isPending && <Loader aria-label={t("verify.checking")} />}
            {verification.isError && (
              <Alert color="red" variant="light" role="alert">
                {errorText(verification.error, t)}
              </Alert>
            )}
            {answer?.genuine === true && (
              <Alert color="green" variant="light" role="status" title={t("verify.genuine")}>
                <Stack gap={4}>
                  <Text fw={700} fz="lg">
                    {answer.name}
                  </Text>
                  <Text>{t("verify.completed", { title: answer.eventTitle })}</Text>
                  <Text c="dimmed">{format.dateRange(answer.startsOn, answer.endsOn)}</Text>
                </Stack>
              </Alert>
            )}
            {answer?.genuine === false && (
              <Alert color="red" variant="light" role="status" title={t("verify.notGenuine")}>
                {t("verify.notGenuineBody")}
              </Alert>
            )}
          </Stack>
        </Paper>
      </Center>
    </Box>
  );
}
