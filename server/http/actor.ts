import type { Role } from "../../common/schemas/enums.js";

/** Who is asking: the signed-in user as services and policies see them. */
export interface Actor {
  userId: string;
  role: Role;
  organizationId: string | null;
  personId: string | null;
}

/** Services receive the actor of the request; routes reached without login never call them. */
export function isStaff(actor: Actor): boolean {
  return actor.role === "administrator" || actor.role === "coordinator";
}
