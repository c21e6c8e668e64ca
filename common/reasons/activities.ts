/**
 * Reasons of boards, meetings and action items, trainings and curricula, certificates, the cascade, coverage, the dashboard, imports and exports. English texts with `{param}` placeholders: the API's `message`; the web
 * shows each reason in the reader's language (`reason.<code>` in its catalogues).
 */
export const activitiesReasons = {
  // Boards, meetings and action items
  no_such_board: "No such board",
  not_a_board_meeting: "The event is not a board meeting",
  meeting_not_recorded: "Record the board meeting first",
  person_listed_twice: "The person is listed twice",
  deputy_mismatch: "A member represented by a deputy names the deputy, and only then",
  // Trainings and curricula
  not_a_training: "The event is not a training",
  no_such_curriculum: "No such curriculum",
  curriculum_archived: "This curriculum is archived",
  removed_curriculum_has_scores: "The training has test scores for a module of a curriculum being removed",
  no_such_module: "No such module of this curriculum",
  module_has_scores: "A module with test scores cannot be removed",
  module_listed_twice: "A module is listed twice",
  module_not_in_training: "No such module of the training's curricula",
  not_a_participant: "The person does not take part in the event",
  not_an_event_day: "The day is not a day of the event",
  person_day_listed_twice: "The person and day are listed twice",
  score_listed_twice: "The person has two scores for the same module and phase",
  no_question_answered: "Answer at least one question",
  already_evaluated: "This person has already evaluated the training",
  pass_mark_out_of_range: "The pass mark must be a share from 0 to 1.",
  max_score_not_positive: "The maximum score must be a number above 0.",
  score_out_of_range: "The score must be a number from 0 to the maximum score.",
  result_listed_twice: "A person has more than one result for the same phase and module.",
  // Certificates
  no_certificates_for_kind: "Certificates are issued for trainings of trainers, seminars and workshops only",
  ineligible_no_certificates:
    "The person may not receive a certificate: the training does not issue certificates",
  ineligible_not_held: "The person may not receive a certificate: the training has not been held",
  ineligible_not_participant:
    "The person may not receive a certificate: trainers, speakers, organisers and observers are not certified",
  ineligible_attendance: "The person may not receive a certificate: present on fewer days than required",
  ineligible_no_post_test: "The person may not receive a certificate: no post-test score",
  ineligible_pass_mark: "The person may not receive a certificate: post-test below the pass mark",
  certificate_already_revoked: "The certificate is already revoked",
  certificate_revoked: "The certificate is revoked",
  no_certificates_issued: "No certificates have been issued for this training",
  // The cascade
  not_a_tot: "The event is not a training of trainers",
  // Imports
  no_such_sheet: "The workbook has no such sheet",
  unreadable_workbook: "The file is not a readable workbook",
  no_such_column: "The file has no such column",
  field_not_of_kind: "This kind of import has no such field",
  field_mapped_twice: "A field can fill one column only",
  indicator_values_elsewhere: "Indicator values are imported on the data-entry form",
  import_committed: "This import is already committed",
  event_required: "An attendance import names its event",
  match_undecided: "Row {row} may be a registered person: decide who it is",
  decision_not_offered: "Row {row}: choose one of the people offered, or a new person",
  row_scores_over_maximum: "Row {row}: the test scores exceed the maximum already recorded",
  // Exports
  export_too_long: "The list has {total} rows; an export holds at most {max}. Narrow it with the filters.",
} as const;
