/**
 * The error thrown by the capacity statistics when their input breaks a rule (a score outside its
 * range, a duplicate result, a malformed date). The path names the offending field the way the API
 * names fields in its validation errors, so that the server can pass it on unchanged.
 */

/** What was wrong with the input. */
export type CapacityInputErrorCode =
  | "invalid_score"
  | "invalid_max_score"
  | "duplicate_result"
  | "invalid_pass_mark"
  | "invalid_date";

export class CapacityInputError extends Error {
  override readonly name = "CapacityInputError";
  readonly code: CapacityInputErrorCode;
  /** Dotted path of the field, e.g. "results.3.score". */
  readonly path: string;

  constructor(code: CapacityInputErrorCode, path: string, message: string) {
    super(message);
    this.code = code;
    this.path = path;
  }
}
