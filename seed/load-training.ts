/**
 * Loads the capacity-building records of the default data: curricula and their modules on the
 * trainings, the rules of the training of trainers, its attendance per day, and its evaluation.
 */

import { satisfactionQuestions } from "../common/schemas/enums.js";
import { buildSearchKey } from "../common/text/search.js";
import type { DbOrTx } from "../server/db/client.js";
import {
  attendanceDays,
  curricula,
  curriculumModules,
  evaluations,
  eventCurricula,
  trainingRules,
} from "../server/db/schema.js";
import { issueToEligible } from "../server/modules/certificates/certificates.service.js";
import {
  curricula as seedCurricula,
  totEvaluationComments,
  totMissedDays,
  totRules,
} from "./data/training.js";
import type { SeedEvent } from "./types.js";

export interface TrainingContext {
  person: (key: string) => string;
  event: (key: string) => string;
  seedEvent: (key: string) => SeedEvent;
}

/** The days of an event, from its first to its last, as ISO dates. */
export function daysOf(startsOn: string, endsOn: string): string[] {
  const days: string[] = [];
  for (let day = new Date(`${startsOn}T00:00:00Z`); day <= new Date(`${endsOn}T00:00:00Z`); ) {
    days.push(day.toISOString().slice(0, 10));
    day = new Date(day.getTime() + 86_400_000);
  }
  return days;
}

/** Deterministic answers 3–5, mostly 4 and 5, so the data is the same on every load. */
const answer = (participant: number, question: number) =>
  [5, 4, 5, 4, 3, 5, 4][(participant * 3 + question) % 7] as number;

export async function insertTraining(tx: DbOrTx, context: TrainingContext): Promise<number> {
  for (const seed of seedCurricula) {
    const [row] = await tx
      .insert(curricula)
      .values({ title: seed.title, description: seed.description, searchText: buildSearchKey(seed.title) })
      .returning({ id: curricula.id });
    const curriculumId = (row as { id: string }).id;
    await tx.insert(curriculumModules).values(
      seed.modules.map((module, position) => ({
        curriculumId,
        position,
        title: module.title,
        durationMinutes: module.durationMinutes ?? null,
      })),
    );
    await tx
      .insert(eventCurricula)
      .values(seed.events.map((key) => ({ eventId: context.event(key), curriculumId })));
  }

  const tot = context.seedEvent(totRules.event);
  const totId = context.event(totRules.event);
  await tx.insert(trainingRules).values({
    eventId: totId,
    minAttendanceShare: String(totRules.minAttendanceShare),
    passMark: String(totRules.passMark),
  });
  const days = daysOf(tot.startsOn, tot.endsOn);
  const participants = tot.participations.filter((p) => p.role === "participant");
  await tx.insert(attendanceDays).values(
    participants.flatMap((participation) => {
      const missed = totMissedDays[Number(participation.person.slice(1))] ?? [];
      return days.map((day, index) => ({
        eventId: totId,
        personId: context.person(participation.person),
        day,
        present: participation.attended && !missed.includes(index),
      }));
    }),
  );
  const evaluated = participants.filter((p) => p.attended);
  await tx.insert(evaluations).values(
    evaluated.map((_, index) => ({
      eventId: totId,
      scores: Object.fromEntries(satisfactionQuestions.map((question, q) => [question, answer(index, q)])),
      comment: totEvaluationComments[index] ?? null,
    })),
  );
  await issueToEligible(tx, totId);
  return seedCurricula.length;
}
