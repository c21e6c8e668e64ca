import type { Page } from "playwright-core";

export interface NewEvent {
  title: string;
  kind: string;
  status: string;
  date: string;
  municipality: string;
  project: string;
  organiser: string;
}

export interface NewParticipant {
  givenName: string;
  familyName: string;
  sex: "Women" | "Men";
}

/** Events: the form for a new event and the participants of one event. */
export class EventsPage {
  constructor(private readonly page: Page) {}

  async create(event: NewEvent) {
    await this.page
      .getByRole("navigation", { name: "Main navigation" })
      .getByRole("link", { name: "Events" })
      .click();
    await this.page
      .getByRole("link", { name: "New event" })
      .or(this.page.getByRole("button", { name: "New event" }))
      .click();
    await this.page.getByRole("textbox", { name: "Title" }).fill(event.title);
    await this.page.getByLabel("Kind").selectOption({ label: event.kind });
    await this.page.getByLabel("Status").selectOption({ label: event.status });
    await this.fillDate("Start date", event.date);
    await this.fillDate("End date", event.date);
    await this.choose("Municipality", event.municipality);
    await this.choose("Project", event.project);
    await this.choose("Organisers", event.organiser);
    await this.page.getByRole("button", { name: "Save" }).click();
    await this.page.getByRole("heading", { name: event.title }).waitFor();
  }

  async addNewParticipant(person: NewParticipant) {
    await this.page.getByRole("button", { name: "Add participant" }).click();
    const dialog = this.page.getByRole("dialog");
    await dialog.getByRole("tab", { name: "New person" }).click();
    await dialog.getByRole("textbox", { name: "Given name" }).fill(person.givenName);
    await dialog.getByRole("textbox", { name: "Family name" }).fill(person.familyName);
    await dialog.getByLabel("Sex").selectOption({ label: person.sex });
    await dialog.getByRole("button", { name: "Save" }).click();
    await dialog.waitFor({ state: "detached" });
    await this.page
      .getByRole("cell", { name: `${person.givenName} ${person.familyName}`, exact: true })
      .waitFor();
  }

  participantNames() {
    return this.page
      .getByRole("region", { name: "Participants", exact: true })
      .getByRole("table")
      .locator("tbody tr td:first-child")
      .allInnerTexts();
  }

  private async fillDate(label: string, isoDate: string) {
    const [year, month, day] = isoDate.split("-");
    const input = this.page.getByRole("textbox", { name: label });
    await input.fill(`${day}.${month}.${year}`);
    await input.press("Tab");
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
