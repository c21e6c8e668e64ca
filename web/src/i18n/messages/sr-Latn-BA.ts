import type { Messages } from "./en.js";

/** Srpski (latinica, ijekavica): only what differs from Bosnian; the rest falls back to bs. */
export const srLatn: Partial<Messages> = {
  "app.tagline": "Akcioni plan za žene, mir i bezbjednost",
  "login.intro":
    "Planiranje, sprovođenje i praćenje akcionog plana za Rezoluciju 1325 Savjeta bezbjednosti UN-a.",

  "error.CONFLICT": "Ovo je u sukobu sa postojećim zapisom.",

  "validation.chooseAtLeast":
    "Izaberite najmanje {min, plural, one {# stavku} few {# stavke} other {# stavki}}",
  "validation.tooMany": "Izaberite najviše {max, plural, one {# stavku} few {# stavke} other {# stavki}}",
  "validation.choosePerson": "Izaberite osobu ili upišite novu",

  "common.choose": "Izaberite…",
  "calendar.monthLevel": "Izaberite mjesec",
  "calendar.yearLevel": "Izaberite godinu",
  "common.municipality": "Opština",
  "common.noResultsHint": "Pokušajte sa drugim pojmom ili uklonite filtere.",

  "level.municipality": "Opštinski",
  "sector.gender_mechanism": "Rodni mehanizam",

  "dashboard.noProject":
    "Još nema projekata. Kreirajte projekat sa ciljanim rezultatima da biste ga ovdje pratili.",
  "events.frameworkNodesHint":
    "Rezultati iz plana izabranog projekta, ili iz svih planova ako projekat nije izabran.",

  "people.sex": "Pol",
  "participation.removeTitle": "Ukloniti osobu {name} sa ovog događaja?",
};
