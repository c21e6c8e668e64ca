/**
 * Writing an analysed import inside one open transaction: missing organisations, new people,
 * changed people, participations of the event. Each is written by the module that owns it, with its
 * search key and audit entry, in the same transaction, so a failure anywhere leaves nothing behind.
 */
import type { ImportCounts } from "../../../common/schemas/imports.js";
import type { DbOrTx } from "../../db/client.js";
import type { Actor } from "../../http/actor.js";
import { invalid } from "../../http/errors.js";
import { enforce } from "../../http/policy.js";
import { changeParticipations, insertParticipations } from "../events/participations.service.js";
import { organizationPolicy } from "../organizations/organizations.policy.js";
import { insertOrganization } from "../organizations/organizations.service.js";
import { insertPeople } from "../people/people.batch.js";
import { personPolicy } from "../people/people.policy.js";
import { applyPersonChanges, type PersonValues } from "../people/people.service.js";
import type { Analysis, PersonRecord } from "./imports.analysis.js";
import { type ParticipationRow, selectEventParticipations, selectPeopleDetails } from "./imports.queries.js";

/** What the user decided at commit. */
export interface CommitChoices {
  /** The event an attendance import fills. */
  eventId: string | null;
  /** Per row number of a likely match: the person it is, or null for a new person. */
  decisions: ReadonlyMap<number, string | null>;
  createMissingOrganizations: boolean;
  /** Told how many records (people, participations, organisations) are written so far, of all. */
  onWritten?: (written: number, toWrite: number) => void;
}

/** numeric columns take their values as strings. */
const numeric = (value: number | null) => (value === null ? null : String(value));
const numberOf = (value: string | null) => (value === null ? null : Number(value));

/**
 * Registers the organisations people's rows name but the registry lacks, when the user asked for
 * it (the right to create organisations is needed). A place named on the row makes it a
 * municipal organisation, else a state one; the sector is left to be corrected as civil society.
 */
async function createMissingOrganisations(
  tx: DbOrTx,
  actor: Actor,
  analysis: Analysis,
  choices: CommitChoices,
) {
  const created = new Map<string, string>();
  if (!choices.createMissingOrganizations || analysis.missingOrganisations.size === 0) return created;
  enforce(organizationPolicy(actor, "create"), "Organisation");
  for (const [key, organisation] of analysis.missingOrganisations) {
    const id = await insertOrganization(tx, actor, {
      name: organisation.name,
      level: organisation.jurisdictionId ? "municipality" : "state",
      sector: "civil_society",
      jurisdictionId: organisation.jurisdictionId,
    });
    created.set(key, id);
  }
  return created;
}

/** The first row of the file a record comes from (every record has one). */
const firstRow = (record: { rowNumbers: readonly number[] }) => record.rowNumbers[0] ?? 0;

/** The person a record stands for: matched, decided by the user, or null for a new one. */
function decidedPerson(record: PersonRecord, choices: CommitChoices): string | null {
  const { match } = record;
  if (match.kind === "exact") return match.id;
  if (match.kind === "new") return null;
  const rowNumber = record.rowNumbers.find((row) => choices.decisions.has(row)) ?? record.rowNumbers[0];
  const decision = rowNumber === undefined ? undefined : choices.decisions.get(rowNumber);
  if (decision === undefined) throw invalid("decisions", "match_undecided", { row: firstRow(record) });
  if (decision !== null && !match.ids.includes(decision))
    throw invalid("decisions", "decision_not_offered", { row: rowNumber ?? firstRow(record) });
  return decision;
}

/**
 * Every likely match and every likely in-file duplicate needs a decision, and scores without a
 * maximum need the test's maximum, before anything is written.
 */
export function checkDecisions(analysis: Analysis, choices: CommitChoices): void {
  const missing = analysis.people.find(
    (record) =>
      record.match.kind === "likely" && !record.rowNumbers.some((row) => choices.decisions.has(row)),
  );
  if (missing) throw invalid("decisions", "match_undecided", { row: firstRow(missing) });
  const undecided = analysis.duplicates.find((duplicate) => duplicate.decision === null);
  if (undecided) throw invalid("duplicates", "duplicate_undecided", { row: undecided.rowNumber });
  if (analysis.scoreMaximum && analysis.scoreMaximum.value === null)
    throw invalid("scoreMaximum", "score_maximum_needed");
}

/** Registers new people on behalf of the actor's organisation; returns their ids in order. */
async function insertNewPeople(
  tx: DbOrTx,
  actor: Actor,
  records: readonly PersonRecord[],
  organisationOf: (record: PersonRecord) => string | null,
): Promise<string[]> {
  return insertPeople(
    tx,
    actor,
    records.map(
      (record): PersonValues => ({
        givenName: record.givenName,
        familyName: record.familyName,
        sex: record.sex as PersonValues["sex"],
        organizationId: organisationOf(record),
        position: record.position,
        rank: null,
        isDecisionMaker: false,
        email: record.email,
        phone: record.phone,
        birthYear: null,
        hasConsented: false,
        consentedOn: null,
      }),
    ),
  );
}

/**
 * A people import also brings registered people up to date: sex, organisation, position and
 * contacts the file gives, where the actor may edit the person.
 */
async function updatePeople(
  tx: DbOrTx,
  actor: Actor,
  matched: readonly { record: PersonRecord; personId: string; organizationId: string | null }[],
): Promise<number> {
  const details = new Map(
    (await selectPeopleDetails(tx, [...new Set(matched.map(({ personId }) => personId))])).map((person) => [
      person.id,
      person,
    ]),
  );
  const changed = matched.flatMap(({ record, personId, organizationId }) => {
    const person = details.get(personId);
    if (!person) return [];
    const after = {
      ...person,
      sex: record.sex,
      organizationId: organizationId ?? person.organizationId,
      position: record.position ?? person.position,
      email: record.email ?? person.email,
      phone: record.phone ?? person.phone,
    };
    const differs = (["sex", "organizationId", "position", "email", "phone"] as const).some(
      (key) => after[key] !== person[key],
    );
    if (!differs || personPolicy(actor, "update", person) !== "allow") return [];
    return [{ before: person, after }];
  });
  for (const { before, after } of changed) {
    await applyPersonChanges(tx, actor, before.id, {
      sex: after.sex as PersonValues["sex"],
      organizationId: after.organizationId,
      position: after.position,
      email: after.email,
      phone: after.phone,
    });
  }
  return changed.length;
}

interface ParticipationValues {
  personId: string;
  role: string;
  attended: boolean;
  preTestScore: number | null;
  postTestScore: number | null;
  testMaxScore: number | null;
}

/** The participation a record asks for, over the one already registered (the file's values win). */
function wantedParticipation(
  record: PersonRecord,
  personId: string,
  existing?: ParticipationRow,
): ParticipationValues {
  const wanted = {
    personId,
    role: record.role ?? existing?.role ?? "participant",
    attended: record.attended ?? existing?.attended ?? true,
    preTestScore: record.preScore ?? numberOf(existing?.preTestScore ?? null),
    postTestScore: record.postScore ?? numberOf(existing?.postTestScore ?? null),
    testMaxScore: record.maxScore ?? numberOf(existing?.testMaxScore ?? null),
  };
  const hasScore = wanted.preTestScore !== null || wanted.postTestScore !== null;
  const max = wanted.testMaxScore;
  if (hasScore && (max === null || (wanted.preTestScore ?? 0) > max || (wanted.postTestScore ?? 0) > max))
    throw invalid("file", "row_scores_over_maximum", { row: firstRow(record) });
  return wanted;
}

/** The columns of a participation as stored (numeric ones as strings). */
const participationColumns = (wanted: ParticipationValues) => ({
  personId: wanted.personId,
  role: wanted.role,
  attended: wanted.attended,
  preTestScore: numeric(wanted.preTestScore),
  postTestScore: numeric(wanted.postTestScore),
  testMaxScore: numeric(wanted.testMaxScore),
});

const sameParticipation = (row: ParticipationRow, wanted: ParticipationValues) =>
  row.role === wanted.role &&
  row.attended === wanted.attended &&
  numberOf(row.preTestScore) === wanted.preTestScore &&
  numberOf(row.postTestScore) === wanted.postTestScore &&
  numberOf(row.testMaxScore) === wanted.testMaxScore;

/** Adds the people to the event, or updates their participation: never a second one. */
async function writeParticipations(
  tx: DbOrTx,
  actor: Actor,
  eventId: string,
  linked: readonly { record: PersonRecord; personId: string }[],
) {
  const existing = new Map((await selectEventParticipations(tx, eventId)).map((row) => [row.personId, row]));
  const inserts: ParticipationValues[] = [];
  const updates: { before: ParticipationRow; wanted: ParticipationValues }[] = [];
  for (const { record, personId } of linked) {
    const before = existing.get(personId);
    const wanted = wantedParticipation(record, personId, before);
    if (!before) inserts.push(wanted);
    else if (!sameParticipation(before, wanted)) updates.push({ before, wanted });
  }
  await insertParticipations(
    tx,
    actor,
    inserts.map((wanted) => ({ eventId, ...participationColumns(wanted) })),
  );
  await changeParticipations(
    tx,
    actor,
    updates.map(({ before, wanted }) => ({ before, values: participationColumns(wanted) })),
  );
  return { added: inserts.length, updated: updates.length };
}

/** People and attendance imports: organisations, people, then participations. */
async function writePeople(
  tx: DbOrTx,
  actor: Actor,
  analysis: Analysis,
  choices: CommitChoices,
): Promise<ImportCounts> {
  const createdOrganisations = await createMissingOrganisations(tx, actor, analysis, choices);
  const organisationOf = (record: PersonRecord) =>
    record.organizationId ??
    (record.missingOrganisationKey
      ? (createdOrganisations.get(record.missingOrganisationKey) ?? null)
      : null);
  const decided = analysis.people.map((record) => ({ record, personId: decidedPerson(record, choices) }));
  const toCreate = decided.filter((entry) => entry.personId === null).map((entry) => entry.record);
  // People, then as many participations (at most) for an attendance list.
  const toWrite = toCreate.length + (analysis.kind === "attendance" ? decided.length : 0);
  choices.onWritten?.(0, toWrite);
  const newIds = await insertNewPeople(tx, actor, toCreate, organisationOf);
  choices.onWritten?.(toCreate.length, toWrite);
  const createdId = new Map(toCreate.map((record, index) => [record, newIds[index] as string]));
  const linked = decided.map(({ record, personId }) => ({
    record,
    personId: personId ?? (createdId.get(record) as string),
  }));
  if (analysis.kind === "people") {
    const matched = decided.flatMap(({ record, personId }) =>
      personId ? [{ record, personId, organizationId: organisationOf(record) }] : [],
    );
    await updatePeople(tx, actor, matched);
  }
  if (analysis.kind === "attendance") {
    if (!choices.eventId) throw invalid("eventId", "event_required");
    const seen = new Set<string>();
    const unique = linked.filter(({ personId }) => !seen.has(personId) && Boolean(seen.add(personId)));
    await writeParticipations(tx, actor, choices.eventId, unique);
    choices.onWritten?.(toWrite, toWrite);
  }
  return {
    ...analysis.counts,
    new: toCreate.length,
    matched: decided.length - toCreate.length,
    likely: analysis.people.filter((record) => record.match.kind === "likely").length,
  };
}

/** Organisations imports: the new ones registered, the recognised ones left as they are. */
async function writeOrganisations(
  tx: DbOrTx,
  actor: Actor,
  analysis: Analysis,
  choices: CommitChoices,
): Promise<ImportCounts> {
  const fresh = analysis.organisations.filter((record) => record.existingId === null);
  if (fresh.length > 0) enforce(organizationPolicy(actor, "create"), "Organisation");
  for (const [index, record] of fresh.entries()) {
    if (index % 100 === 0) choices.onWritten?.(index, fresh.length);
    await insertOrganization(tx, actor, {
      name: record.name,
      shortName: record.shortName,
      level: record.level as string,
      sector: record.sector as string,
      jurisdictionId: record.jurisdictionId,
    });
  }
  return {
    ...analysis.counts,
    new: fresh.length,
    matched: analysis.organisations.length - fresh.length,
    likely: 0,
  };
}

/**
 * Writes an analysed import in the caller's transaction and returns the final counts: new and
 * matched records (people, or organisations), likely matches decided, and the rows' skips, errors
 * and warnings.
 */
export async function writeImport(
  tx: DbOrTx,
  actor: Actor,
  analysis: Analysis,
  choices: CommitChoices,
): Promise<ImportCounts> {
  if (analysis.kind === "organisations") return writeOrganisations(tx, actor, analysis, choices);
  if (analysis.kind === "indicatorValues") throw invalid("kind", "indicator_values_elsewhere");
  checkDecisions(analysis, choices);
  return writePeople(tx, actor, analysis, choices);
}
