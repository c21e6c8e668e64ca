import { Text } from "@mantine/core";
import { modals } from "@mantine/modals";
import { notifications } from "@mantine/notifications";
import type { ReactNode } from "react";
import type { Translate } from "../i18n/useT.js";
import { errorText } from "./ErrorAlert.js";

let closeLabel = "Close";

/** The name of the notifications' close button, in the current language (set by the app root). */
export function setNotificationCloseLabel(label: string): void {
  closeLabel = label;
}

export function notifySuccess(message: string): void {
  notifications.show({
    message,
    color: "teal",
    autoClose: 4000,
    closeButtonProps: { "aria-label": closeLabel },
  });
}

export function notifyError(error: unknown, t: Translate): void {
  notifications.show({
    title: t("error.title"),
    message: errorText(error, t),
    color: "red",
    autoClose: 8000,
    closeButtonProps: { "aria-label": t("common.close") },
  });
}

interface ConfirmOptions {
  title: string;
  body: ReactNode;
  confirmLabel: string;
  t: Translate;
  /** Runs the change; a notification reports success or the error. */
  action: () => Promise<unknown>;
  successMessage: string;
  onDone?: () => void;
}

/** Asks before an archive or delete, then reports the result. */
export function confirmAction({
  title,
  body,
  confirmLabel,
  t,
  action,
  successMessage,
  onDone,
}: ConfirmOptions) {
  modals.openConfirmModal({
    title,
    children: typeof body === "string" ? <Text size="sm">{body}</Text> : body,
    labels: { confirm: confirmLabel, cancel: t("common.cancel") },
    confirmProps: { color: "red" },
    onConfirm: async () => {
      try {
        await action();
        notifySuccess(successMessage);
        onDone?.();
      } catch (error) {
        notifyError(error, t);
      }
    },
  });
}
