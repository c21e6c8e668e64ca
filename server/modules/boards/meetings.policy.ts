import type { Actor } from "../../http/actor.js";
import { isStaff } from "../../http/actor.js";
import type { Decision } from "../../http/policy.js";

export type MeetingAction = "read" | "write";

/**
 * The board-meeting record of an event (agenda, attendance, minutes, decisions) is the board's:
 * every signed-in role that may read the event (`eventPolicy`) reads it; only the agency records it.
 */
export function meetingPolicy(actor: Actor, action: MeetingAction): Decision {
  if (isStaff(actor)) return "allow";
  return action === "read" ? "allow" : "deny";
}
