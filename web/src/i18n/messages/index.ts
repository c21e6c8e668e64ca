import type { AppLocale } from "../locales.js";
import { bs } from "./bs.js";
import { en, type Messages } from "./en.js";
import { hr } from "./hr.js";
import { srCyrl } from "./sr-Cyrl-BA.js";
import { srLatn } from "./sr-Latn-BA.js";

/** Complete catalogues: keys a locale lacks fall back to Bosnian. */
export const catalogues: Record<AppLocale, Messages> = {
  bs,
  hr: { ...bs, ...hr },
  "sr-Latn-BA": { ...bs, ...srLatn },
  "sr-Cyrl-BA": srCyrl,
  en,
};
