/** The words of an indicator template (the XLSX file a submission is filled in through). */
import type { Catalogue } from "../catalogue.js";

export type TemplateMessages = {
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
};

export const templateMessages: Catalogue<TemplateMessages> = {
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
  hr: {
    hint: "Popunite samo stupac Vrijednost; ostale ćelije su zaštićene. Ne mijenjajte sive stupce: po njima se vrijednosti razlikuju.",
    levelSet: "Razina vlasti",
  },
  "sr-Latn-BA": {
    sexSet: "Pol",
    percent: "Procenat (0–100)",
    ratio: "Odnos",
  },
};
