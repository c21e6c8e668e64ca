import { useCallback } from "react";
import { useIntl } from "react-intl";
import type { MessageKey } from "./messages/en.js";

export type MessageValues = Record<string, string | number | boolean | null | undefined | Date>;
export type Translate = (id: MessageKey, values?: MessageValues) => string;

/** The one way UI code reads text: type-checked message keys, ICU formatting in the current locale. */
export function useT(): Translate {
  const intl = useIntl();
  return useCallback((id: MessageKey, values?: MessageValues) => intl.formatMessage({ id }, values), [intl]);
}
