/**
 * What a role may do anywhere, for `GET /api/auth/me`: each answer is the owning module's policy asked
 * without a record ("may this role ever create one?"), so the web never re-encodes a role rule.
 */
import type { MeAbilities } from "../../../common/schemas/auth.js";
import type { Actor } from "../../http/actor.js";
import type { Decision } from "../../http/policy.js";
import { assessesAsOwnOrganization } from "../assessments/assessments.policy.js";
import { auditPolicy } from "../audit/audit.policy.js";
import { actionItemPolicy } from "../boards/action-items.policy.js";
import { boardPolicy } from "../boards/boards.policy.js";
import { meetingPolicy } from "../boards/meetings.policy.js";
import { agreementPolicy } from "../cooperation/agreements.policy.js";
import { eventPolicy } from "../events/events.policy.js";
import { importPolicy } from "../imports/imports.policy.js";
import { categorySetPolicy, indicatorPolicy, periodPolicy } from "../indicators/indicators.policy.js";
import { jobPolicy } from "../jobs/jobs.policy.js";
import { organizationPolicy } from "../organizations/organizations.policy.js";
import { personPolicy } from "../people/people.policy.js";
import { planPolicy } from "../plans/plans.policy.js";
import { projectPolicy } from "../projects/projects.policy.js";
import { submissionPolicy } from "../submissions/submissions.policy.js";
import { curriculumPolicy } from "../training/training.policy.js";
import { userPolicy } from "../users/users.policy.js";

const allowed = (decision: Decision) => decision === "allow";

export function meAbilities(actor: Actor): MeAbilities {
  return {
    create: {
      plans: allowed(planPolicy(actor, "create")),
      periods: allowed(periodPolicy(actor, "create")),
      indicators: allowed(indicatorPolicy(actor, "create")),
      categorySets: allowed(categorySetPolicy(actor, "create")),
      projects: allowed(projectPolicy(actor, "create")),
      organizations: allowed(organizationPolicy(actor, "create")),
      people: allowed(personPolicy(actor, "create")),
      events: allowed(eventPolicy(actor, "create")),
      curricula: allowed(curriculumPolicy(actor, "create")),
      boards: allowed(boardPolicy(actor, "create")),
      meetingRecords: allowed(meetingPolicy(actor, "write")),
      actionItems: allowed(actionItemPolicy(actor, "create")),
      agreements: allowed(agreementPolicy(actor, "create")),
      // Any kind of import the role may start (attendance, people or organisations).
      imports: (["attendance", "people", "organisations"] as const).some((kind) =>
        allowed(importPolicy(actor, "create", { kind })),
      ),
    },
    ownActionItems:
      actor.organizationId !== null &&
      allowed(actionItemPolicy(actor, "mark", { ownerOrganizationId: actor.organizationId })),
    mergePeople: allowed(personPolicy(actor, "merge")),
    users: allowed(userPolicy(actor, "read")),
    audit: allowed(auditPolicy(actor, "read")),
    jobs: allowed(jobPolicy(actor, "read")),
    reports: allowed(submissionPolicy(actor, "list")),
    assessments: assessesAsOwnOrganization(actor),
  };
}
