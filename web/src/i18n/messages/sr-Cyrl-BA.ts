import { icuToCyrillic } from "../icu-cyrillic.js";
import type { Messages } from "./en.js";

/** Српски (ћирилица): the Latin catalogue (with its Bosnian fallback) transliterated letter for letter. */
export function cyrillicOf(latin: Messages): Messages {
  return {
    ...(Object.fromEntries(
      Object.entries(latin).map(([key, value]) => [key, icuToCyrillic(value)]),
    ) as Messages),
    // Names and codes that stay in Latin script.
    "app.name": latin["app.name"],
    "validation.currency": "Упишите трословну ознаку валуте, нпр. BAM, EUR, USD",
    // A reason message (merged from web/src/i18n/reasons/) that names the same codes.
    ...({
      "reason.not_a_currency_code": "Упишите трословну ознаку валуте, нпр. BAM, EUR, USD.",
    } as Partial<Messages>),
    // The language picker also says "Language", so anyone can find it whatever language is showing.
    "header.language": "Језик (Language)",
    // File formats of the list exports, named in Cyrillic.
    "export.xlsx": "Ексел табела",
    "export.csv": "ЦСВ датотека",
  };
}
