import type { FormEventHandler, ReactNode } from "react";
import { AppModal } from "../AppModal.js";
import { FormActions, FormFrame } from "./FormFrame.js";

interface ModalFormProps {
  opened: boolean;
  onClose: () => void;
  title: string;
  onSubmit: FormEventHandler<HTMLFormElement>;
  submitError: unknown;
  submitting: boolean;
  children: ReactNode;
}

/** A dialog holding one form: its submit error, the fields, Cancel (closes) and Save. */
export function ModalForm({ opened, onClose, title, children, ...form }: ModalFormProps) {
  return (
    <AppModal opened={opened} onClose={onClose} title={title} size="lg">
      <FormFrame onSubmit={form.onSubmit} error={form.submitError}>
        {children}
        <FormActions submitting={form.submitting} onCancel={onClose} />
      </FormFrame>
    </AppModal>
  );
}
