/**
 * Mail of the reporting cycle, sent once the transition is committed: a returned report goes to the
 * organisation's representatives, a submitted one to the coordinators who review it.
 */
import type { SubmissionForm } from "../../../common/schemas/submissions.js";
import type { Db } from "../../db/client.js";
import type { Mailer } from "../../mail/mailer.js";
import { selectActiveAddresses } from "./submissions.queries.js";

async function sendEach(mailer: Mailer, addresses: string[], subject: string, text: string) {
  for (const to of addresses) await mailer.send({ to, subject, text });
}

export async function mailReturned(db: Db, mailer: Mailer, form: SubmissionForm, comment: string) {
  const { periodName, organizationName, organizationId } = form.submission;
  const subject = `Your report for ${periodName} was returned`;
  const text = `${subject}.\n\nOrganisation: ${organizationName}\nComment: ${comment}\n\nPlease correct it and submit it again.`;
  await sendEach(mailer, await selectActiveAddresses(db, "representative", organizationId), subject, text);
}

export async function mailSubmitted(db: Db, mailer: Mailer, form: SubmissionForm) {
  const { periodName, organizationName } = form.submission;
  const subject = `A report for ${periodName} is waiting for review`;
  const text = `${subject}.\n\nOrganisation: ${organizationName}\n\nPlease approve it or return it with a comment.`;
  await sendEach(mailer, await selectActiveAddresses(db, "coordinator"), subject, text);
}
