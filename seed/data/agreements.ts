/**
 * Agreements of the BiH default dataset. The 2013 memorandum bound the Coordination Board for
 * monitoring the Action Plan and non-governmental organisations; the Board is not an organisation
 * of the registry, so the Agency for Gender Equality of BiH, which coordinates the Board's work,
 * stands for it as the lead party.
 */
import type { SeedAgreement } from "../types.js";
import { memorandumSignatories } from "./organizations.js";

export const agreements: SeedAgreement[] = [
  {
    kind: "memorandum",
    title:
      "Memorandum o razumijevanju između Koordinacionog odbora za praćenje provedbe Akcionog plana za implementaciju Rezolucije 1325 u BiH i nevladinih organizacija",
    signedOn: "2013-10-29",
    level: "state",
    lead: "agency",
    parties: ["agency", ...memorandumSignatories],
    ofActionPlan: true,
    description:
      "Cooperation of the Coordination Board with non-governmental organisations in implementing and monitoring the Action Plan for UNSCR 1325 in BiH. The Agency for Gender Equality of BiH stands for the Coordination Board.",
    source:
      "Announcement of the RS MoI Women Network (mrezazena-muprs.org) on the signing in Sarajevo on 29 October 2013.",
  },
];
