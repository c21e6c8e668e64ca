import { Button, Group, Paper, Stack, Switch, Title } from "@mantine/core";
import { ChangePasswordRequest } from "../../../../common/schemas/auth.js";
import { useChangePassword, useMe, useUpdateMe } from "../../api/auth.js";
import { DetailList } from "../../components/DetailList.js";
import { FormFrame } from "../../components/forms/FormFrame.js";
import { SecretInput } from "../../components/forms/SecretInput.js";
import { useSchemaForm } from "../../components/forms/useSchemaForm.js";
import { notifyError, notifySuccess } from "../../components/notify.js";
import { PageHeader } from "../../components/PageHeader.js";
import { isAppLocale, localeLabels } from "../../i18n/locales.js";
import { useT } from "../../i18n/useT.js";

export function AccountPage() {
  const t = useT();
  const { data: me } = useMe();
  const change = useChangePassword();
  const updateMe = useUpdateMe();
  const { form, handleSubmit, submitError } = useSchemaForm({
    initialValues: { currentPassword: "", newPassword: "" },
    schema: ChangePasswordRequest,
    toInput: (values) => values,
  });

  const onSubmit = handleSubmit(async (input) => {
    await change.mutateAsync(input);
    form.reset();
    notifySuccess(t("account.passwordChanged"));
  });

  const setReminderMails = (on: boolean) =>
    updateMe.mutate(
      { reminderMails: on },
      {
        onSuccess: () => notifySuccess(t(on ? "account.reminderMailsOn" : "account.reminderMailsOff")),
        onError: (error) => notifyError(error, t),
      },
    );

  if (!me) return null;
  return (
    <>
      <PageHeader title={t("account.title")} />
      <Stack gap="lg" maw={640}>
        <Paper withBorder p="md">
          <DetailList
            items={[
              { label: t("users.displayName"), value: me.displayName },
              { label: t("users.email"), value: me.email },
              { label: t("users.role"), value: t(`role.${me.role}`) },
              { label: t("common.organization"), value: me.organizationName },
              {
                label: t("users.locale"),
                value: isAppLocale(me.locale) ? localeLabels[me.locale] : me.locale,
              },
            ]}
          />
        </Paper>
        <Paper withBorder p="md" component="section" aria-labelledby="reminder-mails">
          <Title order={2} size="h4" id="reminder-mails" mb="sm">
            {t("account.mails")}
          </Title>
          <Switch
            label={t("account.reminderMails")}
            description={t("account.reminderMailsHint")}
            checked={me.reminderMails}
            disabled={updateMe.isPending}
            onChange={(event) => setReminderMails(event.currentTarget.checked)}
          />
        </Paper>
        <Paper withBorder p="md" component="section" aria-labelledby="change-password">
          <Title order={2} size="h4" id="change-password" mb="sm">
            {t("account.changePassword")}
          </Title>
          <FormFrame onSubmit={onSubmit} error={submitError}>
            <SecretInput
              label={t("account.currentPassword")}
              autoComplete="current-password"
              required
              {...form.getInputProps("currentPassword")}
            />
            <SecretInput
              label={t("account.newPassword")}
              description={t("account.newPasswordHint")}
              autoComplete="new-password"
              required
              {...form.getInputProps("newPassword")}
            />
            <Group justify="flex-end">
              <Button type="submit" loading={form.submitting}>
                {t("account.changePassword")}
              </Button>
            </Group>
          </FormFrame>
        </Paper>
      </Stack>
    </>
  );
}
