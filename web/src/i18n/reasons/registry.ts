/**
 * The registry reasons (`common/reasons/registry.ts`) in the readers' languages: `reason.<code>`
 * messages in ICU MessageFormat. Croatian and Serbian give only what differs from Bosnian; Serbian
 * Cyrillic is the Serbian Latin text transliterated.
 */
import type { ReasonCatalogue } from "./index.js";

export const registryReasonMessages: ReasonCatalogue = {
  en: {
    "reason.no_such_person": "This person is not in the register or you cannot see them.",
    "reason.no_such_project": "This project does not exist.",
    "reason.no_such_framework_node": "This element of the results framework does not exist.",
    "reason.not_a_municipality": "Choose a municipality.",
    "reason.own_organization_missing": "Include your own organisation among the organisers.",
    "reason.cannot_remove_organizer": "Only the agency or the organisation itself may remove an organiser.",
    "reason.already_participates": "This person already takes part in the event.",
    "reason.scores_over_maximum": "Test scores need a maximum score that they do not exceed.",
    "reason.person_or_new_person": "Choose a person or register a new one.",
    "reason.person_archived": "This person is archived. Restore the record first to add them.",
    "reason.cannot_move_person": "Only the agency may move a person into another organisation.",
    "reason.duplicate_target_kind": "One target per kind of event.",
    "reason.not_a_currency_code": "Use a three-letter currency code, e.g. BAM, EUR, USD.",
    "reason.cannot_demote_self": "You cannot take away your own administrator access.",
    "reason.organization_required": "Representatives and partners belong to an organisation.",
    "reason.wrong_current_password": "The current password is not correct.",
    "reason.too_many_sign_ins": "Too many failed sign-ins. Wait a few minutes and try again.",
    "reason.cross_site_request":
      "The request did not come from this application's pages. Reload the page and try again.",
    "reason.job_not_failed": "Only a failed job that is still on its queue can be tried again.",
    "reason.merge_same_person": "A person cannot be merged with themselves.",
    "reason.merge_person_archived": "Archived or already merged people cannot be merged.",
    "reason.merge_double_participation":
      "Both people take part in {count, plural, one {# event} other {# of the same events}}. Remove one of the two from each of them first.",
    "reason.merge_shared_event": "Both take part in “{title}”.",
    "reason.person_merged": "This record was merged into another person and can no longer be changed.",
  },
  bs: {
    "reason.no_such_person": "Ova osoba nije u registru ili je ne možete vidjeti.",
    "reason.no_such_project": "Ovaj projekat ne postoji.",
    "reason.no_such_framework_node": "Ovaj element okvira rezultata ne postoji.",
    "reason.not_a_municipality": "Odaberite općinu.",
    "reason.own_organization_missing": "Uključite svoju organizaciju među organizatore.",
    "reason.cannot_remove_organizer": "Organizatora može ukloniti samo agencija ili sama ta organizacija.",
    "reason.already_participates": "Ova osoba već učestvuje u događaju.",
    "reason.scores_over_maximum": "Rezultati testa traže najveći mogući broj bodova koji ne prelaze.",
    "reason.person_or_new_person": "Odaberite osobu ili upišite novu.",
    "reason.person_archived": "Ova osoba je arhivirana. Najprije vratite zapis iz arhive da biste je dodali.",
    "reason.cannot_move_person": "Samo agencija može premjestiti osobu u drugu organizaciju.",
    "reason.duplicate_target_kind": "Jedan cilj po vrsti događaja.",
    "reason.not_a_currency_code": "Upišite troslovnu oznaku valute, npr. BAM, EUR, USD.",
    "reason.cannot_demote_self": "Ne možete sami sebi oduzeti administratorski pristup.",
    "reason.organization_required": "Predstavnici institucija i partneri pripadaju nekoj organizaciji.",
    "reason.wrong_current_password": "Trenutna lozinka nije tačna.",
    "reason.too_many_sign_ins": "Previše neuspjelih prijava. Sačekajte nekoliko minuta i pokušajte ponovo.",
    "reason.cross_site_request":
      "Zahtjev nije došao sa stranica ove aplikacije. Osvježite stranicu i pokušajte ponovo.",
    "reason.job_not_failed": "Ponovo se može pokrenuti samo neuspio posao koji je još u redu čekanja.",
    "reason.merge_same_person": "Osoba se ne može spojiti sama sa sobom.",
    "reason.merge_person_archived": "Arhivirane ili već spojene osobe ne mogu se spajati.",
    "reason.merge_double_participation":
      "Obje osobe učestvuju u {count, plural, one {# istom događaju} few {# ista događaja} other {# istih događaja}}. Najprije uklonite jednu od njih iz svakog od tih događaja.",
    "reason.merge_shared_event": "Obje učestvuju u događaju „{title}”.",
    "reason.person_merged": "Ovaj zapis je spojen s drugom osobom i više se ne može mijenjati.",
  },
  hr: {
    "reason.no_such_project": "Ovaj projekt ne postoji.",
    "reason.already_participates": "Ova osoba već sudjeluje u događaju.",
    "reason.person_archived":
      "Ova je osoba arhivirana. Najprije vratite zapis iz arhive kako biste je dodali.",
    "reason.wrong_current_password": "Trenutačna lozinka nije točna.",
    "reason.too_many_sign_ins": "Previše neuspjelih prijava. Pričekajte nekoliko minuta i pokušajte ponovno.",
    "reason.cross_site_request":
      "Zahtjev nije došao sa stranica ove aplikacije. Osvježite stranicu i pokušajte ponovno.",
    "reason.job_not_failed": "Ponovno se može pokrenuti samo neuspjeli posao koji je još u redu čekanja.",
    "reason.merge_double_participation":
      "Obje osobe sudjeluju u {count, plural, one {# istom događaju} few {# ista događaja} other {# istih događaja}}. Najprije uklonite jednu od njih iz svakog od tih događaja.",
    "reason.merge_shared_event": "Obje sudjeluju u događaju „{title}”.",
    "reason.person_merged": "Ovaj je zapis spojen s drugom osobom i više se ne može mijenjati.",
  },
  "sr-Latn-BA": {
    "reason.no_such_person": "Ova osoba nije u registru ili ne možete da je vidite.",
    "reason.not_a_municipality": "Izaberite opštinu.",
    "reason.cannot_remove_organizer": "Organizatora može da ukloni samo agencija ili sama ta organizacija.",
    "reason.person_or_new_person": "Izaberite osobu ili upišite novu.",
    "reason.person_archived": "Ova osoba je arhivirana. Prvo vratite zapis iz arhive da biste je dodali.",
    "reason.cannot_move_person": "Samo agencija može da premjesti osobu u drugu organizaciju.",
    "reason.cannot_demote_self": "Ne možete sami sebi da oduzmete administratorski pristup.",
    // Without the codes themselves: the Cyrillic catalogue would spell them in Cyrillic.
    "reason.not_a_currency_code":
      "Upišite međunarodnu oznaku valute od tri velika latinična slova (za konvertibilnu marku, evro ili dolar).",
    "reason.merge_same_person": "Osoba ne može da se spoji sama sa sobom.",
    "reason.merge_person_archived": "Arhivirane ili već spojene osobe ne mogu da se spajaju.",
    "reason.merge_double_participation":
      "Obje osobe učestvuju u {count, plural, one {# istom događaju} few {# ista događaja} other {# istih događaja}}. Prvo uklonite jednu od njih iz svakog od tih događaja.",
    "reason.person_merged": "Ovaj zapis je spojen sa drugom osobom i više ne može da se mijenja.",
  },
};
