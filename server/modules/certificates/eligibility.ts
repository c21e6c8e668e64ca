/**
 * Who may receive a certificate of a training: a participant (not a trainer, speaker, organiser or
 * observer) of a held training that issues certificates, present on at least the rules' share of
 * its days and, when the training has a pass mark, with a post-test at or above it. Without rules
 * a participant must attend every day and no test is required.
 */
import type { IneligibilityReason } from "../../../common/schemas/certificates.js";
import type { ParticipationRole } from "../../../common/schemas/enums.js";

export interface CertificateRule {
  /** Share of the days, (0, 1], at most four decimals as stored. */
  minAttendanceShare: number;
  /** Share of the test's maximum, (0, 1], or null. */
  passMark: number | null;
  issuesCertificates: boolean;
}

/** The rule of a training without a `training_rules` row. */
export const defaultRule: CertificateRule = {
  minAttendanceShare: 1,
  passMark: null,
  issuesCertificates: true,
};

export interface ParticipantRecord {
  role: ParticipationRole;
  /** The participation's own flag: attended the training (all of it when no days are recorded). */
  attended: boolean;
  /** Days of the training on which the person is recorded present; null when no day is recorded. */
  daysPresent: number | null;
  postTestScore: number | null;
  testMaxScore: number | null;
}

export interface TrainingFacts {
  /** Days of the training, first and last included. */
  days: number;
  isHeld: boolean;
}

/**
 * Shares are compared in whole ten-thousandths, the precision they are stored at (two days of three
 * read 0.6667), and scores in hundredths, so that no floating-point rounding decides.
 */
const tenThousandths = (share: number) => Math.round(share * 10_000);
const hundredths = (score: number) => Math.round(score * 100);

/** Days of an event from its first to its last date, both included. */
export function daysOf(startsOn: string, endsOn: string): number {
  const ms = Date.parse(`${endsOn}T00:00:00Z`) - Date.parse(`${startsOn}T00:00:00Z`);
  return Math.max(1, Math.round(ms / 86_400_000) + 1);
}

/** The share of the training's days the person attended, in [0, 1]. */
export function attendanceShare(record: ParticipantRecord, training: TrainingFacts): number {
  if (record.daysPresent === null) return record.attended ? 1 : 0;
  return Math.min(1, record.daysPresent / training.days);
}

/** The post-test score over the test's maximum, or null without both. */
export function postTestShare(record: ParticipantRecord): number | null {
  if (record.postTestScore === null || record.testMaxScore === null || record.testMaxScore <= 0) return null;
  return record.postTestScore / record.testMaxScore;
}

function meetsAttendance(record: ParticipantRecord, training: TrainingFacts, rule: CertificateRule): boolean {
  const required = tenThousandths(rule.minAttendanceShare);
  if (record.daysPresent === null) return record.attended;
  return Math.round((Math.min(record.daysPresent, training.days) * 10_000) / training.days) >= required;
}

function meetsPassMark(record: ParticipantRecord, passMark: number): boolean {
  if (record.postTestScore === null || record.testMaxScore === null) return false;
  return (
    hundredths(record.postTestScore) * 10_000 >= tenThousandths(passMark) * hundredths(record.testMaxScore)
  );
}

/** Every reason the person may not receive a certificate; none means eligible. */
export function ineligibility(
  record: ParticipantRecord,
  training: TrainingFacts,
  rule: CertificateRule,
): IneligibilityReason[] {
  const reasons: IneligibilityReason[] = [];
  if (!rule.issuesCertificates) reasons.push("no_certificates");
  if (!training.isHeld) reasons.push("not_held");
  if (record.role !== "participant") reasons.push("not_participant");
  if (!meetsAttendance(record, training, rule)) reasons.push("attendance");
  if (rule.passMark !== null) {
    if (record.postTestScore === null || record.testMaxScore === null) reasons.push("no_post_test");
    else if (!meetsPassMark(record, rule.passMark)) reasons.push("pass_mark");
  }
  return reasons;
}
