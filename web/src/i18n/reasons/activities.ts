/**
 * The activities reasons (`common/reasons/activities.ts`) in the readers' languages: `reason.<code>`
 * messages in ICU MessageFormat. Croatian and Serbian give only what differs from Bosnian; Serbian
 * Cyrillic is the Serbian Latin text transliterated.
 */
import type { ReasonCatalogue } from "./index.js";

export const activitiesReasonMessages: ReasonCatalogue = {
  en: {
    // Boards, meetings and action items
    "reason.no_such_board": "This board does not exist.",
    "reason.not_a_board_meeting": "The event is not a board meeting.",
    "reason.meeting_not_recorded": "Record the board meeting first.",
    "reason.person_listed_twice": "This person is listed twice.",
    "reason.deputy_mismatch": "Name the deputy when a deputy represents the member, and only then.",
    // Trainings and curricula
    "reason.not_a_training": "The event is not a training.",
    "reason.no_such_curriculum": "This curriculum does not exist.",
    "reason.curriculum_archived": "This curriculum is archived.",
    "reason.removed_curriculum_has_scores":
      "A curriculum you removed has test scores at this training. Keep it, or remove the scores of its modules first.",
    "reason.no_such_module": "This curriculum has no such module.",
    "reason.module_has_scores":
      "A module you removed already has test scores at a training. Keep it, or remove its scores from the training first.",
    "reason.module_listed_twice": "A module is listed twice.",
    "reason.module_not_in_training": "The training's curricula have no such module.",
    "reason.not_a_participant": "The person does not take part in the event.",
    "reason.not_an_event_day": "The day is not one of the days of the event.",
    "reason.person_day_listed_twice": "The person and the day are listed twice.",
    "reason.score_listed_twice": "The person has two scores for the same module and test.",
    "reason.no_question_answered": "Answer at least one question.",
    "reason.already_evaluated": "This person has already evaluated the training.",
    "reason.pass_mark_out_of_range": "The pass mark must be a share from 0 to 1.",
    "reason.max_score_not_positive": "The maximum score must be a number above 0.",
    "reason.score_out_of_range": "The score must be a number from 0 to the maximum score.",
    "reason.result_listed_twice": "A person has more than one result for the same test and module.",
    // Certificates
    "reason.no_certificates_for_kind":
      "Certificates are issued for trainings of trainers, seminars and workshops only.",
    "reason.ineligible_no_certificates":
      "The person may not receive a certificate: the training does not issue certificates.",
    "reason.ineligible_not_held": "The person may not receive a certificate: the training has not been held.",
    "reason.ineligible_not_participant":
      "The person may not receive a certificate: trainers, speakers, organisers and observers are not certified.",
    "reason.ineligible_attendance":
      "The person may not receive a certificate: present on fewer days than required.",
    "reason.ineligible_no_post_test": "The person may not receive a certificate: no post-test score.",
    "reason.ineligible_pass_mark": "The person may not receive a certificate: post-test below the pass mark.",
    "reason.certificate_already_revoked": "The certificate is already revoked.",
    "reason.certificate_revoked": "The certificate is revoked.",
    "reason.no_certificates_issued": "No certificates have been issued for this training.",
    // The cascade
    "reason.not_a_tot": "The event is not a training of trainers.",
    // Imports
    "reason.no_such_sheet": "The workbook has no such sheet.",
    "reason.unreadable_workbook": "The file is not a readable workbook.",
    "reason.no_such_column": "The file has no such column.",
    "reason.field_not_of_kind": "This kind of import has no such field.",
    "reason.field_mapped_twice": "A field can fill one column only.",
    "reason.indicator_values_elsewhere": "Indicator values are imported on the data-entry form.",
    "reason.import_committed": "This import is already committed.",
    "reason.event_required": "Choose the event the attendance list belongs to.",
    "reason.match_undecided": "Row {row} may be a registered person: decide who it is.",
    "reason.decision_not_offered": "Row {row}: choose one of the people offered, or a new person.",
    "reason.row_scores_over_maximum": "Row {row}: the test scores exceed the maximum score already recorded.",
    // Exports
    "reason.export_too_long":
      "The list has {total, plural, one {# row} other {# rows}}; an export holds at most {max}. Narrow it with the filters.",
  },
  bs: {
    "reason.no_such_board": "Ovaj odbor ne postoji.",
    "reason.not_a_board_meeting": "Događaj nije sjednica odbora.",
    "reason.meeting_not_recorded": "Prvo evidentirajte sjednicu odbora.",
    "reason.person_listed_twice": "Ova osoba je navedena dvaput.",
    "reason.deputy_mismatch": "Navedite zamjenika kada člana zastupa zamjenik, i samo tada.",
    "reason.not_a_training": "Događaj nije obuka.",
    "reason.no_such_curriculum": "Ovaj kurikulum ne postoji.",
    "reason.curriculum_archived": "Ovaj kurikulum je arhiviran.",
    "reason.removed_curriculum_has_scores":
      "Kurikulum koji ste uklonili ima rezultate testova na ovoj obuci. Zadržite ga ili prvo uklonite rezultate njegovih modula.",
    "reason.no_such_module": "Ovaj kurikulum nema takav modul.",
    "reason.module_has_scores":
      "Modul koji ste uklonili već ima rezultate testova na nekoj obuci. Zadržite ga ili prvo uklonite njegove rezultate s obuke.",
    "reason.module_listed_twice": "Modul je naveden dvaput.",
    "reason.module_not_in_training": "Kurikulumi ove obuke nemaju takav modul.",
    "reason.not_a_participant": "Osoba ne učestvuje u događaju.",
    "reason.not_an_event_day": "Taj dan nije jedan od dana događaja.",
    "reason.person_day_listed_twice": "Osoba i dan navedeni su dvaput.",
    "reason.score_listed_twice": "Osoba ima dva rezultata za isti modul i isti test.",
    "reason.no_question_answered": "Odgovorite na barem jedno pitanje.",
    "reason.already_evaluated": "Ova osoba je već dala evaluaciju obuke.",
    "reason.pass_mark_out_of_range": "Prag prolaznosti mora biti udio od 0 do 1.",
    "reason.max_score_not_positive": "Najveći broj bodova mora biti broj veći od 0.",
    "reason.score_out_of_range": "Bodovi moraju biti broj od 0 do najvećeg broja bodova.",
    "reason.result_listed_twice": "Osoba ima više od jednog rezultata za isti test i modul.",
    "reason.no_certificates_for_kind": "Certifikati se izdaju samo za obuke trenera, seminare i radionice.",
    "reason.ineligible_no_certificates": "Osoba ne može dobiti certifikat: obuka ne izdaje certifikate.",
    "reason.ineligible_not_held": "Osoba ne može dobiti certifikat: obuka nije održana.",
    "reason.ineligible_not_participant":
      "Osoba ne može dobiti certifikat: treneri, govornici, organizatori i posmatrači ne dobijaju certifikat.",
    "reason.ineligible_attendance":
      "Osoba ne može dobiti certifikat: prisustvo na manje dana nego što se traži.",
    "reason.ineligible_no_post_test": "Osoba ne može dobiti certifikat: nema rezultata izlaznog testa.",
    "reason.ineligible_pass_mark": "Osoba ne može dobiti certifikat: izlazni test ispod praga prolaznosti.",
    "reason.certificate_already_revoked": "Certifikat je već poništen.",
    "reason.certificate_revoked": "Certifikat je poništen.",
    "reason.no_certificates_issued": "Za ovu obuku nije izdan nijedan certifikat.",
    "reason.not_a_tot": "Događaj nije obuka trenera.",
    "reason.no_such_sheet": "Radna sveska nema takav list.",
    "reason.unreadable_workbook": "Datoteka nije čitljiva radna sveska.",
    "reason.no_such_column": "Datoteka nema takvu kolonu.",
    "reason.field_not_of_kind": "Ova vrsta uvoza nema takvo polje.",
    "reason.field_mapped_twice": "Jedno polje može popuniti samo jednu kolonu.",
    "reason.indicator_values_elsewhere": "Vrijednosti indikatora uvoze se na obrascu za unos podataka.",
    "reason.import_committed": "Ovaj uvoz je već završen.",
    "reason.event_required": "Odaberite događaj kojem lista prisutnih pripada.",
    "reason.match_undecided": "Red {row} je možda već registrovana osoba: odlučite o kome se radi.",
    "reason.decision_not_offered": "Red {row}: odaberite jednu od ponuđenih osoba ili novu osobu.",
    "reason.row_scores_over_maximum": "Red {row}: rezultati testa prelaze već upisani najveći broj bodova.",
    "reason.export_too_long":
      "Lista ima {total, plural, one {# red} few {# reda} other {# redova}}; izvoz sadrži najviše {max}. Suzite je filterima.",
  },
  hr: {
    "reason.not_a_participant": "Osoba ne sudjeluje u događaju.",
    "reason.ineligible_not_participant":
      "Osoba ne može dobiti certifikat: treneri, govornici, organizatori i promatrači ne dobivaju certifikat.",
    "reason.ineligible_attendance":
      "Osoba ne može dobiti certifikat: prisutnost na manje dana nego što se traži.",
    "reason.no_certificates_for_kind":
      "Certifikati se izdaju samo za osposobljavanja trenera, seminare i radionice.",
    "reason.not_a_tot": "Događaj nije osposobljavanje trenera.",
    "reason.no_such_sheet": "Radna knjiga nema takav list.",
    "reason.unreadable_workbook": "Datoteka nije čitljiva radna knjiga.",
    "reason.no_such_column": "Datoteka nema takav stupac.",
    "reason.field_mapped_twice": "Jedno polje može popuniti samo jedan stupac.",
    "reason.event_required": "Odaberite događaj kojemu popis prisutnih pripada.",
    "reason.match_undecided": "Redak {row} je možda već registrirana osoba: odlučite o kome je riječ.",
    "reason.decision_not_offered": "Redak {row}: odaberite jednu od ponuđenih osoba ili novu osobu.",
    "reason.row_scores_over_maximum":
      "Redak {row}: rezultati testa premašuju već upisani najveći broj bodova.",
    "reason.export_too_long":
      "Popis ima {total, plural, one {# redak} few {# retka} other {# redaka}}; izvoz sadrži najviše {max}. Suzite ga filtrima.",
  },
  "sr-Latn-BA": {
    "reason.pass_mark_out_of_range": "Prag prolaznosti mora da bude udio od 0 do 1.",
    "reason.max_score_not_positive": "Najveći broj bodova mora da bude broj veći od 0.",
    "reason.score_out_of_range": "Bodovi moraju da budu broj od 0 do najvećeg broja bodova.",
    "reason.field_mapped_twice": "Jedno polje može da popuni samo jednu kolonu.",
    "reason.person_day_listed_twice": "Osoba i dan su navedeni dvaput.",
    "reason.no_question_answered": "Odgovorite na bar jedno pitanje.",
    "reason.no_certificates_for_kind": "Sertifikati se izdaju samo za obuke trenera, seminare i radionice.",
    "reason.ineligible_no_certificates": "Osoba ne može da dobije sertifikat: obuka ne izdaje sertifikate.",
    "reason.ineligible_not_held": "Osoba ne može da dobije sertifikat: obuka nije održana.",
    "reason.ineligible_not_participant":
      "Osoba ne može da dobije sertifikat: treneri, govornici, organizatori i posmatrači ne dobijaju sertifikat.",
    "reason.ineligible_attendance":
      "Osoba ne može da dobije sertifikat: prisustvo na manje dana nego što se traži.",
    "reason.ineligible_no_post_test": "Osoba ne može da dobije sertifikat: nema rezultata izlaznog testa.",
    "reason.ineligible_pass_mark":
      "Osoba ne može da dobije sertifikat: izlazni test ispod praga prolaznosti.",
    "reason.certificate_already_revoked": "Sertifikat je već poništen.",
    "reason.certificate_revoked": "Sertifikat je poništen.",
    "reason.no_certificates_issued": "Za ovu obuku nije izdat nijedan sertifikat.",
    "reason.indicator_values_elsewhere": "Vrijednosti indikatora se uvoze na obrascu za unos podataka.",
    "reason.event_required": "Izaberite događaj kojem lista prisutnih pripada.",
    "reason.decision_not_offered": "Red {row}: izaberite jednu od ponuđenih osoba ili novu osobu.",
  },
};
