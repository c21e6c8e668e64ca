import { abilitiesFrom } from "../../http/abilities.js";
import type { Actor } from "../../http/actor.js";
import { isStaff } from "../../http/actor.js";
import type { Decision } from "../../http/policy.js";
import { actionItemPolicy } from "./action-items.policy.js";
import { meetingPolicy } from "./meetings.policy.js";

export type BoardAction = "read" | "create" | "update" | "archive";
export type MembershipAction = "read" | "create" | "update" | "delete";

/**
 * Boards are the plan's, not any organisation's: every signed-in role reads them; only the agency
 * (administrators, coordinators) creates, changes and archives them.
 */
export function boardPolicy(actor: Actor, action: BoardAction): Decision {
  if (isStaff(actor)) return "allow";
  return action === "read" ? "allow" : "deny";
}

/** Memberships follow their board: every signed-in role reads the composition; the agency writes it. */
export function membershipPolicy(actor: Actor, action: MembershipAction): Decision {
  if (isStaff(actor)) return "allow";
  return action === "read" ? "allow" : "deny";
}

/** What the reader may do with a board: edit or archive it, change its seats, record its meetings, add action items. */
export const boardAbilities = (actor: Actor) =>
  abilitiesFrom(
    ["update", "archive", "manageMembers", "recordMeetings", "addActionItems"] as const,
    (action) => {
      switch (action) {
        case "update":
        case "archive":
          return boardPolicy(actor, action);
        case "manageMembers":
          return membershipPolicy(actor, "create");
        case "recordMeetings":
          return meetingPolicy(actor, "write");
        case "addActionItems":
          return actionItemPolicy(actor, "create");
      }
    },
  );
