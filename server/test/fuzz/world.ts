/**
 * The small world the fuzzer works in, built in steps: the registry (organisations for each role,
 * people with e-mail and phone, users), a plan with its framework, indicators, periods and
 * submissions, a project with events and a training, a board with its meetings, and imports.
 */
import { eq } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { people } from "../../db/schema.js";
import type { FileStore } from "../../files/store.js";
import { type Pools, startSeeding } from "./seeding.js";
import type { FuzzRole, FuzzUser } from "./session.js";
import { buildBoard } from "./world-boards.js";
import { buildEvents } from "./world-events.js";
import { buildImports } from "./world-imports.js";
import { buildPlans } from "./world-plans.js";
import { buildRegistry, type PersonalValue } from "./world-registry.js";

export interface World {
  users: Record<FuzzRole, FuzzUser>;
  pools: Pools;
  /** The row a nested row belongs to (a participation's event, a seat's board, a node's plan). */
  parents: Map<string, string>;
  personal: PersonalValue[];
  /** Category keys of the indicators' values (`set=category` pairs, sorted by set code). */
  categoryKeys: string[];
  /** The hash of `knownPassword`, to restore after a request changed it. */
  passwordHash: string;
  organizations: { partner: string; representative: string; others: string[] };
}

export async function buildWorld(db: Db, files: FileStore): Promise<World> {
  const seeding = startSeeding(db, files);
  const registry = await buildRegistry(seeding);
  const plans = await buildPlans(seeding, registry);
  const events = await buildEvents(seeding, registry, plans);
  await buildBoard(seeding, registry, plans);
  await buildImports(seeding, registry, events);
  const { organizations } = registry;
  return {
    users: registry.users,
    pools: seeding.pools,
    parents: seeding.parents,
    personal: registry.personal,
    categoryKeys: [
      "",
      "sex=female",
      "sex=male",
      `${plans.ranksCode}=officer;sex=female`,
      `${plans.ranksCode}=nco;sex=male`,
      `sex=female;${plans.ranksCode}=officer`,
    ],
    passwordHash: registry.passwordHash,
    organizations: {
      partner: organizations.partner,
      representative: organizations.representative,
      others: [organizations.defence, organizations.media],
    },
  };
}

/** The organisation a person belongs to now (the fuzzing may move people between organisations). */
export async function organizationOfPerson(db: Db, personId: string): Promise<string | null | undefined> {
  const [row] = await db
    .select({ organizationId: people.organizationId })
    .from(people)
    .where(eq(people.id, personId));
  return row?.organizationId;
}
