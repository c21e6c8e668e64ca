import { describe, expect, it } from "vitest";
import { CategorySetPatch } from "./category-sets.js";
import { EventPatch, ParticipationPatch } from "./events.js";
import { IndicatorPatch } from "./indicators.js";
import { OrganizationPatch } from "./organizations.js";
import { PersonPatch } from "./people.js";
import { ReportingPeriodPatch } from "./periods.js";
import { FrameworkNodePatch, PlanPatch } from "./plans.js";
import { ProjectPatch } from "./projects.js";
import { UserPatch } from "./users.js";

const patches = {
  CategorySetPatch,
  EventPatch,
  ParticipationPatch,
  IndicatorPatch,
  OrganizationPatch,
  PersonPatch,
  ReportingPeriodPatch,
  PlanPatch,
  FrameworkNodePatch,
  ProjectPatch,
  UserPatch,
};

describe("PATCH bodies", () => {
  // A default applied to a field the request left out would overwrite the stored value.
  it.each(Object.entries(patches))("%s adds nothing the request did not name", (_name, schema) => {
    expect(schema.parse({})).toEqual({});
  });

  it.each(Object.entries(patches))("%s refuses unknown fields", (_name, schema) => {
    expect(schema.safeParse({ notAField: 1 }).success).toBe(false);
  });
});
