/**
 * The trainer cascade: how far a training of trainers (TOT) travels. Participants of a TOT go on
 * to train others, some of whom go on to train others in turn. Pure functions: the server and the
 * browser trace the same cascade.
 *
 * Rules:
 *
 * - Only attended participations count, for every role: a person registered but absent neither
 *   learnt at the TOT nor delivered a session.
 * - Events are compared by calendar date (the first ten characters of `startsOn`, YYYY-MM-DD);
 *   "later" means strictly later, so an event on the same day as the TOT does not follow it.
 * - Trainers produced by a TOT: the people who attended it as `participant` and later act as
 *   `trainer` or `co_trainer` of another event (of any kind). Someone who trained others but did
 *   not attend the TOT as a participant, or trained only before or on the day of the TOT, is not
 *   produced by it.
 * - Sessions: the events after the TOT in which at least one produced trainer is trainer or
 *   co-trainer; a trainer's sessions before the TOT do not count. A trainer who delivers two
 *   sessions is one trainer and two sessions.
 * - People reached: the attended `participant`s of the sessions, excluding the produced trainers
 *   and the session's own trainers, each person once however many sessions they attended. Reach
 *   per trainer counts the same way over that trainer's sessions only; the reach of the TOT is the
 *   union of its trainers' reach, so it never exceeds their sum.
 * - Splits of the people reached: by sex, sector and level, each person once (null gathers unknown
 *   values and people missing from the list); by municipality of the session, each person once per
 *   municipality, so a person reached in two municipalities counts in both and the municipal counts
 *   may add up to more than the total.
 * - Generations: the produced trainers are generation 1. The people reached by generation g who
 *   later (strictly after the first session where generation g reached them) act as trainer or
 *   co-trainer, and are not already trainers of the cascade, are generation g + 1; their sessions
 *   are those after that first session. Each generation's reach excludes its own trainers only, so
 *   in a cycle (A trains B, later B trains A) B is generation 2 and reaches A. A person joins the
 *   cascade as a trainer once, at the earliest generation, which is why tracing always ends.
 * - Depth: the last generation that reached at least one person; 0 when the TOT produced no
 *   trainer or its trainers reached nobody. Depth 1: the TOT's trainers reached people; depth 2:
 *   some of those people trained others in turn; and so on.
 * - The headline figures (trainers produced, sessions, people reached and their splits) are those
 *   of generation 1; `generations` and `trainers` give every generation.
 * - Participations of events missing from the list of events are ignored.
 */

import {
  type EventKind,
  type OrganizationLevel,
  type OrganizationSector,
  organizationLevels,
  organizationSectors,
  type ParticipationRole,
  type Sex,
  sexes,
} from "../schemas/enums.js";
import { CapacityInputError } from "./errors.js";
import { compareIds, sortedGroupKeys } from "./groups.js";

export interface CascadeEvent {
  id: string;
  kind: EventKind;
  /** ISO date (YYYY-MM-DD), optionally followed by a time, which is ignored. */
  startsOn: string;
  municipalityId: string | null;
}

export interface CascadeParticipation {
  eventId: string;
  personId: string;
  role: ParticipationRole;
  attended: boolean;
}

export interface CascadePerson {
  id: string;
  sex: Sex;
  sector: OrganizationSector | null;
  level: OrganizationLevel | null;
}

export interface CascadeInput {
  events: readonly CascadeEvent[];
  participations: readonly CascadeParticipation[];
  people: readonly CascadePerson[];
}

/** The number of people reached in one group of a split; `key` null is the group of unknown values. */
export interface CascadeCount<K extends string> {
  key: K | null;
  people: number;
}

export interface CascadeTrainer {
  personId: string;
  /** 1 for a trainer produced by the TOT, 2 for a person they reached who trained in turn, … */
  generation: number;
  /** The date after which this trainer's sessions count: the TOT's, or the day they were reached. */
  since: string;
  /** The sessions this trainer delivered in the cascade, by date then id. */
  sessions: string[];
  /** Unique people this trainer reached. */
  reached: number;
}

export interface CascadeGeneration {
  generation: number;
  /** Person ids, by code point. */
  trainers: string[];
  /** Event ids, by date then id. */
  sessions: string[];
  /** Person ids of the unique people reached, by code point. */
  reached: string[];
}

export type CascadeNodeKind = "tot" | "trainer" | "session";

export interface CascadeNode {
  /** Unique in the graph: "tot:<event id>", "trainer:<person id>" or "session:<event id>". */
  id: string;
  kind: CascadeNodeKind;
  /** The event or person the node stands for. */
  refId: string;
  /** 0 for the TOT; for a trainer their generation; for a session the first generation it served. */
  generation: number;
}

/**
 * A link of the diagram: TOT → generation-1 trainer and session → trainer of a later generation
 * (the session where that trainer was first reached), weighted by the trainer's reach; trainer →
 * session, weighted by the people that trainer reached in that session. Dates strictly increase
 * along every path, so the graph has no cycle.
 */
export interface CascadeLink {
  source: string;
  target: string;
  weight: number;
}

export interface CascadeGraph {
  nodes: CascadeNode[];
  links: CascadeLink[];
}

export interface TotCascade {
  totId: string;
  startsOn: string;
  /** Person ids of the trainers produced (generation 1), by code point. */
  trainersProduced: string[];
  /** Event ids of the sessions they delivered, by date then id. */
  sessions: string[];
  /** Person ids of the unique people they reached, by code point. */
  reached: string[];
  reachedBySex: CascadeCount<Sex>[];
  reachedBySector: CascadeCount<OrganizationSector>[];
  reachedByLevel: CascadeCount<OrganizationLevel>[];
  /** By municipality of the session: a person reached in two municipalities counts in both. */
  reachedByMunicipality: CascadeCount<string>[];
  depth: number;
  /** Every generation with at least one trainer, in order. */
  generations: CascadeGeneration[];
  /** Every trainer of the cascade with their reach, by generation then person id. */
  trainers: CascadeTrainer[];
  graph: CascadeGraph;
}

interface IndexedEvent {
  event: CascadeEvent;
  day: string;
  participants: Set<string>;
  trainers: Set<string>;
}

interface TrainerEvent {
  eventId: string;
  day: string;
}

interface CascadeIndex {
  events: Map<string, IndexedEvent>;
  /** Per person, the events they attended as trainer or co-trainer, by date then id. */
  trainerEvents: Map<string, TrainerEvent[]>;
  people: Map<string, CascadePerson>;
}

const trainerRoles: ReadonlySet<ParticipationRole> = new Set(["trainer", "co_trainer"]);
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The cascade of every TOT of the input, or of those among `totIds` only, by date then id (see the
 * rules at the top of this module). Throws a `CapacityInputError` when an event's date is not an
 * ISO date.
 */
export function traceCascades(input: CascadeInput, totIds?: readonly string[]): TotCascade[] {
  const index = buildIndex(input);
  const wanted = totIds ? new Set(totIds) : null;
  return [...index.events.values()]
    .filter(({ event }) => event.kind === "training_of_trainers" && (wanted?.has(event.id) ?? true))
    .sort(compareIndexedEvents)
    .map((tot) => traceTot(index, tot));
}

/**
 * The cascade of one TOT; null when the event is missing or not a training of trainers. Throws a
 * `CapacityInputError` when an event's date is not an ISO date.
 */
export function traceCascade(input: CascadeInput, totId: string): TotCascade | null {
  const index = buildIndex(input);
  const tot = index.events.get(totId);
  if (tot?.event.kind !== "training_of_trainers") return null;
  return traceTot(index, tot);
}

/** The calendar date of an event, checked. */
function eventDay(event: CascadeEvent, position: number): string {
  const day = event.startsOn.slice(0, 10);
  if (!isoDate.test(day)) {
    throw new CapacityInputError(
      "invalid_date",
      `events.${position}.startsOn`,
      "An event date must be an ISO date.",
    );
  }
  return day;
}

function compareDays(a: { day: string; id: string }, b: { day: string; id: string }): number {
  return compareIds(a.day, b.day) || compareIds(a.id, b.id);
}

function compareIndexedEvents(a: IndexedEvent, b: IndexedEvent): number {
  return compareDays({ day: a.day, id: a.event.id }, { day: b.day, id: b.event.id });
}

function buildIndex({ events, participations, people }: CascadeInput): CascadeIndex {
  const indexed = new Map<string, IndexedEvent>();
  events.forEach((event, position) => {
    indexed.set(event.id, {
      event,
      day: eventDay(event, position),
      participants: new Set(),
      trainers: new Set(),
    });
  });
  const trainerEvents = new Map<string, TrainerEvent[]>();
  for (const { eventId, personId, role, attended } of participations) {
    const entry = indexed.get(eventId);
    if (!entry || !attended) continue;
    if (role === "participant") entry.participants.add(personId);
    if (!trainerRoles.has(role) || entry.trainers.has(personId)) continue;
    entry.trainers.add(personId);
    const list = trainerEvents.get(personId) ?? [];
    list.push({ eventId, day: entry.day });
    trainerEvents.set(personId, list);
  }
  for (const list of trainerEvents.values()) {
    list.sort((a, b) => compareDays({ day: a.day, id: a.eventId }, { day: b.day, id: b.eventId }));
  }
  return { events: indexed, trainerEvents, people: new Map(people.map((person) => [person.id, person])) };
}

/** Whether a person acts as trainer or co-trainer of an event strictly after a date. */
function trainsAfter(index: CascadeIndex, personId: string, day: string): boolean {
  return (index.trainerEvents.get(personId) ?? []).some((entry) => entry.day > day);
}

interface Candidate {
  personId: string;
  since: string;
  /** Where the trainer comes from in the graph: the TOT or the session where first reached. */
  origin: string;
}

interface FirstReach {
  day: string;
  eventId: string;
}

function traceTot(index: CascadeIndex, tot: IndexedEvent): TotCascade {
  const totNode = `tot:${tot.event.id}`;
  const nodes = new Map<string, CascadeNode>([
    [totNode, { id: totNode, kind: "tot", refId: tot.event.id, generation: 0 }],
  ]);
  const links: CascadeLink[] = [];
  const generations: CascadeGeneration[] = [];
  const trainers: CascadeTrainer[] = [];
  const inCascade = new Set<string>();
  /** Per person reached by generation 1, the sessions where they were reached. */
  let firstGenerationReach = new Map<string, Set<string>>();

  let current: Candidate[] = [...tot.participants]
    .filter((personId) => trainsAfter(index, personId, tot.day))
    .sort(compareIds)
    .map((personId) => ({ personId, since: tot.day, origin: totNode }));

  for (let generation = 1; current.length > 0; generation += 1) {
    const generationTrainers = new Set(current.map((candidate) => candidate.personId));
    for (const personId of generationTrainers) inCascade.add(personId);
    const sessions = new Map<string, IndexedEvent>();
    const reachedIn = new Map<string, Set<string>>();
    const firstReach = new Map<string, FirstReach>();

    for (const { personId, since, origin } of current) {
      const trainerNode = `trainer:${personId}`;
      nodes.set(trainerNode, { id: trainerNode, kind: "trainer", refId: personId, generation });
      const originLink: CascadeLink = { source: origin, target: trainerNode, weight: 0 };
      links.push(originLink);
      const trainerSessions: string[] = [];
      const trainerReach = new Set<string>();
      for (const { eventId, day } of index.trainerEvents.get(personId) ?? []) {
        const session = index.events.get(eventId);
        if (!session || day <= since) continue;
        trainerSessions.push(eventId);
        sessions.set(eventId, session);
        const sessionNode = `session:${eventId}`;
        if (!nodes.has(sessionNode)) {
          nodes.set(sessionNode, { id: sessionNode, kind: "session", refId: eventId, generation });
        }
        const reachedHere = [...session.participants].filter(
          (p) => !generationTrainers.has(p) && !session.trainers.has(p),
        );
        links.push({ source: trainerNode, target: sessionNode, weight: reachedHere.length });
        for (const p of reachedHere) {
          trainerReach.add(p);
          const places = reachedIn.get(p) ?? new Set<string>();
          places.add(eventId);
          reachedIn.set(p, places);
          const first = firstReach.get(p);
          if (!first || compareDays({ day, id: eventId }, { day: first.day, id: first.eventId }) < 0) {
            firstReach.set(p, { day, eventId });
          }
        }
      }
      originLink.weight = trainerReach.size;
      trainers.push({ personId, generation, since, sessions: trainerSessions, reached: trainerReach.size });
    }

    const reached = [...reachedIn.keys()].sort(compareIds);
    generations.push({
      generation,
      trainers: [...generationTrainers],
      sessions: [...sessions.values()].sort(compareIndexedEvents).map(({ event }) => event.id),
      reached,
    });
    if (generation === 1) firstGenerationReach = reachedIn;

    current = reached.flatMap((personId): Candidate[] => {
      const first = firstReach.get(personId);
      if (!first || inCascade.has(personId) || !trainsAfter(index, personId, first.day)) return [];
      return [{ personId, since: first.day, origin: `session:${first.eventId}` }];
    });
  }

  const first = generations[0];
  return {
    totId: tot.event.id,
    startsOn: tot.event.startsOn,
    trainersProduced: first?.trainers ?? [],
    sessions: first?.sessions ?? [],
    reached: first?.reached ?? [],
    ...reachedSplits(index, firstGenerationReach),
    depth: generations.filter((g) => g.reached.length > 0).length,
    generations,
    trainers,
    graph: { nodes: [...nodes.values()], links },
  };
}

/** The splits of the people reached by generation 1, given the sessions where each was reached. */
function reachedSplits(
  index: CascadeIndex,
  reachedIn: ReadonlyMap<string, ReadonlySet<string>>,
): Pick<TotCascade, "reachedBySex" | "reachedBySector" | "reachedByLevel" | "reachedByMunicipality"> {
  const bySex = new Map<Sex | null, number>();
  const bySector = new Map<OrganizationSector | null, number>();
  const byLevel = new Map<OrganizationLevel | null, number>();
  const byMunicipality = new Map<string | null, number>();
  const increment = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const [personId, sessionIds] of reachedIn) {
    const person = index.people.get(personId);
    increment(bySex, person?.sex ?? null);
    increment(bySector, person?.sector ?? null);
    increment(byLevel, person?.level ?? null);
    const municipalities = new Set(
      [...sessionIds].map((eventId) => index.events.get(eventId)?.event.municipalityId ?? null),
    );
    for (const municipality of municipalities) increment(byMunicipality, municipality);
  }
  return {
    reachedBySex: counts(bySex, sexes),
    reachedBySector: counts(bySector, organizationSectors),
    reachedByLevel: counts(byLevel, organizationLevels),
    reachedByMunicipality: counts(byMunicipality, null),
  };
}

function counts<K extends string>(
  groups: ReadonlyMap<K | null, number>,
  vocabulary: readonly K[] | null,
): CascadeCount<K>[] {
  return sortedGroupKeys(groups, vocabulary).map((key) => ({ key, people: groups.get(key) ?? 0 }));
}
