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
  const t = useT();
  return (
    <>
      <Tooltip label={props.editLabel}>
        <ActionIcon variant="subtle" aria-label={props.editLabel} onClick={props.onEdit}>
          <PencilIcon />
        </ActionIcon>
      </Tooltip>
      <Tooltip label={props.deleteLabel}>
        <ActionIcon
          variant="subtle"
          color="red"
          aria-label={props.deleteLabel}
          onClick={() =>
            confirmAction({
              t,
              title: props.deleteTitle,
              body: props.deleteBody,
              confirmLabel: t("common.delete"),
              action: props.onDelete,
              successMessage: t("common.deleted"),
            })
          }
        >
          <TrashIcon />
        </ActionIcon>
      </Tooltip>
    </>
  );
}
