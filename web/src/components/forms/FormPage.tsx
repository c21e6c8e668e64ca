import { Paper } from "@mantine/core";
import type { FormEventHandler, ReactNode } from "react";
import { BackLink } from "../BackLink.js";
import { PageHeader } from "../PageHeader.js";
import { type CancelTarget, FormActions, FormFrame } from "./FormFrame.js";

interface FormPageProps {
  title: string;
  /** The record being edited, or the list for a new one: linked above the title and by Cancel. */
  back: CancelTarget & { label: string };
  onSubmit: FormEventHandler<HTMLFormElement>;
  submitError: unknown;
  submitting: boolean;
  maw: number;
  /** The fields come in papers of their own, so the form draws none around them. */
  sections?: boolean;
  children: ReactNode;
}

/** A page that creates or edits one record: heading, the form with its submit error, Cancel and Save. */
export function FormPage({ title, back, sections, maw, children, ...form }: FormPageProps) {
  const body = (
    <FormFrame
      onSubmit={form.onSubmit}
      error={form.submitError}
      gap={sections ? "lg" : "md"}
      maw={sections ? maw : undefined}
    >
      {children}
      <FormActions submitting={form.submitting} cancelTo={back} />
    </FormFrame>
  );
  return (
    <>
      <PageHeader above={<BackLink {...back} />} title={title} />
      {sections ? (
        body
      ) : (
        <Paper withBorder p="md" maw={maw}>
          {body}
        </Paper>
      )}
    </>
  );
}
