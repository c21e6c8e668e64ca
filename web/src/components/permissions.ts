import type { Me } from "../../../common/schemas/auth.js";
import type { Role } from "../../../common/schemas/enums.js";

/** Who may start a new record of each kind (the server decides in the end; this only hides buttons). */
const creators: Record<string, readonly Role[]> = {
  "category-sets": ["administrator", "coordinator"],
  events: ["administrator", "coordinator", "representative", "partner"],
  people: ["administrator", "coordinator", "representative", "partner"],
  indicators: ["administrator", "coordinator"],
  organizations: ["administrator", "coordinator"],
  periods: ["administrator", "coordinator"],
  plans: ["administrator", "coordinator"],
  projects: ["administrator", "coordinator"],
  users: ["administrator"],
};

export type CreatableResource = keyof typeof creators;

export const canCreate = (me: Me | undefined, resource: CreatableResource): boolean =>
  Boolean(me && creators[resource]?.includes(me.role));

/** Editing follows the same roles; the server still checks the organisation for partners and representatives. */
export const canEdit = canCreate;

export const isAdministrator = (me: Me | undefined): boolean => me?.role === "administrator";
