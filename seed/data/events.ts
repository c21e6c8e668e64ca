/**
 * Events of the 2012 project: 6 Coordination Board meetings, the training of trainers, 2 seminars,
 * 10 local workshops and the campaign (public presentation, one TV and one radio show).
 * DEMO DATA — the kinds, number and places of the events follow the project; dates, attendance and
 * test scores are illustrative, and all people are fictional.
 */
import type { SeedEvent, SeedParticipation } from "../types.js";
import { personKey } from "./people.js";
import { project2012 } from "./project.js";

const project = project2012.key;

/** Coordination Board representatives (p002–p021); p001, of the Agency, chairs the Board. */
const boardChair = 1;
const boardMembers = Array.from({ length: 20 }, (_, i) => i + 2);
/** The one Board representative who could not attend the training of trainers. */
const absentFromTraining = 19;

/** Small deterministic pseudo-random generator (mulberry32), so the data is the same on every load. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = seededRandom(1325);

function randomInt(min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

function pickSome(pool: number[], count: number): number[] {
  const copy = [...pool];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as number, copy[i] as number];
  }
  return copy.slice(0, count).sort((a, b) => a - b);
}

function withRole(people: number[], role: SeedParticipation["role"]): SeedParticipation[] {
  return people.map((n) => ({ person: personKey(n), role, attended: true }));
}

/** Participants; about one in twenty registered participants did not come. */
function asParticipants(people: number[]): SeedParticipation[] {
  return people.map((n) => ({ person: personKey(n), role: "participant", attended: random() >= 0.05 }));
}

interface Cast {
  organisers?: number[];
  trainers?: number[];
  speakers?: number[];
  observers?: number[];
  participants?: number[];
}

function cast(c: Cast): SeedParticipation[] {
  return [
    ...withRole(c.organisers ?? [], "organiser"),
    ...withRole(c.trainers ?? [], "trainer"),
    ...withRole(c.speakers ?? [], "speaker"),
    ...withRole(c.observers ?? [], "observer"),
    ...asParticipants(c.participants ?? []),
  ];
}

// ---------------------------------------------------------------------------------------------
// Coordination Board meetings

/** Date, municipality and script of the Board meetings; the RS-hosted meeting writes Cyrillic. */
const boardMeetingPlan: [string, string, "latin" | "cyrillic"][] = [
  ["2012-02-16", "Centar Sarajevo", "latin"],
  ["2012-04-12", "Centar Sarajevo", "latin"],
  ["2012-06-07", "Banja Luka", "cyrillic"],
  ["2012-09-13", "Novo Sarajevo", "latin"],
  ["2012-11-08", "Centar Sarajevo", "latin"],
  ["2012-12-06", "Centar Sarajevo", "latin"],
];

function boardMeetingTitle(n: number, script: "latin" | "cyrillic"): string {
  return script === "cyrillic"
    ? `${n}. сједница Координационог одбора за праћење провођења Акционог плана за имплементацију Резолуције 1325 у БиХ у 2012. години`
    : `${n}. sjednica Koordinacionog odbora za praćenje provedbe Akcionog plana za implementaciju UNSCR 1325 u BiH u 2012. godini`;
}

const boardMeetings: SeedEvent[] = boardMeetingPlan.map(([date, municipality, script], i) => {
  const members = pickSome(boardMembers, randomInt(9, 13));
  const absent = random() < 0.5 ? members[randomInt(0, members.length - 1)] : undefined;
  const observers = i === 0 || i === 5 ? [26] : [];
  return {
    key: `board-2012-${i + 1}`,
    title: boardMeetingTitle(i + 1, script),
    kind: "board_meeting",
    status: "held",
    startsOn: date,
    endsOn: date,
    municipality,
    venue: script === "cyrillic" ? "Бања Лука" : "Sarajevo",
    project,
    organizers: ["agency"],
    frameworkNodes: i === 0 || i === 5 ? ["obj-4", "res-4-1", "act-4-1-1"] : ["obj-4", "res-4-1"],
    description:
      i === 0
        ? "Work plan of the Board for 2012 and the project activities; data collection for the annual report."
        : i === 5
          ? "Review of the year, draft annual report to the Council of Ministers of BiH, priorities for the next Action Plan."
          : "Regular meeting: progress of the institutions on the Action Plan, project activities, follow-up of decisions.",
    participations: [
      ...cast({ organisers: [boardChair], observers }),
      ...members.map((n) => ({ person: personKey(n), role: "participant" as const, attended: n !== absent })),
    ],
  };
});

// ---------------------------------------------------------------------------------------------
// Training of trainers for the Coordination Board representatives

const trainingMaxScore = 20;

const trainingOfTrainers: SeedEvent = {
  key: "tot-2012",
  title: "Trening za trenere: Integrisanje rodne perspektive u sektor sigurnosti i provedba Rezolucije 1325",
  kind: "training_of_trainers",
  status: "held",
  startsOn: "2012-03-20",
  endsOn: "2012-03-22",
  municipality: "Pale",
  venue: "Jahorina",
  project,
  organizers: ["zene-zenama", "agency"],
  frameworkNodes: ["obj-2", "res-2-1", "act-2-1-2", "obj-4"],
  description:
    "Three-day training of trainers for the representatives of the Coordination Board: different security needs of women and men, gender mainstreaming in security policies, UNSCR 1325 and the Action Plan, training methods. Knowledge test before and after the training.",
  participations: [
    ...cast({ organisers: [boardChair, 22], trainers: [24, 25] }),
    ...boardMembers.map((n): SeedParticipation => {
      if (n === absentFromTraining) return { person: personKey(n), role: "participant", attended: false };
      const pre = randomInt(6, 12);
      const post = Math.min(trainingMaxScore, pre + randomInt(3, 8));
      return {
        person: personKey(n),
        role: "participant",
        attended: true,
        preTestScore: pre,
        postTestScore: post,
        testMaxScore: trainingMaxScore,
      };
    }),
  ],
};

// ---------------------------------------------------------------------------------------------
// Seminars for the security sector and NGOs (one in each entity)

const seminars: SeedEvent[] = [
  {
    key: "seminar-2012-sarajevo",
    title: "Seminar: Rodno osjetljive politike u sektoru sigurnosti i provedba Rezolucije 1325 u BiH",
    kind: "seminar",
    status: "held",
    startsOn: "2012-05-17",
    endsOn: "2012-05-17",
    municipality: "Centar Sarajevo",
    venue: "Sarajevo",
    project,
    organizers: ["zene-zenama", "agency"],
    frameworkNodes: ["obj-1", "obj-2", "obj-3", "res-3-2", "obj-4"],
    description:
      "Seminar for the police, armed forces, state institutions and NGOs, mainly from the Federation of BiH; led by two graduates of the training of trainers.",
    participations: cast({
      organisers: [22],
      trainers: [6, 16],
      speakers: [26],
      participants: [
        28, 30, 32, 33, 41, 43, 44, 46, 48, 50, 52, 64, 65, 66, 67, 68, 69, 70, 71, 76, 77, 78, 81, 83, 84,
        101, 104, 105, 118,
      ],
    }),
  },
  {
    key: "seminar-2012-banja-luka",
    title: "Семинар: Родно осјетљиве политике у сектору безбједности и провођење Резолуције 1325 у БиХ",
    kind: "seminar",
    status: "held",
    startsOn: "2012-06-21",
    endsOn: "2012-06-21",
    municipality: "Banja Luka",
    venue: "Бања Лука",
    project,
    organizers: ["zene-zenama", "agency", "gc-rs"],
    frameworkNodes: ["obj-1", "obj-2", "obj-3", "res-3-1", "obj-4"],
    description:
      "Seminar for the police, armed forces, institutions and NGOs, mainly from Republika Srpska; led by two graduates of the training of trainers.",
    participations: cast({
      organisers: [23],
      trainers: [13, 17],
      speakers: [1],
      participants: [
        31, 37, 38, 39, 42, 54, 55, 56, 57, 58, 59, 60, 61, 66, 68, 75, 79, 80, 85, 91, 93, 102, 103, 117,
        119, 120,
      ],
    }),
  },
];

// ---------------------------------------------------------------------------------------------
// Local workshops in ten municipalities, co-organised with local women's organisations

interface WorkshopPlan {
  slug: string;
  title: string;
  date: string;
  municipality: string;
  partner: string;
  organisers: number[];
  trainers: number[];
  participants: number[];
  nodes: string[];
}

const workshopPlan: WorkshopPlan[] = [
  {
    slug: "bihac",
    title: "Lokalna radionica: Rezolucija 1325 u Bihaću",
    date: "2012-04-19",
    municipality: "Bihać",
    partner: "zene-sa-une",
    organisers: [23, 35],
    trainers: [16, 10],
    participants: [36, 41, 43, 46, 47, 65, 66, 74, 78, 82, 86, 101, 112, 116],
    nodes: ["obj-3", "res-3-2", "obj-4", "res-4-2"],
  },
  {
    slug: "zenica",
    title: "Lokalna radionica: Rezolucija 1325 u Zenici",
    date: "2012-05-10",
    municipality: "Zenica",
    partner: "medica-zenica",
    organisers: [22, 28],
    trainers: [6],
    participants: [29, 30, 44, 48, 49, 64, 73, 76, 77, 83, 85, 87, 96, 101, 111, 116],
    nodes: ["obj-2", "obj-3", "res-3-2", "obj-4"],
  },
  {
    slug: "tuzla",
    title: "Lokalna radionica: Rezolucija 1325 u Tuzli",
    date: "2012-05-31",
    municipality: "Tuzla",
    partner: "horizonti-tuzla",
    organisers: [23, 32],
    trainers: [15, 8],
    participants: [29, 41, 44, 45, 50, 51, 65, 70, 71, 82, 84, 88, 97, 104, 106, 109, 110],
    nodes: ["obj-1", "obj-3", "res-3-1", "obj-4"],
  },
  {
    slug: "bratunac",
    title: "Локална радионица: Резолуција 1325 у Братунцу",
    date: "2012-06-14",
    municipality: "Bratunac",
    partner: "forum-zena-bratunac",
    organisers: [23, 31],
    trainers: [13],
    participants: [37, 40, 42, 54, 55, 67, 69, 75, 90, 99, 102, 113, 117],
    nodes: ["obj-3", "res-3-2", "obj-4", "res-4-2"],
  },
  {
    slug: "bijeljina",
    title: "Lokalna radionica: Rezolucija 1325 u Bijeljini",
    date: "2012-07-05",
    municipality: "Bijeljina",
    partner: "lara-bijeljina",
    organisers: [22, 37],
    trainers: [14, 17],
    participants: [31, 38, 39, 42, 54, 55, 68, 75, 79, 91, 100, 103, 113, 115, 117],
    nodes: ["obj-3", "res-3-1", "act-3-1-1", "obj-4"],
  },
  {
    slug: "modrica",
    title: "Lokalna radionica: Rezolucija 1325 u Modriči",
    date: "2012-09-06",
    municipality: "Modriča",
    partner: "buducnost-modrica",
    organisers: [23, 39],
    trainers: [22],
    participants: [31, 40, 42, 56, 61, 75, 79, 80, 92, 100, 102, 103, 117],
    nodes: ["obj-1", "obj-3", "obj-4", "res-4-2"],
  },
  {
    slug: "mostar",
    title: "Lokalna radionica: Rezolucija 1325 u Mostaru",
    date: "2012-09-20",
    municipality: "Mostar",
    partner: "bih-zena-mostar",
    organisers: [22, 33],
    trainers: [12, 4],
    participants: [30, 34, 44, 52, 53, 67, 72, 76, 78, 89, 98, 101, 105, 109, 114, 116, 118],
    nodes: ["obj-1", "res-1-2", "obj-2", "obj-4"],
  },
  {
    slug: "trebinje",
    title: "Локална радионица: Резолуција 1325 у Требињу",
    date: "2012-10-04",
    municipality: "Trebinje",
    partner: "mreza-zena-muprs",
    organisers: [23, 42],
    trainers: [14],
    participants: [38, 57, 60, 61, 67, 68, 79, 80, 93, 102, 103, 113, 117, 119],
    nodes: ["obj-2", "res-2-2", "obj-3", "obj-4"],
  },
  {
    slug: "prijedor",
    title: "Локална радионица: Резолуција 1325 у Приједору",
    date: "2012-10-25",
    municipality: "Prijedor",
    partner: "mreza-zena-muprs",
    organisers: [22, 42],
    trainers: [17, 20],
    participants: [40, 56, 58, 59, 60, 61, 69, 70, 77, 80, 85, 94, 100, 102, 103, 115, 117],
    nodes: ["obj-1", "obj-3", "res-3-2", "obj-4"],
  },
  {
    slug: "brcko",
    title: "Lokalna radionica: Rezolucija 1325 u Brčkom",
    date: "2012-11-15",
    municipality: "Brčko distrikt Bosne i Hercegovine",
    partner: "wpon",
    organisers: [23, 41],
    // p036 took part in the Bihać workshop and co-leads this one: a second generation of the cascade.
    trainers: [18, 36],
    participants: [32, 38, 40, 44, 55, 62, 63, 66, 67, 68, 69, 70, 75, 82, 84, 95, 100, 116],
    nodes: ["obj-2", "res-2-1", "obj-3", "obj-4"],
  },
];

const workshops: SeedEvent[] = workshopPlan.map((w) => ({
  key: `workshop-2012-${w.slug}`,
  title: w.title,
  kind: "workshop",
  status: "held",
  startsOn: w.date,
  endsOn: w.date,
  municipality: w.municipality,
  project,
  organizers: ["zene-zenama", w.partner],
  frameworkNodes: w.nodes,
  description:
    "Local workshop with the police, the armed forces, the municipality and women's organisations: security needs of women and men in the community, UNSCR 1325 and the Action Plan, local cooperation.",
  participations: cast({ organisers: w.organisers, trainers: w.trainers, participants: w.participants }),
}));

// ---------------------------------------------------------------------------------------------
// Campaign: public presentation, TV show and radio show

const campaign: SeedEvent[] = [
  {
    key: "presentation-2012-sarajevo",
    title: "Javna prezentacija: Rezolucija 1325 i Akcioni plan u BiH – rezultati projekta u 2012. godini",
    kind: "public_presentation",
    status: "held",
    startsOn: "2012-12-10",
    endsOn: "2012-12-10",
    municipality: "Centar Sarajevo",
    venue: "Sarajevo",
    project,
    organizers: ["zene-zenama", "agency"],
    frameworkNodes: ["obj-1", "obj-2", "obj-3", "obj-4"],
    description:
      "Public presentation of the project results and of the Action Plan to institutions, NGOs and the media.",
    participations: cast({
      organisers: [22, 27],
      speakers: [1, 26, 6],
      participants: [
        2, 3, 4, 8, 12, 15, 16, 20, 21, 28, 30, 32, 33, 35, 41, 43, 44, 101, 104, 107, 108, 109, 110,
      ],
    }),
  },
  {
    key: "tv-2012",
    title: "TV emisija: Žene, mir i sigurnost – Rezolucija 1325 u Bosni i Hercegovini",
    kind: "media_appearance",
    status: "held",
    startsOn: "2012-11-22",
    endsOn: "2012-11-22",
    municipality: "Centar Sarajevo",
    venue: "Televizijski studio, Sarajevo",
    project,
    organizers: ["zene-zenama", "agency"],
    frameworkNodes: ["obj-1", "obj-2"],
    description: "Television talk show on women in the police and the armed forces and on the Action Plan.",
    participations: cast({ organisers: [108], speakers: [1, 7, 22] }),
  },
  {
    key: "radio-2012",
    title: "Радио емисија: Жене, мир и безбједност – Резолуција 1325 у Босни и Херцеговини",
    kind: "media_appearance",
    status: "held",
    startsOn: "2012-12-05",
    endsOn: "2012-12-05",
    municipality: "Banja Luka",
    venue: "Радио студио, Бања Лука",
    project,
    organizers: ["zene-zenama", "agency"],
    frameworkNodes: ["obj-3", "obj-4"],
    description: "Radio show on protection of women from violence and cooperation of institutions and NGOs.",
    participations: cast({ organisers: [108], speakers: [13, 17, 42] }),
  },
];

export const events: SeedEvent[] = [
  ...boardMeetings,
  trainingOfTrainers,
  ...seminars,
  ...workshops,
  ...campaign,
];
