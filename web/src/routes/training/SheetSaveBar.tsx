import { Badge, Button, Group } from "@mantine/core";
import type { ReactNode } from "react";
import { useT } from "../../i18n/useT.js";

interface Props {
  dirty: boolean;
  saving: boolean;
  saveLabel: string;
  onSave: () => void;
  onUndo: () => void;
  /** What stands between the grid and its buttons: the save error, a summary of invalid cells. */
  children?: ReactNode;
}

/** Under an editable sheet (attendance, scores): "unsaved changes", undo, save. */
export function SheetSaveBar({ dirty, saving, saveLabel, onSave, onUndo, children }: Props) {
  const t = useT();
  return (
    <>
      {children}
      <Group justify="flex-end" mt="sm">
        {dirty && (
          <Badge color="orange" variant="light" tt="none">
            {t("training.unsaved")}
          </Badge>
        )}
        <Button variant="default" disabled={!dirty} onClick={onUndo}>
          {t("training.undoChanges")}
        </Button>
        <Button onClick={onSave} loading={saving} disabled={!dirty}>
          {saveLabel}
        </Button>
      </Group>
    </>
  );
}
