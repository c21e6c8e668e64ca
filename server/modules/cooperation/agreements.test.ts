import { and, asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog } from "../../db/schema.js";
import { createTestApp } from "../../test/app.js";
import { findMunicipality, makeOrganization, makeSignedInUser } from "../../test/factories.js";

const NOW = "2014-02-03T10:00:00.000Z";
const { app, db } = await createTestApp({ clock: () => new Date(NOW) });

type Party = { organizationId: string; name: string; level: string; sector: string };

const post = (cookie: string, payload: object) =>
  app.inject({ method: "POST", url: "/api/agreements", headers: { cookie }, payload });
const patch = (cookie: string, id: string, payload: object) =>
  app.inject({ method: "PATCH", url: `/api/agreements/${id}`, headers: { cookie }, payload });

/** Two fresh organisations and a valid agreement between them (fields overridable). */
async function agreementPayload(overrides: Record<string, unknown> = {}) {
  const [a, b] = [await makeOrganization(db), await makeOrganization(db)];
  return {
    kind: "memorandum",
    title: "Sporazum o saradnji",
    signedOn: "2012-03-08",
    level: "state",
    partyIds: [a.id, b.id],
    ...overrides,
  };
}

const reasonsOf = (body: { details?: { path: string; reason?: string }[] }) =>
  (body.details ?? []).map(({ path, reason }) => ({ path, reason }));

describe("agreements", () => {
  it("records a memorandum of the Agency with twelve NGOs and reads it back with its parties", async () => {
    const { cookie } = await makeSignedInUser(db, "coordinator");
    const agency = await makeOrganization(db, { name: "Agencija za ravnopravnost spolova BiH" });
    const ngos = [];
    for (let i = 1; i <= 12; i++) {
      ngos.push(
        await makeOrganization(db, {
          name: `Udruženje žena ${String(i).padStart(2, "0")}`,
          level: "municipality",
          sector: "civil_society",
        }),
      );
    }
    const bihac = await findMunicipality(db, "Bihać");
    const created = await post(cookie, {
      kind: "memorandum",
      title: "Memorandum o razumijevanju o provedbi Akcionog plana 1325",
      reference: "MoU-01/2012",
      signedOn: "2012-03-08",
      validUntil: "2013-12-31",
      level: "state",
      jurisdictionId: bihac.id,
      leadOrganizationId: agency.id,
      partyIds: [...ngos.map((ngo) => ngo.id).reverse(), agency.id],
    });
    expect(created.statusCode).toBe(201);
    const agreement = created.json();
    expect(agreement).toMatchObject({
      kind: "memorandum",
      reference: "MoU-01/2012",
      leadOrganizationId: agency.id,
      jurisdictionName: "Bihać",
      isArchived: false,
      abilities: { update: true, archive: true },
    });

    const read = await app.inject({ url: `/api/agreements/${agreement.id}`, headers: { cookie } });
    expect(read.statusCode).toBe(200);
    const parties: Party[] = read.json().parties;
    expect(parties).toHaveLength(13);
    // Ordered by name: "Agencija…" first, then the NGOs by their numbers.
    expect(parties.map((party) => party.name)).toEqual([agency.name, ...ngos.map((ngo) => ngo.name)]);
    expect(parties[1]).toEqual({
      organizationId: ngos[0]?.id,
      name: "Udruženje žena 01",
      level: "municipality",
      sector: "civil_society",
    });

    const entries = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, "agreement"), eq(auditLog.entityId, agreement.id)));
    expect(entries.map((entry) => entry.action)).toEqual(["create"]);
    expect((entries[0]?.after as { partyIds?: string[] } | undefined)?.partyIds).toHaveLength(13);
  });

  it("finds an agreement by a word of its title written without diacritics, and filters by party", async () => {
    const { cookie } = await makeSignedInUser(db, "viewer");
    const coordinator = await makeSignedInUser(db, "coordinator");
    const payload = await agreementPayload({
      kind: "referral_mechanism",
      title: "Protokol o sprječavanju rodno zasnovanog nasilja u Tuzli",
    });
    const created = await post(coordinator.cookie, payload);
    expect(created.statusCode).toBe(201);

    const found = await app.inject({ url: "/api/agreements?q=sprjecavanju%20tuzli", headers: { cookie } });
    expect(found.statusCode).toBe(200);
    expect(found.json().items.map((a: { id: string }) => a.id)).toEqual([created.json().id]);
    expect(found.json().items[0].abilities).toEqual({ update: false, archive: false });

    const byParty = await app.inject({
      url: `/api/agreements?organizationId=${payload.partyIds[1]}&kind=referral_mechanism`,
      headers: { cookie },
    });
    expect(byParty.json().total).toBe(1);
    const otherKind = await app.inject({
      url: `/api/agreements?organizationId=${payload.partyIds[1]}&kind=protocol`,
      headers: { cookie },
    });
    expect(otherKind.json().total).toBe(0);
  });

  it("lets a partner record an agreement its organisation signs, and refuses one without it", async () => {
    const own = await makeOrganization(db, { sector: "civil_society" });
    const { cookie } = await makeSignedInUser(db, "partner", { organizationId: own.id });
    const other = await makeOrganization(db);

    const withOwn = await post(cookie, await agreementPayload({ partyIds: [own.id, other.id] }));
    expect(withOwn.statusCode).toBe(201);
    expect(withOwn.json().abilities).toEqual({ update: true, archive: true });

    const withoutOwn = await post(cookie, await agreementPayload());
    expect(withoutOwn.statusCode).toBe(400);
    expect(reasonsOf(withoutOwn.json())).toEqual([{ path: "partyIds", reason: "agreement_not_own_party" }]);

    // Nor may the partner take its own organisation out of an agreement it signed.
    const third = await makeOrganization(db);
    const dropped = await patch(cookie, withOwn.json().id, { partyIds: [other.id, third.id] });
    expect(dropped.statusCode).toBe(400);
    expect(reasonsOf(dropped.json())).toEqual([{ path: "partyIds", reason: "agreement_not_own_party" }]);
  });

  it("refuses a partner's change of another organisation's agreement with 403", async () => {
    const own = await makeOrganization(db);
    const { cookie } = await makeSignedInUser(db, "partner", { organizationId: own.id });
    const coordinator = await makeSignedInUser(db, "coordinator");
    const created = await post(coordinator.cookie, await agreementPayload());
    const id = created.json().id;

    const read = await app.inject({ url: `/api/agreements/${id}`, headers: { cookie } });
    expect(read.statusCode).toBe(200);
    expect(read.json().abilities).toEqual({ update: false, archive: false });
    expect((await patch(cookie, id, { description: "x" })).statusCode).toBe(403);
    const archive = await app.inject({ method: "DELETE", url: `/api/agreements/${id}`, headers: { cookie } });
    expect(archive.statusCode).toBe(403);
  });

  it("answers broken rules with 400 and the reason in the details", async () => {
    const { cookie } = await makeSignedInUser(db, "administrator");
    const outsider = await makeOrganization(db);

    const endsBefore = await post(cookie, await agreementPayload({ validUntil: "2011-01-01" }));
    expect(endsBefore.statusCode).toBe(400);
    expect(reasonsOf(endsBefore.json())).toContainEqual({
      path: "validUntil",
      reason: "agreement_ends_before_signed",
    });

    const twice = await agreementPayload();
    const partyTwice = await post(cookie, { ...twice, partyIds: [...twice.partyIds, twice.partyIds[0]] });
    expect(partyTwice.statusCode).toBe(400);
    expect(reasonsOf(partyTwice.json())).toContainEqual({
      path: "partyIds",
      reason: "agreement_party_twice",
    });

    const leadOutside = await post(cookie, await agreementPayload({ leadOrganizationId: outsider.id }));
    expect(leadOutside.statusCode).toBe(400);
    expect(reasonsOf(leadOutside.json())).toContainEqual({
      path: "leadOrganizationId",
      reason: "agreement_lead_not_party",
    });

    const one = await agreementPayload();
    const onlyOne = await post(cookie, { ...one, partyIds: [one.partyIds[0]] });
    expect(onlyOne.statusCode).toBe(400);
    expect(onlyOne.json().details.map((d: { path: string }) => d.path)).toContain("partyIds");

    const missing = await post(
      cookie,
      await agreementPayload({ partyIds: [outsider.id, "00000000-0000-4000-8000-000000000000"] }),
    );
    expect(missing.statusCode).toBe(400);
    expect(reasonsOf(missing.json())).toEqual([{ path: "partyIds", reason: "no_such_organization" }]);

    // A change is checked on the merged values: a new lead among the stored parties, or new
    // parties that leave the stored lead out.
    const payload = await agreementPayload();
    const created = await post(cookie, { ...payload, leadOrganizationId: payload.partyIds[0] });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    const newLead = await patch(cookie, id, { leadOrganizationId: outsider.id });
    expect(reasonsOf(newLead.json())).toEqual([
      { path: "leadOrganizationId", reason: "agreement_lead_not_party" },
    ]);
    const newParties = await patch(cookie, id, { partyIds: [payload.partyIds[1], outsider.id] });
    expect(newParties.statusCode).toBe(400);
    expect(reasonsOf(newParties.json())).toEqual([
      { path: "leadOrganizationId", reason: "agreement_lead_not_party" },
    ]);
    const earlierEnd = await patch(cookie, id, { validUntil: "2012-03-07" });
    expect(reasonsOf(earlierEnd.json())).toEqual([
      { path: "validUntil", reason: "agreement_ends_before_signed" },
    ]);
    const both = await patch(cookie, id, {
      leadOrganizationId: outsider.id,
      partyIds: [payload.partyIds[1], outsider.id],
    });
    expect(both.statusCode).toBe(200);
    expect(
      both
        .json()
        .parties.map((p: Party) => p.organizationId)
        .sort(),
    ).toEqual([payload.partyIds[1], outsider.id].sort());
  });

  it("archives and restores with an audit trail that keeps the parties", async () => {
    const { cookie } = await makeSignedInUser(db, "coordinator");
    const created = await post(cookie, await agreementPayload({ title: "Zajednički program Una-Sana" }));
    const { id, parties } = created.json();
    const partyIds = parties.map((party: Party) => party.organizationId).sort();

    const archived = await app.inject({
      method: "DELETE",
      url: `/api/agreements/${id}`,
      headers: { cookie },
    });
    expect(archived.statusCode).toBe(200);
    expect(archived.json()).toMatchObject({ id, isArchived: true });
    const listed = await app.inject({ url: "/api/agreements?q=una%20sana", headers: { cookie } });
    expect(listed.json().total).toBe(0);
    const onlyArchived = await app.inject({
      url: "/api/agreements?q=una%20sana&archived=only",
      headers: { cookie },
    });
    expect(onlyArchived.json().total).toBe(1);

    const restored = await app.inject({
      method: "POST",
      url: `/api/agreements/${id}/restore`,
      headers: { cookie },
    });
    expect(restored.statusCode).toBe(200);
    expect(restored.json().isArchived).toBe(false);

    const entries = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, "agreement"), eq(auditLog.entityId, id)))
      .orderBy(asc(auditLog.id));
    expect(entries.map((entry) => entry.action)).toEqual(["create", "archive", "restore"]);
    const [, archive, restore] = entries as [unknown, (typeof entries)[number], (typeof entries)[number]];
    type Logged = { archivedAt: string | null; partyIds: string[] };
    expect((archive.before as Logged).archivedAt).toBeNull();
    expect(new Date((archive.after as Logged).archivedAt as string).toISOString()).toBe(NOW);
    expect((archive.after as Logged).partyIds).toEqual(partyIds);
    expect((restore.after as Logged).archivedAt).toBeNull();
    expect((restore.before as Logged).partyIds).toEqual(partyIds);
  });

  it("keeps Cyrillic titles as written and finds them from Latin", async () => {
    const { cookie } = await makeSignedInUser(db, "coordinator");
    const created = await post(
      cookie,
      await agreementPayload({ title: "Меморандум о сарадњи у Требињу", reference: "Бр. 01-25/13" }),
    );
    expect(created.statusCode).toBe(201);
    const read = await app.inject({ url: `/api/agreements/${created.json().id}`, headers: { cookie } });
    expect(read.json()).toMatchObject({ title: "Меморандум о сарадњи у Требињу", reference: "Бр. 01-25/13" });
    const found = await app.inject({ url: "/api/agreements?q=saradnji%20trebinju", headers: { cookie } });
    expect(found.json().items.map((a: { id: string }) => a.id)).toEqual([created.json().id]);
  });
  it("exports the list with its filters, a title that looks like a formula kept as text", async () => {
    const { cookie } = await makeSignedInUser(db, "coordinator");
    const lead = await makeOrganization(db, { name: "Agencija za izvoz" });
    const created = await post(
      cookie,
      await agreementPayload({
        title: '=HYPERLINK("http://example.org")',
        reference: "01-50-2014",
        leadOrganizationId: lead.id,
        partyIds: [lead.id, (await makeOrganization(db, { name: "Forum za izvoz" })).id],
      }),
    );
    expect(created.statusCode).toBe(201);
    const csv = await app.inject({
      url: `/api/agreements/export?format=csv&organizationId=${lead.id}`,
      headers: { cookie },
    });
    expect(csv.statusCode).toBe(200);
    const lines = csv.body
      .replace(/^\uFEFF/, "")
      .trim()
      .split(/\r?\n/);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain("'=HYPERLINK");
    expect(lines[1]).toContain("Agencija za izvoz;");
    expect(lines[1]).toContain("01-50-2014");
  });
});
