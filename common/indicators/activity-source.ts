import type { Reason } from "../reasons/index.js";
import { measureCountsPeople } from "../schemas/enums.js";

/** What the activity-source rules read of an indicator and its source. */
export interface ActivitySourceDefinition {
  unit: string;
  countsPeople: boolean;
  source: { measure: string; eventKinds: readonly string[] };
}

/** A broken rule: the field it is about and the reason code the server answers with. */
export interface DefinitionProblem {
  path: "activitySource" | "countsPeople";
  reason: Reason;
}

/**
 * The rules of an indicator fed by activities: it counts (unit number), it counts people when its
 * measure does (not events held, not the cooperation network's counts), and cascade reach starts from a training of trainers. The server refuses the
 * first problem; the indicator form shows them all before sending.
 */
export function activitySourceProblems(definition: ActivitySourceDefinition): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  if (definition.unit !== "number") problems.push({ path: "activitySource", reason: "activity_unit" });
  if (measureCountsPeople(definition.source.measure) && !definition.countsPeople) {
    problems.push({ path: "countsPeople", reason: "activity_counts_people" });
  }
  if (
    definition.source.measure === "cascade_reach" &&
    !definition.source.eventKinds.includes("training_of_trainers")
  ) {
    problems.push({ path: "activitySource", reason: "cascade_needs_tot" });
  }
  return problems;
}
