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
  "people.mergedInto": "Ovaj zapis je spojen sa drugom osobom: {name}.",
  "people.mergedIntoLink": "Otvorite zadržani zapis",
  "people.duplicates.hint":
    "Osobe istog imena i prezimena — na bilo kom pismu, sa dijakritikom ili bez nje — koje dijele organizaciju ili godinu rođenja, ili od kojih jedna nema organizaciju.",
  "people.merge.open": "Spoji sa…",
  "people.merge.otherHint": "Upišite bar dva slova imena, na bilo kom pismu.",
  "people.merge.merged": "Spojeni zapis, koji se zatim arhivira",
  "people.merge.fieldsHint":
    "Za svako polje izaberite vrijednost koju će imati zadržani zapis. Prazna polja zadržanog zapisa preuzimaju vrijednost drugog zapisa, osim ako izaberete drugačije.",
  "people.merge.confirmBody":
    "Ovo ne može da se poništi. Sve što je evidentirano za zapis {name} prelazi na zadržani zapis, koji dobija izabrane vrijednosti; {name} ostaje samo kao arhivirani zapis koji upućuje na zadržani.",
  "people.merge.notPossible": "Arhivirani ili već spojeni zapisi ne mogu da se spajaju.",
  "participation.removeTitle": "Ukloniti osobu {name} sa ovog događaja?",
  "participation.added": "Učesnik je dodat",

  "plans.copyHint":
    "Novi plan počinje kao nacrt sa okvirom rezultata i indikatorima ovog plana. Izvještajni periodi i ciljevi postavljaju se iznova.",

  "users.passwordBody": "Predajte ovu lozinku korisniku na bezbjedan način. Prikazuje se samo jednom.",

  "reason.contains_email": "Lozinka ne smije da sadrži imejl adresu (dio prije @).",
  "reason.contains_name": "Lozinka ne smije da sadrži dio imena.",
  "reason.unsafe_text":
    "Tekst sadrži znak koji ne može da se sačuva (NUL ili oštećen znak). Upišite ga ponovo.",
  "reason.too_many_columns":
    "Datoteka ima više od {max} kolona. Ostavite samo kolone spiska i pokušajte ponovo.",
  "reason.header_too_long":
    "Naslov kolone {column} duži je od {max} znakova. Skratite ga i pokušajte ponovo.",
  "reason.malformed_upload": "Datoteka nije stigla cijela. Izaberite je ponovo i ponovo je pošaljite.",

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

  "boards.ngoConsultationsPerYear": "Konsultacije sa NVO godišnje",
  "boards.ngoConsultationsHint":
    "Koliko sjednica godišnje se odbor obavezuje održati kao konsultacije sa nevladinim organizacijama. Ostavite prazno ako takve obaveze nema.",
  "boards.archiveBody":
    "Odbor se više neće prikazivati u listama, ali ostaje sačuvan zajedno sa članovima, sjednicama i zaduženjima.",
  "boards.ngoConsultations": "Konsultacije sa nevladinim organizacijama",
  "boards.noConsultations": "Još nema evidentiranih konsultacija sa NVO.",
  "boards.memberAdded": "Član je dodat",
  "boards.endMembershipBody": "Članstvo se završava na dan upisan ispod i prelazi u istoriju odbora.",
  "boards.deleteMembershipBody":
    "Brišite samo članstvo uneseno greškom. Ako je osoba napustila odbor, okončajte članstvo – tako ostaje zabilježeno u istoriji.",
  "boards.overdueItemsOf":
    "{organization}: {count, plural, one {# zaduženje} few {# zaduženja} other {# zaduženja}} sa isteklim rokom",

  "actionItems.added": "Zaduženje je dodato",
  "actionItems.onlyOverdue": "Samo sa isteklim rokom",

  "meeting.isNgoConsultation": "Konsultacije sa nevladinim organizacijama",
  "meeting.isNgoConsultationHint": "Sjednica se računa u godišnje konsultacije odbora sa NVO.",
  "meeting.ngoConsultation": "Konsultacije sa NVO",
  "meeting.actionItems": "Zaduženja sa ove sjednice",
  "meeting.followUp": "Praćenje zaduženja sa ranijih sjednica",
  "meeting.noFollowUp": "Nema zaduženja sa ranijih sjednica koja treba pratiti.",

  "coverage.noActivityGrey": "Opštine bez aktivnosti su sive.",
  "coverage.mapSummary":
    "Karta opština obojena prema mjeri {measure}: {count, plural, one {# opština} few {# opštine} other {# opština}} sa aktivnostima; najviše: {items}.",
  "coverage.tableCaption": "Opštine sa aktivnostima",
  "municipality.localPartnersHint":
    "Organizacije civilnog društva sa sjedištem u opštini ili koje ovdje organizuju događaje.",
  "municipality.seatedHere": "Sjedište u opštini",

  "cascade.noReach": "Treneri sa ove obuke još nikoga nisu obuhvatili.",
  "cascade.byMunicipality": "Po opštini",
  "cascade.byMunicipalityHint": "Osoba obuhvaćena u dvije opštine računa se u obje.",
  "cascade.bySex": "Po polu",

  "verify.title": "Provjera sertifikata",
  "verify.number": "Broj sertifikata {code}",
  "verify.checking": "Provjera sertifikata u toku",
  "verify.genuine": "Sertifikat je vjerodostojan",
  "verify.notGenuine": "Nijedan važeći sertifikat nema ovaj broj",
  "verify.notGenuineBody":
    "Provjerite broj kako je odštampan na sertifikatu. Opozvani sertifikat nije važeći.",

  "curricula.scoredModuleBody":
    "Modul koji ste uklonili već ima rezultate testova na nekoj obuci. Zadržite ga u kurikulumu (možete ga preimenovati ili premjestiti) ili prvo uklonite njegove rezultate sa obuke.",

  "training.minAttendancePercent": "Dani prisustva (procenat)",
  "training.minAttendanceHint": "Udio dana obuke kojima učesnik mora prisustvovati da bi dobio sertifikat.",
  "training.passMarkPercent": "Prag prolaznosti (procenat najvećeg mogućeg broja bodova)",
  "training.certificates": "Sertifikati",
  "training.issuesCertificatesLabel": "Obuka izdaje sertifikate",

  "learning.peoplePaired": "Osobe sa oba testa",
  "learning.bySex": "Po polu",
  "learning.tableNote":
    "Prosjeci u procentima najvećeg broja bodova, napredak u procentnim poenima, udjeli od osoba sa oba testa.",
  "satisfaction.answeredWith": "Odgovorili sa {score}",
  "evaluations.added": "Evaluacija je dodata",

  "certificates.title": "Sertifikati",
  "certificates.rules": "Uslovi za sertifikat",
  "certificates.ruleDefault": "(podrazumijevani uslovi: svi dani, bez testa)",
  "certificates.notIssuing": "Ova obuka ne izdaje sertifikate.",
  "certificates.certificate": "Sertifikat",
  "certificates.issueAll": "Izdaj sertifikate svima koji ispunjavaju uslove",
  "certificates.issueAllTitle": "Izdati sertifikate?",
  "certificates.issueAllBody":
    "{count, plural, one {# učesnik/ca koji/a ispunjava uslove, a nema sertifikat, dobiće ga.} few {# učesnika/ce koji ispunjavaju uslove, a nemaju sertifikat, dobiće ga.} other {# učesnika/ca koji ispunjavaju uslove, a nemaju sertifikat, dobiće ga.}}",
  "certificates.issuedDone":
    "{count, plural, one {Izdat je # sertifikat} few {Izdata su # sertifikata} other {Izdato je # sertifikata}}",
  "certificates.nothingToIssue": "Svi koji ispunjavaju uslove već imaju sertifikat.",
  "certificates.downloadOf": "Preuzmi sertifikat: {name} (PDF)",
  "certificates.verify": "Adresa za provjeru sertifikata {code}",
  "certificates.revokeOf": "Poništi sertifikat: {name}",
  "certificates.revokeTitle": "Poništavanje sertifikata {code}",
  "certificates.revokeBody":
    "Sertifikat ({name}) više neće biti potvrđen kao vjerodostojan na adresi za provjeru. Ovo se ne može vratiti.",
  "certificates.revokeConfirm": "Poništi sertifikat",
  "certificates.revokedDone": "Sertifikat je poništen",
  "certificates.caption": "Učesnici i njihovi sertifikati",
  "certificateReason.no_certificates": "obuka ne izdaje sertifikate",
  "certificateReason.not_participant":
    "nije učesnik/ca (treneri, govornici, organizatori i posmatrači ne dobijaju sertifikat)",

  "templates.intro":
    "Preuzmite obrazac sa indikatorima ovog izvještaja, popunite kolonu Vrijednost u tabelarnom programu i postavite ga ovdje. Ništa se ne čuva dok ne potvrdite.",
  "templates.chooseFile": "Izaberite popunjeni obrazac",
  "templates.changes":
    "{count, plural, one {Promijeniće se # vrijednost.} few {Promijeniće se # vrijednosti.} other {Promijeniće se # vrijednosti.}}",
  "templates.confirm": "Sačuvaj vrijednosti",
  "templates.cancel": "Otkaži",
  "templates.saved":
    "{count, plural, one {Sačuvana je # vrijednost.} few {Sačuvane su # vrijednosti.} other {Sačuvano je # vrijednosti.}}",
  "templates.errors": "Ništa nije sačuvano. Ispravite ove redove i ponovo postavite datoteku:",

  "imports.step.file": "Izaberite datoteku",
  "imports.upload.eventRequired": "Izaberite događaj kojem lista prisutnih pripada.",
  "imports.upload.file": "Datoteka sa tabelom",
  "imports.upload.chooseFile": "Izaberite datoteku",
  "imports.encoding.utf8bom": "{code} sa oznakom redoslijeda bajtova (unikod)",
  "imports.delimiter.semicolon": "tačka i zapeta (;)",
  "imports.delimiter.comma": "zapeta (,)",
  "imports.columns.hint":
    "Svaka kolona datoteke popunjava jedno polje ili se zanemaruje. Izmjene se čuvaju čim ih napravite.",
  "imports.columns.saving": "čuvanje…",
  "imports.columns.savingAll": "Čuvanje kolona i ponovno čitanje redova…",
  "imports.columns.back": "Izaberite drugu datoteku",
  "imports.field.sex": "Pol",
  "imports.field.municipality": "Opština",
  "imports.issues.hint":
    "Red sa greškom se preskače; upozorenje ne zaustavlja red. Ispravite red ovdje (dugme „Ispravi”) ili uvezite bez tih redova.",
  "imports.issue.sex": "Pol nije prepoznat (koristite Ž/M ili žensko/muško).",
  "imports.issue.noMaxScore":
    "Rezultati bez najvećeg mogućeg broja bodova se ne upisuju dok ne upišete najveći broj bodova testa (iznad redova).",
  "imports.duplicates.different": "Dvije različite osobe",
  "imports.organisations.without":
    "{count, plural, one {# osoba bi bila sačuvana} few {# osobe bi bile sačuvane} other {# osoba bi bilo sačuvano}} bez organizacije. Izaberite evidentiranu organizaciju za svaki naziv ili ispod uključite pravljenje organizacija koje nedostaju.",
  "imports.maximum.suggested": "Predlog: {value}",
  "imports.issue.municipality": "Opština ovog naziva nije pronađena.",
  "imports.issue.indicator": "Indikator sa ovom šifrom nije pronađen.",
  "imports.likely.hint":
    "Ove osobe su možda već evidentirane. Za svaki red izaberite osobu na koju se odnosi ili evidentirajte novu osobu.",
  "imports.likely.choose": "Izaberite osobu ili evidentirajte novu.",
  "imports.commit.createOrganisationsHint":
    "Organizacije navedene u datoteci koje još nisu evidentirane biće kreirane; inače se ti redovi uvoze bez organizacije.",
  "imports.commit.body":
    "{count, plural, one {# red biće upisan.} few {# reda biće upisana.} other {# redova biće upisano.}}",
  "imports.commit.bodyEvent":
    "{count, plural, one {# red biće upisan u događaj {title}.} few {# reda biće upisana u događaj {title}.} other {# redova biće upisano u događaj {title}.}}",
  "imports.commit.skipped":
    "{count, plural, one {# red sa greškama se preskače.} few {# reda sa greškama se preskaču.} other {# redova sa greškama se preskače.}}",
};
