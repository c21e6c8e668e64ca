/** The words of the progress export: its headers and the indicator statuses. */
import type { IndicatorStatus } from "../../../common/indicators/status.js";
import type { Catalogue } from "../catalogue.js";
import type { HeaderWords } from "./exports.js";

export const progressHeaders: Catalogue<
  HeaderWords<
    | "code"
    | "name"
    | "nodeCode"
    | "unit"
    | "expected"
    | "expectedBasis"
    | "actual"
    | "women"
    | "men"
    | "status"
  >
> = {
  en: {
    sheet: "Progress",
    code: "Code",
    name: "Indicator",
    nodeCode: "Framework node code",
    unit: "Unit",
    expected: "Target",
    expectedBasis: "Target basis",
    actual: "Actual",
    women: "Women",
    men: "Men",
    status: "Status",
  },
  bs: {
    sheet: "Napredak",
    code: "Šifra",
    name: "Indikator",
    nodeCode: "Šifra čvora okvira",
    unit: "Jedinica",
    expected: "Cilj",
    expectedBasis: "Osnova cilja",
    actual: "Ostvareno",
    women: "Žene",
    men: "Muškarci",
    status: "Status",
  },
};

/** An indicator's status against its expected value, in words. */
export const statusWords: Catalogue<Record<IndicatorStatus, string>> = {
  en: { on_track: "On track", at_risk: "At risk", off_track: "Off track", no_data: "No data" },
  bs: { on_track: "U skladu s planom", at_risk: "U riziku", off_track: "Zaostaje", no_data: "Nema podataka" },
  "sr-Latn-BA": { on_track: "U skladu sa planom" },
};
