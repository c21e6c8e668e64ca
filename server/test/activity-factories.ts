/**
 * Factories of the Coordination Board (boards, seats, meetings, action items) and of capacity
 * building (curricula, training rules, module scores, evaluations), as in factories.ts: one valid
 * row each, with sensible defaults, every field overridable, written straight to the tables.
 */
import { randomBytes } from "node:crypto";
import { buildSearchKey } from "../../common/text/search.js";
import type { DbOrTx } from "../db/client.js";
import {
  boardActionItems,
  boardMeetings,
  boardMemberships,
  boards,
  curricula,
  curriculumModules,
  evaluations,
  eventCurricula,
  type events,
  moduleTestScores,
  trainingRules,
} from "../db/schema.js";
import { makeEvent, makeOrganization, makePerson, makePlan } from "./factories.js";

const unique = () => randomBytes(4).toString("hex");

/** A coordination board of a plan; of a new plan unless one is given. */
export async function makeBoard(db: DbOrTx, overrides: Partial<typeof boards.$inferInsert> = {}) {
  const planId = overrides.planId ?? (await makePlan(db)).id;
  const name = overrides.name ?? `Koordinacioni odbor ${unique()}`;
  const [row] = await db
    .insert(boards)
    .values({ ...overrides, planId, name, searchText: buildSearchKey(name) })
    .returning();
  return row as typeof boards.$inferSelect;
}

/** A seat on a board; a new person of a new organisation unless given. */
export async function makeBoardMembership(
  db: DbOrTx,
  values: { boardId: string } & Partial<typeof boardMemberships.$inferInsert>,
) {
  const organizationId = values.organizationId ?? (await makeOrganization(db)).id;
  const personId = values.personId ?? (await makePerson(db, { organizationId })).id;
  const [row] = await db
    .insert(boardMemberships)
    .values({ role: "member", startsOn: "2012-01-01", ...values, organizationId, personId })
    .returning();
  return row as typeof boardMemberships.$inferSelect;
}

/** An event of kind `board_meeting` (one day unless `endsOn` is given) with its meeting record for the board. */
export async function makeBoardMeeting(
  db: DbOrTx,
  options: {
    boardId: string;
    organizerIds?: string[];
    isNgoConsultation?: boolean;
    minutes?: string | null;
  } & Partial<typeof events.$inferInsert>,
) {
  const { boardId, organizerIds = [], isNgoConsultation = false, minutes = null, ...eventValues } = options;
  const event = await makeEvent(db, {
    title: `Sjednica ${unique()}`,
    ...eventValues,
    ...(eventValues.startsOn ? { endsOn: eventValues.endsOn ?? eventValues.startsOn } : {}),
    kind: "board_meeting",
    organizerIds,
  });
  await db.insert(boardMeetings).values({ eventId: event.id, boardId, isNgoConsultation, minutes });
  return event;
}

/** An action item agreed at a recorded board meeting. */
export async function makeActionItem(
  db: DbOrTx,
  values: { eventId: string; ownerOrganizationId: string } & Partial<typeof boardActionItems.$inferInsert>,
) {
  const [row] = await db
    .insert(boardActionItems)
    .values({ description: "Dostaviti izvještaj o provedbi", ...values })
    .returning();
  return row as typeof boardActionItems.$inferSelect;
}

/** A curriculum with its modules in order (two modules unless given). */
export async function makeCurriculum(
  db: DbOrTx,
  options: Partial<typeof curricula.$inferInsert> & {
    modules?: Omit<typeof curriculumModules.$inferInsert, "curriculumId" | "position">[];
  } = {},
) {
  const {
    modules = [{ title: "Rezolucija 1325" }, { title: "Rodna ravnopravnost u sektoru sigurnosti" }],
    ...overrides
  } = options;
  const title = overrides.title ?? `Kurikulum ${unique()}`;
  const [row] = await db
    .insert(curricula)
    .values({ ...overrides, title, searchText: buildSearchKey(title, overrides.description) })
    .returning();
  const curriculum = row as typeof curricula.$inferSelect;
  const moduleRows =
    modules.length === 0
      ? []
      : await db
          .insert(curriculumModules)
          .values(modules.map((module, position) => ({ ...module, curriculumId: curriculum.id, position })))
          .returning();
  return { ...curriculum, modules: moduleRows.sort((a, b) => a.position - b.position) };
}

/** Attaches curricula to a training and, when given, records its rules. */
export async function setUpTraining(
  db: DbOrTx,
  eventId: string,
  options: { curriculumIds?: string[]; rules?: Partial<typeof trainingRules.$inferInsert> } = {},
) {
  const { curriculumIds = [], rules } = options;
  if (curriculumIds.length > 0) {
    await db.insert(eventCurricula).values(curriculumIds.map((curriculumId) => ({ eventId, curriculumId })));
  }
  if (rules) await db.insert(trainingRules).values({ ...rules, eventId });
}

/** A test score of a participant for one module of a training. */
export async function makeModuleScore(
  db: DbOrTx,
  values: { eventId: string; personId: string; moduleId: string } & Partial<
    typeof moduleTestScores.$inferInsert
  >,
) {
  const [row] = await db
    .insert(moduleTestScores)
    .values({ phase: "pre", score: "5", maxScore: "10", ...values })
    .returning();
  return row as typeof moduleTestScores.$inferSelect;
}

/** A satisfaction evaluation of a training; anonymous unless a person is given. */
export async function makeEvaluation(
  db: DbOrTx,
  values: { eventId: string } & Partial<typeof evaluations.$inferInsert>,
) {
  const [row] = await db
    .insert(evaluations)
    .values({ scores: { overall: 4 }, ...values })
    .returning();
  return row as typeof evaluations.$inferSelect;
}
