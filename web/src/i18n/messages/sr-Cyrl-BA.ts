import { icuToCyrillic } from "../icu-cyrillic.js";
import { bs } from "./bs.js";
import type { Messages } from "./en.js";
import { srLatn } from "./sr-Latn-BA.js";

/** Српски (ћирилица): the Latin catalogue (with its Bosnian fallback) transliterated letter for letter. */
export const srCyrl: Messages = {
  ...(Object.fromEntries(
    Object.entries({ ...bs, ...srLatn }).map(([key, value]) => [key, icuToCyrillic(value)]),
  ) as Messages),
  // Names and codes that stay in Latin script.
  "app.name": bs["app.name"],
  "validation.currency": "Упишите трословну ознаку валуте, нпр. BAM, EUR, USD",
  // The language picker also says "Language", so anyone can find it whatever language is showing.
  "header.language": "Језик (Language)",
  // File formats of the list exports, named in Cyrillic.
  "export.xlsx": "Ексел табела",
  "export.csv": "ЦСВ датотека",
};
