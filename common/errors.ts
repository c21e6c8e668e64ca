/** Error codes shared by the API and the UI. The UI translates by code; the server maps each to one HTTP status. */
export const errorStatus = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  LOCKED: 409,
  TOO_LARGE: 413,
  RATE_LIMITED: 429,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof errorStatus;

/**
 * Stable reasons a field error can carry; the web has a message for each in every locale (tested).
 * A detail without a reason is shown by its field's generic message.
 */
export const fieldReasons = [
  "too_short",
  "common_password",
  "contains_email",
  "contains_name",
  "unsafe_text",
  "too_many_columns",
  "header_too_long",
  "malformed_upload",
] as const;
export type FieldReason = (typeof fieldReasons)[number];

export interface FieldError {
  /** Dotted path of the field, e.g. "participations.0.personId"; "" for the whole request. */
  path: string;
  message: string;
  /** A stable reason code the UI translates, e.g. "common_password"; absent where the message is all there is. */
  reason?: FieldReason;
  /** Values the reason's message needs, e.g. `{ min: 12 }`. */
  params?: Record<string, string | number>;
}

export interface ErrorBody {
  code: ErrorCode;
  message: string;
  details?: FieldError[];
}
