import { languages } from "../../../common/schemas/common.js";

export type AppLocale = (typeof languages)[number];
export const appLocales = languages;
export const defaultLocale: AppLocale = "bs";

/** Each language named in itself, so a reader finds their own. */
export const localeLabels: Record<AppLocale, string> = {
  bs: "Bosanski",
  hr: "Hrvatski",
  "sr-Latn-BA": "Srpski (latinica)",
  "sr-Cyrl-BA": "Српски (ћирилица)",
  en: "English",
};

/** The dayjs locale used by the date pickers. */
export const dayjsLocales: Record<AppLocale, string> = {
  bs: "bs",
  hr: "hr",
  "sr-Latn-BA": "sr",
  "sr-Cyrl-BA": "sr-cyrl",
  en: "en",
};

/** The `lang` attribute of the page. */
export const htmlLang: Record<AppLocale, string> = {
  bs: "bs",
  hr: "hr",
  "sr-Latn-BA": "sr-Latn",
  "sr-Cyrl-BA": "sr-Cyrl",
  en: "en",
};

export const isAppLocale = (value: unknown): value is AppLocale =>
  typeof value === "string" && (appLocales as readonly string[]).includes(value);

const storageKey = "nap1325.locale";

export function readStoredLocale(): AppLocale | null {
  try {
    const value = localStorage.getItem(storageKey);
    return isAppLocale(value) ? value : null;
  } catch {
    return null;
  }
}

export function storeLocale(locale: AppLocale): void {
  try {
    localStorage.setItem(storageKey, locale);
  } catch {
    // Private mode or storage disabled: the choice lasts for this page only.
  }
}
