/**
 * The words of every mail the platform sends: the reporting cycle (report returned, report
 * submitted), an issued certificate, the daily reminder digest and the overdue action items.
 * Values (names of organisations, periods, plans, trainings; dates) come in as arguments, so that
 * Serbian Cyrillic writes them in its script too. Addresses, certificate numbers and quoted
 * comments stay outside the messages: they are shown as they are.
 */
import type { Catalogue } from "../catalogue.js";

export type MailMessages = {
  signature: string;
  automatic: string;
  openLink: string;

  returnedSubject: (period: string) => string;
  returnedBody: (organization: string, period: string) => string;
  returnedComment: string;
  returnedAction: string;

  submittedSubject: (period: string) => string;
  submittedBody: (organization: string, period: string) => string;
  submittedAction: string;

  certificateSubject: (training: string) => string;
  certificateBody: (name: string, training: string, dates: string) => string;
  certificateNumber: string;
  certificateVerify: string;
  certificateVerifyOffline: string;

  digestSubject: string;
  digestIntro: (date: string) => string;
  digestOverdue: string;
  digestReturned: string;
  digestDue: string;
  digestToReview: string;
  digestSince: (date: string) => string;
  digestNote: string;
  digestAll: string;
  digestOptOut: string;

  overdueSubject: string;
  overdueIntro: (organization: string) => string;
  overdueDue: (date: string) => string;
  overdueAgreed: (meeting: string, date: string) => string;
  overdueAction: string;
  overdueAll: string;
};

export const mailMessages: Catalogue<MailMessages> = {
  en: {
    signature: "The monitoring platform of the 1325 Action Plan in Bosnia and Herzegovina",
    automatic: "This message was sent automatically; please do not reply to it.",
    openLink: "Open",

    returnedSubject: (period) => `Your report for ${period} was returned`,
    returnedBody: (organization, period) =>
      `The report of ${organization} for ${period} was returned for correction.`,
    returnedComment: "Comment:",
    returnedAction: "Please correct it and submit it again.",

    submittedSubject: (period) => `A report for ${period} is waiting for review`,
    submittedBody: (organization, period) => `${organization} submitted its report for ${period}.`,
    submittedAction: "Please approve it or return it with a comment.",

    certificateSubject: (training) => `Your certificate for ${training}`,
    certificateBody: (name, training, dates) =>
      `A certificate has been issued to ${name} for completing the training ${training} (${dates}).`,
    certificateNumber: "Certificate number:",
    certificateVerify: "Anyone can check that it is genuine at:",
    certificateVerifyOffline: "Anyone can check that it is genuine by its number on the platform.",

    digestSubject: "Reports that need your attention",
    digestIntro: (date) => `This is what needs doing as of ${date}:`,
    digestOverdue: "Overdue",
    digestReturned: "Returned for correction",
    digestDue: "Due",
    digestToReview: "Waiting for your review",
    digestSince: (date) => `since ${date}`,
    digestNote: "Comment:",
    digestAll: "Everything that needs doing is on your start page:",
    digestOptOut:
      "You get this message at most once a day. You can turn reminder mails off on your account page.",

    overdueSubject: "Overdue action items of the Coordination Board",
    overdueIntro: (organization) =>
      `These action items of ${organization} are still open, and their due date has passed:`,
    overdueDue: (date) => `due ${date}`,
    overdueAgreed: (meeting, date) => `agreed at ${meeting} on ${date}`,
    overdueAction: "Please mark them done, or agree on a new due date.",
    overdueAll: "All overdue action items of your organisation:",
  },
  bs: {
    signature: "Platforma za praćenje Akcionog plana 1325 u Bosni i Hercegovini",
    automatic: "Ova poruka je poslana automatski; molimo ne odgovarajte na nju.",
    openLink: "Otvori",

    returnedSubject: (period) => `Vaš izvještaj za ${period} je vraćen`,
    returnedBody: (organization, period) =>
      `Izvještaj organizacije ${organization} za ${period} vraćen je na doradu.`,
    returnedComment: "Komentar:",
    returnedAction: "Molimo ispravite ga i ponovo pošaljite.",

    submittedSubject: (period) => `Izvještaj za ${period} čeka pregled`,
    submittedBody: (organization, period) =>
      `Organizacija ${organization} je poslala izvještaj za ${period}.`,
    submittedAction: "Molimo odobrite ga ili ga vratite uz komentar.",

    certificateSubject: (training) => `Vaš certifikat za obuku ${training}`,
    certificateBody: (name, training, dates) =>
      `Izdat je certifikat na ime ${name} za završenu obuku ${training} (${dates}).`,
    certificateNumber: "Broj certifikata:",
    certificateVerify: "Vjerodostojnost certifikata svako može provjeriti na:",
    certificateVerifyOffline:
      "Vjerodostojnost certifikata svako može provjeriti po njegovom broju na platformi.",

    digestSubject: "Izvještaji koji traže vašu pažnju",
    digestIntro: (date) => `Ovo je ono što treba uraditi na dan ${date}:`,
    digestOverdue: "Kasni",
    digestReturned: "Vraćeno na doradu",
    digestDue: "Rok teče",
    digestToReview: "Čeka vaš pregled",
    digestSince: (date) => `od ${date}`,
    digestNote: "Komentar:",
    digestAll: "Sve što treba uraditi nalazi se na vašoj početnoj stranici:",
    digestOptOut:
      "Ovu poruku dobijate najviše jednom dnevno. Podsjetnike e-poštom možete isključiti na stranici svog računa.",

    overdueSubject: "Zadaci Koordinacionog odbora kojima je istekao rok",
    overdueIntro: (organization) =>
      `Ovi zadaci organizacije ${organization} još su otvoreni, a rok im je istekao:`,
    overdueDue: (date) => `rok ${date}`,
    overdueAgreed: (meeting, date) => `dogovoreno: ${meeting}, ${date}`,
    overdueAction: "Molimo označite ih kao završene ili dogovorite novi rok.",
    overdueAll: "Svi zadaci vaše organizacije kojima je istekao rok:",
  },
  hr: {
    signature: "Platforma za praćenje Akcijskog plana 1325 u Bosni i Hercegovini",
    automatic: "Ova je poruka poslana automatski; molimo ne odgovarajte na nju.",
    returnedSubject: (period) => `Vaše izvješće za ${period} je vraćeno`,
    returnedBody: (organization, period) =>
      `Izvješće organizacije ${organization} za ${period} vraćeno je na doradu.`,
    returnedAction: "Molimo ispravite ga i ponovno pošaljite.",
    submittedSubject: (period) => `Izvješće za ${period} čeka pregled`,
    submittedBody: (organization, period) => `Organizacija ${organization} poslala je izvješće za ${period}.`,
    submittedAction: "Molimo odobrite ga ili ga vratite s komentarom.",
    certificateSubject: (training) => `Vaš certifikat za izobrazbu ${training}`,
    certificateBody: (name, training, dates) =>
      `Izdan je certifikat na ime ${name} za završenu izobrazbu ${training} (${dates}).`,
    digestSubject: "Izvješća koja traže vašu pažnju",
    digestIntro: (date) => `Ovo je ono što treba učiniti na dan ${date}:`,
    digestAll: "Sve što treba učiniti nalazi se na vašoj početnoj stranici:",
    digestOptOut:
      "Ovu poruku dobivate najviše jednom dnevno. Podsjetnike e-poštom možete isključiti na stranici svojeg računa.",
    overdueSubject: "Zadaci Koordinacijskog odbora kojima je istekao rok",
  },
  "sr-Latn-BA": {
    automatic: "Ova poruka je poslata automatski; molimo ne odgovarajte na nju.",
    certificateSubject: (training) => `Vaš sertifikat za obuku ${training}`,
    certificateBody: (name, training, dates) =>
      `Izdat je sertifikat na ime ${name} za završenu obuku ${training} (${dates}).`,
    certificateNumber: "Broj sertifikata:",
    certificateVerify: "Vjerodostojnost sertifikata svako može da provjeri na:",
    certificateVerifyOffline:
      "Vjerodostojnost sertifikata svako može da provjeri po njegovom broju na platformi.",
    digestOptOut:
      "Ovu poruku dobijate najviše jednom dnevno. Podsjetnike putem e-pošte možete da isključite na stranici svog naloga.",
  },
};
