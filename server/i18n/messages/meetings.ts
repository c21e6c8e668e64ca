/** The labels of the record of a board meeting as a PDF. */
import type { Catalogue } from "../catalogue.js";

export type MeetingMessages = {
  title: string;
  board: string;
  date: string;
  venue: string;
  place: string;
  organizers: string;
  ngoConsultation: string;
  agenda: string;
  presenter: string;
  attendance: string;
  person: string;
  organization: string;
  status: string;
  deputy: string;
  present: string;
  absent: string;
  represented: string;
  guest: string;
  minutes: string;
  decisions: string;
  actionItems: string;
  followUp: string;
  description: string;
  owner: string;
  due: string;
  itemStatus: string;
  agreedAt: string;
  open: string;
  done: string;
  dropped: string;
  overdue: string;
  none: string;
};

export const meetingMessages: Catalogue<MeetingMessages> = {
  en: {
    title: "Minutes of the board meeting",
    board: "Board",
    date: "Date",
    venue: "Venue",
    place: "Place",
    organizers: "Organised by",
    ngoConsultation: "Consultation with non-governmental organisations",
    agenda: "Agenda",
    presenter: "presented by",
    attendance: "Attendance",
    person: "Name",
    organization: "Organisation",
    status: "Attendance",
    deputy: "Deputy",
    present: "Present",
    absent: "Absent",
    represented: "Represented by a deputy",
    guest: "Guest",
    minutes: "Minutes",
    decisions: "Decisions",
    actionItems: "Action items agreed",
    followUp: "Follow-up of earlier action items",
    description: "Action",
    owner: "Responsible",
    due: "Due",
    itemStatus: "Status",
    agreedAt: "Agreed",
    open: "Open",
    done: "Done",
    dropped: "Dropped",
    overdue: "overdue",
    none: "None.",
  },
  bs: {
    title: "Zapisnik sa sjednice odbora",
    board: "Odbor",
    date: "Datum",
    venue: "Mjesto održavanja",
    place: "Općina",
    organizers: "Organizator",
    ngoConsultation: "Konsultacije s nevladinim organizacijama",
    agenda: "Dnevni red",
    presenter: "izlaže",
    attendance: "Prisustvo",
    person: "Ime i prezime",
    organization: "Organizacija",
    status: "Prisustvo",
    deputy: "Zamjenik/ca",
    present: "Prisutan/na",
    absent: "Odsutan/na",
    represented: "Zastupa zamjenik/ca",
    guest: "Gost",
    minutes: "Zapisnik",
    decisions: "Zaključci",
    actionItems: "Dogovorene aktivnosti",
    followUp: "Praćenje ranije dogovorenih aktivnosti",
    description: "Aktivnost",
    owner: "Nosilac",
    due: "Rok",
    itemStatus: "Status",
    agreedAt: "Dogovoreno",
    open: "Otvoreno",
    done: "Završeno",
    dropped: "Odustalo se",
    overdue: "rok istekao",
    none: "Nema.",
  },
  hr: {
    ngoConsultation: "Konzultacije s nevladinim organizacijama",
    owner: "Nositelj",
  },
  "sr-Latn-BA": {
    place: "Opština",
    ngoConsultation: "Konsultacije sa nevladinim organizacijama",
  },
};
