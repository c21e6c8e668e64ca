import { Alert, Button, Stack, Text } from "@mantine/core";
import { type ErrorCode, errorStatus } from "../../../common/errors.js";
import { isApiError } from "../api/client.js";
import type { MessageKey } from "../i18n/messages/en.js";
import type { Translate } from "../i18n/useT.js";
import { useT } from "../i18n/useT.js";
import { reasonMessage } from "./forms/reasons.js";

type Code = ErrorCode | "NETWORK";

const knownCodes = new Set<string>([...Object.keys(errorStatus), "NETWORK"]);

/**
 * The message of an error in the reader's language: its reason when it has one, else its code's
 * message; `byCode` gives a screen's own message for a code (a failed sign-in).
 */
export function errorText(error: unknown, t: Translate, byCode: Partial<Record<Code, string>> = {}): string {
  const own = isApiError(error) ? byCode[error.code] : undefined;
  if (own !== undefined) return own;
  const why = isApiError(error) && error.why ? reasonMessage(error.why.reason, error.why.params, t) : null;
  if (why) return why;
  if (isApiError(error) && knownCodes.has(error.code)) return t(`error.${error.code}` as MessageKey);
  return t("error.INTERNAL");
}

/** The reasons an error's details carry, in the reader's language (those without one are left out). */
export function errorReasons(error: unknown, t: Translate): string[] {
  if (!isApiError(error)) return [];
  const texts = error.details.map((detail) => reasonMessage(detail.reason, detail.params, t));
  return [...new Set(texts.filter((text): text is string => text !== null))];
}

/**
 * An error in the reader's language. `withReasons` also lists the reasons its details carry, for
 * places where no form field shows them (an upload).
 */
export function ErrorAlert({
  error,
  onRetry,
  withReasons = false,
}: {
  error: unknown;
  onRetry?: () => void;
  withReasons?: boolean;
}) {
  const t = useT();
  const reasons = withReasons ? errorReasons(error, t) : [];
  return (
    <Alert color="red" variant="light" title={t("error.title")} role="alert">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{errorText(error, t)}</Text>
        {reasons.map((reason) => (
          <Text size="sm" key={reason}>
            {reason}
          </Text>
        ))}
        {onRetry && (
          <Button size="xs" variant="default" onClick={onRetry}>
            {t("common.retry")}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
