/**
 * The 2012 project of Žene Ženama and the Agency for Gender Equality of BiH, supported by UN Women.
 */
import type { SeedProject } from "../types.js";

export const project2012: SeedProject = {
  key: "project-2012",
  title:
    "Implementation of UNSCR 1325: Integration of gender sensitive policies in the security sector of Bosnia and Herzegovina",
  code: "UNSCR1325-BIH-2012",
  donor: "un-women",
  implementers: ["zene-zenama", "agency"],
  startsOn: "2012-01-01",
  endsOn: "2012-12-31",
  description:
    "The project set out to strengthen the Coordination Board for the Action Plan for UNSCR 1325 in BiH and the security sector, so that they can carry out and promote the Action Plan: by understanding that women and men have different security needs, and by bringing a gender perspective into policies and programmes. It took the Action Plan to the local level together with ten local women's organisations and local institutions, and raised public awareness of UNSCR 1325 and the Action Plan. Its lasting result is expected to be better cooperation between state and entity institutions and with local actors, and professionals in the institutions who train others.",
  source:
    "Project summary published by PeaceWomen (Women's International League for Peace and Freedom), 24 October 2012; Žene Ženama and the Agency for Gender Equality of BiH.",
  outputTargets: [
    { eventKind: "board_meeting", targetCount: 6, label: "Formal meetings of the Coordination Board" },
    {
      eventKind: "training_of_trainers",
      targetCount: 1,
      label: "Training of trainers for Coordination Board representatives",
    },
    { eventKind: "seminar", targetCount: 2, label: "Seminars for the security sector and NGOs" },
    {
      eventKind: "workshop",
      targetCount: 10,
      label: "Local workshops with the security sector, civil society and local institutions",
    },
    { eventKind: "public_presentation", targetCount: 1, label: "Public presentation" },
    {
      eventKind: "media_appearance",
      targetCount: 2,
      label: "Media appearances: one TV show and one radio show",
    },
  ],
  frameworkNodes: ["obj-1", "obj-2", "obj-3", "obj-4"],
};
