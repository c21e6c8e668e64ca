import type { Messages } from "./en.js";

/** Hrvatski: only what differs from Bosnian; the rest falls back to bs. */
export const hr: Partial<Messages> = {
  "app.tagline": "Akcijski plan za žene, mir i sigurnost",
  "login.intro": "Planiranje, provedba i praćenje akcijskog plana za Rezoluciju 1325 Vijeća sigurnosti UN-a.",
  "login.wrongCredentials": "E-mail ili lozinka nisu točni.",
  "login.sessionExpired": "Vaša je sesija istekla. Molimo prijavite se ponovno.",

  "error.FORBIDDEN": "Nemate dopuštenje za ovu radnju.",
  "error.RATE_LIMITED": "Previše pokušaja. Pričekajte nekoliko minuta i pokušajte ponovno.",
  "error.INTERNAL": "Došlo je do pogreške na poslužitelju. Pokušajte ponovno.",
  "error.NETWORK": "Poslužitelj nije dostupan. Provjerite vezu i pokušajte ponovno.",

  "validation.min": "Najmanja dopuštena vrijednost je {min}",
  "validation.max": "Najveća dopuštena vrijednost je {max}",

  "common.save": "Spremi",
  "calendar.nextMonth": "Sljedeći mjesec",
  "calendar.nextDecade": "Sljedeće desetljeće",
  "calendar.previousDecade": "Prethodno desetljeće",
  "common.delete": "Izbriši",
  "common.back": "Natrag",
  "common.search": "Pretraživanje",
  "common.noResultsHint": "Pokušajte s drugim pojmom ili uklonite filtre.",
  "common.saved": "Spremljeno",
  "common.created": "Stvoreno",
  "common.deleted": "Izbrisano",
  "common.retry": "Pokušaj ponovno",
  "common.createdAt": "Stvoreno",
  "common.period": "Razdoblje",
  "common.demoDataExplanation":
    "Osobe i prisutnost prikazani ovdje su izmišljeni. Služe samo da pokažu kako platforma radi.",

  "eventKind.board_meeting": "Sjednica Koordinacijskog odbora",

  "role.viewer": "Promatrač",
  "participationRole.participant": "Sudionik",
  "participationRole.co_trainer": "Sutrener",
  "participationRole.observer": "Promatrač",

  "level.international": "Međunarodna",
  "level.state": "Državna",
  "level.entity": "Entitetska",
  "level.canton": "Kantonalna",
  "level.municipality": "Općinska",

  "sector.defence": "Obrana",
  "sector.gender_mechanism": "Mehanizam za ravnopravnost spolova",
  "sector.local_government": "Lokalna samouprava",

  "dashboard.project": "Projekt",
  "dashboard.noProject":
    "Još nema projekata. Stvorite projekt s ciljanim rezultatima kako biste ga ovdje pratili.",
  "dashboard.noOutputs": "Ovaj projekt nema ciljanih rezultata.",
  "dashboard.participations": "Sudjelovanja",
  "dashboard.byLevel": "Po razini",

  "events.project": "Projekt",
  "events.noProject": "Bez projekta",
  "events.frameworkNodes": "Rezultati akcijskog plana",
  "events.frameworkNodesHint":
    "Rezultati iz plana odabranog projekta ili iz svih planova ako projekt nije odabran.",
  "events.attendance": "Prisutnost",
  "events.participants": "Sudionici",
  "events.addParticipant": "Dodaj sudionika",
  "events.noParticipants": "Još nema sudionika.",

  "participation.attended": "Prisutan/na",
  "participation.editTitle": "Uredi sudionika: {name}",
  "participation.removeBody": "Osoba ostaje u registru; uklanja se samo ovo sudjelovanje.",
  "participation.added": "Sudionik je dodan",
  "participation.removed": "Sudionik je uklonjen",

  "people.position": "Radno mjesto",
  "people.personalData": "Osobni podaci",
  "people.hasConsented": "Dana privola",
  "people.consentedOn": "Datum privole",

  "organizations.level": "Razina",

  "plans.tierNames": "Nazivi razina",
  "plans.tierName": "Razina {level}",
  "plans.addTier": "Dodaj razinu",
  "plans.removeTier": "Ukloni naziv razine {level}",

  "framework.lead": "Nositelj",
  "framework.delete": "Izbriši {code}",
  "framework.deleteTitle": "Izbrisati {code} „{title}”?",
  "framework.moveUp": "Pomakni {code} gore",
  "framework.moveDown": "Pomakni {code} dolje",

  "projects.new": "Novi projekt",
  "projects.editTitle": "Uredi projekt",
  "projects.implementers": "Provoditelji",
  "projects.budget": "Proračun",
  "projects.frameworkNodes": "Povezani rezultati akcijskog plana",

  "users.passwordHint": "Nije obavezno. Ako ostane prazno, lozinka se generira.",
  "users.generate": "Generiraj lozinku",

  "audit.actor": "Izvršitelj",
  "audit.system": "Sustav",

  "account.currentPassword": "Trenutačna lozinka",
  "validation.currentPassword": "Trenutačna lozinka nije točna",
  "account.passwordChanged": "Vaša je lozinka promijenjena.",
};
