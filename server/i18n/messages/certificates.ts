/** The labels of a certificate's printed page. */
import type { Catalogue } from "../catalogue.js";

export type CertificateMessages = {
  title: string;
  certifies: string;
  completed: string;
  dates: string;
  place: string;
  organizers: string;
  number: string;
  verify: string;
};

export const certificateMessages: Catalogue<CertificateMessages> = {
  en: {
    title: "Certificate",
    certifies: "This is to certify that",
    completed: "has completed the training",
    dates: "Dates",
    place: "Place",
    organizers: "Organised by",
    number: "Certificate number",
    verify: "Check this certificate at",
  },
  bs: {
    title: "Certifikat",
    certifies: "Ovim se potvrđuje da je",
    completed: "uspješno završio/la obuku",
    dates: "Datum",
    place: "Mjesto",
    organizers: "Organizator",
    number: "Broj certifikata",
    verify: "Vjerodostojnost certifikata provjerite na",
  },
  hr: { completed: "uspješno završio/la izobrazbu" },
};
