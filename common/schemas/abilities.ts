import { z } from "zod";

/**
 * What the reader may do with a record, decided on the server by the record's policy and sent with
 * the record (`abilities: { update: true, archive: false }`). The web shows and hides its actions
 * from these alone; it never re-encodes a role rule. The server still enforces every request.
 */
export function abilitiesOf<const Action extends string>(...actions: Action[]) {
  const shape = Object.fromEntries(actions.map((action) => [action, z.boolean()])) as Record<
    Action,
    z.ZodBoolean
  >;
  return z.strictObject(shape).meta({
    description: "What the signed-in reader may do with this record, as the server's policy decides.",
  });
}

/** The answers of a record's policy for each action, as booleans. */
export type Abilities<Action extends string> = Record<Action, boolean>;

/** Editing and archiving: the abilities of most registers' records. */
export const EditAbilities = abilitiesOf("update", "archive");
export type EditAbilities = z.infer<typeof EditAbilities>;

/** A record as stored, before its reader's abilities are added to it. */
export type Stored<Record extends { abilities: unknown }> = Omit<Record, "abilities">;
