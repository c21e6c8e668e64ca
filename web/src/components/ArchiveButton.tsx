import { Button } from "@mantine/core";
import type { UseMutationResult } from "@tanstack/react-query";
import { useT } from "../i18n/useT.js";
import { confirmAction, notifyError, notifySuccess } from "./notify.js";

interface ArchiveButtonProps {
  name: string;
  isArchived: boolean;
  archive: UseMutationResult<unknown, Error, string>;
  /** Without a restore, an archived record shows no button. */
  restore?: UseMutationResult<unknown, Error, string>;
  id: string;
  /** What archiving means for this kind of record; a general sentence by default. */
  body?: string;
}

/** Archive (after a confirmation) or restore a record, with a notification either way. */
export function ArchiveButton({ name, isArchived, archive, restore, id, body }: ArchiveButtonProps) {
  const t = useT();
  if (isArchived) {
    if (!restore) return null;
    return (
      <Button
        variant="default"
        loading={restore.isPending}
        onClick={async () => {
          try {
            await restore.mutateAsync(id);
            notifySuccess(t("common.restored"));
          } catch (error) {
            notifyError(error, t);
          }
        }}
      >
        {t("common.restore")}
      </Button>
    );
  }
  return (
    <Button
      variant="default"
      color="red"
      onClick={() =>
        confirmAction({
          t,
          title: t("common.confirmArchiveTitle", { name }),
          body: body ?? t("common.confirmArchiveBody"),
          confirmLabel: t("common.archive"),
          action: () => archive.mutateAsync(id),
          successMessage: t("common.archived"),
        })
      }
    >
      {t("common.archive")}
    </Button>
  );
}
