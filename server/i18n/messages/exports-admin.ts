/** The words of the list exports of administration (users, the audit log): sheet names and column headers. */
import type { Catalogue } from "../catalogue.js";
import type { HeaderWords } from "./exports.js";

export const userHeaders: Catalogue<
  HeaderWords<
    "displayName" | "email" | "role" | "organization" | "locale" | "active" | "lastLogin" | "createdAt"
  >
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

export const auditHeaders: Catalogue<
  HeaderWords<"at" | "actor" | "action" | "entityType" | "entityId" | "reason">
> = {
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
