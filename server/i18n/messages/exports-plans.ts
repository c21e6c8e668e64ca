/**
 * The words of the list exports of plan work and capacity building (plans, indicators, boards,
 * action items, curricula, coverage): sheet names and column headers.
 */
import type { Catalogue } from "../catalogue.js";
import type { HeaderWords } from "./exports.js";

export const planHeaders: Catalogue<
  HeaderWords<
    "title" | "shortTitle" | "status" | "startsOn" | "endsOn" | "predecessor" | "nodeCount" | "archived"
  >
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

export const indicatorHeaders: Catalogue<
  HeaderWords<
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
  >
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

export const boardHeaders: Catalogue<
  HeaderWords<"name" | "plan" | "members" | "consultationsPerYear" | "archived" | "createdAt">
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
  hr: {
    sheet: "Koordinacijski odbori",
    plan: "Akcijski plan",
    consultationsPerYear: "Konzultacije s NVO godišnje",
    createdAt: "Stvoreno",
  },
  "sr-Latn-BA": { consultationsPerYear: "Konsultacije sa NVO godišnje" },
};

export const actionItemHeaders: Catalogue<
  HeaderWords<
    "description" | "owner" | "meeting" | "meetingOn" | "dueOn" | "status" | "overdue" | "closedOn" | "note"
  >
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

export const curriculumHeaders: Catalogue<
  HeaderWords<"title" | "description" | "modules" | "archived" | "createdAt">
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
  hr: { sheet: "Kurikuli", createdAt: "Stvoreno" },
};

export const coverageHeaders: Catalogue<
  HeaderWords<
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
  >
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
