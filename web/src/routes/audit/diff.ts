const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

export const showValue = (value: unknown) => (value === undefined ? "" : JSON.stringify(value, null, 2));

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
  changed: boolean;
}

/** Field by field, what a change did: values that differ come first and are marked. */
export function diffFields(before: unknown, after: unknown): FieldChange[] {
  if (!isRecord(before) && !isRecord(after)) {
    if (before == null && after == null) return [];
    return [{ field: "", before, after, changed: showValue(before) !== showValue(after) }];
  }
  const left = isRecord(before) ? before : {};
  const right = isRecord(after) ? after : {};
  const fields = [...new Set([...Object.keys(left), ...Object.keys(right)])];
  return fields
    .map((field) => ({
      field,
      before: left[field],
      after: right[field],
      changed: showValue(left[field]) !== showValue(right[field]),
    }))
    .sort((a, b) => Number(b.changed) - Number(a.changed));
}
