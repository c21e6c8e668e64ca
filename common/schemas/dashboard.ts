import { z } from "zod";
import { SexCounts, Uuid } from "./common.js";
import { EventKind, OrganizationLevel, OrganizationSector } from "./enums.js";

export const DashboardQuery = z.strictObject({ projectId: Uuid.optional() });

export const Dashboard = z.object({
  /** The project shown; the most recent one when none is asked for; null when there is none. */
  project: z.object({ id: Uuid, title: z.string(), code: z.string() }).nullable(),
  projects: z.array(z.object({ id: Uuid, title: z.string(), code: z.string() })),
  /** Events held (status "held") against each output target. */
  outputs: z.array(
    z.object({
      eventKind: EventKind,
      label: z.string(),
      targetCount: z.number().int(),
      held: z.number().int(),
    }),
  ),
  /** Attendances (a person at two events counts twice), by sex. */
  participations: SexCounts,
  /** Distinct people who attended at least one event, by sex. */
  uniquePeople: SexCounts,
  organizationsReached: z.object({
    total: z.number().int(),
    byLevel: z.array(z.object({ level: OrganizationLevel, count: z.number().int() })),
    bySector: z.array(z.object({ sector: OrganizationSector, count: z.number().int() })),
  }),
});
export type Dashboard = z.infer<typeof Dashboard>;
