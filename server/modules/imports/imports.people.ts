/**
 * People and attendance files → the people of the file, then each matched against the registry.
 *
 * 1. Every row is read into a person (errors skip the row).
 * 2. Rows of one person are grouped: the same name and organisation are merged at once; the same
 *    name where one of the two rows names no registered organisation is a likely in-file duplicate,
 *    merged when the user says it is the same person and kept apart when they say it is not.
 * 3. Each person of the file is compared with the registered people (exact → linked, likely → the
 *    user decides, else new), with the organisation the group ended up with.
 */
import type { PreviewRow } from "../../../common/schemas/imports.js";
import {
  candidatesOf,
  decideMatch,
  type KnownPerson,
  type NameCandidates,
  organisationKeyOf,
  type PersonMatch,
  personKey,
} from "../../imports/read/index.js";
import type { Analysis, OnMatched, PersonRecord, Registry } from "./imports.analysis.js";
import { personOrganisationKey, registryCandidates, turns } from "./imports.matching.js";
import type { RegistryPerson } from "./imports.queries.js";
import type { FileReading } from "./imports.reading.js";
import {
  addIssue,
  mergeInto,
  type PersonDraft,
  personValues,
  type RowContext,
  rawValues,
  readPersonRow,
} from "./imports.rows.js";
import type { ImportChanges } from "./imports.tables.js";

/** How many rows of the preview are sent back beside those with an issue; counts and issues cover all rows. */
export const previewRowLimit = 200;

/**
 * A likely match with exactly one candidate already taking part in the event is that person: the
 * list was imported (and the match confirmed) before, so importing it again asks nothing twice.
 */
function settledByEvent(match: PersonMatch, participantIds: ReadonlySet<string> | undefined): PersonMatch {
  if (match.kind !== "likely" || !participantIds) return match;
  const taking = match.ids.filter((id) => participantIds.has(id));
  return taking.length === 1 && taking[0] ? { kind: "exact", id: taking[0] } : match;
}

/** A person of the file while rows are grouped: the record and what the preview shows of it. */
interface Group {
  record: PersonRecord;
  organisationText: string | null;
}

const nameOf = (draft: { givenName: string; familyName: string }) => `${draft.givenName} ${draft.familyName}`;

/** Two rows of one name may be one person when either names no registered organisation. */
const mayBeOnePerson = (group: Group, draft: PersonDraft) =>
  group.record.organizationId === null || draft.organizationId === null;

/** The later row of an in-file duplicate merged into the earlier: the organisation known to the registry wins. */
function mergeDuplicate(group: Group, draft: PersonDraft) {
  mergeInto(group.record, draft);
  const { record } = group;
  if (record.organizationId === null && draft.organizationId !== null) {
    record.organizationId = draft.organizationId;
    record.missingOrganisationKey = null;
    group.organisationText = draft.organisationText;
  } else if (record.organizationId === null && record.missingOrganisationKey === null) {
    record.missingOrganisationKey = draft.missingOrganisationKey;
    group.organisationText ??= draft.organisationText;
  }
}

/** Step 1 and 2: the rows read and grouped into the people of the file. */
async function groupRows(
  analysis: Analysis,
  context: RowContext,
  reading: FileReading,
  changes: ImportChanges,
  pause: () => Promise<void>,
) {
  const byKey = new Map<string, Group>();
  const byName = new Map<string, Group[]>();
  const rowOf = new Map<number, { draft: PersonDraft; group: Group }>();
  const groups: Group[] = [];
  for (const row of reading.dataRows) {
    await pause();
    const draft = readPersonRow(context, row);
    if (!draft) continue;
    const same = byKey.get(draft.groupKey);
    if (same) {
      mergeInto(same.record, draft);
      addIssue(context, row.rowNumber, null, "warning", "duplicate", null);
      rowOf.set(row.rowNumber, { draft, group: same });
      continue;
    }
    const name = personKey(draft.givenName, draft.familyName);
    const namesake = (byName.get(name) ?? []).find((group) => mayBeOnePerson(group, draft));
    if (namesake) {
      const decided = changes.sameAs?.[String(draft.rowNumber)];
      analysis.duplicates.push({
        rowNumber: draft.rowNumber,
        ofRowNumber: namesake.record.rowNumbers[0] ?? 0,
        name: nameOf(draft),
        ofName: nameOf(namesake.record),
        organisation: draft.organisationText,
        ofOrganisation: namesake.organisationText,
        decision: decided === undefined ? null : decided === 0 ? "different" : "same",
      });
      if (decided !== undefined && decided !== 0) {
        mergeDuplicate(namesake, draft);
        rowOf.set(row.rowNumber, { draft, group: namesake });
        continue;
      }
    }
    const { rowNumber, organisationText, municipalityName: _place, groupKey, ...fields } = draft;
    const group: Group = {
      record: { ...fields, rowNumbers: [rowNumber], match: { kind: "new" } },
      organisationText,
    };
    byKey.set(groupKey, group);
    byName.set(name, [...(byName.get(name) ?? []), group]);
    groups.push(group);
    rowOf.set(rowNumber, { draft, group });
  }
  return { groups, rowOf };
}

/** Step 3: each person of the file compared with the registry. */
async function matchGroups(
  analysis: Analysis,
  groups: readonly Group[],
  registry: Registry,
  pause: () => Promise<void>,
  onMatched?: OnMatched,
) {
  const candidates = await registryCandidates(
    groups.map(({ record }) => record),
    registry.people,
    pause,
  );
  const byId = new Map(registry.people.map((person) => [person.id, person]));
  // A registered person is a candidate of many names (and of every row of a re-imported list).
  const knownOf = new Map<RegistryPerson, KnownPerson>();
  const asKnown = (person: RegistryPerson) => {
    let known = knownOf.get(person);
    if (!known) {
      const organisationKey = personOrganisationKey(person.organizationId, person.organizationName);
      known = {
        id: person.id,
        givenName: person.givenName,
        familyName: person.familyName,
        key: person.nameKey,
        organisationKey,
        organisationFolded: organisationKeyOf(organisationKey),
      };
      knownOf.set(person, known);
    }
    return known;
  };
  // Rows of one name share its candidates; only their organisations differ.
  const candidatesOfList = new Map<RegistryPerson[], NameCandidates | null>();
  for (const [index, { record, organisationText }] of groups.entries()) {
    await pause();
    if (index % 500 === 0) onMatched?.(index, groups.length);
    const list = candidates[index] ?? [];
    let found = candidatesOfList.get(list);
    if (found === undefined) {
      // In id order: the likely matches offered are then the same however the registry was read.
      const known = list.map(asKnown).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      found = candidatesOf(record, known, registry.participantIds);
      candidatesOfList.set(list, found);
    }
    // An organisation the registry does not know is not recorded: the person is compared as one without.
    const organisationKey = personOrganisationKey(record.organizationId, null);
    record.match = settledByEvent(
      found ? decideMatch(found, organisationKey) : { kind: "new" },
      registry.participantIds,
    );
    analysis.people.push(record);
    if (record.missingOrganisationKey) {
      const missing = analysis.missingOrganisations.get(record.missingOrganisationKey);
      if (missing) missing.people += 1;
      else
        analysis.missingOrganisations.set(record.missingOrganisationKey, {
          name: organisationText ?? "",
          jurisdictionId: record.municipalityId,
          people: 1,
        });
    }
    if (record.match.kind !== "likely") continue;
    analysis.likely.push({
      rowNumber: record.rowNumbers[0] ?? 0,
      name: nameOf(record),
      organisation: organisationText,
      candidates: record.match.ids.map((id) => {
        const person = byId.get(id);
        return {
          personId: id,
          name: person ? nameOf(person) : "",
          organisationName: person?.organizationName ?? null,
        };
      }),
    });
  }
}

/** People and attendance files: each row read, the same person merged, everyone matched. */
export async function analysePeople(
  analysis: Analysis,
  context: RowContext,
  reading: FileReading,
  registry: Registry,
  changes: ImportChanges,
  onMatched?: OnMatched,
) {
  const pause = turns();
  const { groups, rowOf } = await groupRows(analysis, context, reading, changes, pause);
  await matchGroups(analysis, groups, registry, pause, onMatched);
  onMatched?.(groups.length, groups.length);
  for (const { record } of groups) {
    analysis.counts[record.match.kind === "exact" ? "matched" : record.match.kind] += 1;
    analysis.counts[record.sex] += 1;
  }
  const withIssue = new Set(context.issues.map((issue) => issue.rowNumber));
  let shown = 0;
  for (const row of reading.dataRows) {
    const found = rowOf.get(row.rowNumber);
    const { match } = found?.group.record ?? {};
    const outcome: PreviewRow["outcome"] = !match
      ? "skipped"
      : match.kind === "exact"
        ? "matched"
        : match.kind;
    if (outcome === "skipped") analysis.counts.skipped += 1;
    const first = analysis.rows.length < previewRowLimit;
    if (first || (withIssue.has(row.rowNumber) && shown < previewRowLimit)) {
      if (!first) shown += 1;
      analysis.rows.push({
        rowNumber: row.rowNumber,
        outcome,
        values: found ? personValues(analysis.kind, found.draft) : rawValues(row, context.mapping),
        personId: match?.kind === "exact" ? match.id : null,
      });
    }
  }
}
