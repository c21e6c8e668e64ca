/**
 * Staff find a person registered twice — once from a ministry's list in Latin with her
 * organisation, once from an NGO's list in Cyrillic without it — among the probable duplicates,
 * keep the values they choose and merge the two: the person is then found once, with the
 * organisation kept, and the other record is an archived alias.
 */
import { describe, expect, inject, it } from "vitest";
import { setupBrowser } from "../browser.js";
import { SessionPage } from "../pages/session.page.js";

const browser = setupBrowser();

describe("merging two records of one person", () => {
  it("finds the pair among the probable duplicates and merges it with the chosen values", async () => {
    const page = await browser.open("/");
    const session = new SessionPage(page);
    await session.signIn(inject("adminEmail"), inject("adminPassword"));

    // The two records as two lists brought them in (through the API, as an import would).
    const api = page.context().request;
    const origin = new URL(page.url()).origin;
    const organisations = (await (await api.get(`${origin}/api/organizations?q=Žene Ženama`)).json()) as {
      items: { id: string }[];
    };
    const create = async (data: object) => {
      const response = await api.post(`${origin}/api/people`, { data, headers: { origin } });
      expect(response.status(), await response.text()).toBe(201);
      return (await response.json()) as { id: string };
    };
    const kept = await create({
      givenName: "Dženana",
      familyName: "Hadžić-Pašalić",
      sex: "female",
      organizationId: organisations.items[0]?.id,
      position: "Savjetnica",
    });
    const second = await create({
      givenName: "Џенана",
      familyName: "Хаџић-Пашалић",
      sex: "female",
      phone: "+387 33 123 456",
    });

    await page.goto("/people/duplicates");
    await page.getByRole("heading", { level: 1, name: "Probable duplicates" }).waitFor();
    // Other lists make other pairs: the search narrows the list to this name, in either script.
    await page.getByRole("searchbox", { name: "Search" }).fill("Хаџић-Пашалић");
    await page
      .getByRole("link", { name: /Merge the two records of .*(Pašalić|Пашалић)/ })
      .first()
      .click();
    await page.getByRole("heading", { level: 1, name: "Merge two records of one person" }).waitFor();

    // Whichever record is kept: the organisation of the one, the phone of the other.
    await page
      .getByRole("radiogroup", { name: "Organisation" })
      .getByRole("radio", { name: /Žene Ženama/ })
      .check();
    await page
      .getByRole("radiogroup", { name: "Phone" })
      .getByRole("radio", { name: /\+387 33 123 456/ })
      .check();
    await page.getByRole("button", { name: "Merge…" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Merge", exact: true }).click();
    await page.waitForURL(/\/people\/[0-9a-f-]+$/);

    const found = (await (await api.get(`${origin}/api/people?q=Pasalic`)).json()) as {
      items: { id: string; organizationName: string | null }[];
    };
    expect(found.items).toHaveLength(1);
    expect(found.items[0]?.organizationName).toContain("Žene Ženama");
    const survivorId = found.items[0]?.id ?? "";
    const survivor = (await (await api.get(`${origin}/api/people/${survivorId}`)).json()) as {
      personal: { phone: string | null } | null;
    };
    expect(survivor.personal?.phone).toBe("+387 33 123 456");
    // The other record is kept as an archived alias.
    const mergedId = survivorId === kept.id ? second.id : kept.id;
    const merged = (await (await api.get(`${origin}/api/people/${mergedId}`)).json()) as {
      archivedAt: string | null;
    };
    expect(merged.archivedAt).not.toBeNull();
    await session.signOut();
  }, 120_000);
});
