import type { Abilities } from "../../common/schemas/abilities.js";
import type { Decision } from "./policy.js";

/**
 * The abilities of a record for the reader: each action is allowed exactly when the record's policy
 * answers `allow` for it (a `deny` or `hide` reads as "may not").
 */
export function abilitiesFrom<const Action extends string>(
  actions: readonly Action[],
  decide: (action: Action) => Decision,
): Abilities<Action> {
  return Object.fromEntries(
    actions.map((action) => [action, decide(action) === "allow"]),
  ) as Abilities<Action>;
}
