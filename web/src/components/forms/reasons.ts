import type { FieldReason } from "../../../../common/errors.js";
import type { MessageKey } from "../../i18n/messages/en.js";
import type { MessageValues, Translate } from "../../i18n/useT.js";

/** The message of each reason code a field error can carry (`details[].reason`). */
export const reasonMessages: Record<FieldReason, MessageKey> = {
  too_short: "reason.too_short",
  common_password: "reason.common_password",
  contains_email: "reason.contains_email",
  contains_name: "reason.contains_name",
  unsafe_text: "reason.unsafe_text",
  too_many_columns: "reason.too_many_columns",
  header_too_long: "reason.header_too_long",
  malformed_upload: "reason.malformed_upload",
};

const isKnownReason = (reason: string): reason is FieldReason => Object.hasOwn(reasonMessages, reason);

/** A reason code in the reader's language, with its values (e.g. `{ min: 12 }`); null for an unknown code. */
export function reasonMessage(reason: unknown, params: unknown, t: Translate): string | null {
  if (typeof reason !== "string" || !isKnownReason(reason)) return null;
  return t(reasonMessages[reason], (params ?? {}) as MessageValues);
}
