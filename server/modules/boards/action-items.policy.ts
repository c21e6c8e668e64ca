import { abilitiesFrom } from "../../http/abilities.js";
import type { Actor } from "../../http/actor.js";
import { isStaff } from "../../http/actor.js";
import type { Decision } from "../../http/policy.js";

/** `mark` sets the status to open or done and the note; `update` is any other change. */
export type ActionItemAction = "read" | "create" | "update" | "mark";

/**
 * Action items: every signed-in role reads them; the agency writes them. A representative marks the
 * items its own organisation owns done (or open again) with a note; another organisation's item is
 * not its to touch (hidden, as for events). Without an item the answer is for the role.
 */
export function actionItemPolicy(
  actor: Actor,
  action: ActionItemAction,
  item?: { ownerOrganizationId: string },
): Decision {
  if (isStaff(actor)) return "allow";
  if (action === "read") return "allow";
  if (action !== "mark" || actor.role !== "representative") return "deny";
  if (!item) return "allow";
  return actor.organizationId !== null && actor.organizationId === item.ownerOrganizationId
    ? "allow"
    : "hide";
}

/** What the reader may do with an action item, sent with it. */
export const actionItemAbilities = (actor: Actor, item: { ownerOrganization: { id: string } }) =>
  abilitiesFrom(["update", "mark"] as const, (action) =>
    actionItemPolicy(actor, action, { ownerOrganizationId: item.ownerOrganization.id }),
  );

/** Action items with their reader's abilities. */
export const withActionItemAbilities = <Item extends { ownerOrganization: { id: string } }>(
  actor: Actor,
  items: Item[],
) => items.map((item) => ({ ...item, abilities: actionItemAbilities(actor, item) }));
