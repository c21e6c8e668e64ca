/**
 * Reasons of the request edge, sign-in and uploads. English texts: the API's `message`; the web
 * shows each reason in the reader's language (`reason.<code>` in its catalogues).
 */
export const accessReasons = {
  too_short: "Use at least {min} characters",
  common_password: "This is one of the most common passwords",
  contains_email: "The password may not contain the e-mail address",
  contains_name: "The password may not contain a part of the name",
  unsafe_text: "Text may not contain a NUL character or a broken Unicode sequence",
  too_many_columns: "The file has more than {max} columns",
  header_too_long: "The header of column {column} is longer than {max} characters",
  malformed_upload: "The upload is not a valid multipart form",
} as const;
