import { Alert, Button, Code, CopyButton, Group, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { NewPassword } from "../../../../common/schemas/auth.js";
import { useUpdateUser } from "../../api/users.js";
import { AppModal } from "../../components/AppModal.js";
import { ErrorAlert } from "../../components/ErrorAlert.js";
import { SecretInput } from "../../components/forms/SecretInput.js";
import { apiFieldErrors, issueMessage } from "../../components/forms/validation.js";
import { notifySuccess } from "../../components/notify.js";
import { useT } from "../../i18n/useT.js";

/** A random password of 20 characters from an alphabet without look-alikes (0/O, 1/l/I). */
export function generatePassword(length = 20): string {
  const alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789-_";
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  return Array.from(bytes, (byte) => alphabet[byte % alphabet.length]).join("");
}

/** Shows a password once, with a copy button; it cannot be shown again after closing. */
export function ShownPasswordModal({
  name,
  password,
  onClose,
}: {
  name: string;
  password: string;
  onClose: () => void;
}) {
  const t = useT();
  return (
    <AppModal opened onClose={onClose} title={t("users.passwordTitle", { name })} closeOnClickOutside={false}>
      <Stack gap="md">
        <Alert color="yellow" variant="light">
          {t("users.passwordBody")}
        </Alert>
        <Group gap="sm" wrap="nowrap">
          <Code fz="md" p="xs" style={{ flex: 1, wordBreak: "break-all" }} data-testid="generated-password">
            {password}
          </Code>
          <CopyButton value={password}>
            {({ copied, copy }) => (
              <Button
                variant={copied ? "light" : "filled"}
                color={copied ? "teal" : undefined}
                onClick={copy}
              >
                {copied ? t("common.copied") : t("common.copy")}
              </Button>
            )}
          </CopyButton>
        </Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("common.close")}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}

/** An administrator sets a new password for a user (suggested at random), then sees it once. */
export function ResetPasswordModal({
  userId,
  name,
  onClose,
}: {
  userId: string;
  name: string;
  onClose: () => void;
}) {
  const t = useT();
  const update = useUpdateUser();
  const [password, setPassword] = useState(generatePassword);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  if (saved) return <ShownPasswordModal name={name} password={saved} onClose={onClose} />;

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const parsed = NewPassword.safeParse(password);
    if (!parsed.success) {
      setError(issueMessage(parsed.error.issues[0] as never, t));
      return;
    }
    await update.mutateAsync({ id: userId, patch: { password: parsed.data } }).then(
      () => {
        notifySuccess(t("common.saved"));
        setSaved(parsed.data);
      },
      // A password the server refuses (too common, holds the e-mail or name) says why on the field.
      (failure: unknown) => {
        const fields = apiFieldErrors(failure, t);
        if (fields) setError(fields.password ?? null);
      },
    );
  };

  return (
    <AppModal opened onClose={onClose} title={t("users.resetPassword")}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">{t("users.resetPasswordBody")}</Text>
          {update.error && !error && <ErrorAlert error={update.error} />}
          <SecretInput
            label={t("users.newPassword")}
            value={password}
            onChange={(e) => {
              setPassword(e.currentTarget.value);
              setError(null);
            }}
            error={error}
            autoComplete="new-password"
          />
          <Group justify="space-between">
            <Button variant="subtle" onClick={() => setPassword(generatePassword())}>
              {t("users.generate")}
            </Button>
            <Group gap="xs">
              <Button variant="default" onClick={onClose}>
                {t("common.cancel")}
              </Button>
              <Button type="submit" loading={update.isPending}>
                {t("common.save")}
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
