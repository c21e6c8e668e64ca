/**
 * The words of the list exports of the registers (events, people, organisations, projects): sheet
 * names and column headers; `sheet` names the sheet and the file.
 */
import type { Catalogue } from "../catalogue.js";

/** The words of one export: a header per column key, and the sheet's name. */
export type HeaderWords<Key extends string> = Record<Key | "sheet", string>;

/** Yes and no, for the columns that hold a flag. */
export const flagWords: Catalogue<{ yes: string; no: string }> = {
  en: { yes: "yes", no: "no" },
  bs: { yes: "da", no: "ne" },
};

export const eventHeaders: Catalogue<
  HeaderWords<
    | "title"
    | "kind"
    | "status"
    | "startsOn"
    | "endsOn"
    | "municipality"
    | "venue"
    | "project"
    | "organizers"
    | "women"
    | "men"
    | "attended"
    | "archived"
  >
> = {
  en: {
    sheet: "Events",
    title: "Title",
    kind: "Kind",
    status: "Status",
    startsOn: "Start date",
    endsOn: "End date",
    municipality: "Municipality",
    venue: "Venue",
    project: "Project",
    organizers: "Organisers",
    women: "Women attended",
    men: "Men attended",
    attended: "Attended in total",
    archived: "Archived",
  },
  bs: {
    sheet: "Događaji",
    title: "Naziv",
    kind: "Vrsta",
    status: "Status",
    startsOn: "Datum početka",
    endsOn: "Datum završetka",
    municipality: "Općina",
    venue: "Mjesto održavanja",
    project: "Projekat",
    organizers: "Organizatori",
    women: "Prisutne žene",
    men: "Prisutni muškarci",
    attended: "Prisutni ukupno",
    archived: "Arhivirano",
  },
  hr: { project: "Projekt" },
  "sr-Latn-BA": { municipality: "Opština" },
};

export const personHeaders: Catalogue<
  HeaderWords<
    | "familyName"
    | "givenName"
    | "sex"
    | "organization"
    | "position"
    | "rank"
    | "decisionMaker"
    | "email"
    | "phone"
    | "birthYear"
    | "consented"
    | "consentedOn"
    | "archived"
    | "updatedAt"
  >
> = {
  en: {
    sheet: "People",
    familyName: "Family name",
    givenName: "Given name",
    sex: "Sex",
    organization: "Organisation",
    position: "Position",
    rank: "Rank",
    decisionMaker: "Decision-maker",
    email: "E-mail",
    phone: "Phone",
    birthYear: "Birth year",
    consented: "Consent given",
    consentedOn: "Consent date",
    archived: "Archived",
    updatedAt: "Last changed",
  },
  bs: {
    sheet: "Osobe",
    familyName: "Prezime",
    givenName: "Ime",
    sex: "Spol",
    organization: "Organizacija",
    position: "Pozicija",
    rank: "Čin",
    decisionMaker: "Donosi odluke",
    email: "E-mail",
    phone: "Telefon",
    birthYear: "Godina rođenja",
    consented: "Dat pristanak",
    consentedOn: "Datum pristanka",
    archived: "Arhivirano",
    updatedAt: "Posljednja izmjena",
  },
  hr: {
    position: "Radno mjesto",
    consented: "Dana privola",
    consentedOn: "Datum privole",
    updatedAt: "Posljednja promjena",
  },
  "sr-Latn-BA": { sex: "Pol" },
};

export const organizationHeaders: Catalogue<
  HeaderWords<"name" | "shortName" | "level" | "sector" | "jurisdiction" | "archived" | "updatedAt">
> = {
  en: {
    sheet: "Organisations",
    name: "Name",
    shortName: "Short name",
    level: "Level",
    sector: "Sector",
    jurisdiction: "Jurisdiction",
    archived: "Archived",
    updatedAt: "Last changed",
  },
  bs: {
    sheet: "Organizacije",
    name: "Naziv",
    shortName: "Skraćenica",
    level: "Nivo",
    sector: "Sektor",
    jurisdiction: "Nadležnost",
    archived: "Arhivirano",
    updatedAt: "Posljednja izmjena",
  },
  hr: { shortName: "Kratica", level: "Razina", updatedAt: "Posljednja promjena" },
};

export const projectHeaders: Catalogue<
  HeaderWords<
    "code" | "title" | "donor" | "implementers" | "startsOn" | "endsOn" | "budget" | "currency" | "archived"
  >
> = {
  en: {
    sheet: "Projects",
    code: "Code",
    title: "Title",
    donor: "Donor",
    implementers: "Implementers",
    startsOn: "Start date",
    endsOn: "End date",
    budget: "Budget",
    currency: "Currency",
    archived: "Archived",
  },
  bs: {
    sheet: "Projekti",
    code: "Šifra",
    title: "Naziv",
    donor: "Donator",
    implementers: "Implementatori",
    startsOn: "Datum početka",
    endsOn: "Datum završetka",
    budget: "Budžet",
    currency: "Valuta",
    archived: "Arhivirano",
  },
  hr: { implementers: "Provoditelji", budget: "Proračun" },
};
