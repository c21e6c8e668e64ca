/**
 * Writing an analysed import inside one open transaction: missing organisations, new people,
 * changed people, participations of the event. Rows are inserted and updated in batches and every
 * written row is audited in the same transaction, so a failure anywhere leaves nothing behind.
 */
import { type SQL, sql } from "drizzle-orm";
import type { ImportCounts } from "../../../common/schemas/imports.js";
import { buildSearchKey } from "../../../common/text/search.js";
import type { DbOrTx } from "../../db/client.js";
import { auditLog, organizations, participations, people } from "../../db/schema.js";
import type { Actor } from "../../http/actor.js";
import { invalid } from "../../http/errors.js";
import { enforce } from "../../http/policy.js";
import type { AuditAction } from "../audit/audit.service.js";
import { organizationPolicy } from "../organizations/organizations.policy.js";
import { personPolicy } from "../people/people.policy.js";
import type { Analysis, PersonRecord, Registry } from "./imports.analysis.js";
import { type ParticipationRow, type RegistryPerson, selectEventParticipations } from "./imports.queries.js";

/** What the user decided at commit. */
export interface CommitChoices {
  /** The event an attendance import fills. */
  eventId: string | null;
  /** Per row number of a likely match: the person it is, or null for a new person. */
  decisions: ReadonlyMap<number, string | null>;
  createMissingOrganizations: boolean;
}

/** Rows per INSERT or UPDATE statement. */
const batchSize = 500;

function chunks<T>(items: readonly T[], size = batchSize): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

interface AuditRow {
  action: AuditAction;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/** JSON as the audit log keeps it: without search keys. */
const auditJson = (value: unknown) =>
  value === undefined
    ? null
    : JSON.parse(JSON.stringify(value, (key, v) => (key === "searchText" ? undefined : v)));

/** Audits many rows, as `recordAudit` does one, a batch per statement. */
export async function auditRows(tx: DbOrTx, actor: Actor, rows: readonly AuditRow[]): Promise<void> {
  for (const chunk of chunks(rows)) {
    await tx.insert(auditLog).values(
      chunk.map((row) => ({
        actorUserId: actor.userId,
        action: row.action,
        entityType: row.entityType,
        entityId: row.entityId,
        before: auditJson(row.before),
        after: auditJson(row.after),
      })),
    );
  }
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
  const entries = [...analysis.missingOrganisations.entries()];
  for (const chunk of chunks(entries)) {
    const rows = await tx
      .insert(organizations)
      .values(
        chunk.map(([, organisation]) => ({
          name: organisation.name,
          level: organisation.jurisdictionId ? "municipality" : "state",
          sector: "civil_society",
          jurisdictionId: organisation.jurisdictionId,
          searchText: buildSearchKey(organisation.name),
        })),
      )
      .returning();
    rows.forEach((row, index) => {
      const key = chunk[index]?.[0];
      if (key !== undefined) created.set(key, row.id);
    });
    await auditRows(
      tx,
      actor,
      rows.map((row) => ({ action: "create", entityType: "organization", entityId: row.id, after: row })),
    );
  }
  return created;
}

/** The person a record stands for: matched, decided by the user, or null for a new one. */
function decidedPerson(record: PersonRecord, choices: CommitChoices): string | null {
  const { match } = record;
  if (match.kind === "exact") return match.id;
  if (match.kind === "new") return null;
  const rowNumber = record.rowNumbers.find((row) => choices.decisions.has(row)) ?? record.rowNumbers[0];
  const decision = rowNumber === undefined ? undefined : choices.decisions.get(rowNumber);
  if (decision === undefined)
    throw invalid("decisions", `Row ${record.rowNumbers[0]} may be a registered person: decide who it is`);
  if (decision !== null && !match.ids.includes(decision))
    throw invalid("decisions", `Row ${rowNumber}: choose one of the people offered, or a new person`);
  return decision;
}

/** Every likely match needs a decision before anything is written. */
export function checkDecisions(analysis: Analysis, choices: CommitChoices): void {
  const missing = analysis.people.find(
    (record) =>
      record.match.kind === "likely" && !record.rowNumbers.some((row) => choices.decisions.has(row)),
  );
  if (missing)
    throw invalid("decisions", `Row ${missing.rowNumbers[0]} may be a registered person: decide who it is`);
}

/** Inserts new people in batches, on behalf of the actor's organisation; returns their ids in order. */
async function insertPeople(
  tx: DbOrTx,
  actor: Actor,
  records: readonly PersonRecord[],
  organisationOf: (record: PersonRecord) => string | null,
): Promise<string[]> {
  if (records.length === 0) return [];
  enforce(personPolicy(actor, "create"), "Person");
  const ids: string[] = [];
  for (const chunk of chunks(records)) {
    const rows = await tx
      .insert(people)
      .values(
        chunk.map((record) => ({
          givenName: record.givenName,
          familyName: record.familyName,
          sex: record.sex,
          organizationId: organisationOf(record),
          position: record.position,
          email: record.email,
          phone: record.phone,
          registeredByOrganizationId: actor.organizationId,
          searchText: buildSearchKey(record.givenName, record.familyName),
        })),
      )
      .returning();
    ids.push(...rows.map((row) => row.id));
    await auditRows(
      tx,
      actor,
      rows.map((row) => ({ action: "create", entityType: "person", entityId: row.id, after: row })),
    );
  }
  return ids;
}

/** A `values (...), (...)` list for a bulk UPDATE ... FROM. */
const valuesList = (rows: SQL[]) => sql.join(rows, sql`, `);

/**
 * A people import also brings registered people up to date: sex, organisation, position and
 * contacts the file gives, where the actor may edit the person.
 */
async function updatePeople(
  tx: DbOrTx,
  actor: Actor,
  matched: readonly { record: PersonRecord; person: RegistryPerson; organizationId: string | null }[],
): Promise<number> {
  const changed = matched.flatMap(({ record, person, organizationId }) => {
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
  for (const chunk of chunks(changed)) {
    const rows = chunk.map(
      ({ after }) =>
        sql`(${after.id}::uuid, ${after.sex}, ${after.organizationId}::uuid, ${after.position}, ${after.email}, ${after.phone})`,
    );
    await tx.execute(sql`update ${people} as p set sex = v.sex, organization_id = v.organization_id,
      position = v.position, email = v.email, phone = v.phone, updated_at = now()
      from (values ${valuesList(rows)}) as v(id, sex, organization_id, position, email, phone)
      where p.id = v.id`);
    const audited = chunk.map(({ before, after }) => {
      const { organizationName: _b, ...beforeRow } = before;
      const { organizationName: _a, ...afterRow } = after;
      return {
        action: "update" as const,
        entityType: "person",
        entityId: before.id,
        before: beforeRow,
        after: afterRow,
      };
    });
    await auditRows(tx, actor, audited);
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
    throw invalid("file", `Row ${record.rowNumbers[0]}: the test scores exceed the maximum already recorded`);
  return wanted;
}

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
  for (const chunk of chunks(inserts)) {
    const rows = await tx
      .insert(participations)
      .values(
        chunk.map((wanted) => ({
          eventId,
          ...wanted,
          preTestScore: numeric(wanted.preTestScore),
          postTestScore: numeric(wanted.postTestScore),
          testMaxScore: numeric(wanted.testMaxScore),
        })),
      )
      .returning();
    await auditRows(
      tx,
      actor,
      rows.map((row) => ({ action: "create", entityType: "participation", entityId: row.id, after: row })),
    );
  }
  for (const chunk of chunks(updates)) {
    const rows = chunk.map(
      ({ before, wanted }) =>
        sql`(${before.id}::uuid, ${wanted.role}, ${wanted.attended}::boolean, ${numeric(wanted.preTestScore)}::numeric, ${numeric(wanted.postTestScore)}::numeric, ${numeric(wanted.testMaxScore)}::numeric)`,
    );
    await tx.execute(sql`update ${participations} as p set role = v.role, attended = v.attended,
      pre_test_score = v.pre, post_test_score = v.post, test_max_score = v.max, updated_at = now()
      from (values ${valuesList(rows)}) as v(id, role, attended, pre, post, max)
      where p.id = v.id`);
    await auditRows(
      tx,
      actor,
      chunk.map(({ before, wanted }) => ({
        action: "update",
        entityType: "participation",
        entityId: before.id,
        before,
        after: {
          ...before,
          role: wanted.role,
          attended: wanted.attended,
          preTestScore: numeric(wanted.preTestScore),
          postTestScore: numeric(wanted.postTestScore),
          testMaxScore: numeric(wanted.testMaxScore),
        },
      })),
    );
  }
  return { added: inserts.length, updated: updates.length };
}

/** People and attendance imports: organisations, people, then participations. */
async function writePeople(
  tx: DbOrTx,
  actor: Actor,
  analysis: Analysis,
  registry: Registry,
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
  const newIds = await insertPeople(tx, actor, toCreate, organisationOf);
  const createdId = new Map(toCreate.map((record, index) => [record, newIds[index] as string]));
  const linked = decided.map(({ record, personId }) => ({
    record,
    personId: personId ?? (createdId.get(record) as string),
  }));
  if (analysis.kind === "people") {
    const byId = new Map(registry.people.map((person) => [person.id, person]));
    const matched = decided.flatMap(({ record, personId }) => {
      const person = personId ? byId.get(personId) : undefined;
      return person ? [{ record, person, organizationId: organisationOf(record) }] : [];
    });
    await updatePeople(tx, actor, matched);
  }
  if (analysis.kind === "attendance") {
    if (!choices.eventId) throw invalid("eventId", "An attendance import names its event");
    const seen = new Set<string>();
    const unique = linked.filter(({ personId }) => !seen.has(personId) && Boolean(seen.add(personId)));
    await writeParticipations(tx, actor, choices.eventId, unique);
  }
  return {
    ...analysis.counts,
    new: toCreate.length,
    matched: decided.length - toCreate.length,
    likely: analysis.people.filter((record) => record.match.kind === "likely").length,
  };
}

/** Organisations imports: the new ones registered, the recognised ones left as they are. */
async function writeOrganisations(tx: DbOrTx, actor: Actor, analysis: Analysis): Promise<ImportCounts> {
  const fresh = analysis.organisations.filter((record) => record.existingId === null);
  if (fresh.length > 0) enforce(organizationPolicy(actor, "create"), "Organisation");
  for (const chunk of chunks(fresh)) {
    const rows = await tx
      .insert(organizations)
      .values(
        chunk.map((record) => ({
          name: record.name,
          shortName: record.shortName,
          level: record.level as string,
          sector: record.sector as string,
          jurisdictionId: record.jurisdictionId,
          searchText: buildSearchKey(record.name, record.shortName),
        })),
      )
      .returning();
    await auditRows(
      tx,
      actor,
      rows.map((row) => ({ action: "create", entityType: "organization", entityId: row.id, after: row })),
    );
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
  registry: Registry,
  choices: CommitChoices,
): Promise<ImportCounts> {
  if (analysis.kind === "organisations") return writeOrganisations(tx, actor, analysis);
  if (analysis.kind === "indicatorValues") throw invalid("kind", "Indicator values are imported elsewhere");
  checkDecisions(analysis, choices);
  return writePeople(tx, actor, analysis, registry, choices);
}
