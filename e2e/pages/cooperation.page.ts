import type { Page } from "playwright-core";

export interface NewAgreement {
  title: string;
  kind: string;
  /** ISO date. */
  signedOn: string;
  level: string;
  parties: string[];
  /** The plan's short title, when the agreement serves a plan. */
  plan?: string;
}

/** The cooperation network (its measures table) and the agreements' form. */
export class CooperationPage {
  constructor(private readonly page: Page) {}

  /** From the main navigation, then the year. */
  async open(year: number) {
    await this.page
      .getByRole("navigation", { name: "Main navigation" })
      .getByRole("link", { name: "Cooperation", exact: true })
      .click();
    await this.page.getByRole("heading", { level: 1, name: "Cooperation between organisations" }).waitFor();
    await this.page.getByLabel("Year").selectOption({ label: String(year) });
    await this.page.getByRole("columnheader", { name: String(year), exact: true }).waitFor();
  }

  /** A measure's value in the chosen year, as the table shows it. */
  async measure(name: string): Promise<string> {
    const row = this.page
      .getByRole("row")
      .filter({ has: this.page.getByRole("rowheader", { name, exact: true }) });
    return ((await row.getByRole("cell").first().textContent()) ?? "").trim();
  }

  /** Records an agreement from the agreements list's "New agreement". */
  async recordAgreement(agreement: NewAgreement) {
    await this.page
      .getByRole("navigation", { name: "Main navigation" })
      .getByRole("link", { name: "Agreements", exact: true })
      .click();
    await this.page
      .getByRole("link", { name: "New agreement" })
      .or(this.page.getByRole("button", { name: "New agreement" }))
      .first()
      .click();
    await this.page.getByRole("textbox", { name: "Title" }).fill(agreement.title);
    await this.page.getByLabel("Kind").selectOption({ label: agreement.kind });
    const [year, month, day] = agreement.signedOn.split("-");
    const signed = this.page.getByRole("textbox", { name: "Signed on" });
    await signed.fill(`${day}.${month}.${year}`);
    await signed.press("Tab");
    await this.page.getByLabel("Level").selectOption({ label: agreement.level });
    for (const party of agreement.parties) await this.choose("Parties", party);
    if (agreement.plan) await this.choose("Action Plan", agreement.plan);
    await this.page.getByRole("button", { name: "Save" }).click();
    await this.page.getByRole("heading", { name: agreement.title }).waitFor();
  }

  /** An indicator's actual value on the plan's progress page, for a period (opened by its address). */
  async progressActual(planId: string, periodName: string, indicatorCode: string): Promise<string> {
    const periods = await (await this.page.request.get(`/api/plans/${planId}/periods`)).json();
    const period = (periods.items ?? periods).find((item: { name: string }) => item.name === periodName);
    await this.page.goto(`/plans/${planId}/progress?periodId=${period.id}`);
    await this.page.getByRole("combobox", { name: "Reporting period", exact: true }).waitFor();
    const row = this.page.getByRole("row").filter({ hasText: new RegExp(`^${indicatorCode} `) });
    // Indicator, target, actual.
    return ((await row.getByRole("cell").nth(2).textContent()) ?? "").trim();
  }

  /** A select that searches the server: type part of the name, pick the option. */
  private async choose(label: string, option: string) {
    const box = this.page
      .getByRole("textbox", { name: label })
      .or(this.page.getByRole("combobox", { name: label }));
    await box.first().fill(option.slice(0, 12));
    await this.page.getByRole("option", { name: option }).first().click();
  }
}
