/**
 * The embedded default dataset: Bosnia and Herzegovina, the Action Plan for UNSCR 1325 2010–2013
 * and the 2012 project. Organisations, the plan and the project follow public sources; people,
 * attendance and test scores are fictional demo data.
 */

export { agreements } from "./agreements.js";
export { coordinationBoard } from "./board.js";
export { events } from "./events.js";
export { indicators } from "./indicators.js";
export { organizations } from "./organizations.js";
export { people, personKey } from "./people.js";
export { actionPlan } from "./plan.js";
export { project2012 } from "./project.js";
export { reports } from "./reports.js";

/** Shown wherever the demo people and attendance appear. */
export const demoDataNotice =
  "Demo data: the people, attendance and test scores of the 2012 project are fictional; organisations, the Action Plan and the project follow public sources.";
