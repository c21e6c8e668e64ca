/**
 * Merging two records of one person (staff only): everything that points at the other record moves
 * to the survivor, the survivor keeps the chosen value of each field, and the other record stays,
 * archived, as an alias of the survivor. One transaction; both records' audit entries name each other.
 */
import type { z } from "zod";
import { mergedValues } from "../../../common/people/merge.js";
import type { Person, PersonMergeInput } from "../../../common/schemas/people.js";
import { buildSearchKey } from "../../../common/text/search.js";
import type { Db } from "../../db/client.js";
import type { Actor } from "../../http/actor.js";
import { AppError, conflict, fieldError, invalid, notFound } from "../../http/errors.js";
import { enforce } from "../../http/policy.js";
import { recordAudit } from "../audit/audit.service.js";
import {
  lockPeoplePair,
  markPersonMerged,
  moveReferences,
  type SharedEvent,
  selectSharedEvents,
} from "./people.merge.queries.js";
import { personPolicy } from "./people.policy.js";
import { updatePersonRow } from "./people.queries.js";
import { getPerson } from "./people.service.js";

export type PersonMergeRequest = z.output<typeof PersonMergeInput>;

/**
 * 409: both people take part in these events. The body's reason counts them; each detail names one
 * event (its id, title and first day), for the merge screen to list.
 */
function sharedEventsConflict(events: SharedEvent[]): AppError {
  const refusal = conflict("merge_double_participation", { count: events.length });
  const details = events.map((event) =>
    fieldError("otherId", "merge_shared_event", {
      eventId: event.id,
      title: event.title,
      startsOn: event.startsOn,
    }),
  );
  return new AppError("CONFLICT", refusal.message, details, refusal.why);
}

/**
 * Merges the person `input.otherId` into `survivorId`. Refused: 403 for anyone but staff, 400 for a
 * person with themselves (or an unknown other), 404 for an unknown survivor, 409 when either is
 * archived or already merged, or when both take part in one event (the events in the details).
 * `now` (the service's clock) is when the alias was archived.
 */
export async function mergePeople(
  db: Db,
  actor: Actor,
  survivorId: string,
  input: PersonMergeRequest,
  now: Date,
): Promise<Person> {
  enforce(personPolicy(actor, "merge"), "Person");
  if (input.otherId === survivorId) throw invalid("otherId", "merge_same_person");
  await db.transaction(async (tx) => {
    const locked = await lockPeoplePair(tx, [survivorId, input.otherId]);
    const survivor = locked.get(survivorId);
    if (!survivor) throw notFound("Person");
    const other = locked.get(input.otherId);
    if (!other) throw invalid("otherId", "no_such_person");
    if (survivor.archivedAt !== null || other.archivedAt !== null) throw conflict("merge_person_archived");
    const shared = await selectSharedEvents(tx, survivor.id, other.id);
    if (shared.length > 0) throw sharedEventsConflict(shared);

    // Rows move first, so that the survivor's new sex or organisation is counted over all of them.
    await moveReferences(tx, other.id, survivor.id);
    const values = mergedValues(survivor, other, input.values);
    const after = await updatePersonRow(tx, survivor.id, {
      ...values,
      searchText: buildSearchKey(values.givenName, values.familyName),
    });
    await recordAudit(tx, actor, {
      action: "update",
      entityType: "person",
      entityId: survivor.id,
      before: survivor,
      after,
      reason: `Merged with person ${other.id}`,
    });
    const alias = await markPersonMerged(tx, other.id, survivor.id, now);
    await recordAudit(tx, actor, {
      action: "archive",
      entityType: "person",
      entityId: other.id,
      before: other,
      after: alias,
      reason: `Merged into person ${survivor.id}`,
    });
  });
  return getPerson(db, actor, survivorId);
}
