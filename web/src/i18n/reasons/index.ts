/**
 * The messages of the reasons an API error can carry (`common/reasons/`), one file per area of the
 * product, merged into the locale catalogues. The reasons of the request edge and sign-in are in
 * the catalogues themselves.
 */
import { activitiesReasonMessages } from "./activities.js";
import { cooperationReasonMessages } from "./cooperation.js";
import { importsReasonMessages } from "./imports.js";
import { registryReasonMessages } from "./registry.js";
import { resultsReasonMessages } from "./results.js";

/** `reason.<code>` → message, per locale; hr and sr-Latn-BA only where they differ from bs. */
export interface ReasonCatalogue {
  en: Record<string, string>;
  bs: Record<string, string>;
  hr: Record<string, string>;
  "sr-Latn-BA": Record<string, string>;
}

const areas = [
  registryReasonMessages,
  resultsReasonMessages,
  activitiesReasonMessages,
  importsReasonMessages,
  cooperationReasonMessages,
];

export const reasonMessages: ReasonCatalogue = {
  en: Object.assign({}, ...areas.map((area) => area.en)),
  bs: Object.assign({}, ...areas.map((area) => area.bs)),
  hr: Object.assign({}, ...areas.map((area) => area.hr)),
  "sr-Latn-BA": Object.assign({}, ...areas.map((area) => area["sr-Latn-BA"])),
};
