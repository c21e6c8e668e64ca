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

export const agreementHeaders: Catalogue<
  HeaderWords<
    | "title"
    | "kind"
    | "reference"
    | "signedOn"
    | "validUntil"
    | "level"
    | "jurisdiction"
    | "lead"
    | "parties"
    | "archived"
  >
> = {
  en: {
    sheet: "Agreements",
    title: "Title",
    kind: "Kind",
    reference: "Reference",
    signedOn: "Signed on",
    validUntil: "Valid until",
    level: "Level",
    jurisdiction: "Area",
    lead: "Lead organisation",
    parties: "Parties",
    archived: "Archived",
  },
  bs: {
    sheet: "Sporazumi",
    title: "Naslov",
    kind: "Vrsta",
    reference: "Broj",
    signedOn: "Datum potpisivanja",
    validUntil: "Važi do",
    level: "Nivo",
    jurisdiction: "Područje",
    lead: "Vodeća organizacija",
    parties: "Potpisnici",
    archived: "Arhivirano",
  },
  hr: { validUntil: "Vrijedi do", level: "Razina" },
  "sr-Latn-BA": {},
};
