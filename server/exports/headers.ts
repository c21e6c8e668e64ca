/**
 * The words of the list exports: sheet names and column headers in the signed-in user's language.
 * Each export has English and Bosnian words; Croatian and Serbian (Latin) list only the words that
 * differ from Bosnian, and Serbian Cyrillic reads the Serbian Latin words in Cyrillic.
 */
import { toCyrillic } from "../../common/text/transliterate.js";
import type { PdfLocale } from "../pdf/locale.js";

/** The words of one export, by language; `sheet` names the sheet and the file. */
export interface HeaderCatalogue<Key extends string> {
  en: Record<Key | "sheet", string>;
  bs: Record<Key | "sheet", string>;
  hr?: Partial<Record<Key | "sheet", string>>;
  "sr-Latn-BA"?: Partial<Record<Key | "sheet", string>>;
}

/** The words of one export in one language. */
export function headersFor<Key extends string>(
  locale: PdfLocale,
  catalogue: HeaderCatalogue<Key>,
): Record<Key | "sheet", string> {
  switch (locale) {
    case "en":
      return catalogue.en;
    case "bs":
      return catalogue.bs;
    case "hr":
      return { ...catalogue.bs, ...catalogue.hr };
    case "sr-Latn-BA":
      return { ...catalogue.bs, ...catalogue["sr-Latn-BA"] };
    case "sr-Cyrl-BA": {
      const latin: Record<string, string> = { ...catalogue.bs, ...catalogue["sr-Latn-BA"] };
      return Object.fromEntries(
        Object.entries(latin).map(([key, word]) => [key, toCyrillic(word)]),
      ) as Record<Key | "sheet", string>;
    }
  }
}

/** Yes and no, for the columns that hold a flag. */
export const flagWords: HeaderCatalogue<"yes" | "no"> = {
  en: { sheet: "", yes: "yes", no: "no" },
  bs: { sheet: "", yes: "da", no: "ne" },
};

export const eventHeaders: HeaderCatalogue<
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

export const personHeaders: HeaderCatalogue<
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

export const organizationHeaders: HeaderCatalogue<
  "name" | "shortName" | "level" | "sector" | "jurisdiction" | "archived" | "updatedAt"
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

export const projectHeaders: HeaderCatalogue<
  "code" | "title" | "donor" | "implementers" | "startsOn" | "endsOn" | "budget" | "currency" | "archived"
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

export const planHeaders: HeaderCatalogue<
  "title" | "shortTitle" | "status" | "startsOn" | "endsOn" | "predecessor" | "nodeCount" | "archived"
> = {
  en: {
    sheet: "Plans",
    title: "Title",
    shortTitle: "Short title",
    status: "Status",
    startsOn: "Start date",
    endsOn: "End date",
    predecessor: "Predecessor plan",
    nodeCount: "Framework elements",
    archived: "Archived",
  },
  bs: {
    sheet: "Planovi",
    title: "Naziv",
    shortTitle: "Skraćenica",
    status: "Status",
    startsOn: "Datum početka",
    endsOn: "Datum završetka",
    predecessor: "Prethodni plan",
    nodeCount: "Elementi okvira",
    archived: "Arhivirano",
  },
  hr: { shortTitle: "Kratica" },
};

export const indicatorHeaders: HeaderCatalogue<
  | "code"
  | "name"
  | "nodeCode"
  | "node"
  | "unit"
  | "direction"
  | "cumulative"
  | "baseline"
  | "baselineDate"
  | "endTarget"
  | "responsible"
  | "archived"
> = {
  en: {
    sheet: "Indicators",
    code: "Code",
    name: "Name",
    nodeCode: "Framework node code",
    node: "Framework node",
    unit: "Unit",
    direction: "Direction",
    cumulative: "Cumulative",
    baseline: "Baseline",
    baselineDate: "Baseline date",
    endTarget: "End target",
    responsible: "Responsible organisations",
    archived: "Archived",
  },
  bs: {
    sheet: "Indikatori",
    code: "Šifra",
    name: "Naziv",
    nodeCode: "Šifra čvora okvira",
    node: "Čvor okvira",
    unit: "Jedinica",
    direction: "Smjer",
    cumulative: "Kumulativan",
    baseline: "Polazna vrijednost",
    baselineDate: "Datum polazne vrijednosti",
    endTarget: "Krajnji cilj",
    responsible: "Odgovorne organizacije",
    archived: "Arhivirano",
  },
};

export const userHeaders: HeaderCatalogue<
  "displayName" | "email" | "role" | "organization" | "locale" | "active" | "lastLogin" | "createdAt"
> = {
  en: {
    sheet: "Users",
    displayName: "Name",
    email: "E-mail",
    role: "Role",
    organization: "Organisation",
    locale: "Language",
    active: "Active",
    lastLogin: "Last sign-in",
    createdAt: "Created",
  },
  bs: {
    sheet: "Korisnici",
    displayName: "Ime i prezime",
    email: "E-mail",
    role: "Uloga",
    organization: "Organizacija",
    locale: "Jezik",
    active: "Aktivan",
    lastLogin: "Posljednja prijava",
    createdAt: "Kreirano",
  },
  hr: { createdAt: "Stvoreno" },
};

export const auditHeaders: HeaderCatalogue<"at" | "actor" | "action" | "entityType" | "entityId" | "reason"> =
  {
    en: {
      sheet: "Audit log",
      at: "Time",
      actor: "Actor",
      action: "Action",
      entityType: "Record type",
      entityId: "Record ID",
      reason: "Reason",
    },
    bs: {
      sheet: "Dnevnik promjena",
      at: "Vrijeme",
      actor: "Izvršilac",
      action: "Radnja",
      entityType: "Vrsta zapisa",
      entityId: "ID zapisa",
      reason: "Razlog",
    },
    hr: { actor: "Izvršitelj" },
  };

export const boardHeaders: HeaderCatalogue<
  "name" | "plan" | "members" | "consultationsPerYear" | "archived" | "createdAt"
> = {
  en: {
    sheet: "Coordination boards",
    name: "Name",
    plan: "Action plan",
    members: "Current members",
    consultationsPerYear: "NGO consultations per year",
    archived: "Archived",
    createdAt: "Created",
  },
  bs: {
    sheet: "Koordinacioni odbori",
    name: "Naziv",
    plan: "Akcioni plan",
    members: "Trenutni članovi",
    consultationsPerYear: "Konsultacije s NVO godišnje",
    archived: "Arhivirano",
    createdAt: "Kreirano",
  },
  hr: { sheet: "Koordinacijski odbori", plan: "Akcijski plan", createdAt: "Stvoreno" },
};

export const actionItemHeaders: HeaderCatalogue<
  "description" | "owner" | "meeting" | "meetingOn" | "dueOn" | "status" | "overdue" | "closedOn" | "note"
> = {
  en: {
    sheet: "Action items",
    description: "Action item",
    owner: "Responsible organisation",
    meeting: "Agreed at meeting",
    meetingOn: "Meeting date",
    dueOn: "Due date",
    status: "Status",
    overdue: "Overdue",
    closedOn: "Closed on",
    note: "Note",
  },
  bs: {
    sheet: "Zaduženja",
    description: "Zaduženje",
    owner: "Odgovorna organizacija",
    meeting: "Dogovoreno na sjednici",
    meetingOn: "Datum sjednice",
    dueOn: "Rok",
    status: "Status",
    overdue: "Rok istekao",
    closedOn: "Zatvoreno",
    note: "Napomena",
  },
};

export const curriculumHeaders: HeaderCatalogue<
  "title" | "description" | "modules" | "archived" | "createdAt"
> = {
  en: {
    sheet: "Curricula",
    title: "Title",
    description: "Description",
    modules: "Modules",
    archived: "Archived",
    createdAt: "Created",
  },
  bs: {
    sheet: "Kurikulumi",
    title: "Naziv",
    description: "Opis",
    modules: "Moduli",
    archived: "Arhivirano",
    createdAt: "Kreirano",
  },
  hr: { createdAt: "Stvoreno" },
};

export const coverageHeaders: HeaderCatalogue<
  | "municipality"
  | "code"
  | "entity"
  | "canton"
  | "events"
  | "participations"
  | "women"
  | "men"
  | "womenShare"
  | "trainersActive"
> = {
  en: {
    sheet: "Coverage",
    municipality: "Municipality",
    code: "Code",
    entity: "Entity / district",
    canton: "Canton",
    events: "Events held",
    participations: "Participations",
    women: "Women",
    men: "Men",
    womenShare: "Share of women (%)",
    trainersActive: "Active trainers",
  },
  bs: {
    sheet: "Pokrivenost",
    municipality: "Općina",
    code: "Šifra",
    entity: "Entitet / distrikt",
    canton: "Kanton",
    events: "Održani događaji",
    participations: "Učešća",
    women: "Žene",
    men: "Muškarci",
    womenShare: "Udio žena (%)",
    trainersActive: "Aktivni treneri",
  },
  hr: { canton: "Županija", participations: "Sudjelovanja" },
  "sr-Latn-BA": { municipality: "Opština" },
};
