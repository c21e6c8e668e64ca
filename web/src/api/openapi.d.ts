// Generated from the API's OpenAPI document by `npm run openapi`; do not edit.
// The paths of every resource, each generated into openapi/<resource>.d.ts.
import type { paths as actionItems } from "./openapi/action-items.js";
import type { paths as agreements } from "./openapi/agreements.js";
import type { paths as audit } from "./openapi/audit.js";
import type { paths as auth } from "./openapi/auth.js";
import type { paths as boards } from "./openapi/boards.js";
import type { paths as cascades } from "./openapi/cascades.js";
import type { paths as categorySets } from "./openapi/category-sets.js";
import type { paths as certificates } from "./openapi/certificates.js";
import type { paths as cooperation } from "./openapi/cooperation.js";
import type { paths as coverage } from "./openapi/coverage.js";
import type { paths as curricula } from "./openapi/curricula.js";
import type { paths as dashboard } from "./openapi/dashboard.js";
import type { paths as evaluations } from "./openapi/evaluations.js";
import type { paths as events } from "./openapi/events.js";
import type { paths as evidence } from "./openapi/evidence.js";
import type { paths as health } from "./openapi/health.js";
import type { paths as imports } from "./openapi/imports.js";
import type { paths as indicators } from "./openapi/indicators.js";
import type { paths as jobs } from "./openapi/jobs.js";
import type { paths as jurisdictions } from "./openapi/jurisdictions.js";
import type { paths as municipalities } from "./openapi/municipalities.js";
import type { paths as organizations } from "./openapi/organizations.js";
import type { paths as people } from "./openapi/people.js";
import type { paths as periods } from "./openapi/periods.js";
import type { paths as plans } from "./openapi/plans.js";
import type { paths as projects } from "./openapi/projects.js";
import type { paths as ready } from "./openapi/ready.js";
import type { paths as reminders } from "./openapi/reminders.js";
import type { paths as submissions } from "./openapi/submissions.js";
import type { paths as users } from "./openapi/users.js";
import type { paths as verify } from "./openapi/verify.js";

export type paths = actionItems &
  agreements &
  audit &
  auth &
  boards &
  cascades &
  categorySets &
  certificates &
  cooperation &
  coverage &
  curricula &
  dashboard &
  evaluations &
  events &
  evidence &
  health &
  imports &
  indicators &
  jobs &
  jurisdictions &
  municipalities &
  organizations &
  people &
  periods &
  plans &
  projects &
  ready &
  reminders &
  submissions &
  users &
  verify;
