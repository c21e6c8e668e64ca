/**
 * The thread that measures cooperation networks (see `network.pool.ts`): betweenness and the
 * layout of a national network take seconds of computation, which must not hold the requests of
 * other users. Nothing here touches the database.
 */
import { serveTasks } from "../../workers/serve.js";
import { type MeasureTask, measureNetwork } from "./network.js";

serveTasks(
  (task: MeasureTask) => measureNetwork(task.organizations, task.ties, { layout: task.layout }),
  (error) => (error instanceof Error ? error.message : String(error)),
);
