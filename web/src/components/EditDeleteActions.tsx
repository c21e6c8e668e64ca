import { ActionIcon, Tooltip } from "@mantine/core";
import type { ReactNode } from "react";
import { useT } from "../i18n/useT.js";
import { PencilIcon, TrashIcon } from "./icons.js";
import { confirmAction } from "./notify.js";

interface Props {
  editLabel: string;
  onEdit: () => void;
  deleteLabel: string;
  /** What the confirmation dialog asks before deleting. */
  deleteTitle: string;
  deleteBody: ReactNode;
  onDelete: () => Promise<unknown>;
}

/** The pencil and bin of a table row: edit at once, delete after a confirmation. */
export function EditDeleteActions(props: Props) {
  const _t = useT();
  return (
    <>
      <Tooltip label={props.editLabel}>
        <ActionIcon variant="subtle" aria-label={props.editLabel} onClick={props.onEdit}>
          <PencilIcon />
        </ActionIcon>
      </Tooltip>
      <DeleteButton
        label={props.deleteLabel}
        title={props.deleteTitle}
        body={props.deleteBody}
        onDelete={props.onDelete}
      />
    </>
  );
}

interface DeleteProps {
  /** The button's name, e.g. "Delete zapisnik.pdf". */
  label: string;
  /** What the confirmation dialog asks before deleting. */
  title: string;
  body: ReactNode;
  onDelete: () => Promise<unknown>;
}

/** The red bin of a row: deletes after a confirmation, and says so when done. */
export function DeleteButton({ label, title, body, onDelete }: DeleteProps) {
  const t = useT();
  return (
    <Tooltip label={label}>
      <ActionIcon
        variant="subtle"
        color="red"
        aria-label={label}
        onClick={() =>
          confirmAction({
            t,
            title,
            body,
            confirmLabel: t("common.delete"),
            action: onDelete,
            successMessage: t("common.deleted"),
          })
        }
      >
        <TrashIcon />
      </ActionIcon>
    </Tooltip>
  );
}
