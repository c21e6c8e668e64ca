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

  "common.cancel": "Otkaži",
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
  "participation.added": "Učesnik je dodat",

  "plans.copyHint":
    "Novi plan počinje kao nacrt sa okvirom rezultata i indikatorima ovog plana. Izvještajni periodi i ciljevi postavljaju se iznova.",

  "users.passwordBody": "Predajte ovu lozinku korisniku na bezbjedan način. Prikazuje se samo jednom.",

  "validation.sexRequired": "Indikator koji broji osobe razvrstava se po polu: uključite skup „Pol”",
  "validation.formulaSame": "Brojilac i imenilac moraju biti dva različita indikatora",

  "indicatorUnit.percent": "Procenat",
  "indicatorUnit.ratio": "Odnos",

  "periods.generated":
    "{count, plural, =0 {Nijedan period nije dodat: plan je već pokriven} one {Dodat # period} few {Dodata # perioda} other {Dodato # perioda}}",
  "periods.deleteBody": "Period se uklanja. Period sa ciljevima indikatora ne može se obrisati.",

  "indicators.sexHint": "Broj osoba uvijek se razvrstava po polu, pa je skup „Pol” uključen.",
  "indicators.meansOfVerificationHint": "Odakle potiču podaci: dokument, izvještaj ili registar, sa datumom.",
  "indicators.formulaHint":
    "Vrijednost je brojilac podijeljen imeniocem (× 100 za procenat) i nikad se ne upisuje.",
  "indicators.numerator": "Brojilac",
  "indicators.denominator": "Imenilac",
  "indicators.changeReasonHint":
    "Potreban kada mijenjate ono što indikator mjeri (jedinicu, smjer, početnu vrijednost, krajnji cilj, formulu, razvrstavanje, izvor iz aktivnosti, mjesto u okviru) nakon što su vrijednosti prijavljene; čuva se u istoriji.",
  "indicators.sourceActivitiesHint":
    "Broji se iz događaja izabranih vrsta koji su povezani sa čvorom okvira ovog indikatora i održani u periodu.",

  "assessments.empty": "Plan nema aktivnost sa nosiocem.",

  "evidence.added": "Dodato",
  "evidence.chooseFile": "Izaberite datoteku",

  "submission.commentAdded": "Komentar je dodat",

  "progressStatus.on_track": "U skladu sa planom",

  "indicatorHistory.title": "Izvori i istorija",
};
