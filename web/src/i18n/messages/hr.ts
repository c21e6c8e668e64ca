import type { Messages } from "./en.js";

/** Hrvatski: only what differs from Bosnian; the rest falls back to bs. */
export const hr: Partial<Messages> = {
  "app.tagline": "Akcijski plan za žene, mir i sigurnost",
  "login.intro": "Planiranje, provedba i praćenje akcijskog plana za Rezoluciju 1325 Vijeća sigurnosti UN-a.",
  "login.wrongCredentials": "E-mail ili lozinka nisu točni.",
  "login.sessionExpired": "Vaša je sesija istekla. Molimo prijavite se ponovno.",

  "error.FORBIDDEN": "Nemate dopuštenje za ovu radnju.",
  "error.TOO_LARGE": "Datoteka je veća od dopuštene.",
  "error.RATE_LIMITED": "Previše pokušaja. Pričekajte nekoliko minuta i pokušajte ponovno.",
  "error.INTERNAL": "Došlo je do pogreške na poslužitelju. Pokušajte ponovno.",
  "error.NETWORK": "Poslužitelj nije dostupan. Provjerite vezu i pokušajte ponovno.",

  "validation.min": "Najmanja dopuštena vrijednost je {min}",
  "validation.max": "Najveća dopuštena vrijednost je {max}",

  "common.save": "Spremi",
  "reminders.title": "Što treba učiniti",
  "calendar.nextDecade": "Sljedeće desetljeće",
  "calendar.previousDecade": "Prethodno desetljeće",
  "common.delete": "Izbriši",
  "common.back": "Natrag",
  "common.search": "Pretraživanje",
  "common.archivedAlert": "Ovaj je zapis arhiviran. Ne prikazuje se na popisima dok se ne vrati iz arhive.",
  "common.noResultsHint": "Pokušajte s drugim pojmom ili uklonite filtre.",
  "common.saved": "Spremljeno",
  "common.created": "Stvoreno",
  "common.deleted": "Izbrisano",
  "common.retry": "Pokušaj ponovno",
  "common.createdAt": "Stvoreno",
  "common.updatedAt": "Posljednja promjena",
  "common.period": "Razdoblje",
  "common.typeToSearch": "Upišite za pretraživanje",
  "common.confirmArchiveBody":
    "Zapis se više neće prikazivati na popisima, ali ostaje spremljen i može se vratiti.",
  "common.demoDataExplanation":
    "Osobe i prisutnost prikazani ovdje su izmišljeni. Služe samo da pokažu kako platforma radi.",
  "common.details": "Pojedinosti",

  "eventKind.board_meeting": "Sjednica Koordinacijskog odbora",
  "eventKind.training_of_trainers": "Osposobljavanje trenera",
  "eventKind.public_presentation": "Javno predstavljanje",

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
  "dashboard.noAttendance": "Na održanim događajima ovog projekta još nema evidentirane prisutnosti.",
  "dashboard.byLevel": "Po razini",

  "events.project": "Projekt",
  "events.frameworkNodes": "Rezultati akcijskog plana",
  "events.frameworkNodesHint":
    "Rezultati iz plana odabranog projekta ili iz svih planova ako projekt nije odabran.",
  "events.attendance": "Prisutnost",
  "events.participants": "Sudionici",
  "events.addParticipant": "Dodaj sudionika",
  "events.noParticipants": "Još nema sudionika.",

  "participation.attended": "Prisutan/na",
  "participation.personHint": "Upišite barem dva slova imena za pretraživanje registra.",
  "participation.editTitle": "Uredi sudionika: {name}",
  "participation.removeBody": "Osoba ostaje u registru; uklanja se samo ovo sudjelovanje.",
  "participation.added": "Sudionik je dodan",
  "participation.removed": "Sudionik je uklonjen",

  "people.position": "Radno mjesto",
  "people.personalData": "Osobni podaci",
  "people.hasConsented": "Dana privola",
  "people.consentedOn": "Datum privole",
  "people.mergedInto": "Ovaj je zapis spojen s drugom osobom: {name}.",
  "people.duplicates.title": "Vjerojatni duplikati",
  "people.duplicates.hint":
    "Osobe istog imena i prezimena — u bilo kojem pismu, s dijakriticima ili bez njih — koje dijele organizaciju ili godinu rođenja, ili od kojih jedna nema organizaciju.",
  "people.duplicates.other": "Vjerojatni duplikat",
  "people.duplicates.none": "Nisu pronađeni vjerojatni duplikati.",
  "people.duplicates.participations":
    "{count, plural, one {# sudjelovanje} few {# sudjelovanja} other {# sudjelovanja}}",
  "people.merge.intro":
    "Sve što je evidentirano za drugi zapis — sudjelovanja, dani prisutnosti, rezultati testova, certifikati, članstva i sjednice odbora, korisnički račun — prelazi na zadržani zapis. Drugi zapis ostaje arhiviran i upućuje na zadržani.",
  "people.merge.fieldsHint":
    "Za svako polje odaberite vrijednost koju će imati zadržani zapis. Prazna polja zadržanoga zapisa preuzimaju vrijednost drugoga zapisa, osim ako odaberete drukčije.",
  "people.merge.consent": "Privola",
  "people.merge.consentOn": "Dana {date}",
  "people.merge.consentGiven": "Dana",
  "people.merge.confirmBody":
    "Ovo se ne može poništiti. Sve što je evidentirano za zapis {name} prelazi na zadržani zapis, koji dobiva odabrane vrijednosti; {name} ostaje samo kao arhivirani zapis koji upućuje na zadržani.",
  "people.merge.blocked": "Oba zapisa sudjeluju u ovim događajima",
  "people.merge.blockedHint":
    "Uklonite jedan od ta dva zapisa iz svakoga od ovih događaja, a zatim ih ponovno spojite.",

  "organizations.shortName": "Kratica",
  "organizations.level": "Razina",

  "plans.shortTitle": "Kratica",
  "plans.tierNames": "Nazivi razina",
  "plans.tierName": "Razina {level}",
  "plans.addTier": "Dodaj razinu",
  "plans.removeTier": "Ukloni naziv razine {level}",
  "plans.copyHint":
    "Novi plan počinje kao nacrt s okvirom rezultata i indikatorima ovog plana. Izvještajna razdoblja i ciljevi postavljaju se iznova.",

  "framework.lead": "Nositelj",
  "framework.delete": "Izbriši {code}",
  "framework.deleteTitle": "Izbrisati {code} „{title}”?",
  "framework.moveUp": "Pomakni {code} gore",
  "framework.moveDown": "Pomakni {code} dolje",
  "framework.status": "Status provedbe",
  "framework.budgetAmount": "Proračun",
  "framework.fundingSource": "Izvor financiranja",
  "framework.pillars": "Stupovi Rezolucije 1325",
  "actionStatus.in_progress": "U tijeku",
  "fundingSource.government": "Vlada (proračun)",
  "pillar.participation": "Sudjelovanje",

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
  "reason.too_short":
    "Lozinka treba imati najmanje {min, plural, one {# znak} few {# znaka} other {# znakova}}",
  "reason.common_password": "Ovo je jedna od najčešćih lozinki. Odaberite lozinku koju je teže pogoditi.",
  "reason.contains_email": "Lozinka ne smije sadržavati adresu e-pošte (dio prije @).",
  "reason.contains_name": "Lozinka ne smije sadržavati dio imena.",
  "reason.unsafe_text":
    "Tekst sadrži znak koji se ne može spremiti (NUL ili oštećen znak). Upišite ga ponovno.",
  "reason.too_many_columns":
    "Datoteka ima više od {max} stupaca. Ostavite samo stupce popisa i pokušajte ponovno.",
  "reason.header_too_long":
    "Naslov stupca {column} dulji je od {max} znakova. Skratite ga i pokušajte ponovno.",
  "reason.malformed_upload": "Datoteka nije stigla cijela. Odaberite je ponovno i ponovno je pošaljite.",
  "account.passwordChanged": "Vaša je lozinka promijenjena.",
  "account.reminderMailsHint":
    "Najviše jedna poruka dnevno: izvješća vaše organizacije kojima teče ili je istekao rok ili su vraćena, izvješća koja čekaju vaš pregled i zadaci vaše organizacije kojima je istekao rok. Poruke o promjenama vaših izvješća i o certifikatima stižu uvijek.",

  "activityMeasure.participations": "Sudjelovanja",

  "periods.title": "Izvještajna razdoblja",
  "periods.empty": "Ovaj plan još nema izvještajnih razdoblja.",
  "periods.generate": "Generiraj godišnja razdoblja",
  "periods.generateTitle": "Generiraj godišnja izvještajna razdoblja",
  "periods.generateHint":
    "Dodaju se godišnja razdoblja koja pokrivaju cijeli plan, od ovog dana u godini; postojeća razdoblja ostaju.",
  "periods.generated":
    "{count, plural, =0 {Nijedno razdoblje nije dodano: plan je već pokriven} one {Dodano # razdoblje} few {Dodana # razdoblja} other {Dodano # razdoblja}}",
  "periods.add": "Dodaj razdoblje",
  "periods.newTitle": "Novo izvještajno razdoblje",
  "periods.editTitle": "Uredi razdoblje {name}",
  "periods.name": "Naziv razdoblja",
  "periods.edit": "Uredi razdoblje {name}",
  "periods.delete": "Izbriši razdoblje {name}",
  "periods.deleteTitle": "Izbrisati razdoblje „{name}”?",
  "periods.deleteBody": "Razdoblje se uklanja. Razdoblje s ciljevima indikatora ne može se izbrisati.",
  "periods.reopen": "Ponovno otvori {name}",
  "periods.reopenShort": "Otvori ponovno",
  "periods.closed": "Razdoblje je zatvoreno",
  "periods.reopened": "Razdoblje je ponovno otvoreno",

  "indicators.targets": "Ciljevi po razdobljima",
  "indicators.noTargets": "Ciljevi po razdobljima nisu postavljeni.",
  "indicators.noPeriods":
    "Plan još nema izvještajnih razdoblja; dodajte ih na stranici plana kako biste postavili ciljeve po razdobljima.",
  "indicators.period": "Razdoblje",
  "indicators.meansOfVerificationHint": "Odakle potječu podaci: dokument, izvješće ili registar, s datumom.",
  "indicators.roles": "Uloge sudionika",
  "indicatorHistory.title": "Izvori i povijest",
  "indicatorHistory.report": "Izvješće",
  "indicatorHistory.changes": "Promjene definicije",
  "indicatorHistory.noChanges": "Nema zabilježenih promjena otkako je indikator učitan.",
  "indicatorHistory.changed": "promijenjeno: {fields}",
  "indicatorHistory.action.create": "indikator stvoren",
  "indicators.changeReason": "Razlog promjene",
  "indicators.changeReasonHint":
    "Potreban kada mijenjate ono što indikator mjeri (jedinicu, smjer, početnu vrijednost, krajnji cilj, formulu, razvrstavanje, izvor iz aktivnosti, mjesto u okviru) nakon što su vrijednosti prijavljene; čuva se u povijesti.",
  "indicators.attendedOnlyHint": "Broje se samo sudjelovanja označena kao prisutnost.",
  "indicators.measureHint":
    "Različite osobe broje svaku osobu jednom; sudjelovanja broje svaku prisutnost; održani događaji broje događaje.",
  "indicators.sourceReported": "Izvješćuju organizacije",
  "indicators.sourceReportedHint": "Odgovorne organizacije unose vrijednosti u svoja izvješća.",
  "indicators.sourceActivities": "Računa se iz događaja i prisutnosti",
  "indicators.sourceActivitiesHint":
    "Broji se iz događaja odabranih vrsta koji su povezani s čvorom okvira ovog indikatora i održani u razdoblju.",

  "categorySets.intro":
    "Razvrstavanja se definiraju jednom i koriste u više indikatora. Sustavni skupovi dolaze sa svakom instalacijom i ne mogu se mijenjati.",
  "categorySets.system": "Sustavni",
  "categorySets.moveUp": "Pomakni kategoriju {index} gore",
  "categorySets.moveDown": "Pomakni kategoriju {index} dolje",
  "categorySets.delete": "Izbriši skup kategorija {name}",
  "categorySets.deleteTitle": "Izbrisati skup kategorija „{name}”?",
  "categorySets.deleteBody": "Skup se uklanja. Skup koji koriste indikatori ne može se izbrisati.",

  "periods.reports": "Izvješća",

  "submissionStatus.submitted": "Predano",
  "submissionStatus.returned": "Vraćeno",
  "submissionStatus.approved": "Odobreno",
  "submissionStatus.not_started": "Nije započeto",
  "actionReportStatus.in_progress": "U tijeku",

  "reports.title": "Izvješća za {name}",
  "reports.start": "Započni izvješće",
  "reports.startFor": "Započni izvješće za {name}",
  "reports.startOwn": "Započni naše izvješće",
  "reports.started": "Izvješće je započeto",
  "reports.empty": "Nijedna organizacija ne izvješćuje o indikatoru ili aktivnosti ovog plana.",
  "reports.actionsReported": "Izvješća o aktivnostima",
  "assessments.action": "Aktivnost i nositelj",
  "assessments.empty": "Plan nema aktivnost s nositeljem.",
  "assessments.save": "Spremi procjenu",
  "assessments.saved": "Procjena je spremljena",

  "evidence.wholeReport": "Cijelo izvješće",
  "evidence.description": "Što datoteka pokazuje (nije obavezno)",
  "evidence.upload": "Prenesi",
  "evidence.limits":
    "Prihvaćaju se: {kinds}; do {max} MB po datoteci, najviše {files} datoteka po izvješću. Datoteke se pohranjuju izvan baze podataka i dostupne su samo onima koji smiju čitati ovo izvješće.",
  "evidence.full": "Ovo izvješće već ima {files} datoteka, koliko najviše može imati.",
  "evidence.wrongKind": "Ova se vrsta datoteke ne prihvaća. Koristite jednu od: {kinds}.",
  "evidence.delete": "Izbriši {name}",
  "evidence.deleteTitle": "Izbrisati ovu datoteku?",
  "evidence.deleteBody": "{name} bit će uklonjena iz izvješća. Brisanje se bilježi u evidenciji promjena.",

  "submission.noIndicators": "Ova organizacija ne izvješćuje ni o jednom indikatoru plana.",
  "submission.saveValues": "Spremi vrijednosti",
  "submission.valuesSaved": "Vrijednosti su spremljene",
  "submission.nothingToSave": "Još nema vrijednosti za spremanje",
  "submission.saveActions": "Spremi izvješća o aktivnostima",
  "submission.actionsSaved": "Izvješća o aktivnostima su spremljena",
  "submission.returnTitle": "Vrati izvješće",
  "submission.returnComment": "Što treba ispraviti",
  "submission.unlockTitle": "Otključaj izvješće",
  "submission.submittedDone": "Izvješće je predano",
  "submission.returnedDone": "Izvješće je vraćeno",
  "submission.approvedDone": "Izvješće je odobreno",
  "submission.unlockedDone": "Izvješće je otključano",
  "submission.submittedNotice": "Predano {date}. Čeka pregled; ponovno se može mijenjati kad bude vraćeno.",
  "submission.returnedNotice":
    "Izvješće je vraćeno: pogledajte komentare, ispravite ga i ponovno ga predajte.",
  "submission.periodClosed": "Izvještajno razdoblje je zatvoreno; izvješće se ne može mijenjati.",

  "progress.period": "Izvještajno razdoblje",
  "progress.inPeriod": "Izvještajno razdoblje: {period}",
  "progress.noPeriods": "Ovaj plan još nema izvještajnih razdoblja.",
  "progress.downloadXlsx": "Preuzmi tablicu",
  "progress.pathNote":
    "(putanja): za ovo razdoblje nije postavljen cilj; očekivana vrijednost leži na pravoj liniji od početne vrijednosti do krajnjeg cilja na kraju plana.",
  "progressSource.reported": "Iz izvješća",
  "progressSource.activity": "Izbrojeno iz aktivnosti",
  "progress.cumulativePeople": "Kumulativno od prvog razdoblja plana; svaka se osoba broji jednom",
  "progress.cumulativeSum": "Kumulativno: zbroj svih razdoblja do sada",

  "nav.boards": "Koordinacijski odbori",

  "boards.title": "Koordinacijski odbori",
  "boards.plan": "Akcijski plan",
  "boards.planFixed": "Odbor ostaje vezan uz plan za koji je stvoren.",
  "boards.currentMembers": "Trenutačni članovi",
  "boards.ngoConsultationsPerYear": "Konzultacije s NVO godišnje",
  "boards.ngoConsultationsHint":
    "Koliko se sjednica godišnje odbor obavezuje održati kao konzultacije s nevladinim organizacijama. Ostavite prazno ako takve obaveze nema.",
  "boards.archiveBody":
    "Odbor se više neće prikazivati na popisima, ali ostaje spremljen zajedno s članovima, sjednicama i zaduženjima.",
  "boards.ngoConsultations": "Konzultacije s nevladinim organizacijama",
  "boards.noConsultations": "Još nema evidentiranih konzultacija s NVO.",
  "boards.composition": "Trenutačni sastav",
  "boards.byLevel": "Članovi prema razini organizacije",
  "boards.level": "Razina",
  "boards.noMembers": "Trenutačno nitko nije član odbora.",
  "boards.endMembershipBody": "Članstvo se završava na dan upisan ispod i prelazi u povijest odbora.",
  "boards.deleteMembership": "Izbriši članstvo: {name}",
  "boards.deleteMembershipBody":
    "Brišite samo članstvo uneseno pogreškom. Ako je osoba napustila odbor, okončajte članstvo – tako ostaje zabilježeno u povijesti.",
  "boardRole.chair": "Predsjedatelj/ica",
  "boardRole.observer": "Promatrač/ica",
  "actionItems.node": "Povezani rezultat akcijskog plana",
  "actionItems.noteHint": "Što je učinjeno ili gdje se to može pronaći.",
  "actionItems.reopen": "Ponovno otvori",
  "actionItems.reopenFor": "Ponovno otvori: {title}",
  "actionItems.reopened": "Zaduženje je ponovno otvoreno",

  "meeting.saved": "Evidencija sjednice je spremljena",
  "meeting.noRecordStaff":
    "Sjednica još nije evidentirana. Evidentirajte je kako biste dodali dnevni red, prisutnost, zapisnik, zaključke i zaduženja.",
  "meeting.isNgoConsultation": "Konzultacije s nevladinim organizacijama",
  "meeting.isNgoConsultationHint": "Sjednica se računa u godišnje konzultacije odbora s NVO.",
  "meeting.ngoConsultation": "Konzultacije s NVO",
  "meeting.noAgenda": "Nema točaka dnevnog reda.",
  "meeting.agendaTitle": "Točka dnevnog reda {index}",
  "meeting.node": "Povezani rezultat akcijskog plana",
  "meeting.addAgendaItem": "Dodaj točku dnevnog reda",
  "meeting.removeAgendaItem": "Ukloni točku dnevnog reda {index}",
  "meeting.moveUp": "Pomakni točku {title} gore",
  "meeting.moveDown": "Pomakni točku {title} dolje",
  "meeting.attendance": "Prisutnost",
  "meeting.noAttendance": "Prisutnost nije evidentirana.",
  "meeting.attendanceKindColumn": "Prisutnost",
  "meeting.attendanceKind": "Prisutnost osobe {index}",
  "meeting.addCurrentMembers": "Dodaj sve trenutačne članove kao prisutne",
  "meeting.minutesHint":
    "Zadržava se jednostavan HTML: odlomci, prijelomi retka, podebljani, kurzivni i podcrtani tekst, popisi, naslovi, citati i poveznice. Sve ostalo uklanja se pri spremanju.",

  "coverage.measure.participants": "Sudionici",
  "coverage.entityCanton": "Entitet / županija",
  "municipality.participations":
    "{count, plural, one {# sudjelovanje} few {# sudjelovanja} other {# sudjelovanja}}",
  "municipality.level": "Razina",
  "municipality.eventsOrganized": "Organizirani događaji",
  "municipality.organizationsHint":
    "Organizatori održanih događaja i organizacije čiji su ljudi na njima sudjelovali.",
  "municipality.localPartnersHint":
    "Organizacije civilnoga društva sa sjedištem u općini ili koje ovdje organiziraju događaje.",
  "municipality.organizedHere":
    "{count, plural, one {ovdje organizira # događaj} few {ovdje organizira # događaja} other {ovdje organizira # događaja}}",

  "cascade.tot": "Osposobljavanje trenera",
  "cascade.figuresHint":
    "Računa se za trenere koji su završili ovo osposobljavanje trenera; sljedeće generacije nalaze se u tablicama ispod.",
  "cascade.diagram": "Od osposobljavanja trenera do trenera i njihovih obuka",
  "cascade.tables": "Brojke u tablicama",
  "cascade.byLevel": "Po razini",
  "verify.checking": "Provjera certifikata u tijeku",
  "verify.notGenuineBody": "Provjerite broj kako je otisnut na certifikatu. Opozvani certifikat nije važeći.",

  "curricula.archiveBody":
    "Kurikulum ostaje spremljen za obuke koje ga koriste, ali se više ne može odabrati za novu obuku.",
  "curricula.moveUp": "Pomakni modul {index} gore",
  "curricula.moveDown": "Pomakni modul {index} dolje",

  "training.minAttendance": "Obavezna prisutnost",
  "training.minAttendancePercent": "Dani prisutnosti (postotak)",
  "training.minAttendanceHint":
    "Udio dana obuke na kojima sudionik mora biti prisutan kako bi dobio certifikat.",
  "training.attendanceDays": "Prisutnost po danima",
  "training.attendanceHint":
    "Označite dane kada je osoba bila prisutna, pa spremite. Dani koji nikad nisu označeni ostaju neevidentirani.",
  "training.notRecorded": "Prisutnost po danima nije evidentirana",
  "training.daysPresent": "Dani prisutnosti",
  "training.unsaved": "Nespremljene izmjene",
  "training.saveAttendance": "Spremi prisutnost",
  "training.attendanceSaved": "Prisutnost je spremljena",
  "training.fixScores":
    "{count, plural, one {# vrijednost treba ispraviti prije spremanja.} few {# vrijednosti treba ispraviti prije spremanja.} other {# vrijednosti treba ispraviti prije spremanja.}}",
  "training.pairs": "S oba testa",
  "training.saveScores": "Spremi bodove",
  "training.scoresSaved": "Bodovi su spremljeni",

  "learning.points": "{value} p. b.",
  "learning.byLevel": "Po razini",
  "learning.chartTitle": "Ulazni i izlazni test, u postocima najvećeg broja bodova",
  "learning.chartLabel": "Prosječni rezultati u postocima najvećeg broja bodova: {items}",
  "learning.tableNote":
    "Prosjeci u postocima najvećeg broja bodova, napredak u postotnim bodovima, udjeli od osoba s oba testa.",
  "satisfaction.scale": "1 = vrlo nezadovoljni, 5 = vrlo zadovoljni",
  "evaluations.personHint": "Ostavite anonimno, osim ako je sudionik/ica potpisao/la obrazac evaluacije.",
  "evaluations.delete": "Izbriši evaluaciju: {name}",
  "evaluations.deleteTitle": "Izbrisati ovu evaluaciju?",

  "certificates.none": "Obuka još nema sudionika.",
  "certificates.rules": "Uvjeti za certifikat",
  "certificates.ruleAttendance": "prisutnost na najmanje {value} dana obuke",
  "certificates.ruleNoTest": "test nije uvjet",
  "certificates.ruleDefault": "(zadani uvjeti: svi dani, bez testa)",
  "certificates.eligibleCount": "Ispunjavaju uvjete: {total} (žene {female}, muškarci {male})",
  "certificates.issuedCount": "Izdano: {total} (žene {female}, muškarci {male})",
  "certificates.participant": "Sudionik/ica",
  "certificates.attendance": "Prisutnost",
  "certificates.eligible": "Ispunjava uvjete",
  "certificates.issueAll": "Izdaj certifikate svima koji ispunjavaju uvjete",
  "certificates.issueAllBody":
    "{count, plural, one {# sudionik/ica koji/a ispunjava uvjete, a nema certifikat, dobit će ga.} few {# sudionika/ice koji ispunjavaju uvjete, a nemaju certifikat, dobit će ga.} other {# sudionika/ica koji ispunjavaju uvjete, a nemaju certifikat, dobit će ga.}}",
  "certificates.issuedDone":
    "{count, plural, one {Izdan je # certifikat} few {Izdana su # certifikata} other {Izdano je # certifikata}}",
  "certificates.nothingToIssue": "Svi koji ispunjavaju uvjete već imaju certifikat.",
  "certificates.issuedOn": "izdan {date}",
  "certificates.caption": "Sudionici i njihovi certifikati",
  "certificateReason.not_participant":
    "nije sudionik/ica (treneri, govornici, organizatori i promatrači ne dobivaju certifikat)",
  "certificateReason.attendance": "prisutnost na manje dana nego što se traži",

  "templates.title": "Rad u tablici",
  "templates.intro":
    "Preuzmite obrazac s indikatorima ovog izvješća, ispunite stupac Vrijednost u programu za proračunske tablice i prenesite ga ovdje. Ništa se ne sprema dok ne potvrdite.",
  "templates.upload": "Prenesi ispunjeni obrazac",
  "templates.chooseFile": "Odaberite ispunjeni obrazac",
  "templates.errors": "Ništa nije spremljeno. Ispravite ove retke i ponovno prenesite datoteku:",
  "templates.rowError.value": "Redak {index}: vrijednost se ne može pročitati ili ne odgovara indikatoru.",
  "templates.rowError.textValue": "Redak {index}: ovaj indikator traži broj.",
  "templates.rowError.indicatorId": "Redak {index}: ovo izvješće nema takav indikator.",
  "templates.rowError.categoryKey": "Redak {index}: razvrstavanje ne pripada ovom indikatoru.",
  "templates.rowError.other": "Redak {index}: redak se ne može pročitati.",
  "templates.notTemplate": "Datoteka nije ispunjeni obrazac ovog izvješća.",

  "imports.new": "Uvoz tablice",
  "imports.fromEvent": "Uvezi popis prisutnih",
  "imports.stepState.current": "trenutačni korak",
  "imports.step.columns": "Provjerite stupce",
  "imports.step.rows": "Provjerite retke",
  "imports.kind.attendance": "Popis prisutnih na događaju",
  "imports.upload.kind": "Što datoteka sadrži",
  "imports.upload.eventHint": "Sudionici se dodaju ovom događaju.",
  "imports.upload.eventRequired": "Odaberite događaj kojem popis prisutnih pripada.",
  "imports.upload.file": "Datoteka s tablicom",
  "imports.upload.limits": "Radna knjiga ili tekstualna tablica ({kinds}), najviše {max} MB.",
  "imports.read.delimiter": "Razdjelnik stupaca",
  "imports.read.headerRow": "Redak sa zaglavljem",
  "imports.read.headerRowValue": "{index}. redak",
  "imports.encoding.windows1250": "{code} (srednjoeuropsko)",
  "imports.delimiter.semicolon": "točka sa zarezom (;)",
  "imports.delimiter.pipe": "okomita crta (|)",
  "imports.columns.hint":
    "Svaki stupac datoteke popunjava jedno polje ili se zanemaruje. Izmjene se spremaju čim ih napravite.",
  "imports.columns.caption": "Stupci datoteke i polja koja popunjavaju",
  "imports.columns.header": "Stupac u datoteci",
  "imports.columns.fieldFor": "Polje za stupac „{name}”",
  "imports.columns.unnamed": "Stupac {index}",
  "imports.columns.savingAll": "Spremanje stupaca i ponovno čitanje redaka…",
  "imports.columns.twice": "Više stupaca popunjava: {items}. Zadržite jedan, a ostale zanemarite.",
  "imports.source.user": "vaš odabir",
  "imports.source.exact": "točno",
  "imports.field.position": "Radno mjesto",
  "imports.field.attended": "Prisutnost",
  "imports.field.shortName": "Kratica",
  "imports.field.level": "Razina",
  "imports.count.rows": "Retci",
  "imports.count.errors": "Pogreške",
  "imports.rows.title": "Retci kako će biti upisani",
  "imports.rows.firstOf": "Prvih {count} od {total} redaka.",
  "imports.rows.back": "Natrag na stupce",
  "imports.notice.noRows": "Datoteka ima zaglavlje, ali ispod njega nema redaka.",
  "imports.notice.noRowsSheet":
    "List „{sheet}” ima zaglavlje, ali ispod njega nema redaka. Odaberite drugi list ako je popis negdje drugdje.",
  "imports.correct.title": "Ispravak retka {row}",
  "imports.correct.save": "Spremi i provjeri ponovno",
  "imports.duplicates.hint":
    "Ovi retci imaju isto ime, a jedan od njih ne navodi evidentiranu organizaciju. Recite je li to jedna osoba: retci se tada spajaju.",
  "imports.duplicates.rows": "Retci {of} i {row}",
  "imports.duplicates.same": "Ista osoba: spoji retke",
  "imports.duplicates.choose": "Recite je li ovo ista osoba.",
  "imports.duplicates.undecided":
    "{count, plural, one {# par redaka je} few {# para redaka su} other {# parova redaka su}} možda ista osoba: odgovorite iznad prije uvoza.",
  "imports.organisations.without":
    "{count, plural, one {# osoba bila bi spremljena} few {# osobe bile bi spremljene} other {# osoba bilo bi spremljeno}} bez organizacije. Odaberite evidentiranu organizaciju za svaki naziv ili ispod uključite stvaranje organizacija koje nedostaju.",
  "imports.organisations.created":
    "{count, plural, one {# organizacija bit će stvorena} few {# organizacije bit će stvorene} other {# organizacija bit će stvoreno}} pri uvozu.",
  "imports.maximum.ask":
    "{count, plural, one {# redak ima} few {# retka imaju} other {# redaka ima}} rezultate testa, ali datoteka ne navodi najveći mogući broj bodova. Upišite ga kako bi se rezultati upisali.",
  "imports.issues.rowNumber": "Redak {row}",
  "imports.issues.hint":
    "Redak s pogreškom se preskače; upozorenje ne zaustavlja redak. Ispravite redak ovdje (gumb „Ispravi”) ili uvezite bez tih redaka.",
  "imports.issues.row": "Redak",
  "imports.issues.column": "Stupac",
  "imports.issues.error": "Pogreška",
  "imports.issue.noMaxScore":
    "Rezultati bez najvećeg mogućeg broja bodova ne upisuju se dok ne upišete najveći broj bodova testa (iznad redaka).",
  "imports.issue.level": "Razina nije prepoznata.",
  "imports.likely.hint":
    "Ove su osobe možda već evidentirane. Za svaki redak odaberite osobu na koju se odnosi ili evidentirajte novu osobu.",
  "imports.likely.row": "Redak {index}: {name}",
  "imports.commit.createOrganisations": "Stvori organizacije koje nedostaju",
  "imports.commit.createOrganisationsHint":
    "Organizacije navedene u datoteci koje još nisu evidentirane bit će stvorene; inače se ti retci uvoze bez organizacije.",
  "imports.commit.button": "Uvezi {count, plural, one {# redak} few {# retka} other {# redaka}}",
  "imports.commit.title": "Uvesti retke?",
  "imports.commit.body":
    "{count, plural, one {# redak bit će upisan.} few {# retka bit će upisana.} other {# redaka bit će upisano.}}",
  "imports.commit.bodyEvent":
    "{count, plural, one {# redak bit će upisan u događaj {title}.} few {# retka bit će upisana u događaj {title}.} other {# redaka bit će upisano u događaj {title}.}}",
  "imports.commit.skipped":
    "{count, plural, one {# redak s pogreškama se preskače.} few {# retka s pogreškama se preskaču.} other {# redaka s pogreškama se preskače.}}",
  "imports.commit.allOrNothing": "Svi se retci upisuju zajedno ili nijedan ako nešto ne uspije.",
  "imports.commit.nothing": "Nijedan redak ne može se uvesti. Ispravite datoteku ili stupce.",
  "imports.progress.step.matching": "Usporedba osoba s evidencijom",
  "imports.progress.matched": "Uspoređeno {done} od {total} s evidencijom",
  "imports.progress.leave":
    "Možete napustiti ovu stranicu: uvoz se nastavlja, a njegova stranica na popisu uvoza pokazuje dokle je stigao.",
  "imports.progress.failedHint":
    "Ništa s ovog popisa nije upisano. Ispravite navedeno pa ponovno završite uvoz.",
  "imports.result.notCommittedHint":
    "Datoteka je pročitana, ali ništa nije upisano. Ponovno je pošaljite kako biste je uvezli.",
  "imports.result.counts": "Što je uvoz učinio",
  "imports.result.openPeople": "Otvori popis osoba",
  "imports.result.openOrganisations": "Otvori popis organizacija",
  "imports.list.by": "Tko",
  "imports.list.counts": "Retci",
  "imports.list.countsValue":
    "{count, plural, one {# redak} few {# retka} other {# redaka}}: {created} novo, {matched} evidentirano, {skipped} preskočeno",

  "jobs.intro":
    "Poslovi koje aplikacija obavlja u pozadini, poput podsjetnika e-poštom i čišćenja. Neuspjeli posao može se ponovno pokrenuti.",
  "jobs.lastError": "Posljednja pogreška",
  "jobs.created": "Stvoren {date}",
  "jobs.retry": "Pokreni ponovno",
  "jobs.retryTitle": "Ponovno pokrenuti posao?",
  "jobs.retryBody": "Posao {name} vraća se u red čekanja i uskoro se ponovno izvršava.",
  "jobs.retried": "Posao će se uskoro ponovno izvršiti.",
  "jobs.state.active": "U tijeku",
  "jobs.state.failed": "Neuspjeli",
};
