import { Badge, Button, Group, NativeSelect, Paper, Stack, Switch, Text, TextInput } from "@mantine/core";
import { useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { roles } from "../../../../common/schemas/enums.js";
import {
  hasOrganizationWhereNeeded,
  roleNeedsOrganization,
  type User,
  UserInput,
  UserPatch,
} from "../../../../common/schemas/users.js";
import { useCreateUser, useUpdateUser, useUser } from "../../api/users.js";
import { BackLink } from "../../components/BackLink.js";
import { DetailList } from "../../components/DetailList.js";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { ChooseSelect } from "../../components/forms/ChooseSelect.js";
import { FormActions } from "../../components/forms/FormFrame.js";
import { SecretInput } from "../../components/forms/SecretInput.js";
import { orNull, useSchemaForm } from "../../components/forms/useSchemaForm.js";
import { RecordPending } from "../../components/LoadFailure.js";
import { notifySuccess } from "../../components/notify.js";
import { PageHeader } from "../../components/PageHeader.js";
import { knownOption, SearchSelect } from "../../components/selects/SearchSelect.js";
import { useOrganizationOptions } from "../../components/selects/sources.js";
import { useFormat } from "../../i18n/format.js";
import { appLocales, localeLabels } from "../../i18n/locales.js";
import { useT } from "../../i18n/useT.js";
import { ResetPasswordModal, ShownPasswordModal } from "./PasswordModals.js";

/** The same rule as on creation: representatives and partners belong to an organisation. */
const UserEdit = UserPatch.refine(...hasOrganizationWhereNeeded);

export function UserFormPage({ id }: { id?: string }) {
  const query = useUser(id);
  if (!id) return <UserForm />;
  if (!query.data) return <RecordPending query={query} />;
  return <UserForm user={query.data} />;
}

function UserForm({ user }: { user?: User }) {
  const t = useT();
  const format = useFormat();
  const navigate = useNavigate();
  const create = useCreateUser();
  const update = useUpdateUser();
  const [created, setCreated] = useState<{ user: User; password: string } | null>(null);
  const [resetting, setResetting] = useState(false);

  const { form, handleSubmit, submitError } = useSchemaForm({
    initialValues: {
      email: user?.email ?? "",
      displayName: user?.displayName ?? "",
      role: user?.role ?? "",
      organizationId: user?.organizationId ?? null,
      locale: user?.locale ?? "bs",
      isActive: user?.isActive ?? true,
      password: "",
    },
    schema: user ? UserEdit : UserInput,
    toInput: ({ password, isActive, ...values }) =>
      user ? { ...values, isActive } : { ...values, password: orNull(password) ?? undefined },
  });

  const onSubmit = handleSubmit(async (input) => {
    if (user) {
      await update.mutateAsync({ id: user.id, patch: input });
      notifySuccess(t("common.saved"));
      return;
    }
    const result = await create.mutateAsync(input as UserInput);
    notifySuccess(t("common.created"));
    if (result.generatedPassword) setCreated({ user: result.user, password: result.generatedPassword });
    else await navigate({ to: "/users/$userId", params: { userId: result.user.id } });
  });

  return (
    <>
      <PageHeader
        above={<BackLink to="/users" label={t("users.title")} />}
        title={user ? user.displayName : t("users.new")}
        badges={
          user &&
          !user.isActive && (
            <Badge color="gray" variant="light">
              {t("users.inactive")}
            </Badge>
          )
        }
        actions={
          user && (
            <Button variant="default" onClick={() => setResetting(true)}>
              {t("users.resetPassword")}
            </Button>
          )
        }
      />
      <Stack gap="lg" maw={760}>
        {user && (
          <Paper withBorder p="md">
            <DetailList
              items={[
                {
                  label: t("users.lastLogin"),
                  value: user.lastLoginAt ? format.dateTime(user.lastLoginAt) : t("users.never"),
                },
                { label: t("common.createdAt"), value: format.dateTime(user.createdAt) },
              ]}
            />
          </Paper>
        )}
        <Paper withBorder p="md">
          <form onSubmit={onSubmit} noValidate>
            <Stack gap="md">
              {user && (
                <Text fw={600} component="h2" size="lg" m={0}>
                  {t("users.editTitle")}
                </Text>
              )}
              {submitError && <ErrorAlert error={submitError} />}
              <TextInput
                label={t("users.email")}
                type="email"
                required
                autoComplete="off"
                {...form.getInputProps("email")}
              />
              <TextInput label={t("users.displayName")} required {...form.getInputProps("displayName")} />
              <Group grow align="flex-start" wrap="wrap">
                <ChooseSelect
                  label={t("users.role")}
                  required
                  options={roles.map((value) => ({ value, label: t(`role.${value}`) }))}
                  {...form.getInputProps("role")}
                />
                <NativeSelect
                  label={t("users.locale")}
                  data={appLocales.map((value) => ({ value, label: localeLabels[value] }))}
                  {...form.getInputProps("locale")}
                />
              </Group>
              <SearchSelect
                label={t("common.organization")}
                required={roleNeedsOrganization(form.values.role)}
                useOptions={useOrganizationOptions}
                knownOptions={knownOption(user?.organizationId, user?.organizationName)}
                {...form.getInputProps("organizationId")}
              />
              {user ? (
                <Switch
                  label={t("users.isActive")}
                  {...form.getInputProps("isActive", { type: "checkbox" })}
                />
              ) : (
                <SecretInput
                  label={t("users.password")}
                  description={t("users.passwordHint")}
                  autoComplete="new-password"
                  {...form.getInputProps("password")}
                />
              )}
              <FormActions submitting={form.submitting} cancelTo={{ to: "/users" }} />
            </Stack>
          </form>
        </Paper>
      </Stack>
      {created && (
        <ShownPasswordModal
          name={created.user.displayName}
          password={created.password}
          onClose={() => navigate({ to: "/users/$userId", params: { userId: created.user.id } })}
        />
      )}
      {resetting && user && (
        <ResetPasswordModal userId={user.id} name={user.displayName} onClose={() => setResetting(false)} />
      )}
    </>
  );
}
