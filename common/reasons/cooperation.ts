/**
 * Reasons of cooperation: agreements between organisations and the network of a period. English
 * texts with `{param}` placeholders: the API's `message`; the web shows each reason in the
 * reader's language (`reason.<code>` in its catalogues).
 */
export const cooperationReasons = {
  agreement_ends_before_signed: "The agreement cannot end before it was signed",
  agreement_party_twice: "An organisation is named twice among the parties",
  agreement_lead_not_party: "The lead organisation must be one of the parties",
  no_such_jurisdiction: "No such municipality, canton or entity",
  agreement_not_own_party: "Your organisation must be one of the parties",
  range_ends_before_start: "The end of the range comes before its start",
  range_incomplete: "Give both the start and the end of the earlier range",
} as const;
