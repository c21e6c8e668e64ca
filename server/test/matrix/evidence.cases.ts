import type { SubmissionStatus } from "../../../common/schemas/enums.js";
import { makeEvidence } from "../factories.js";
import { multipartFile, pdfBytes } from "../multipart.js";
import { expectations, MISSING_ID, type RouteCase, type Scenario, type World } from "./matrix.js";
import { submission } from "./submissions.cases.js";

/** Evidence follows its submission: "own" is the user's organisation's, "other" another's. */
async function evidence(w: World, scenario: Scenario, status: SubmissionStatus) {
  const { id, ...rest } = await submission(w, scenario === "missing" ? "own" : scenario, status);
  const row = await makeEvidence(w.db, w.files, { submissionId: id });
  return { ...rest, submissionId: id, id: scenario === "missing" ? MISSING_ID : row.id };
}

const readers = expectations({
  staff: "200 200 404",
  representative: "200 404 404",
  viewer: "200 200 404",
  others: "403 403 404",
});

export const evidenceCases: RouteCase[] = [
  {
    route: "GET /api/submissions/:id/evidence",
    request: async (w, s) => ({
      url: `/api/submissions/${(await submission(w, s, "approved")).id}/evidence`,
    }),
    expect: readers,
  },
  {
    route: "POST /api/submissions/:id/evidence",
    request: async (w, s) => {
      const { id, indicatorId } = await submission(w, s, "draft");
      return {
        url: `/api/submissions/${id}/evidence?indicatorId=${indicatorId}`,
        ...multipartFile("Izvještaj MUP-a.pdf", pdfBytes()),
      };
    },
    expect: expectations({ staff: "201 201 404", representative: "201 404 404", others: "403 403 404" }),
  },
  {
    route: "GET /api/evidence/:id/file",
    request: async (w, s) => ({ url: `/api/evidence/${(await evidence(w, s, "approved")).id}/file` }),
    expect: readers,
  },
  {
    route: "DELETE /api/evidence/:id",
    request: async (w, s) => ({ url: `/api/evidence/${(await evidence(w, s, "returned")).id}` }),
    expect: expectations({ staff: "204 204 404", representative: "204 404 404", others: "403 403 404" }),
  },
];
