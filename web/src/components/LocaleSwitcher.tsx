import { NativeSelect } from "@mantine/core";
import { useUpdateMe } from "../api/auth.js";
import { useLocale } from "../i18n/I18nProvider.js";
import { type AppLocale, appLocales, isAppLocale, localeLabels } from "../i18n/locales.js";
import { useT } from "../i18n/useT.js";

const pendingKey = "nap1325.locale.chosen";

/** A language picked before signing in is saved to the account at sign-in. */
export function takePendingLocale(): AppLocale | null {
  try {
    const value = sessionStorage.getItem(pendingKey);
    sessionStorage.removeItem(pendingKey);
    return isAppLocale(value) ? value : null;
  } catch {
    return null;
  }
}

/** The language picker; its name includes the English word "Language" in every locale, so it can always be found. */
export function LocaleSwitcher({ signedIn }: { signedIn: boolean }) {
  const t = useT();
  const { locale, setLocale } = useLocale();
  const updateMe = useUpdateMe();

  const choose = (value: string) => {
    if (!isAppLocale(value)) return;
    setLocale(value);
    if (signedIn) {
      updateMe.mutate({ locale: value });
    } else {
      try {
        sessionStorage.setItem(pendingKey, value);
      } catch {
        // Storage disabled: the choice still applies to this page.
      }
    }
  };

  return (
    <NativeSelect
      aria-label={t("header.language")}
      value={locale}
      onChange={(event) => choose(event.currentTarget.value)}
      data={appLocales.map((value) => ({ value, label: localeLabels[value] }))}
      size="xs"
      w={170}
    />
  );
}
