/**
 * The cooperation reasons (`common/reasons/cooperation.ts`) in the readers' languages: `reason.<code>`
 * messages in ICU MessageFormat. Croatian and Serbian give only what differs from Bosnian; Serbian
 * Cyrillic is the Serbian Latin text transliterated.
 */
import type { ReasonCatalogue } from "./index.js";

export const cooperationReasonMessages: ReasonCatalogue = {
  en: {
    "reason.agreement_ends_before_signed": "The agreement cannot end before it was signed.",
    "reason.agreement_party_twice": "An organisation is named twice among the parties.",
    "reason.agreement_lead_not_party": "The lead organisation must be one of the parties.",
    "reason.agreement_not_own_party": "Your organisation must be one of the parties.",
    "reason.no_such_jurisdiction": "This municipality, canton or entity does not exist.",
    "reason.range_ends_before_start": "The end of the range comes before its start.",
    "reason.range_incomplete": "Give both the start and the end of the earlier range.",
  },
  bs: {
    "reason.agreement_ends_before_signed": "Sporazum ne može isteći prije nego što je potpisan.",
    "reason.agreement_party_twice": "Ista organizacija je dvaput navedena među potpisnicima.",
    "reason.agreement_lead_not_party": "Vodeća organizacija mora biti jedan od potpisnika.",
    "reason.agreement_not_own_party": "Vaša organizacija mora biti jedan od potpisnika.",
    "reason.no_such_jurisdiction": "Ova općina, kanton ili entitet ne postoji.",
    "reason.range_ends_before_start": "Kraj razdoblja je prije njegovog početka.",
    "reason.range_incomplete": "Navedite i početak i kraj ranijeg razdoblja.",
  },
  hr: {
    "reason.agreement_ends_before_signed": "Sporazum ne može isteći prije nego što je potpisan.",
    "reason.range_ends_before_start": "Kraj razdoblja je prije njegova početka.",
  },
  "sr-Latn-BA": {
    "reason.no_such_jurisdiction": "Ova opština, kanton ili entitet ne postoji.",
    "reason.agreement_party_twice": "Ista organizacija je dva puta navedena među potpisnicima.",
    "reason.range_ends_before_start": "Kraj perioda je prije njegovog početka.",
    "reason.range_incomplete": "Navedite i početak i kraj ranijeg perioda.",
  },
};
