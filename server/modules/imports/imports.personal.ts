/**
 * Personal data in an import's preview. A file's contact columns are personal data of the people it
 * lists, who often belong to other organisations than the reader's; like the people API, which
 * answers `personal: null`, the preview leaves them out for a reader who is neither staff nor the
 * user who uploaded the file (`importPolicy(actor, "readPersonal", …)`).
 */
import type { ImportField, ImportPreview } from "../../../common/schemas/imports.js";

/** The fields that hold a person's contacts. Birth year and consent are not imported. */
export const personalImportFields: ReadonlySet<ImportField> = new Set<ImportField>(["email", "phone"]);

/** A text that reads as an e-mail address or a phone number (not a date): a data row taken for the header. */
function looksLikeContact(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.includes("@")) return true;
  const digits = trimmed.replace(/\D/g, "").length;
  return (
    digits >= 6 && /^\+?[\d\s/().-]+$/.test(trimmed) && !/^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\.?$/.test(trimmed)
  );
}

/**
 * The preview without personal data: the values of the contact fields are left out of the rows, the
 * cells quoted by issues in those columns are dropped, and a header that reads as an e-mail address
 * or a phone number (a file without a header row) is blanked.
 */
export function withoutPersonalData(preview: ImportPreview): ImportPreview {
  const personalHeaders = new Set(
    preview.mapping
      .filter((column) => column.field !== null && personalImportFields.has(column.field))
      .map((column) => column.header),
  );
  const shownHeader = (header: string) => (looksLikeContact(header) ? "" : header);
  return {
    ...preview,
    mapping: preview.mapping.map((column) => ({ ...column, header: shownHeader(column.header) })),
    issues: preview.issues.map((issue) =>
      issue.header === null
        ? issue
        : {
            ...issue,
            header: shownHeader(issue.header),
            value: personalHeaders.has(issue.header) ? null : issue.value,
          },
    ),
    rows: preview.rows.map((row) => ({
      ...row,
      values: Object.fromEntries(
        Object.entries(row.values).filter(([field]) => !personalImportFields.has(field as ImportField)),
      ),
    })),
  };
}
