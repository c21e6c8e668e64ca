import { Alert, Stack, Text } from "@mantine/core";
import { useNavigate } from "@tanstack/react-router";
import { useEffect, useRef, useState } from "react";
import type { ImportKind, ImportPreview } from "../../../../common/schemas/imports.js";
import { uploadImport } from "../../api/imports.js";
import { BackLink } from "../../components/BackLink.js";
import { notifyError } from "../../components/notify.js";
import { PageHeader } from "../../components/PageHeader.js";
import { useT } from "../../i18n/useT.js";
import { ColumnsStep } from "./ColumnsStep.js";
import { ImportStepper } from "./ImportStepper.js";
import { kindLabel } from "./import-text.js";
import { type Decisions, RowsStep } from "./RowsStep.js";
import { UploadStep } from "./UploadStep.js";

interface WizardProps {
  kind?: ImportKind | undefined;
  eventId?: string | undefined;
}

/**
 * The import wizard: 1 the file (and the event for attendance), 2 the columns, 3 the rows and the
 * likely matches, 4 the commit; then the result page of the import.
 */
export function ImportWizardPage({ kind: initialKind, eventId: initialEvent }: WizardProps) {
  const t = useT();
  const navigate = useNavigate();
  const [kind, setKind] = useState<ImportKind>(initialKind ?? "attendance");
  const [eventId, setEventId] = useState<string | null>(initialEvent ?? null);
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [step, setStep] = useState(0);
  const [confirming, setConfirming] = useState(false);
  const [decisions, setDecisions] = useState<Decisions>({});
  /** A new preview (a mapping or a row changed): keep only the decisions still asked for. */
  const takePreview = (next: ImportPreview) => {
    setPreview(next);
    // Rows may have moved between new, matched and likely.
    setDecisions((current) =>
      Object.fromEntries(
        Object.entries(current).filter(([row]) =>
          next.likely.some((match) => match.rowNumber === Number(row)),
        ),
      ),
    );
  };
  const [createOrganisations, setCreateOrganisations] = useState(false);
  const [sheetPending, setSheetPending] = useState(false);
  const heading = useRef<HTMLParagraphElement>(null);

  // Each step starts at its heading, so keyboard and screen-reader users land on the new content.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the step changes
  useEffect(() => {
    if (preview) heading.current?.focus();
  }, [step]);

  const uploaded = (next: ImportPreview) => {
    setPreview(next);
    setDecisions({});
    setStep(1);
  };

  /** Another sheet of the workbook: the file is sent again, naming the sheet. */
  const readSheet = async (sheet: string) => {
    if (!file || !preview) return;
    setSheetPending(true);
    try {
      const next = await uploadImport(
        { kind: preview.import.kind, eventId: preview.import.eventId ?? undefined, sheet, file },
        () => {},
      );
      setPreview(next);
      setDecisions({});
    } catch (error) {
      notifyError(error, t);
    } finally {
      setSheetPending(false);
    }
  };

  const stepTitle = [
    t("imports.step.file"),
    t("imports.step.columns"),
    t("imports.step.rows"),
    t("imports.step.commit"),
  ][step];

  return (
    <>
      <PageHeader title={t("imports.new")} above={<BackLink to="/imports" label={t("imports.title")} />} />
      <ImportStepper active={confirming ? 3 : step} />
      <p ref={heading} tabIndex={-1} className="visually-hidden" aria-live="polite">
        {t("imports.stepOf", { index: step + 1, count: 4 })}: {stepTitle}
      </p>
      {preview && step > 0 && (
        <Text size="sm" c="dimmed" mb="sm">
          {kindLabel(preview.import.kind, t)}
          {preview.import.eventTitle ? ` · ${preview.import.eventTitle}` : ""} · {preview.import.fileName}
        </Text>
      )}
      {step === 0 && (
        <UploadStep
          kind={kind}
          eventId={eventId}
          file={file}
          onKind={setKind}
          onEvent={setEventId}
          onFile={setFile}
          onUploaded={uploaded}
        />
      )}
      {step === 1 && preview && (
        <ColumnsStep
          preview={preview}
          onPreview={takePreview}
          onSheet={readSheet}
          sheetPending={sheetPending}
          onBack={() => setStep(0)}
          onNext={() => setStep(2)}
        />
      )}
      {step === 2 && preview && (
        <RowsStep
          preview={preview}
          onPreview={takePreview}
          decisions={decisions}
          onDecide={(row, value) => setDecisions((current) => ({ ...current, [row]: value }))}
          createOrganisations={createOrganisations}
          onCreateOrganisations={setCreateOrganisations}
          onBack={() => setStep(1)}
          onConfirming={setConfirming}
          onCommitted={(record) =>
            navigate({ to: "/imports/$importId", params: { importId: record.id ?? preview.import.id } })
          }
        />
      )}
      {step > 0 && !preview && (
        <Stack>
          <Alert color="orange">{t("error.INTERNAL")}</Alert>
        </Stack>
      )}
    </>
  );
}
