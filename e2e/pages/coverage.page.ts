import type { Page } from "playwright-core";

/** One row of the coverage table, as it reads on screen. */
export interface CoverageTableRow {
  municipality: string;
  entityCanton: string;
  events: string;
  participants: string;
  womenShare: string;
  trainersActive: string;
}

/** The coverage map (municipalities coloured by a chosen figure), its table and a municipality's page. */
export class CoveragePage {
  constructor(private readonly page: Page) {}

  /** From the main navigation. */
  async open() {
    await this.page
      .getByRole("navigation", { name: "Main navigation" })
      .getByRole("link", { name: "Coverage map" })
      .click();
    await this.page.getByRole("heading", { level: 1, name: "Coverage map" }).waitFor();
    await this.map().waitFor();
  }

  /** The map drawing; its accessible name summarises what it shows. */
  map() {
    return this.page.getByRole("img", { name: /^Map of municipalities coloured by/ });
  }

  async mapSummary() {
    return (await this.map().getAttribute("aria-label")) ?? "";
  }

  /** Colours the map by "Events held", "Participants", "Share of women" or "Trainers active". */
  async chooseMeasure(label: string) {
    await this.page.getByLabel("Colour the map by").selectOption({ label });
    await this.page.getByRole("img", { name: new RegExp(`coloured by ${label}`) }).waitFor();
  }

  async chooseYear(year: number | "All") {
    await this.page.getByLabel("Year").selectOption({ label: String(year) });
  }

  async chooseKind(label: string) {
    await this.page.getByLabel("Kind", { exact: true }).selectOption({ label });
  }

  async chooseProject(label: string) {
    await this.page.getByLabel("Project", { exact: true }).selectOption({ label });
  }

  /** The text under the map naming the boundary data and its licence. */
  attribution() {
    return this.page.locator("figcaption");
  }

  table() {
    return this.page.getByRole("region", { name: "Municipalities with activity" }).getByRole("table");
  }

  /** The table's rows in the order shown. */
  async rows(): Promise<CoverageTableRow[]> {
    const rows = this.table().locator("tbody tr");
    const result: CoverageTableRow[] = [];
    for (let i = 0; i < (await rows.count()); i++) {
      const cells = (await rows.nth(i).getByRole("cell").allTextContents()).map((text) => text.trim());
      const [
        municipality = "",
        entityCanton = "",
        events = "",
        participants = "",
        womenShare = "",
        trainersActive = "",
      ] = cells;
      result.push({ municipality, entityCanton, events, participants, womenShare, trainersActive });
    }
    return result;
  }

  /** Sorts the table by a column header ("Municipality", "Events held", …); a second click reverses. */
  async sortBy(header: string) {
    await this.table().getByRole("columnheader", { name: header }).getByRole("button").click();
  }

  /** Opens a municipality's page from its link in the table. */
  async openMunicipality(name: string) {
    await this.table().getByRole("link", { name, exact: true }).click();
    await this.page.getByRole("heading", { level: 1, name: new RegExp(`^${name}`) }).waitFor();
  }

  /** On a municipality's page: the figure under a label ("Events held", "Participants", …). */
  async figure(label: string) {
    const section = this.page.getByRole("region", { name: "Activity in figures" });
    const card = section.locator(".mantine-Paper-root", { hasText: label }).first();
    return ((await card.locator("p").first().textContent()) ?? "").trim();
  }

  /** On a municipality's page: the titles of its events. */
  async eventTitles() {
    return this.page
      .getByRole("region", { name: "Events", exact: true })
      .locator("tbody tr td:first-child")
      .allTextContents();
  }

  /** On a municipality's page: the organisations involved, by name. */
  async organizations() {
    return this.page
      .getByRole("region", { name: "Organisations involved" })
      .locator("tbody tr td:first-child")
      .allTextContents();
  }

  /** On a municipality's page: the local partner NGOs, by name. */
  async localPartners() {
    return this.page.getByRole("region", { name: "Local partner NGOs" }).getByRole("link").allTextContents();
  }
}
