import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { EvidenceFile, EvidenceList } from "../../../common/schemas/evidence.js";
import { auditLog, evidenceFiles, reportingPeriods } from "../../db/schema.js";
import { createTestApp } from "../../test/app.js";
import {
  linkIndicator,
  makeFrameworkNode,
  makeIndicator,
  makeOrganization,
  makePeriod,
  makePlan,
  makeSignedInUser,
  makeSubmission,
} from "../../test/factories.js";
import { multipartFile, pdfBytes } from "../../test/multipart.js";
import { evidenceLimits } from "./evidence.service.js";

const { app, db, files } = await createTestApp();

/** A ministry's draft submission with one indicator and one action, and its representative. */
async function draft() {
  const organization = await makeOrganization(db);
  const plan = await makePlan(db);
  const period = await makePeriod(db, { planId: plan.id });
  const indicator = await makeIndicator(db, { planId: plan.id });
  await linkIndicator(db, indicator.id, { organizationIds: [organization.id] });
  const action = await makeFrameworkNode(db, { planId: plan.id, leadOrganizationId: organization.id });
  const submission = await makeSubmission(db, {
    organizationId: organization.id,
    reportingPeriodId: period.id,
    status: "draft",
  });
  const { cookie } = await makeSignedInUser(db, "representative", { organizationId: organization.id });
  return { submission, indicator, action, period, cookie };
}

/** The upload request with the multipart body built once (headers and body must share the boundary). */
function uploadOnce(
  cookie: string,
  submissionId: string,
  name: string,
  content: Buffer | string,
  query = "",
) {
  const body = multipartFile(name, content);
  return app.inject({
    method: "POST",
    url: `/api/submissions/${submissionId}/evidence${query}`,
    payload: body.payload,
    headers: { ...body.headers, cookie },
  });
}

describe("evidence attachments", () => {
  it("stores a file outside the row, lists it, and serves the same bytes to those who may read it", async () => {
    const { submission, indicator, cookie } = await draft();
    const content = pdfBytes("Zapisnik — Жене у полицији");
    const response = await uploadOnce(
      cookie,
      submission.id,
      "Izvještaj o ženama u policiji — Извјештај.pdf",
      content,
      `?indicatorId=${indicator.id}&description=${encodeURIComponent("Statistika MUP-a, šđčćž")}`,
    );
    expect(response.statusCode).toBe(201);
    const created = response.json<EvidenceFile>();
    expect(created).toMatchObject({
      fileName: "Izvještaj o ženama u policiji — Извјештај.pdf",
      contentType: "application/pdf",
      sizeBytes: content.length,
      indicatorId: indicator.id,
      description: "Statistika MUP-a, šđčćž",
    });
    const [row] = await db.select().from(evidenceFiles).where(eq(evidenceFiles.id, created.id));
    expect(row?.storageKey).toMatch(/^[0-9a-f-]{36}$/);
    expect(await files.exists(row?.storageKey ?? "")).toBe(true);

    const list = await app.inject({ url: `/api/submissions/${submission.id}/evidence`, headers: { cookie } });
    const body = list.json<EvidenceList>();
    expect(body.items.map((item) => item.id)).toEqual([created.id]);
    expect(body.limits).toEqual(evidenceLimits);

    const download = await app.inject({ url: `/api/evidence/${created.id}/file`, headers: { cookie } });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(content)).toBe(true);
    expect(download.headers["content-type"]).toBe("application/pdf");
    expect(download.headers["x-content-type-options"]).toBe("nosniff");
    expect(download.headers["content-disposition"]).toBe(
      `attachment; filename="Izvjestaj o zenama u policiji _ Izvjestaj.pdf"; filename*=UTF-8''${encodeURIComponent(created.fileName)}`,
    );

    const [audit] = await db.select().from(auditLog).where(eq(auditLog.entityId, created.id));
    expect(audit).toMatchObject({ action: "create", entityType: "evidence" });
    expect(JSON.stringify(audit?.after)).not.toContain(row?.storageKey);
  });

  it("refuses a kind not on the list, content that does not match its extension, an empty file", async () => {
    const { submission, cookie } = await draft();
    const exe = await uploadOnce(cookie, submission.id, "alat.exe", "MZ\x90\x00");
    expect(exe.statusCode).toBe(400);
    expect(exe.json().details[0]).toMatchObject({ path: "file", reason: "file_kind" });
    const disguised = await uploadOnce(
      cookie,
      submission.id,
      "izvjestaj.pdf",
      "<html><script>x</script></html>",
    );
    expect(disguised.statusCode).toBe(400);
    expect(disguised.json().details[0]).toMatchObject({
      message: expect.stringContaining("does not match"),
      reason: "file_content_mismatch",
    });
    const empty = await uploadOnce(cookie, submission.id, "prazno.txt", "");
    expect(empty.statusCode).toBe(400);
    const noFile = await app.inject({
      method: "POST",
      url: `/api/submissions/${submission.id}/evidence`,
      headers: { cookie },
    });
    expect(noFile.statusCode).toBe(400);
    expect(
      await db.select().from(evidenceFiles).where(eq(evidenceFiles.submissionId, submission.id)),
    ).toEqual([]);
  });

  it("refuses a file over the size limit with 413 TOO_LARGE and keeps nothing of it", async () => {
    const { submission, cookie } = await draft();
    const big = Buffer.concat([pdfBytes(), Buffer.alloc(evidenceLimits.maxBytes)]);
    const response = await uploadOnce(cookie, submission.id, "skenirano.pdf", big);
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({
      code: "TOO_LARGE",
      reason: "file_too_large",
      params: { max: 10 },
    });
    expect(
      await db.select().from(evidenceFiles).where(eq(evidenceFiles.submissionId, submission.id)),
    ).toEqual([]);
  });

  it("links only to the organisation's own indicators and actions, never both", async () => {
    const { submission, action, cookie } = await draft();
    const strangePlan = await makePlan(db);
    const strange = await makeIndicator(db, { planId: strangePlan.id });
    const wrong = await uploadOnce(cookie, submission.id, "a.pdf", pdfBytes(), `?indicatorId=${strange.id}`);
    expect(wrong.statusCode).toBe(400);
    const both = await uploadOnce(
      cookie,
      submission.id,
      "a.pdf",
      pdfBytes(),
      `?indicatorId=${strange.id}&frameworkNodeId=${action.id}`,
    );
    expect(both.statusCode).toBe(400);
    const ok = await uploadOnce(cookie, submission.id, "a.pdf", pdfBytes(), `?frameworkNodeId=${action.id}`);
    expect(ok.statusCode).toBe(201);
    expect(ok.json<EvidenceFile>().frameworkNodeId).toBe(action.id);
  });

  it("keeps the evidence of approved data locked and of closed periods closed; delete is audited", async () => {
    const { submission, period, cookie } = await draft();
    const created = (
      await uploadOnce(cookie, submission.id, "lista.csv", "Ime;Spol\nJelena;Ž\n")
    ).json<EvidenceFile>();
    expect(created.contentType).toBe("text/csv");
    const [row] = await db.select().from(evidenceFiles).where(eq(evidenceFiles.id, created.id));

    const { cookie: coordinator } = await makeSignedInUser(db, "coordinator");
    await db.update(reportingPeriods).set({ status: "closed" }).where(eq(reportingPeriods.id, period.id));
    const closed = await uploadOnce(cookie, submission.id, "b.pdf", pdfBytes());
    expect(closed.statusCode).toBe(409);
    await db.update(reportingPeriods).set({ status: "open" }).where(eq(reportingPeriods.id, period.id));

    await app.inject({
      method: "POST",
      url: `/api/submissions/${submission.id}/submit`,
      headers: { cookie },
    });
    await app.inject({
      method: "POST",
      url: `/api/submissions/${submission.id}/approve`,
      headers: { cookie: coordinator },
    });
    const locked = await uploadOnce(cookie, submission.id, "c.pdf", pdfBytes());
    expect(locked.statusCode).toBe(409);
    expect(locked.json().code).toBe("LOCKED");
    const lockedDelete = await app.inject({
      method: "DELETE",
      url: `/api/evidence/${created.id}`,
      headers: { cookie },
    });
    expect(lockedDelete.json().code).toBe("LOCKED");

    await app.inject({
      method: "POST",
      url: `/api/submissions/${submission.id}/unlock`,
      headers: { cookie: coordinator },
      payload: { reason: "Pogrešna lista prisutnih" },
    });
    const deleted = await app.inject({
      method: "DELETE",
      url: `/api/evidence/${created.id}`,
      headers: { cookie },
    });
    expect(deleted.statusCode).toBe(204);
    expect(await files.exists(row?.storageKey ?? "")).toBe(false);
    const audits = await db.select().from(auditLog).where(eq(auditLog.entityId, created.id));
    expect(audits.map((a) => a.action).sort()).toEqual(["create", "delete"]);
    const gone = await app.inject({ url: `/api/evidence/${created.id}/file`, headers: { cookie } });
    expect(gone.statusCode).toBe(404);
  });
});
