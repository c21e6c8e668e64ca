/**
 * Approved reports of the default data. Only figures given for the BiH default data in the
 * project's issue 3 are loaded; none is estimated. Each report's thread says where its figures
 * come from.
 */
import type { SeedReport } from "../types.js";

export const reports: SeedReport[] = [
  {
    organization: "mos",
    periodStart: "2012-08-01",
    values: [{ indicator: "women-police", value: 12 }],
    sourceNote:
      "Share of women among police officers: about 12 % by 2013 (up from 6.3 % in 2010), as cited in the monitoring of the Action Plan and recorded for the nap1325 default data; the original publication is not recorded here and should be checked before the figure is quoted. Only the total is given: no split by entity is recorded.",
  },
];
