import type { AppLocale } from "../locales.js";
import { reasonMessages } from "../reasons/index.js";
import { areaMessages } from "./areas.js";
import { bs as bsOwn } from "./bs.js";
import { en as enOwn, type Messages } from "./en.js";
import { hr as hrOwn } from "./hr.js";
import { cyrillicOf } from "./sr-Cyrl-BA.js";
import { srLatn as srLatnOwn } from "./sr-Latn-BA.js";

// Each catalogue with the messages of the API's error reasons.
const en: Messages = { ...enOwn, ...areaMessages.en, ...reasonMessages.en };
const bs: Messages = { ...bsOwn, ...areaMessages.bs, ...reasonMessages.bs };
const srLatn: Partial<Messages> = {
  ...reasonMessages["sr-Latn-BA"],
  ...areaMessages["sr-Latn-BA"],
  ...srLatnOwn,
};

/** Complete catalogues: keys a locale lacks fall back to Bosnian. */
export const catalogues: Record<AppLocale, Messages> = {
  bs,
  hr: { ...bs, ...reasonMessages.hr, ...areaMessages.hr, ...hrOwn },
  "sr-Latn-BA": { ...bs, ...srLatn },
  "sr-Cyrl-BA": cyrillicOf({ ...bs, ...srLatn }),
  en,
};
