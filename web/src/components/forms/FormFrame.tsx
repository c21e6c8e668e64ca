import { Button, Group, Stack, type StackProps } from "@mantine/core";
import type { FormEventHandler, ReactNode } from "react";
import { useT } from "../../i18n/useT.js";
import { ErrorAlert } from "../ErrorAlert.js";
import { ButtonLink } from "../links.js";

interface FormFrameProps {
  onSubmit: FormEventHandler<HTMLFormElement>;
  /** What the server answered to the last submit, shown above the fields. */
  error: unknown;
  gap?: StackProps["gap"];
  maw?: StackProps["maw"];
  children: ReactNode;
}

/** A form checked by its schema (not the browser): the submit error first, then the fields. */
export function FormFrame({ onSubmit, error, gap = "md", maw, children }: FormFrameProps) {
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap={gap} maw={maw}>
        {error ? <ErrorAlert error={error} /> : null}
        {children}
      </Stack>
    </form>
  );
}

/** Where Cancel leads: the record, or the list for a new one (the same target as the back link). */
export interface CancelTarget {
  to: string;
  params?: Record<string, string>;
}

type FormActionsProps = { submitting: boolean } & (
  | { cancelTo: CancelTarget; onCancel?: never }
  | { onCancel: () => void; cancelTo?: never }
);

/** Cancel and Save under a form's fields: Cancel leaves the page (a link) or closes the dialog. */
export function FormActions({ submitting, cancelTo, onCancel }: FormActionsProps) {
  const t = useT();
  return (
    <Group justify="flex-end">
      {cancelTo ? (
        <ButtonLink variant="default" to={cancelTo.to as never} params={cancelTo.params as never}>
          {t("common.cancel")}
        </ButtonLink>
      ) : (
        <Button variant="default" onClick={onCancel}>
          {t("common.cancel")}
        </Button>
      )}
      <Button type="submit" loading={submitting}>
        {t("common.save")}
      </Button>
    </Group>
  );
}
