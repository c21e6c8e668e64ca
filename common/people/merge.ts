/**
 * Which values survive when two records of one person are merged, field by field: the same rules
 * for the merge screen's defaults and for the server, which fills in the fields a request leaves out.
 */
import type { MergeSide, PersonMergeField } from "../schemas/people.js";

/** A person's fields that a merge chooses between, flat (the personal data beside the names). */
export interface MergeRecord {
  givenName: string;
  familyName: string;
  sex: string;
  organizationId: string | null;
  position: string | null;
  rank: string | null;
  isDecisionMaker: boolean;
  email: string | null;
  phone: string | null;
  birthYear: number | null;
  hasConsented: boolean;
  consentedOn: string | null;
}

/** The stored fields behind each choice: consent is the flag and its date, together. */
export const mergeFieldColumns: Record<PersonMergeField, readonly (keyof MergeRecord)[]> = {
  givenName: ["givenName"],
  familyName: ["familyName"],
  sex: ["sex"],
  organizationId: ["organizationId"],
  position: ["position"],
  rank: ["rank"],
  isDecisionMaker: ["isDecisionMaker"],
  email: ["email"],
  phone: ["phone"],
  birthYear: ["birthYear"],
  consent: ["hasConsented", "consentedOn"],
};

/** A field with nothing in it: no text, no organisation, no birth year, no consent given. */
export function isEmptyField(record: MergeRecord, field: PersonMergeField): boolean {
  if (field === "consent") return !record.hasConsented;
  return mergeFieldColumns[field].every((column) => record[column] === null || record[column] === "");
}

/** The survivor's value, unless it is empty and the other record has one. */
export function defaultMergeSide(
  survivor: MergeRecord,
  other: MergeRecord,
  field: PersonMergeField,
): MergeSide {
  return isEmptyField(survivor, field) && !isEmptyField(other, field) ? "other" : "survivor";
}

/** The values the survivor keeps: each field from the side chosen for it, or its default side. */
export function mergedValues(
  survivor: MergeRecord,
  other: MergeRecord,
  choices: Partial<Record<PersonMergeField, MergeSide>>,
): MergeRecord {
  const result = { ...pickMergeRecord(survivor) };
  for (const field of Object.keys(mergeFieldColumns) as PersonMergeField[]) {
    const side = choices[field] ?? defaultMergeSide(survivor, other, field);
    if (side === "survivor") continue;
    for (const column of mergeFieldColumns[field]) Object.assign(result, { [column]: other[column] });
  }
  return result;
}

/** Only the fields of a merge, from any record that holds them (a stored row has more). */
export function pickMergeRecord(record: MergeRecord): MergeRecord {
  return {
    givenName: record.givenName,
    familyName: record.familyName,
    sex: record.sex,
    organizationId: record.organizationId,
    position: record.position,
    rank: record.rank,
    isDecisionMaker: record.isDecisionMaker,
    email: record.email,
    phone: record.phone,
    birthYear: record.birthYear,
    hasConsented: record.hasConsented,
    consentedOn: record.consentedOn,
  };
}
