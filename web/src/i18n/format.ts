import { useMemo } from "react";
import { formatDateTime, formatIsoDate } from "./dates.js";
import { useLocale } from "./I18nProvider.js";

/** Date and number formatting in the current locale: dd.MM.yyyy for bs, hr and sr. */
export function useFormat() {
  const { locale } = useLocale();
  return useMemo(() => {
    const numberFormat = new Intl.NumberFormat(locale);
    return {
      locale,
      date: (iso: string | null | undefined) => formatIsoDate(iso, locale),
      dateTime: (iso: string | null | undefined) => formatDateTime(iso, locale),
      dateRange: (from: string, to: string) =>
        from === to
          ? formatIsoDate(from, locale)
          : `${formatIsoDate(from, locale)} – ${formatIsoDate(to, locale)}`,
      number: (value: number | null | undefined) => (value == null ? "" : numberFormat.format(value)),
      money: (value: number | null | undefined, currency: string | null) => {
        if (value == null) return "";
        if (!currency) return numberFormat.format(value);
        try {
          return new Intl.NumberFormat(locale, { style: "currency", currency }).format(value);
        } catch {
          return `${numberFormat.format(value)} ${currency}`;
        }
      },
      /** Separators for number inputs. */
      thousandSeparator: locale === "en" ? "," : ".",
      decimalSeparator: locale === "en" ? "." : ",",
      /** The value format of the date inputs (dayjs tokens). */
      dateInputFormat: locale === "en" ? "D MMM YYYY" : "DD.MM.YYYY",
    };
  }, [locale]);
}
