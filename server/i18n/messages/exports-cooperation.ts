/** The words of the cooperation exports: the ties of a network (sheet name and column headers). */
import type { Catalogue } from "../catalogue.js";
import type { HeaderWords } from "./exports.js";

export const tieHeaders: Catalogue<
  HeaderWords<
    "first" | "firstLevel" | "firstSector" | "second" | "secondLevel" | "secondSector" | "kinds" | "records"
  >
> = {
  en: {
    sheet: "Ties",
    first: "Organisation",
    firstLevel: "Level",
    firstSector: "Sector",
    second: "Partner",
    secondLevel: "Partner's level",
    secondSector: "Partner's sector",
    kinds: "How they are tied",
    records: "Records",
  },
  bs: {
    sheet: "Veze",
    first: "Organizacija",
    firstLevel: "Nivo",
    firstSector: "Sektor",
    second: "Partner",
    secondLevel: "Nivo partnera",
    secondSector: "Sektor partnera",
    kinds: "Kako su povezane",
    records: "Zapisi",
  },
  hr: { firstLevel: "Razina", secondLevel: "Razina partnera" },
  "sr-Latn-BA": {},
};
