import { DatesProvider } from "@mantine/dates";
import dayjs from "dayjs";
import "dayjs/locale/bs.js";
import "dayjs/locale/hr.js";
import "dayjs/locale/sr.js";
import "dayjs/locale/sr-cyrl.js";
import "dayjs/locale/en.js";
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { IntlProvider } from "react-intl";
import {
  type AppLocale,
  dayjsLocales,
  defaultLocale,
  htmlLang,
  readStoredLocale,
  storeLocale,
} from "./locales.js";
import { catalogues } from "./messages/index.js";

interface LocaleContextValue {
  locale: AppLocale;
  /** Shows the app in another language and remembers it in this browser. */
  setLocale: (locale: AppLocale) => void;
}

const LocaleContext = createContext<LocaleContextValue>({ locale: defaultLocale, setLocale: () => {} });

export const useLocale = () => useContext(LocaleContext);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<AppLocale>(() => readStoredLocale() ?? defaultLocale);

  const setLocale = useCallback((next: AppLocale) => {
    setLocaleState(next);
    storeLocale(next);
  }, []);

  useEffect(() => {
    document.documentElement.lang = htmlLang[locale];
    dayjs.locale(dayjsLocales[locale]);
  }, [locale]);

  const context = useMemo(() => ({ locale, setLocale }), [locale, setLocale]);

  return (
    <LocaleContext.Provider value={context}>
      <IntlProvider locale={locale} defaultLocale={defaultLocale} messages={catalogues[locale]}>
        <DatesProvider settings={{ locale: dayjsLocales[locale], firstDayOfWeek: 1 }}>
          {children}
        </DatesProvider>
      </IntlProvider>
    </LocaleContext.Provider>
  );
}
