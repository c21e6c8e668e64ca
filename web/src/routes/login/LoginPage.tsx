import { Alert, Box, Button, Center, Group, Paper, Stack, Text, TextInput, Title } from "@mantine/core";
import { useDocumentTitle } from "@mantine/hooks";
import { useNavigate } from "@tanstack/react-router";
import { LoginRequest } from "../../../../common/schemas/auth.js";
import { useLogin, useUpdateMe } from "../../api/auth.js";
import { errorText } from "../../components/ErrorAlert.js";
import { SecretInput } from "../../components/forms/SecretInput.js";
import { useSchemaForm } from "../../components/forms/useSchemaForm.js";
import { LocaleSwitcher, takePendingLocale } from "../../components/LocaleSwitcher.js";
import { useT } from "../../i18n/useT.js";
import { safeRedirect } from "./redirect.js";

export function LoginPage({
  redirect,
  expired,
}: {
  redirect?: string | undefined;
  expired?: boolean | undefined;
}) {
  const t = useT();
  useDocumentTitle(`${t("login.title")} · ${t("app.name")}`);
  const navigate = useNavigate();
  const login = useLogin();
  const updateMe = useUpdateMe();
  const { form, handleSubmit, submitError } = useSchemaForm({
    initialValues: { email: "", password: "" },
    schema: LoginRequest,
    toInput: (values) => values,
  });

  const onSubmit = handleSubmit(async (input) => {
    const me = await login.mutateAsync(input);
    const chosen = takePendingLocale();
    if (chosen && chosen !== me.locale) {
      try {
        await updateMe.mutateAsync({ locale: chosen });
      } catch {
        // The language is only a preference; signing in still succeeded.
      }
    }
    await navigate({ href: safeRedirect(redirect), replace: true });
  });

  const failure = submitError
    ? errorText(submitError, t, { UNAUTHENTICATED: t("login.wrongCredentials") })
    : null;

  return (
    <Box mih="100vh" bg="gray.0">
      <Group justify="space-between" p="md" component="header">
        <Text fw={800} fz="lg" c="grape.8">
          {t("app.name")}
        </Text>
        <LocaleSwitcher signedIn={false} />
      </Group>
      <Center component="main" px="md" py="xl">
        <Paper withBorder shadow="sm" radius="md" p="xl" w="100%" maw={420}>
          <form onSubmit={onSubmit} noValidate>
            <Stack gap="md">
              <div>
                <Title order={1} size="h2">
                  {t("login.title")}
                </Title>
                <Text c="dimmed" size="sm" mt={4}>
                  {t("login.intro")}
                </Text>
              </div>
              {expired && !failure && (
                <Alert color="yellow" variant="light" role="status">
                  {t("login.sessionExpired")}
                </Alert>
              )}
              {failure && (
                <Alert color="red" variant="light" role="alert">
                  {failure}
                </Alert>
              )}
              <TextInput
                label={t("login.email")}
                type="email"
                autoComplete="username"
                required
                {...form.getInputProps("email")}
              />
              <SecretInput
                label={t("login.password")}
                autoComplete="current-password"
                required
                {...form.getInputProps("password")}
              />
              <Button type="submit" loading={form.submitting} fullWidth>
                {t("login.submit")}
              </Button>
            </Stack>
          </form>
        </Paper>
      </Center>
    </Box>
  );
}
