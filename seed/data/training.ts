/**
 * Curricula of the 2012 project's trainings, the rules of the training of trainers, its attendance
 * per day and its satisfaction evaluation.
 * DEMO DATA — the module themes follow the project description (different security needs of women
 * and men, gender mainstreaming in security policies, UNSCR 1325 and the Action Plan, training
 * methods); durations, attendance per day and the evaluations are illustrative.
 */
import type { SeedCurriculum } from "../types.js";

const workshopKeys = [
  "bihac",
  "zenica",
  "tuzla",
  "bratunac",
  "bijeljina",
  "modrica",
  "mostar",
  "trebinje",
  "prijedor",
  "brcko",
].map((slug) => `workshop-2012-${slug}`);

export const curricula: SeedCurriculum[] = [
  {
    key: "tot-gender-security",
    title: "Rod i sigurnost: program treninga za trenere",
    description:
      "Three days for representatives of the Coordination Board institutions who will lead seminars and local workshops.",
    modules: [
      { title: "Različite sigurnosne potrebe žena i muškaraca", durationMinutes: 240 },
      { title: "Integrisanje rodne perspektive u sigurnosne politike", durationMinutes: 240 },
      { title: "Rezolucija 1325 i Akcioni plan za BiH", durationMinutes: 180 },
      { title: "Metode rada sa odraslima i vođenje radionica", durationMinutes: 300 },
    ],
    events: ["tot-2012"],
  },
  {
    key: "local-1325",
    title: "Rezolucija 1325 u lokalnoj zajednici",
    description:
      "One-day programme of the seminars and local workshops, led by graduates of the training of trainers.",
    modules: [
      { title: "Različite sigurnosne potrebe žena i muškaraca u zajednici", durationMinutes: 90 },
      { title: "Rezolucija 1325 i Akcioni plan za BiH", durationMinutes: 90 },
      { title: "Saradnja policije, općine i ženskih organizacija", durationMinutes: 120 },
    ],
    events: ["seminar-2012-sarajevo", "seminar-2012-banja-luka", ...workshopKeys],
  },
];

/** The training of trainers: all three days to attend, 60 % of the test's maximum to pass. */
export const totRules = { event: "tot-2012", minAttendanceShare: 1, passMark: 0.6 };

/** Participants of the training of trainers who missed a day (person number → days missed, 0-based). */
export const totMissedDays: Record<number, number[]> = { 9: [2], 14: [0] };

/** The satisfaction evaluation of the training of trainers: one anonymous form per participant. */
export const totEvaluationComments = [
  "Vrlo korisno za rad u instituciji; više vremena za vježbe vođenja radionica.",
  "Одлични тренери, добро припремљени материјали.",
  "Trebalo bi više primjera iz prakse policije.",
  "Koristan modul o Rezoluciji 1325 i Akcionom planu.",
];
