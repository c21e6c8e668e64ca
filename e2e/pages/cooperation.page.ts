import type { Page } from "playwright-core";

export interface NewAgreement {
  title: string;
  kind: string;
  /** ISO date. */
  signedOn: string;
  level: string;
  parties: string[];
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
    for (const party of agreement.parties) {
      const box = this.page
        .getByRole("textbox", { name: "Parties" })
        .or(this.page.getByRole("combobox", { name: "Parties" }));
      await box.first().fill(party.slice(0, 12));
      await this.page.getByRole("option", { name: party }).first().click();
    }
    await this.page.getByRole("button", { name: "Save" }).click();
    await this.page.getByRole("heading", { name: agreement.title }).waitFor();
  }
}
