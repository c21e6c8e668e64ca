/**
 * Reasons of organisations, people, events and participations, projects, users, sign-in, the audit log
 * and background jobs. English texts with `{param}` placeholders: the API's `message`; the web
 * shows each reason in the reader's language (`reason.<code>` in its catalogues).
 */
export const registryReasons = {
  no_such_person: "No such person",
  no_such_project: "No such project",
  no_such_framework_node: "No such framework node",
  not_a_municipality: "Choose a municipality",
  own_organization_missing: "Include your own organisation among the organisers",
  cannot_remove_organizer: "Only the agency or the organisation itself may remove an organiser",
  already_participates: "This person already takes part in the event",
  scores_over_maximum: "Test scores need a maximum score they do not exceed",
  person_or_new_person: "Choose a person or register a new one",
  person_archived: "This person is archived",
  cannot_move_person: "Only the agency may move a person into another organisation",
  duplicate_target_kind: "One target per kind of event",
  not_a_currency_code: "Use a three-letter currency code, e.g. BAM, EUR, USD",
  cannot_demote_self: "You cannot take away your own administrator access",
  organization_required: "Representatives and partners belong to an organisation",
  wrong_current_password: "The current password is not right",
  too_many_sign_ins: "Too many failed sign-ins; try again later",
  cross_site_request: "Cross-site request refused",
  job_not_failed: "Only a failed job that is still on its queue can be tried again",
  merge_same_person: "A person cannot be merged with themselves",
  merge_person_archived: "Archived or already merged people cannot be merged",
  merge_double_participation:
    "Both people take part in {count} of the same events; remove one of the two from each event first",
  merge_shared_event: "Both people take part in “{title}”",
  person_merged: "This record was merged into another person and can no longer be changed",
} as const;
