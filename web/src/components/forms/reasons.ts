import { isReason } from "../../../../common/errors.js";
import type { MessageKey } from "../../i18n/messages/en.js";
import type { MessageValues, Translate } from "../../i18n/useT.js";

/** The message key of a reason code (`reason.<code>`); every reason has one in every locale (tested). */
export const reasonKey = (reason: string) => `reason.${reason}` as MessageKey;

/** A reason code in the reader's language, with its values (e.g. `{ min: 12 }`); null for an unknown code. */
export function reasonMessage(reason: unknown, params: unknown, t: Translate): string | null {
  if (!isReason(reason)) return null;
  return t(reasonKey(reason), (params ?? {}) as MessageValues);
}
