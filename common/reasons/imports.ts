/**
 * Reasons of spreadsheet imports: a file past the reader's limits, and the user's changes in the
 * preview (corrected cells, in-file duplicates, organisations, the test's maximum).
 */
export const importsReasons = {
  too_many_rows: "The file has more than {max} rows",
  cell_too_long: "The cell in row {row}, column {column} is longer than {max} characters",
  too_many_sheets: "The workbook has more than {max} sheets",
  file_unpacks_too_large: "The workbook unpacks to more than {max} MB",
  workbook_too_complex: "The file is too complex to read; save the list alone in a new file",
  no_such_row: "The file has no such data row",
  not_a_duplicate: "These rows are not a likely duplicate of each other",
  no_such_organisation_name: "No row of the file names this organisation",
  duplicate_undecided: "Row {row} may be the same person as an earlier row: say whether it is",
  score_maximum_needed: "The file has test scores: say what the test's maximum is",
  import_committing: "This import is being committed",
  import_commit_interrupted: "The commit of this import was cut off before it finished; nothing was written",
} as const;
