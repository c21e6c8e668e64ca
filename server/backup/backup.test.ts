/**
 * Backup and restore end to end on real PostgreSQL: a world with names in every script, kept
 * figures and stored files; writes going on while the backup runs; a restore into a fresh empty
 * database and file folder. The restored tables must hold exactly what the manifest says, the kept
 * figures must equal a count from scratch (so the snapshot was one consistent moment), the files
 * must be byte for byte the same, and the app must serve from the restored database and start on
 * it without adding anything. (What a restore refuses, and the commands: restore.test.ts.)
 */
import { createHash, randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { loadDefaultData } from "../../seed/load.js";
import { buildApp } from "../app.js";
import { ensureAdministrator } from "../bootstrap.js";
import { openDatabase } from "../db/client.js";
import { eventFrameworkNodes } from "../db/schema.js";
import { createFileStore } from "../files/store.js";
import { recordAudit } from "../modules/audit/audit.service.js";
import {
  countFiguresByMunicipality,
  selectFiguresByMunicipality,
} from "../modules/coverage/coverage.queries.js";
import { totalsAndFromScratch } from "../modules/figures/figures.service.js";
import { ensureCategorySets } from "../modules/indicators/category-sets.load.js";
import { ensureJurisdictions } from "../modules/jurisdictions/jurisdictions.load.js";
import { createBackupScratch, digestTable, readStoredFile } from "../test/backup.js";
import { createTestDatabase } from "../test/db.js";
import {
  findMunicipality,
  makeEvent,
  makeEvidence,
  makeImport,
  makeOrganization,
  makeOutputTarget,
  makeParticipation,
  makePerson,
  makeProject,
  makeSignedInUser,
  makeSubmission,
  makeWorkshopPeopleIndicator,
} from "../test/factories.js";
import { ArchiveReader } from "./archive.js";
import { checkArchive, restoreBackup } from "./restore.js";
import { codeSchemaVersion } from "./schema-version.js";
import { createBackup } from "./snapshot.js";

const source = await createTestDatabase();
const { db } = source;
const scratch = await createBackupScratch();
const temp = scratch.folder;
const sourceFiles = createFileStore({ kind: "local", root: join(temp, "source-files") });
const createdAt = new Date("2026-03-08T10:00:00Z");

const peopleNames = [
  ["Šejla", "Đurić"],
  ["Čedomir", "Ćosić"],
  ["Željka", "Žigić"],
  ["Јелена", "Петровић"],
  ["Драган", "Ђукић"],
  ["Amra", "Hodžić"],
] as const;

async function makeWorld() {
  const admin = await makeSignedInUser(db, "administrator");
  const ngo = await makeOrganization(db, { name: "Žene Ženama", level: "state", sector: "civil_society" });
  const police = await makeOrganization(db, {
    name: "МУП Републике Српске",
    level: "entity",
    sector: "police",
  });
  const project = await makeProject(db, { title: "Implementacija UNSCR 1325 u BiH", code: "ZZ-1325" });
  await makeOutputTarget(db, {
    projectId: project.id,
    eventKind: "workshop",
    targetCount: 10,
    label: "Radionice",
  });
  const { node, indicator } = await makeWorkshopPeopleIndicator(db);
  const places = [await findMunicipality(db, "Bihać"), await findMunicipality(db, "Višegrad")];
  const events = [];
  for (const [index, place] of [...places, ...places].entries()) {
    events.push(
      await makeEvent(db, {
        organizerIds: [ngo.id],
        projectId: project.id,
        jurisdictionId: place.id,
        title: `Radionica ${index + 1}: rodna ravnopravnost — Родна равноправност`,
      }),
    );
  }
  await db
    .insert(eventFrameworkNodes)
    .values(events.map((event) => ({ eventId: event.id, frameworkNodeId: node.id })));
  for (const [index, [givenName, familyName]] of peopleNames.entries()) {
    const person = await makePerson(db, {
      givenName,
      familyName,
      sex: index % 2 === 0 ? "female" : "male",
      organizationId: index % 3 === 2 ? null : police.id,
    });
    await makeParticipation(db, { eventId: events[index % 4]?.id as string, personId: person.id });
    await makeParticipation(db, {
      eventId: events[(index + 1) % 4]?.id as string,
      personId: person.id,
      attended: index !== 1,
    });
  }
  const submission = await makeSubmission(db, { organizationId: ngo.id });
  const evidence = [
    await makeEvidence(db, sourceFiles, { submissionId: submission.id, fileName: "Записник.pdf" }),
    await makeEvidence(
      db,
      sourceFiles,
      { submissionId: submission.id, fileName: "fotografija.png", contentType: "image/png" },
      Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(200_000)]),
    ),
  ];
  await makeImport(db, sourceFiles, { kind: "people", createdBy: admin.user.id, organizationId: ngo.id });
  await recordAudit(db, admin.actor, { action: "create", entityType: "dataset", entityId: "Čapljina" });
  return { admin, police, project, indicator, events, evidence };
}

const world = await makeWorld();

/** People and their participations, written one after the other until told to stop. */
async function keepWriting(shouldStop: () => boolean): Promise<number> {
  let written = 0;
  const writeOne = async () => {
    const person = await makePerson(db, {
      givenName: `Đorđe ${written}`,
      familyName: written % 2 === 0 ? "Šćepanović" : "Ђорђевић",
      sex: written % 2 === 0 ? "male" : "female",
      organizationId: world.police.id,
    });
    await makeParticipation(db, { eventId: world.events[written % 4]?.id as string, personId: person.id });
    written++;
  };
  while (!shouldStop()) await writeOne();
  // One more once the backup is done: a write that certainly came after its snapshot.
  await writeOne();
  return written;
}

async function countPeople(database: { query: pg.Pool["query"] }): Promise<number> {
  const { rows } = await database.query<{ n: number }>("select count(*)::int as n from people");
  return rows[0]?.n ?? 0;
}

/** Rows in one query's answer and not in the other's, both ways: none when the two agree. */
async function differences(kept: string, fromScratch: string) {
  const { rows } = await restoredDb.pool.query(
    `(${kept} except all ${fromScratch}) union all (${fromScratch} except all ${kept})`,
  );
  return rows;
}

const archivePath = join(temp, "nap1325-backup.tar");
const peopleBefore = await countPeople(source.pool);
let backupDone = false;
const writing = keepWriting(() => backupDone);
const backup = await createBackup({
  url: source.url,
  files: sourceFiles,
  out: archivePath,
  createdAt,
  appVersion: "test",
}).finally(() => {
  backupDone = true;
});
await writing;
const peopleAfter = await countPeople(source.pool);
const { manifest } = await ArchiveReader.open(archivePath);
const tableOf = (name: string) => manifest.tables.find((table) => table.name === name);

const restoredUrl = await scratch.emptyDatabase();
const restoredFiles = createFileStore({ kind: "local", root: join(temp, "restored-files") });
const restored = await restoreBackup(await checkArchive(archivePath), {
  url: restoredUrl,
  files: restoredFiles,
  force: false,
});
const restoredDb = openDatabase(restoredUrl, { max: 3 });
afterAll(() => restoredDb.close());

describe("a backup", () => {
  it("is one snapshot taken while writes went on: later writes are not in it", () => {
    const people = tableOf("people")?.rows ?? 0;
    expect(people).toBeGreaterThanOrEqual(peopleBefore);
    expect(people).toBeLessThan(peopleAfter);
    expect(backup.rows).toBe(manifest.tables.reduce((total, table) => total + table.rows, 0));
  });

  it("records the schema version, every logged table of the application and the files its rows refer to", async () => {
    expect(manifest.schemaVersion).toEqual(codeSchemaVersion());
    expect(backup.schemaMatchesCode).toBe(true);
    expect(backup.sha256).toBe(
      createHash("sha256")
        .update(await readFile(archivePath))
        .digest("hex"),
    );
    expect(manifest.migrations.rows).toBe(codeSchemaVersion().migrations);
    const { rows } = await source.pool.query<{ name: string; unlogged: boolean }>(
      `select c.relname as name, c.relpersistence = 'u' as unlogged from pg_class c
       join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' and c.relkind = 'r'`,
    );
    const logged = rows.filter((row) => !row.unlogged).map((row) => row.name);
    expect(manifest.tables.map((table) => table.name).sort()).toEqual(logged.sort());
    for (const row of rows.filter((row) => row.unlogged)) {
      expect(manifest.excluded.map((entry) => entry.name)).toContain(`public.${row.name}`);
    }
    const keys = [...world.evidence.map((file) => file.storageKey)];
    const { rows: imports } = await source.pool.query<{ key: string }>(
      "select storage_key as key from imports",
    );
    keys.push(...imports.map((row) => row.key));
    expect(manifest.files.map((file) => file.key).sort()).toEqual(keys.sort());
    expect(manifest.missingFiles).toEqual([]);
  });

  it("lists tables so that each comes after the tables its foreign keys point at", () => {
    const position = new Map(manifest.tables.map((table, index) => [table.name, index]));
    expect(position.get("people")).toBeLessThan(position.get("participations") as number);
    expect(position.get("events")).toBeLessThan(position.get("participations") as number);
    expect(position.get("submissions")).toBeLessThan(position.get("evidence_files") as number);
  });
});

describe("a restore into an empty database", () => {
  it("loads every table with the rows of the manifest, whatever their order", {
    timeout: 120_000,
  }, async () => {
    expect(restored.rows).toBe(backup.rows);
    for (const table of manifest.tables) {
      const digest = await digestTable(restoredUrl, table);
      expect({ table: table.name, rows: digest?.rows, content: digest?.contentChecksum }).toEqual({
        table: table.name,
        rows: table.rows,
        content: table.contentChecksum,
      });
    }
    const names = peopleNames.map(([given]) => given);
    const { rows } = await restoredDb.pool.query<{ given_name: string }>(
      "select given_name from people where given_name = any($1)",
      [names],
    );
    expect(rows.map((row) => row.given_name).sort()).toEqual([...names].sort());
  });

  it("puts every file back under its key, byte for byte", async () => {
    expect(restored.files).toBe(manifest.files.length);
    for (const file of manifest.files) {
      expect(
        (await readStoredFile(restoredFiles, file.key)).equals(await readStoredFile(sourceFiles, file.key)),
      ).toBe(true);
    }
  });

  it("keeps figures equal to a count from scratch of the restored rows", async () => {
    const attended = `from participations p join events e on e.id = p.event_id join people pe on pe.id = p.person_id
      where p.attended and e.status = 'held' and e.archived_at is null and e.project_id is not null`;
    const { rows: rollups } = await restoredDb.pool.query(
      "select count(*)::int as n from project_attendee_rollups",
    );
    expect(rollups[0]?.n).toBeGreaterThan(0);
    expect(
      await differences(
        "select project_id, person_id, attendances from project_attendee_rollups",
        `select e.project_id, p.person_id, count(*)::int ${attended} group by e.project_id, p.person_id`,
      ),
    ).toEqual([]);
    expect(
      await differences(
        "select project_id, sex, people, attendances from project_sex_figures where people > 0",
        `select e.project_id, pe.sex, count(distinct pe.id)::int, count(*)::int ${attended} group by e.project_id, pe.sex`,
      ),
    ).toEqual([]);
    expect(
      await differences(
        "select project_id, organization_id, people from project_organization_people where people > 0",
        `select e.project_id, pe.organization_id, count(distinct pe.id)::int ${attended}
         and pe.organization_id is not null group by e.project_id, pe.organization_id`,
      ),
    ).toEqual([]);
    const kept = await selectFiguresByMunicipality(restoredDb.db, world.admin.actor, {});
    const counted = await countFiguresByMunicipality(restoredDb.db, world.admin.actor, {});
    expect(kept.size).toBeGreaterThan(0);
    expect(new Map([...kept].sort())).toEqual(new Map([...counted].sort()));
    const { kept: totals, fresh } = await totalsAndFromScratch(restoredDb.db, [world.indicator.id]);
    const order = (rows: typeof totals) =>
      [...rows].sort((a, b) => `${a.periodId}${a.sex}`.localeCompare(`${b.periodId}${b.sex}`));
    expect(totals.length).toBeGreaterThan(0);
    expect(order(totals)).toEqual(order(fresh));
  });

  it("gives an app that serves the restored data to the restored accounts", async () => {
    const app = await buildApp({ db: restoredDb.db, files: restoredFiles, loginAttemptsPerWindow: 1000 });
    try {
      const response = await app.inject({
        url: `/api/dashboard?projectId=${world.project.id}`,
        headers: { cookie: world.admin.cookie },
      });
      expect(response.statusCode).toBe(200);
      const { rows } = await restoredDb.pool.query<{ people: number; attendances: number }>(
        `select count(distinct p.person_id)::int as people, count(*)::int as attendances
         from participations p join events e on e.id = p.event_id
         where e.project_id = $1 and e.status = 'held' and e.archived_at is null and p.attended`,
        [world.project.id],
      );
      expect(response.json().uniquePeople.total).toBe(rows[0]?.people);
      expect(response.json().participations.total).toBe(rows[0]?.attendances);
      const evidence = world.evidence[1];
      const download = await app.inject({
        url: `/api/evidence/${evidence?.id}/file`,
        headers: { cookie: world.admin.cookie },
      });
      expect(download.statusCode).toBe(200);
      expect(
        download.rawPayload.equals(await readStoredFile(sourceFiles, evidence?.storageKey as string)),
      ).toBe(true);
    } finally {
      await app.close();
    }
  });

  it("is left as it is by the next start: no default data, administrator or reference data added", async () => {
    const before = await countPeople(restoredDb.pool);
    expect(await loadDefaultData(restoredDb.db)).toBeNull();
    expect(await ensureAdministrator(restoredDb.db, null, "admin@nap1325.local")).toEqual({
      kind: "existing",
    });
    expect(await ensureJurisdictions(restoredDb.db)).toBe(0);
    const categories = "select (select count(*) from category_sets) + (select count(*) from categories) as n";
    const { rows: setsBefore } = await restoredDb.pool.query(categories);
    await ensureCategorySets(restoredDb.db);
    expect((await restoredDb.pool.query(categories)).rows).toEqual(setsBefore);
    expect(await countPeople(restoredDb.pool)).toBe(before);
  });

  it("continues every sequence past the restored numbers", async () => {
    await recordAudit(restoredDb.db, null, {
      action: "create",
      entityType: "dataset",
      entityId: "after-restore",
    });
    const { rows } = await restoredDb.pool.query<{ n: number }>(
      "select count(*)::int as n from audit_log where entity_id = 'after-restore'",
    );
    expect(rows[0]?.n).toBe(1);
  });
});
