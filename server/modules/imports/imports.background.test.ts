/**
 * Commits written in the background: the request answers 202 with the progress when the list is not
 * written within the wait, the progress moves through its steps, other requests are served
 * meanwhile, a second commit is refused, a failure after the answer is kept on the import, and a
 * commit cut off (its process ended) may be started again.
 */
import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { ImportProgress, ImportRecord } from "../../../common/schemas/imports.js";
import { imports, participations, people } from "../../db/schema.js";
import { createTestApp } from "../../test/app.js";
import { makePerson } from "../../test/factories.js";
import { importRequests, importWorld, tag } from "../../test/imports.js";

// Every commit goes to the background at once: the request never waits for it.
const { app, db } = await createTestApp({ importCommitWaitMs: 0 });
const requests = importRequests(app);

/** An attendance list of `count` new people of the world's NGO. */
function list(mark: string, count: number, ngo: string) {
  const rows = Array.from(
    { length: count },
    (_, i) => `Amra ${mark}ović ${"abcdefghij"[i % 10]}${i};Ž;${ngo}`,
  );
  return `Ime i prezime;Spol;Institucija\r\n${rows.join("\r\n")}\r\n`;
}

const statusOf = async (cookie: string, id: string) => {
  const response = await app.inject({ method: "GET", url: `/api/imports/${id}/status`, headers: { cookie } });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<ImportRecord>();
};

/** Polls the import until it is no longer committing; answers every progress seen on the way. */
async function followCommit(cookie: string, id: string) {
  const seen: ImportProgress[] = [];
  for (let round = 0; round < 400; round++) {
    const record = await statusOf(cookie, id);
    if (record.status !== "committing") return { record, seen };
    if (record.progress) seen.push(record.progress);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error("the commit did not end");
}

describe("a commit in the background", () => {
  it("answers 202 with its progress, serves other requests, and ends committed with the right counts", async () => {
    const world = await importWorld(db);
    const mark = tag();
    const preview = await requests.previewOf(
      world.coordinator.cookie,
      `kind=attendance&eventId=${world.event.id}`,
      "lista.csv",
      list(mark, 600, world.ngo.name),
    );
    const started = await requests.commit(world.coordinator.cookie, preview.import.id);
    expect(started.statusCode, started.body).toBe(202);
    const committing = started.json<ImportRecord>();
    expect(committing.status).toBe("committing");
    expect(committing.progress).toMatchObject({ rows: 600 });
    expect(["reading", "matching", "writing"]).toContain(committing.progress?.step);

    // Another user's request is answered while the list is written.
    const health = await app.inject({ method: "GET", url: "/api/health" });
    expect(health.statusCode).toBe(200);
    // A second commit of the same import is refused while the first runs.
    const again = await requests.commit(world.coordinator.cookie, preview.import.id);
    expect(again.statusCode, again.body).toBe(409);
    expect(again.json()).toMatchObject({ reason: "import_committing" });

    const { record, seen } = await followCommit(world.coordinator.cookie, preview.import.id);
    expect(record.status).toBe("committed");
    expect(record.progress).toBeNull();
    expect(record.commitError).toBeNull();
    expect(record.counts).toMatchObject({ rows: 600, new: 600, female: 600, male: 0 });
    // The steps come in order, and no count runs past its whole.
    const steps = ["reading", "matching", "writing"];
    const order = [committing.progress, ...seen].map((progress) => steps.indexOf(progress?.step ?? ""));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    for (const progress of seen) {
      expect(progress.rows).toBe(600);
      expect(progress.matched).toBeLessThanOrEqual(progress.records);
      expect(progress.written).toBeLessThanOrEqual(progress.toWrite);
    }
    const [written] = await db
      .select({ count: sql<number>`count(*)::int` })
      .from(participations)
      .where(eq(participations.eventId, world.event.id));
    expect(written?.count).toBe(600);
  });

  it("keeps the error of a commit that fails after its answer, and writes nothing", async () => {
    const world = await importWorld(db);
    const mark = tag();
    // A registered namesake of another organisation: the row is a likely match the user must decide.
    await makePerson(db, { givenName: "Lejla", familyName: `${mark}ić`, organizationId: world.other.id });
    const csv = `Ime i prezime;Spol;Institucija\r\nLejla ${mark}ić;Ž;\r\nAmra ${mark}ović;Ž;${world.ngo.name}\r\n`;
    const preview = await requests.previewOf(
      world.coordinator.cookie,
      `kind=attendance&eventId=${world.event.id}`,
      "lista.csv",
      csv,
    );
    expect(preview.likely).toHaveLength(1);
    const started = await requests.commit(world.coordinator.cookie, preview.import.id, { decisions: [] });
    // Refused at once (the wait is 0, so the work may still have been running) or after the answer.
    if (started.statusCode !== 202) expect(started.statusCode, started.body).toBe(400);
    const { record } = await followCommit(world.coordinator.cookie, preview.import.id);
    expect(record.status).toBe("previewed");
    expect(record.commitError?.details?.[0]).toMatchObject({ path: "decisions", reason: "match_undecided" });
    const created = await db
      .select({ id: people.id })
      .from(people)
      .where(eq(people.familyName, `${mark}ović`));
    expect(created).toEqual([]);

    // Decided, the same import commits.
    const decided = await requests.commit(world.coordinator.cookie, preview.import.id, {
      decisions: [{ rowNumber: preview.likely[0]?.rowNumber, personId: null }],
    });
    expect([200, 202]).toContain(decided.statusCode);
    expect((await followCommit(world.coordinator.cookie, preview.import.id)).record.status).toBe("committed");
  });

  it("shows a commit cut off mid-way as not committed, and lets it be committed again", async () => {
    const world = await importWorld(db);
    const preview = await requests.previewOf(
      world.coordinator.cookie,
      `kind=attendance&eventId=${world.event.id}`,
      "lista.csv",
      list(tag(), 3, world.ngo.name),
    );
    // What a process that ended mid-commit leaves: committing, with a progress that stopped three minutes ago.
    await db
      .update(imports)
      .set({
        status: "committing",
        progress: sql`jsonb_build_object('step', 'writing', 'rows', 3, 'read', 3, 'records', 3, 'matched', 3,
          'toWrite', 6, 'written', 0, 'startedAt', now() - interval '4 minutes',
          'updatedAt', now() - interval '3 minutes')`,
      })
      .where(and(eq(imports.id, preview.import.id)));
    const cut = await statusOf(world.coordinator.cookie, preview.import.id);
    expect(cut.status).toBe("previewed");
    expect(cut.commitError).toMatchObject({ reason: "import_commit_interrupted" });

    const again = await requests.commit(world.coordinator.cookie, preview.import.id);
    expect([200, 202], again.body).toContain(again.statusCode);
    const { record } = await followCommit(world.coordinator.cookie, preview.import.id);
    expect(record.status, JSON.stringify(record.commitError)).toBe("committed");
    expect(record.counts).toMatchObject({ new: 3 });
  });
});
