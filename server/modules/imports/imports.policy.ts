import type { ImportKind } from "../../../common/schemas/imports.js";
import type { Actor } from "../../http/actor.js";
import { isStaff } from "../../http/actor.js";
import type { Decision } from "../../http/policy.js";
import { type EventFacts, eventPolicy, participationPolicy } from "../events/events.policy.js";
import { organizationPolicy } from "../organizations/organizations.policy.js";
import { personPolicy } from "../people/people.policy.js";

/**
 * `create` uploads a file; `read` sees the import and its preview; `readPersonal` sees the contacts
 * in the preview; `readFile` downloads the original file; `write` corrects the mapping and commits.
 */
export type ImportAction = "create" | "read" | "readPersonal" | "readFile" | "write";

/** What the policy needs to know about an import (or, for `create`, the upload). */
export interface ImportFacts {
  kind: ImportKind;
  /** The user who uploaded the file; absent for an upload not yet made. */
  createdBy?: string | null;
  /** The event an attendance import fills; absent when the answer is for the role alone. */
  event?: EventFacts;
}

/** Staff and the uploader: the only readers who see everything the file holds. */
const isStaffOrUploader = (actor: Actor, facts: ImportFacts) =>
  isStaff(actor) || (facts.createdBy !== undefined && facts.createdBy === actor.userId);

/** The right to write what the import writes: participants of the event, people, organisations. */
function createDecision(actor: Actor, facts: ImportFacts): Decision {
  switch (facts.kind) {
    case "attendance": {
      if (!facts.event) return participationPolicy(actor, "create");
      const read = eventPolicy(actor, "read", facts.event);
      if (read !== "allow") return read;
      return participationPolicy(actor, "create", facts.event);
    }
    case "people":
      return personPolicy(actor, "create");
    case "organisations":
      return organizationPolicy(actor, "create");
    case "indicatorValues":
      return "deny";
  }
}

/** Staff, the uploader, and those who may read the participants of the import's event. */
function readDecision(actor: Actor, facts: ImportFacts): Decision {
  if (isStaffOrUploader(actor, facts)) return "allow";
  if (facts.event && eventPolicy(actor, "read", facts.event) === "allow") {
    if (participationPolicy(actor, "read", facts.event) === "allow") return "allow";
  }
  return "hide";
}

/**
 * Imports write on behalf of their kind: an attendance import needs the right to add participants
 * to its event (a partner imports only into the events its organisation organises), a people import
 * the right to register people, an organisations import the right to register organisations.
 * An import and its preview are read by staff, by the user who uploaded it and by those who may read
 * the participants of its event. The file lists contacts of people of other organisations: only
 * staff and the uploader see them in the preview (others get it without), and only they download
 * the original file, which cannot be filtered (others get 403). Only staff and the uploader, while
 * they still hold the right to write, correct the mapping and commit. `readableImports` in
 * imports.queries.ts is the read rule in SQL, for lists.
 */
export function importPolicy(actor: Actor, action: ImportAction, facts: ImportFacts): Decision {
  switch (action) {
    case "create":
      return createDecision(actor, facts);
    case "read":
      return readDecision(actor, facts);
    case "readPersonal":
    case "readFile": {
      const read = readDecision(actor, facts);
      if (read !== "allow") return read;
      return isStaffOrUploader(actor, facts) ? "allow" : "deny";
    }
    case "write": {
      const read = readDecision(actor, facts);
      if (read !== "allow") return read;
      if (!isStaffOrUploader(actor, facts)) return "deny";
      return createDecision(actor, facts);
    }
  }
}
