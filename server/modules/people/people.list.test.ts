/** The people list: its order (Bosnian collation), its pages and their totals, with and without a search. */
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { buildSearchKey } from "../../../common/text/search.js";
import { people } from "../../db/schema.js";
import { createTestApp } from "../../test/app.js";
import { makeOrganization, makePerson, makeSignedInUser } from "../../test/factories.js";

const { app, db } = await createTestApp();

type Named = { id: string; givenName: string; familyName: string };

const get = (cookie: string, url: string) => app.inject({ url, headers: { cookie } });
const send = (cookie: string, method: "POST" | "DELETE", url: string, payload?: object) =>
  app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });

describe("the people list", () => {
  it("sorts family names with Bosnian collation and pages with totals", async () => {
    const { cookie } = await makeSignedInUser(db, "administrator");
    const organization = await makeOrganization(db);
    const names = ["Žunić", "Šehić", "Ćosić", "Zukić", "Čolić", "Sarić", "Cerić"];
    for (const familyName of names) {
      await makePerson(db, { organizationId: organization.id, familyName, givenName: "Ana" });
    }
    const url = `/api/people?organizationId=${organization.id}&sort=familyName`;
    const ascending = await get(cookie, `${url}&pageSize=200`);
    expect(ascending.json().items.map((p: Named) => p.familyName)).toEqual([
      "Cerić",
      "Čolić",
      "Ćosić",
      "Sarić",
      "Šehić",
      "Zukić",
      "Žunić",
    ]);
    const descending = await get(cookie, `${url}&order=desc&pageSize=2`);
    expect(descending.json().items.map((p: Named) => p.familyName)).toEqual(["Žunić", "Zukić"]);

    const lastPage = await get(cookie, `${url}&pageSize=3&page=3`);
    expect(lastPage.json()).toMatchObject({ total: 7, page: 3, pageSize: 3 });
    expect(lastPage.json().items.map((p: Named) => p.familyName)).toEqual(["Žunić"]);
    const beyond = await get(cookie, `${url}&pageSize=3&page=4`);
    expect(beyond.json().items).toEqual([]);

    await makePerson(db, { organizationId: organization.id, familyName: "Begić", sex: "male" });
    const men = await get(cookie, `/api/people?organizationId=${organization.id}&sex=male`);
    expect(men.json().items.map((p: Named) => p.familyName)).toEqual(["Begić"]);
  });

  it("gives the whole list's total as the table counts it, after each registration and archiving", async () => {
    const { cookie } = await makeSignedInUser(db, "coordinator");
    // A page of one row cannot tell the total: it comes from the kept total of the whole list.
    const total = async () => (await get(cookie, "/api/people?pageSize=1")).json().total as number;
    const counted = async () =>
      Number(
        (await db.execute<{ n: string }>(sql`select count(*) as n from people where archived_at is null`))
          .rows[0]?.n,
      );
    expect(await total()).toBe(await counted());
    const created = await send(cookie, "POST", "/api/people", {
      givenName: "Željka",
      familyName: "Đurić",
      sex: "female",
    });
    expect(created.statusCode).toBe(201);
    expect(await total()).toBe(await counted());
    const archived = await send(cookie, "DELETE", `/api/people/${created.json().id}`);
    expect(archived.statusCode).toBe(200);
    expect(await total()).toBe(await counted());
    // A filter or a search counts its own rows.
    expect(
      (
        await get(cookie, `/api/people?pageSize=1&archived=include&q=${encodeURIComponent("Željka Đurić")}`)
      ).json().total,
    ).toBe(1);
  });

  it("pages a search with many matches and one with few alike: in name order, every match counted", async () => {
    const { cookie } = await makeSignedInUser(db, "coordinator");
    const word = `Mnogo${randomUUID().slice(0, 8)}`;
    // More matches than a page sorts whole (1,000), in one statement; given names out of order.
    const familyNames = ["Čolić", "Colić", "Ćosić", "Žunić", "Zukić"];
    const many = Array.from({ length: 1005 }, (_, i) => {
      const givenName = `${word} ${String(1004 - i).padStart(4, "0")}`;
      const familyName = familyNames[i % familyNames.length] as string;
      return { givenName, familyName, sex: "female", searchText: buildSearchKey(givenName, familyName) };
    });
    await db.insert(people).values(many);
    const expected = many
      .map((p) => [p.familyName, p.givenName] as const)
      .sort(([af, ag], [bf, bg]) => af.localeCompare(bf, "bs") || ag.localeCompare(bg, "bs"));
    const url = `/api/people?q=${encodeURIComponent(word)}&sort=familyName&pageSize=100`;
    const first = (await get(cookie, `${url}&page=1`)).json();
    expect(first.total).toBe(1005);
    expect(first.items.map((p: Named) => [p.familyName, p.givenName])).toEqual(expected.slice(0, 100));
    const last = (await get(cookie, `${url}&page=11`)).json();
    expect(last.total).toBe(1005);
    expect(last.items.map((p: Named) => [p.familyName, p.givenName])).toEqual(expected.slice(1000));
    // Narrowed to one family name: few matches, sorted, the same order.
    const few = (await get(cookie, `/api/people?q=${encodeURIComponent(`${word} Ćosić`)}&pageSize=5`)).json();
    expect(few.total).toBe(201);
    expect(few.items.map((p: Named) => p.givenName)).toEqual(
      expected
        .filter(([f]) => f === "Ćosić")
        .slice(0, 5)
        .map(([, g]) => g),
    );
  });
});
