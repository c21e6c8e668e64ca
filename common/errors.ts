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

import type { Reason, ReasonParams } from "./reasons/index.js";

export { isReason, type Reason, type ReasonParams, reasons } from "./reasons/index.js";

export interface FieldError {
  /** Dotted path of the field, e.g. "participations.0.personId"; "" for the whole request. */
  path: string;
  message: string;
  /** A stable reason code the UI translates, e.g. "common_password"; absent where the message is all there is. */
  reason?: Reason;
  /** Values the reason's message needs, e.g. `{ min: 12 }`. */
  params?: ReasonParams;
}

export interface ErrorBody {
  code: ErrorCode;
  message: string;
  /** Why, as a stable code the web translates (a conflict, a lock); field errors carry theirs in details. */
  reason?: Reason;
  params?: ReasonParams;
  details?: FieldError[];
}
