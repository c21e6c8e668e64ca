import { describe, expect, it } from "vitest";
import { createTestApp } from "../../test/app.js";
import { findMunicipality, makeOrganization, makeSignedInUser } from "../../test/factories.js";

const { app, db } = await createTestApp();

describe("organizations", () => {
  it("creates, finds by folded search, sorts with Bosnian collation, updates and archives with an audit trail", async () => {
    const { cookie } = await makeSignedInUser(db, "coordinator");
    const bihac = await findMunicipality(db, "Bihać");
    const created = await app.inject({
      method: "POST",
      url: "/api/organizations",
      headers: { cookie },
      payload: {
        name: "Žene sa Une",
        shortName: "ŽsU",
        level: "municipality",
        sector: "civil_society",
        jurisdictionId: bihac.id,
      },
    });
    expect(created.statusCode).toBe(201);
    const organization = created.json();
    expect(organization).toMatchObject({ name: "Žene sa Une", jurisdictionName: "Bihać", isArchived: false });
    await makeOrganization(db, { name: "Čuvarkuća Zenica" });
    await makeOrganization(db, { name: "Centar za mir" });
    await makeOrganization(db, { name: "Ђурђевак Бања Лука" });

    const found = await app.inject({ url: "/api/organizations?q=zene%20sa%20une", headers: { cookie } });
    expect(found.json().items.map((o: { name: string }) => o.name)).toEqual(["Žene sa Une"]);
    const cyrillic = await app.inject({ url: "/api/organizations?q=djurdjevak", headers: { cookie } });
    expect(cyrillic.json().total).toBe(1);

    const sorted = await app.inject({
      url: "/api/organizations?sort=name&pageSize=200",
      headers: { cookie },
    });
    const names: string[] = sorted.json().items.map((o: { name: string }) => o.name);
    expect(names.indexOf("Centar za mir")).toBeLessThan(names.indexOf("Čuvarkuća Zenica"));
    expect(names.indexOf("Čuvarkuća Zenica")).toBeLessThan(names.indexOf("Žene sa Une"));

    const updated = await app.inject({
      method: "PATCH",
      url: `/api/organizations/${organization.id}`,
      headers: { cookie },
      payload: { description: "Lokalna ženska organizacija" },
    });
    expect(updated.json()).toMatchObject({ description: "Lokalna ženska organizacija", name: "Žene sa Une" });

    const archived = await app.inject({
      method: "DELETE",
      url: `/api/organizations/${organization.id}`,
      headers: { cookie },
    });
    expect(archived.json().isArchived).toBe(true);
    const listed = await app.inject({ url: "/api/organizations?q=une", headers: { cookie } });
    expect(listed.json().total).toBe(0);
    const archivedList = await app.inject({
      url: "/api/organizations?q=une&archived=only",
      headers: { cookie },
    });
    expect(archivedList.json().total).toBe(1);

    const admin = await makeSignedInUser(db, "administrator");
    const audit = await app.inject({
      url: `/api/audit?entityId=${organization.id}&order=asc`,
      headers: { cookie: admin.cookie },
    });
    expect(audit.json().items.map((e: { action: string }) => e.action)).toEqual([
      "create",
      "update",
      "archive",
    ]);
    expect(audit.json().items[1].before.description).toBeNull();
    expect(audit.json().items[1].after.description).toBe("Lokalna ženska organizacija");
  });

  it("answers bad input with field errors and unknown fields with 400", async () => {
    const { cookie } = await makeSignedInUser(db, "coordinator");
    const response = await app.inject({
      method: "POST",
      url: "/api/organizations",
      headers: { cookie },
      payload: { name: "  ", level: "galaxy", sector: "police", colour: "red" },
    });
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body.code).toBe("VALIDATION");
    const paths = body.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(expect.arrayContaining(["name", "level", "colour"]));
    expect(JSON.stringify(body)).not.toMatch(/at .*\.ts|select|insert/i);
  });

  it("lets a partner edit its own organisation and hides the others", async () => {
    const own = await makeOrganization(db, { sector: "civil_society" });
    const other = await makeOrganization(db);
    const { cookie } = await makeSignedInUser(db, "partner", { organizationId: own.id });
    const patch = (id: string) =>
      app.inject({
        method: "PATCH",
        url: `/api/organizations/${id}`,
        headers: { cookie },
        payload: { description: "x" },
      });
    expect((await patch(own.id)).statusCode).toBe(200);
    expect((await patch(other.id)).statusCode).toBe(404);
    const create = await app.inject({
      method: "POST",
      url: "/api/organizations",
      headers: { cookie },
      payload: { name: "New", level: "state", sector: "police" },
    });
    expect(create.statusCode).toBe(403);
  });

  it("refuses a duplicate name with 409", async () => {
    const { cookie } = await makeSignedInUser(db, "administrator");
    await makeOrganization(db, { name: "Medica Zenica" });
    const response = await app.inject({
      method: "POST",
      url: "/api/organizations",
      headers: { cookie },
      payload: { name: "medica zenica", level: "municipality", sector: "civil_society" },
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe("CONFLICT");
  });
});
