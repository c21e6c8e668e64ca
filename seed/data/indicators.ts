/**
 * Indicators of the Action Plan for UNSCR 1325 in BiH 2010–2013 and of the 2012 project.
 *
 * Figures are only those given for the BiH default data in the project's issue 3 ("BiH default
 * data"); none is estimated here. Where the original publisher of a figure is not known, the
 * means of verification says so and names the figure as cited in the plan's monitoring. Figures
 * from after 2013 are later reference points: they are kept in the rationale and the means of
 * verification, never as baselines or targets of this plan.
 */
import type { SeedIndicator } from "../types.js";

/** The equal-representation benchmark of the Law on Gender Equality in BiH. */
const GENDER_EQUALITY_BENCHMARK = 40;
const benchmarkSource =
  "End target: the benchmark of equal representation in the Law on Gender Equality in BiH (at least 40 % of the less represented sex).";
const citedFigure =
  "as cited in the monitoring of the Action Plan and recorded for the nap1325 default data (project issue 3, “BiH default data”); the original publication is not recorded here and should be checked before the figure is quoted";

export const indicators: SeedIndicator[] = [
  {
    key: "women-parliament",
    code: "1-a",
    name: "Share of women among the members of the House of Representatives of the Parliamentary Assembly of BiH",
    frameworkNode: "obj-1",
    unit: "percent",
    direction: "up",
    isCumulative: false,
    countsPeople: false,
    categorySets: [],
    endTarget: GENDER_EQUALITY_BENCHMARK,
    meansOfVerification: `Number of women among the 42 members of the House of Representatives after each general election, from the certified election results of the Central Election Commission of BiH. Later reference points: 10 of 42 after the 2014 and the 2018 general elections, 7 of 42 after the 2022 general elections, ${citedFigure}. ${benchmarkSource}`,
    dataSource: "Central Election Commission of BiH: certified results of the general elections",
    frequency: "After each general election (every four years)",
    rationale:
      "Objective 1 of the Action Plan asks for more women in decision-making positions; the state parliament is the most visible of them. No figure within the plan's years is recorded here, so the indicator has no baseline. The later reference points — 10 of 42 (about 23.8 %) after the 2014 and 2018 elections and 7 of 42 (about 16.7 %) after the 2022 elections — come after the plan and are not its targets.",
    responsibleOrganizations: ["agency"],
  },
  {
    key: "women-police",
    code: "2-a",
    name: "Share of women among police officers in BiH",
    frameworkNode: "res-2-2",
    unit: "percent",
    direction: "up",
    isCumulative: false,
    countsPeople: false,
    categorySets: ["entity"],
    baselineValue: 6.3,
    baselineDate: "2010-01-01",
    endTarget: GENDER_EQUALITY_BENCHMARK,
    meansOfVerification: `Annual reports on the implementation of the Action Plan to the Council of Ministers of BiH, with the staff figures of the police agencies collected through the Coordination Board. Baseline 6.3 % in 2010 and about 12 % by 2013, ${citedFigure}. The baseline date stands for the year 2010; the exact day is not given. ${benchmarkSource}`,
    dataSource:
      "Police agencies of BiH, the entities, the cantons and Brčko District, through the Ministry of Security of BiH",
    frequency: "Yearly (reporting period 1 August – 31 July)",
    rationale:
      "Objective 2 of the Action Plan asks for more women in the police. The share rose from 6.3 % in 2010 to about 12 % by 2013 (the figure for 2013 is a reported result, not a target of the plan). The share is kept as a percent: no counts of women officers and of all officers are recorded here from which to compute it.",
    responsibleOrganizations: ["mos", "fmup", "mup-rs", "police-bd"],
  },
  {
    key: "women-armed-forces",
    code: "2-b",
    name: "Share of women in the Armed Forces of BiH",
    frameworkNode: "res-2-2",
    unit: "percent",
    direction: "up",
    isCumulative: false,
    countsPeople: false,
    categorySets: [],
    endTarget: GENDER_EQUALITY_BENCHMARK,
    meansOfVerification: `Personnel figures of the Ministry of Defence of BiH and the Armed Forces of BiH, reported to the Coordination Board. Later reference points: 6.8 % in 2015–16 and 6.96 % in 2022, ${citedFigure}. ${benchmarkSource}`,
    dataSource: "Ministry of Defence of BiH: personnel of the Armed Forces of BiH",
    frequency: "Yearly (reporting period 1 August – 31 July)",
    rationale:
      "Objective 2 of the Action Plan asks for more women in the armed forces. No figure within the plan's years is recorded here, so the indicator has no baseline. The reference points 6.8 % (2015–16) and 6.96 % (2022) come after the plan and are not its targets.",
    responsibleOrganizations: ["mod", "afbih"],
  },
  {
    key: "women-peace-missions",
    code: "2-c",
    name: "Share of women among the peace support mission deployments of the Ministry of Defence of BiH",
    frameworkNode: "res-2-2",
    unit: "percent",
    direction: "up",
    isCumulative: false,
    countsPeople: false,
    categorySets: [],
    meansOfVerification: `Deployment records of the Ministry of Defence of BiH for UN, EU and NATO-led missions. Reference point: 6.7 % of deployments, ${citedFigure}; the year of this figure is not given, so it is not used as the baseline.`,
    dataSource: "Ministry of Defence of BiH: deployments to peace support missions",
    frequency: "Yearly (reporting period 1 August – 31 July)",
    rationale:
      "Objective 2 of the Action Plan asks for more women in peace support missions (action 2.2.2: nominate women candidates for UN and EU missions). Women made up 6.7 % of the Ministry of Defence's peace-mission deployments in the figure cited; no end target is set because none is recorded for deployments.",
    responsibleOrganizations: ["mod"],
  },
  {
    key: "people-trained-on-gender",
    code: "4-a",
    name: "Security-sector staff and board representatives trained on gender, by sex",
    frameworkNode: "obj-4",
    unit: "number",
    direction: "up",
    isCumulative: true,
    countsPeople: true,
    categorySets: ["sex"],
    meansOfVerification:
      "Computed from the attendance recorded in nap1325 for the 2012 project's training of trainers, seminars and local workshops (Žene Ženama and the Agency for Gender Equality of BiH, supported by UN Women): the people who attended as participants, each counted once. No published figure is used.",
    dataSource: "nap1325 events and attendance lists",
    frequency: "Continuous, reported per period",
    rationale:
      "The 2012 project trained representatives of the Coordination Board as trainers and took the Action Plan to the security sector and local actors through seminars and local workshops. The people and attendance in the default data are fictional demo data.",
    responsibleOrganizations: ["zene-zenama", "agency"],
    activitySource: {
      eventKinds: ["training_of_trainers", "seminar", "workshop"],
      roles: ["participant"],
      attendedOnly: true,
      measure: "unique_people",
    },
  },
  {
    key: "people-reached-by-cascade",
    code: "4-c",
    name: "People reached by the trainers that the training of trainers produced, by sex",
    frameworkNode: "obj-4",
    unit: "number",
    direction: "up",
    isCumulative: true,
    countsPeople: true,
    categorySets: ["sex"],
    meansOfVerification:
      "Computed from the attendance recorded in nap1325: the people who attended, as participants, the seminars and local workshops led by graduates of the 2012 training of trainers (the trainer cascade, first generation), each counted once per period. No published figure is used.",
    dataSource: "nap1325 events and attendance lists",
    frequency: "Continuous, reported per period",
    rationale:
      "The 2012 project's main claim was that institution professionals trained as trainers would carry the Action Plan to their colleagues and local communities; this counts whom they reached. The people and attendance in the default data are fictional demo data.",
    responsibleOrganizations: ["zene-zenama", "agency"],
    activitySource: {
      eventKinds: ["training_of_trainers"],
      roles: ["participant"],
      attendedOnly: true,
      measure: "cascade_reach",
    },
  },
  {
    key: "local-workshops-held",
    code: "4-b",
    name: "Local workshops held",
    frameworkNode: "obj-4",
    unit: "number",
    direction: "up",
    isCumulative: true,
    countsPeople: false,
    categorySets: [],
    endTarget: 10,
    meansOfVerification:
      "Computed from the workshops recorded as held in nap1325. End target, and the target of 2012/2013 (the project ran in 2012): the ten local workshops planned by the 2012 project, from the project summary published by PeaceWomen (Women's International League for Peace and Freedom), 24 October 2012.",
    dataSource: "nap1325 events",
    frequency: "Continuous, reported per period",
    rationale:
      "The 2012 project took the Action Plan to the local level with ten local women's organisations and local institutions, one workshop in each of ten municipalities.",
    responsibleOrganizations: ["zene-zenama", "agency"],
    activitySource: {
      eventKinds: ["workshop"],
      roles: ["participant"],
      attendedOnly: true,
      measure: "events_held",
    },
    // The project's ten workshops were all to be held by the end of 2012, within 2012/2013.
    targets: [{ periodStart: "2012-08-01", value: 10 }],
  },
  {
    key: "institution-cso-ties",
    code: "4-d",
    name: "Cooperation ties between institutions and civil society organisations",
    frameworkNode: "obj-4",
    unit: "number",
    direction: "up",
    isCumulative: false,
    countsPeople: false,
    categorySets: [],
    meansOfVerification:
      "Computed from the records in nap1325 (decision 014): pairs of an institution and a civil society organisation that organised an event of the Action Plan together, where one's staff attended the other's training, seminar or workshop, that met at a board meeting, or that were bound by an agreement of the Action Plan in force in the period (the 2013 memorandum of the Coordination Board with NGOs). No published figure is used.",
    dataSource: "nap1325 events, attendance, board meetings and agreements",
    frequency: "Continuous, reported per period",
    rationale:
      "Objective 4 of the Action Plan is the cooperation of state institutions with international and non-governmental organisations; this counts the ties the programme's own records show. The people and attendance in the default data are fictional demo data.",
    responsibleOrganizations: ["agency"],
    activitySource: {
      eventKinds: ["board_meeting", "training_of_trainers", "seminar", "workshop", "public_presentation"],
      roles: ["participant"],
      attendedOnly: false,
      measure: "institution_cso_ties",
    },
  },
];
