/** The words of an indicator template, in English and Bosnian (Cyrillic readers get Bosnian transliterated). */
import type { IndicatorUnit } from "../../../common/schemas/enums.js";

export interface TemplateLabels {
  [key: string]: string | ((...args: never[]) => string);
  sheet: string;
  fileName: string;
  title: (organization: string, period: string) => string;
  hint: string;
  code: string;
  indicator: string;
  unit: string;
  disaggregation: string;
  value: string;
  total: string;
  sexSet: string;
  entitySet: string;
  levelSet: string;
  sectorSet: string;
  female: string;
  male: string;
  yes: string;
  no: string;
  number: string;
  percent: string;
  ratio: string;
  yes_no: string;
  text: string;
}

export const templateLabels: { en: TemplateLabels; bs: TemplateLabels } = {
  en: {
    sheet: "Indicators",
    fileName: "Template",
    title: (organization, period) => `${organization} · ${period}`,
    hint: "Fill in the Value column only; the other cells are protected. Do not change the grey columns: they tell the values apart.",
    code: "Code",
    indicator: "Indicator",
    unit: "Unit",
    disaggregation: "Disaggregation",
    value: "Value",
    total: "Total",
    sexSet: "Sex",
    entitySet: "Entity",
    levelSet: "Level",
    sectorSet: "Sector",
    female: "Women",
    male: "Men",
    yes: "Yes",
    no: "No",
    number: "Number",
    percent: "Percent (0–100)",
    ratio: "Ratio",
    yes_no: "Yes/no",
    text: "Text",
  },
  bs: {
    sheet: "Indikatori",
    fileName: "Obrazac",
    title: (organization, period) => `${organization} · ${period}`,
    hint: "Popunite samo kolonu Vrijednost; ostale ćelije su zaštićene. Ne mijenjajte sive kolone: po njima se vrijednosti razlikuju.",
    code: "Šifra",
    indicator: "Indikator",
    unit: "Jedinica",
    disaggregation: "Razvrstavanje",
    value: "Vrijednost",
    total: "Ukupno",
    sexSet: "Spol",
    entitySet: "Entitet",
    levelSet: "Nivo vlasti",
    sectorSet: "Sektor",
    female: "Žene",
    male: "Muškarci",
    yes: "Da",
    no: "Ne",
    number: "Broj",
    percent: "Postotak (0–100)",
    ratio: "Omjer",
    yes_no: "Da/ne",
    text: "Tekst",
  },
};

/** The unit of an indicator in words. */
export const unitWord = (labels: TemplateLabels, unit: IndicatorUnit): string => labels[unit];

const systemSets = { sex: "sexSet", entity: "entitySet", level: "levelSet", sector: "sectorSet" } as const;

/** The name of a category set: the system sets in the reader's words, the others as named. */
export function setName(labels: TemplateLabels, set: { code: string; name: string }): string {
  const key = systemSets[set.code as keyof typeof systemSets];
  return key ? labels[key] : set.name;
}
