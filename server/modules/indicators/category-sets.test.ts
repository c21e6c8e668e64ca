import { describe, expect, it } from "vitest";
import type { Role } from "../../../common/schemas/enums.js";
import { createTestApp } from "../../test/app.js";
import {
  findCategorySet,
  makeCategorySet,
  makeIndicator,
  makeOrganization,
  makePlan,
  makeSignedInUser,
} from "../../test/factories.js";
import { ensureCategorySets } from "./category-sets.load.js";

const { app, db } = await createTestApp();

const missingId = "00000000-0000-4000-8000-000000000000";

type Api = ReturnType<typeof request>;
type Category = { id: string; code: string; name: string };
const request =
  (cookie: string) => (method: "GET" | "POST" | "PATCH" | "DELETE", url: string, payload?: object) =>
    app.inject({ method, url: `/api${url}`, headers: { cookie }, ...(payload ? { payload } : {}) });

const coordinator = request((await makeSignedInUser(db, "coordinator")).cookie);

const codes = (body: { items: { code: string }[] }) => body.items.map((set) => set.code);
const categoryLines = (categories: Category[]) => categories.map((c) => `${c.code}:${c.name}`);

async function auditOf(entityId: string) {
  const admin = await makeSignedInUser(db, "administrator");
  const response = await request(admin.cookie)("GET", `/audit?entityId=${entityId}&order=asc`);
  return response.json().items as { action: string; entityType: string; before: unknown; after: unknown }[];
}

function pathsOf(response: Awaited<ReturnType<Api>>) {
  expect(response.statusCode).toBe(400);
  expect(response.json().code).toBe("VALIDATION");
  return response.json().details.map((detail: { path: string }) => detail.path);
}

const rank = {
  code: "rank",
  name: "Čin u Oružanim snagama",
  description: "Činovi pripadnika OS BiH",
  categories: [
    { code: "officer", name: "Oficir" },
    { code: "nco", name: "Podoficir" },
    { code: "soldier", name: "Vojnik" },
  ],
};

describe("category sets", () => {
  it("has the system sets on every installation, and ensuring them again adds nothing", async () => {
    const response = await coordinator("GET", "/category-sets?sort=code&pageSize=200");
    expect(response.statusCode).toBe(200);
    const system = response.json().items.filter((set: { isSystem: boolean }) => set.isSystem);
    expect(codes({ items: system })).toEqual(["entity", "level", "sector", "sex"]);
    const byCode = new Map(system.map((set: { code: string; categories: Category[] }) => [set.code, set]));
    const categoriesOf = (code: string) => (byCode.get(code) as { categories: Category[] }).categories;
    expect(categoryLines(categoriesOf("sex"))).toEqual(["female:Women", "male:Men"]);
    expect(categoryLines(categoriesOf("entity"))).toEqual([
      "BA-BIH:FBiH",
      "BA-SRP:RS",
      "BA-BRC:Brčko District",
    ]);
    expect(categoriesOf("level").map((c) => c.code)).toEqual([
      "international",
      "state",
      "entity",
      "canton",
      "municipality",
    ]);
    expect(categoriesOf("sector")).toHaveLength(12);
    expect(await ensureCategorySets(db)).toEqual({ sets: 0, categories: 0 });
  });

  it("creates a custom set, finds it folded in Latin and Cyrillic, edits its categories in place and deletes it", async () => {
    const created = await coordinator("POST", "/category-sets", rank);
    expect(created.statusCode).toBe(201);
    const set = created.json();
    expect(set).toMatchObject({
      code: "rank",
      name: rank.name,
      isSystem: false,
      indicatorCount: 0,
    });
    expect(categoryLines(set.categories)).toEqual(["officer:Oficir", "nco:Podoficir", "soldier:Vojnik"]);
    expect((await coordinator("GET", `/category-sets/${set.id}`)).json()).toEqual(set);

    expect(codes((await coordinator("GET", "/category-sets?q=cin%20oruzanim")).json())).toEqual(["rank"]);
    expect(codes((await coordinator("GET", `/category-sets?q=${encodeURIComponent("ЧИН")}`)).json())).toEqual(
      ["rank"],
    );
    expect(codes((await coordinator("GET", "/category-sets?q=podoficir")).json())).toEqual(["rank"]);

    const officer = set.categories[0] as Category;
    const updated = await coordinator("PATCH", `/category-sets/${set.id}`, {
      name: "Čin",
      categories: [
        { code: "general", name: "General" },
        { code: "officer", name: "Časnik" },
        { code: "nco", name: "Dočasnik" },
      ],
    });
    expect(updated.statusCode).toBe(200);
    const after = updated.json();
    expect(after).toMatchObject({ name: "Čin", description: rank.description });
    expect(categoryLines(after.categories)).toEqual(["general:General", "officer:Časnik", "nco:Dočasnik"]);
    expect(after.categories[1].id).toBe(officer.id);
    expect(codes((await coordinator("GET", "/category-sets?q=dočasnik")).json())).toEqual(["rank"]);
    expect((await coordinator("GET", "/category-sets?q=podoficir")).json().total).toBe(0);

    const renamed = await coordinator("PATCH", `/category-sets/${set.id}`, { description: null });
    expect(renamed.json()).toMatchObject({ description: null, name: "Čin" });
    expect(renamed.json().categories).toHaveLength(3);

    expect((await coordinator("DELETE", `/category-sets/${set.id}`)).statusCode).toBe(204);
    expect((await coordinator("GET", `/category-sets/${set.id}`)).statusCode).toBe(404);

    const audit = await auditOf(set.id);
    expect(audit.map((entry) => entry.action)).toEqual(["create", "update", "update", "delete"]);
    expect(audit.every((entry) => entry.entityType === "category_set")).toBe(true);
    expect(audit[0]).toMatchObject({
      before: null,
      after: { code: "rank", categories: [{ code: "officer" }, {}, {}] },
    });
    expect(audit[1]).toMatchObject({
      before: { name: rank.name, categories: [{ code: "officer", name: "Oficir" }, {}, {}] },
      after: { name: "Čin", categories: [{ code: "general" }, { code: "officer", name: "Časnik" }, {}] },
    });
    expect(audit[3]).toMatchObject({ before: { code: "rank", categories: [{}, {}, {}] }, after: null });
  });

  it("keeps system sets as they are and a set in use (409)", async () => {
    const sex = await findCategorySet(db, "sex");
    const edit = await coordinator("PATCH", `/category-sets/${sex.id}`, { name: "Spol" });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().code).toBe("CONFLICT");
    expect((await coordinator("DELETE", `/category-sets/${sex.id}`)).statusCode).toBe(409);
    expect((await coordinator("GET", `/category-sets/${sex.id}`)).json().name).toBe("Sex");

    const custom = await makeCategorySet(db);
    const plan = await makePlan(db);
    const indicator = await makeIndicator(db, { planId: plan.id });
    const link = await request((await makeSignedInUser(db, "administrator")).cookie)(
      "PATCH",
      `/indicators/${indicator.id}`,
      { categorySetIds: [custom.id] },
    );
    expect(link.statusCode).toBe(200);
    const used = await coordinator("DELETE", `/category-sets/${custom.id}`);
    expect(used.statusCode).toBe(409);
    expect((await coordinator("GET", `/category-sets/${custom.id}`)).json().indicatorCount).toBe(1);
    await coordinator("PATCH", `/indicators/${indicator.id}`, { categorySetIds: [] });
    expect((await coordinator("DELETE", `/category-sets/${custom.id}`)).statusCode).toBe(204);
  });

  it("refuses a duplicate code with 409 and bad input with 400 and the path of the field", async () => {
    const duplicate = await coordinator("POST", "/category-sets", { ...rank, code: "SEX" });
    expect(duplicate.statusCode).toBe(409);
    const custom = await makeCategorySet(db, { code: "agency" });
    expect((await coordinator("PATCH", `/category-sets/${custom.id}`, { code: "Entity" })).statusCode).toBe(
      409,
    );

    const twice = await coordinator("POST", "/category-sets", {
      ...rank,
      code: "twice",
      categories: [
        { code: "a", name: "A" },
        { code: "a", name: "B" },
      ],
    });
    expect(pathsOf(twice)).toEqual(["categories.1.code"]);
    expect(
      pathsOf(await coordinator("POST", "/category-sets", { ...rank, code: "empty", categories: [] })),
    ).toEqual(["categories"]);
    const unknown = await coordinator("POST", "/category-sets", {
      code: " ",
      name: "Boja",
      colour: "red",
      categories: [{ code: "x", name: "" }],
    });
    expect(pathsOf(unknown)).toEqual(expect.arrayContaining(["code", "colour", "categories.0.name"]));
    expect(pathsOf(await coordinator("PATCH", `/category-sets/${custom.id}`, { isSystem: true }))).toEqual([
      "isSystem",
    ]);
  });

  describe("access", () => {
    const readers: Role[] = ["representative", "partner", "trainer", "viewer"];

    it.each(readers)("lets a %s read category sets but not write them", async (role) => {
      const organization = await makeOrganization(db);
      const api = request((await makeSignedInUser(db, role, { organizationId: organization.id })).cookie);
      const custom = await makeCategorySet(db);
      const sex = await findCategorySet(db, "sex");
      expect((await api("GET", "/category-sets")).statusCode).toBe(200);
      expect((await api("GET", `/category-sets/${custom.id}`)).statusCode).toBe(200);
      expect((await api("POST", "/category-sets", { ...rank, code: `rank-${role}` })).statusCode).toBe(403);
      expect((await api("PATCH", `/category-sets/${custom.id}`, { name: "Promijenjeno" })).statusCode).toBe(
        403,
      );
      expect((await api("PATCH", `/category-sets/${sex.id}`, { name: "Spol" })).statusCode).toBe(403);
      expect((await api("DELETE", `/category-sets/${custom.id}`)).statusCode).toBe(403);
      expect((await api("GET", `/category-sets/${missingId}`)).statusCode).toBe(404);
      expect((await api("DELETE", `/category-sets/${missingId}`)).statusCode).toBe(404);
      expect((await coordinator("GET", `/category-sets/${custom.id}`)).json().name).toBe(custom.name);
    });

    it("answers 401 without a session", async () => {
      expect((await app.inject({ url: "/api/category-sets" })).statusCode).toBe(401);
    });
  });
});
