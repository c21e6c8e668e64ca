/**
 * The load's users, in their own process: receives a `LoadPlan` from the bench, drives it, and
 * sends the figures back (see bench/load.ts).
 */
import { driveLoad, type LoadPlan } from "./load.js";

process.once("message", (plan) => {
  driveLoad(plan as LoadPlan).then(
    (result) => process.send?.(result, () => process.exit(0)),
    (error: unknown) => {
      process.stderr.write(`load client: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
});
